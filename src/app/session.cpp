#include "app/session.h"

#include <cmath>

#include "app/keys.h"

namespace h2045::app {

const char* viewId(View v) {
  static const char* ids[] = {"chart", "decomposition", "growth", "investment", "people", "warnings", "needed"};
  return ids[static_cast<int>(v)];
}

const char* unitsId(Units u) {
  static const char* ids[] = {"usd", "usd2025", "vnd"};
  return ids[static_cast<int>(u)];
}

bool ScenarioHistory::commit(const Scenario& s) {
  if (s == entries_[cursor_]) return false;
  entries_.resize(cursor_ + 1);
  entries_.push_back(s);
  if (entries_.size() > kMaxEntries) entries_.erase(entries_.begin());
  cursor_ = entries_.size() - 1;
  return true;
}

Scenario Session::baselineScenario() const {
  Scenario base = scenario;
  const Scenario defaults = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs())
    if (isLever(p.group)) base.at(p.param) = defaults.at(p.param);
  return base;
}

void Session::recompute() {
  if (computed && computedFor == scenario && computedSet == targetSet) return;
  if (validate(scenario)) {
    // Every entry point checks values, so this only guards against a bad state slipping in.
    scenario = computed ? computedFor : Scenario::defaults();
    if (computed) return;
  }
  simulate(scenario, data, trajectory);
  simulate(baselineScenario(), data, baseline);
  targets = evaluateTargets(trajectory, currentTargets());
  baselineTargets = evaluateTargets(baseline, currentTargets());
  warnings = plausibilityWarnings(trajectory);
  computedFor = scenario;
  computedSet = targetSet;
  computed = true;
  touch();
}

void Session::setScenario(const Scenario& s) {
  scenario = s;
  commitScenario();
}

void Session::commitScenario() {
  if (history.commit(scenario)) {
    if (predict) revealed = false;  // a new proposal: the room predicts again
    touch();
  }
}

void Session::undo() {
  commitScenario();
  if (!history.canUndo()) return;
  scenario = history.undo();
  touch();
}

void Session::redo() {
  if (!history.canRedo()) return;
  scenario = history.redo();
  touch();
}

int Session::findTargetSet(const std::string& id) const {
  for (size_t i = 0; i < targetSets.size(); ++i)
    if (targetSets[i].id == id) return static_cast<int>(i);
  return -1;
}

double unitValue(const YearResult& row, Units u) {
  switch (u) {
    case Units::CurrentUsd: return row.grdpPerCapitaUsd;
    case Units::ConstantUsd2025: return row.grdpPerCapitaUsd2025;
    case Units::MillionVnd: return row.grdpPerCapitaMvnd;
    case Units::Count: break;
  }
  return kMissing;
}

std::string money(const Session& s, double value, Units u) {
  const int decimals = u == Units::MillionVnd ? 1 : 0;
  return s.i18n.number(value, decimals) + " " + s.i18n.tr(kUnitsShortKeys[static_cast<int>(u)]);
}

std::string targetText(const Session& s, const Target& t) { return targetText(s, t, 1.0, Units::CurrentUsd); }

std::string targetText(const Session& s, const Target& t, double factor, Units units) {
  const int decimals = units == Units::MillionVnd && t.lowUsd * factor < 100 ? 1 : 0;
  const std::string low = s.i18n.number(t.lowUsd * factor, decimals);
  const char* unit = s.i18n.tr(kUnitsShortKeys[static_cast<int>(units)]);
  if (t.approximate) return formatMessage(s.i18n.tr("target.approx"), {low, unit});
  if (!std::isfinite(t.highUsd)) return formatMessage(s.i18n.tr("target.above"), {low, unit});
  if (t.highUsd <= t.lowUsd) return formatMessage(s.i18n.tr("target.at_least"), {low, unit});
  return formatMessage(s.i18n.tr("target.range"), {low, s.i18n.number(t.highUsd * factor, decimals), unit});
}

std::string leverValueText(const Session& s, const ParamSpec& spec, double value) {
  if (spec.kind == ParamKind::Choice)
    return s.i18n.tr("choice." + std::string(spec.id) + "." + std::to_string(static_cast<int>(std::lround(value))));
  std::string text = s.i18n.number(value, spec.decimals);
  const char* unit = s.i18n.tr("unit." + std::string(spec.unit));
  if (*unit) text += std::string(" ") + unit;
  return text;
}

void setLanguage(Session& s, Language lang) {
  s.i18n.setLanguage(lang);
  s.touch();
}

void setView(Session& s, View v) {
  s.view = v;
  s.selectViewTab = true;
  s.touch();
}

void setPresenter(Session& s, bool on) {
  if (s.presenter == on) return;
  s.presenter = on;
  s.fontsDirty = true;
  s.touch();
}

void setPredict(Session& s, bool on) {
  s.predict = on;
  s.revealed = !on;
  s.touch();
}

void reveal(Session& s) {
  s.revealed = true;
  s.touch();
}

void resetLevers(Session& s) {
  s.setScenario(s.baselineScenario());
  s.leverMessage.clear();
}

void resetAssumptions(Session& s) {
  Scenario next = s.scenario;
  const Scenario defaults = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs())
    if (!isLever(p.group)) next.at(p.param) = defaults.at(p.param);
  s.setScenario(next);
  s.leverMessage.clear();
}

void toggleFullscreen(Session& s) {
  if (s.init.platform) s.init.platform->setFullscreen(!s.init.platform->isFullscreen());
  s.touch();
}

}  // namespace h2045::app
