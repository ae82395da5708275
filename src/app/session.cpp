#include "app/session.h"

#include <algorithm>
#include <cmath>

#include "app/i18n_keys.h"
#include "app/views/views.h"

namespace h2045::app {

void DocumentHistory::reset(const ScenarioDocument& d, ChangeOrigin origin, std::string detail, int minuteOfDay) {
  entries_.assign(1, HistoryEntry{d, origin, std::move(detail), minuteOfDay});
  cursor_ = 0;
}

bool DocumentHistory::commit(const ScenarioDocument& d, ChangeOrigin origin, std::string detail, int minuteOfDay) {
  if (d == entries_[cursor_].document) return false;
  entries_.resize(cursor_ + 1);
  entries_.push_back(HistoryEntry{d, origin, std::move(detail), minuteOfDay});
  if (entries_.size() > kMaxEntries) entries_.erase(entries_.begin());
  cursor_ = entries_.size() - 1;
  return true;
}

const TargetSet& Session::targetSet(int index) const {
  if (index >= 0 && index < static_cast<int>(in.officialTargetSets.size()))
    return in.officialTargetSets[static_cast<size_t>(index)];
  return doc.customTargets;
}

const TargetSet& Session::currentTargets() const { return targetSet(doc.targetSet); }

int Session::findTargetSet(const std::string& id) const {
  for (int i = 0; i < targetSetCount(); ++i)
    if (targetSet(i).id == id) return i;
  return -1;
}

namespace {
bool sameTargets(const TargetSet& a, const TargetSet& b) {
  return a.id == b.id && std::equal(a.targets.begin(), a.targets.end(), b.targets.begin(), b.targets.end(),
                                    [](const Target& x, const Target& y) {
                                      return x.year == y.year && x.lowUsd == y.lowUsd && x.highUsd == y.highUsd &&
                                             x.approximate == y.approximate;
                                    });
}
}  // namespace

void Session::runUncertainty(bool draft) {
  runMonteCarlo(doc.scenario, in.data, currentTargets(), uncertaintyAssumptions(doc.scenario),
                draft ? kInterfaceDragMonteCarlo : kInterfaceMonteCarlo, uncertaintyWork, uncertainty);
  uncertaintyDraft = draft;
}

void Session::recompute() {
  const bool dragging = ImGui::GetCurrentContext() && ImGui::IsAnyItemActive();
  if (computed && computedFor == doc.scenario && sameTargets(computedTargets, currentTargets())) {
    if (uncertaintyDraft && !dragging) {  // the drag is over: the full run
      runUncertainty(false);
      touch();
    }
    return;
  }
  // Every entry point checks values, so this only guards against a bad state slipping in.
  if (validate(doc.scenario)) doc.scenario = computed ? computedFor : Scenario::defaults();
  computeResults(doc.scenario, currentTargets(), in.data, results);
  runUncertainty(dragging);
  // Compared scenarios are judged against the same targets.
  for (ComparedScenario& c : compared) computeResults(c.document.scenario, currentTargets(), in.data, c.results);
  computedFor = doc.scenario;
  computedTargets = currentTargets();
  computed = true;
  touch();
}

namespace {
bool sameTargetList(const std::vector<Target>& a, const std::vector<Target>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Target& x, const Target& y) {
    return x.year == y.year && x.lowUsd == y.lowUsd && x.highUsd == y.highUsd && x.approximate == y.approximate;
  });
}
int nowMinute(const Session& s) { return s.in.init.platform ? s.in.init.platform->minuteOfDay() : -1; }
}  // namespace

ScenarioDocument Session::document() const {
  ScenarioDocument d;
  d.name = doc.name;
  d.description = doc.description;
  d.scenario = doc.scenario;
  d.targetSetId = currentTargets().id;
  // The custom set travels when it is chosen or was edited: links stay short otherwise.
  const bool custom = &currentTargets() == &doc.customTargets;
  // Only targets after the base year: the custom set starts as a copy of the first official
  // set, which may hold one for the base year itself, and a document with it cannot be read.
  if (custom || !sameTargetList(doc.customTargets.targets, in.initialCustomTargets))
    for (const Target& t : doc.customTargets.targets)
      if (checkTarget(t, doc.scenario.baseYear) == TargetProblem::None) d.customTargets.push_back(t);
  return d;
}

bool Session::openDocument(const ScenarioDocument& d, ChangeOrigin origin, const std::string& detail,
                           std::string& error) {
  if (std::string problem = checkDocument(d); !problem.empty()) {
    error = problem;
    return false;
  }
  if (auto invalid = validate(d.scenario, in.data)) {
    error = describeValidationError(*invalid);
    return false;
  }
  const int set = findTargetSet(d.targetSetId);
  if (set < 0) {
    std::string known;
    for (int i = 0; i < targetSetCount(); ++i) known += (known.empty() ? "" : ", ") + targetSet(i).id;
    error = "target_set = \"" + d.targetSetId + "\": unknown target set (known: " + known + ")";
    return false;
  }
  doc.name = d.name;
  doc.description = d.description;
  doc.scenario = d.scenario;
  doc.targetSet = set;
  doc.customTargets.targets = d.customTargets.empty() ? in.initialCustomTargets : d.customTargets;
  if (doc.history.commit(document(), origin, detail, nowMinute(*this)) && ui.predict) ui.revealed = false;
  touch();
  return true;
}

void Session::setScenario(const Scenario& s) {
  doc.scenario = s;
  commitDocument();
}

void Session::commitDocument() {
  if (doc.history.commit(document(), ChangeOrigin::Edit, {}, nowMinute(*this))) {
    if (ui.predict) ui.revealed = false;  // a new proposal: the room predicts again
    touch();
  }
}

namespace {
// Puts a document from the history back (it passed every check when it was recorded).
void restore(Session& s, const ScenarioDocument& d) {
  s.doc.name = d.name;
  s.doc.description = d.description;
  s.doc.scenario = d.scenario;
  s.doc.targetSet = std::max(0, s.findTargetSet(d.targetSetId));
  s.doc.customTargets.targets = d.customTargets.empty() ? s.in.initialCustomTargets : d.customTargets;
  s.touch();
}
}  // namespace

void Session::undo() {
  commitDocument();
  if (!doc.history.canUndo()) return;
  restore(*this, doc.history.undo());
}

void Session::redo() {
  if (!doc.history.canRedo()) return;
  restore(*this, doc.history.redo());
}

void Session::jumpToHistory(size_t index) {
  commitDocument();
  if (index >= doc.history.size()) return;
  restore(*this, doc.history.jumpTo(index));
}

std::string money(const Session& s, double value, ValueUnit u) {
  return s.i18n.number(value, valueUnitDecimals(u)) + " " + s.i18n.tr(kUnitsShortKeys[static_cast<int>(u)]);
}

std::string targetText(const Session& s, const Target& t) { return targetText(s, t, 1.0, ValueUnit::CurrentUsd); }

std::string targetText(const Session& s, const Target& t, double factor, ValueUnit units) {
  const int decimals = units == ValueUnit::MillionVnd && t.lowUsd * factor < 100 ? 1 : 0;
  const std::string low = s.i18n.number(t.lowUsd * factor, decimals);
  const char* unit = s.i18n.tr(kUnitsShortKeys[static_cast<int>(units)]);
  if (t.approximate) return formatMessage(s.i18n.tr("target.approx"), {low, unit});
  if (!std::isfinite(t.highUsd)) return formatMessage(s.i18n.tr("target.above"), {low, unit});
  if (t.highUsd <= t.lowUsd) return formatMessage(s.i18n.tr("target.at_least"), {low, unit});
  return formatMessage(s.i18n.tr("target.range"), {low, s.i18n.number(t.highUsd * factor, decimals), unit});
}

std::string leverValueText(const Session& s, const ParamSpec& spec, double value) {
  std::string text = paramValueText(s.i18n.current(), s.ui.language, spec, value);
  s.i18n.record(text);
  return text;
}

void setLanguage(Session& s, Language lang) {
  s.ui.language = lang;
  s.i18n.setLanguage(lang);
  s.touch();
}

void setView(Session& s, int view) {
  if (view < 0 || view >= static_cast<int>(viewTable().size())) return;
  s.ui.view = view;
  s.ui.selectViewTab = true;
  s.touch();
}

void setUnits(Session& s, ValueUnit u) {
  s.ui.units = u;
  s.touch();
}

void setTargetSet(Session& s, int index) {
  if (index < 0 || index >= s.targetSetCount()) return;
  s.doc.targetSet = index;
  s.commitDocument();
  s.touch();
}

void setPresenter(Session& s, bool on) {
  if (s.ui.presenter == on) return;
  s.ui.presenter = on;
  // On a projector-sized screen the room looks at the chart: presenter mode starts with the
  // levers folded (B opens them; the next frame decides, once the window's class is known)
  // and gives back the column as it was when it ends.
  if (on) {
    s.ui.presenterFoldPending = true;
  } else if (s.ui.presenterFolded) {
    s.ui.leversCollapsed = s.ui.leversFoldedBeforePresenter;
    s.ui.presenterFolded = false;
  }
  s.layout.fontsDirty = true;
  s.touch();
}

void setPredict(Session& s, bool on) {
  s.ui.predict = on;
  s.ui.revealed = !on;
  s.touch();
}

void setHelp(Session& s, bool on) {
  s.ui.help = on;
  s.touch();
}

void setLeversDrawer(Session& s, bool open) {
  s.ui.leversDrawer = open;
  s.touch();
}

void setLeversCollapsed(Session& s, bool collapsed) {
  s.ui.leversCollapsed = collapsed;
  s.ui.presenterFoldPending = false;  // the person's choice wins over presenter mode's start
  s.touch();
}

void setLeverGroup(Session& s, int group) {
  if (group < 0 || group >= kLeverGroupCount) return;
  s.ui.leverGroup = group;
  s.touch();
}

void reveal(Session& s) {
  s.ui.revealed = true;
  s.touch();
}

int predictionYear(const Session& s) {
  return s.results.targets.empty() ? 2045 : s.results.targets.back().target.year;
}

double predictionIn(const Session& s, const Prediction& p, ValueUnit u) {
  if (p.unit == u) return p.value;
  const int year = predictionYear(s);
  return p.value / targetUnitFactor(s.results.scenario, year, p.unit) * targetUnitFactor(s.results.scenario, year, u);
}

PredictionEdit putPrediction(Session& s, const std::string& group, double value) {
  if (group.empty() || group.size() > kMaxGroupNameBytes || !std::isfinite(value) || !(value > 0) ||
      value >= kMaxTargetUsd)
    return PredictionEdit::Invalid;
  std::vector<Prediction>& list = s.ui.predictions;
  s.touch();
  for (Prediction& p : list)
    if (p.group == group) {
      p.value = value;
      p.unit = s.ui.units;
      return PredictionEdit::Replaced;
    }
  if (static_cast<int>(list.size()) >= kMaxPredictions) return PredictionEdit::Full;
  list.push_back(Prediction{group, value, s.ui.units});
  return PredictionEdit::Added;
}

bool removePrediction(Session& s, const std::string& group) {
  std::vector<Prediction>& list = s.ui.predictions;
  const auto it = std::find_if(list.begin(), list.end(), [&](const Prediction& p) { return p.group == group; });
  if (it == list.end()) return false;
  list.erase(it);
  s.touch();
  return true;
}

void clearPredictions(Session& s) {
  s.ui.predictions.clear();
  s.touch();
}

void resetLevers(Session& s) {
  s.setScenario(baselineOf(s.doc.scenario));
  s.levers.message.clear();
}

void resetAssumptions(Session& s) {
  s.setScenario(withDefaultAssumptions(s.doc.scenario));
  s.levers.message.clear();
}

void toggleFullscreen(Session& s) {
  if (s.in.init.platform) s.in.init.platform->setFullscreen(!s.in.init.platform->isFullscreen());
  s.touch();
}

void customTargetsChanged(Session& s) {
  s.recompute();  // statuses depend on the set
  s.touch();
}

}  // namespace h2045::app
