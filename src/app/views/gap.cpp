// The gap explained: a waterfall from the baseline's GRDP per person in a target year, through
// what each group of changes adds (Shapley values: the order of the changes does not matter,
// and the bars add up exactly), to the scenario and on to the target; then the 2025 target's
// miss split into its causes from the data. The numbers are src/model/explain's.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"
#include "model/explain.h"

namespace h2045::app {

namespace {

// The years the waterfall can explain: the set's targets after the base year (else 2045).
std::vector<int> targetYears(const Session& s) {
  std::vector<int> years;
  for (const Target& t : s.currentTargets().targets)
    if (t.year > s.doc.scenario.baseYear && std::find(years.begin(), years.end(), t.year) == years.end())
      years.push_back(t.year);
  if (years.empty()) years.push_back(2045);
  return years;
}

void refresh(Session& s) {
  GapViewState& v = s.gapView;
  const std::vector<int> years = targetYears(s);
  if (std::find(years.begin(), years.end(), v.year) == years.end()) v.year = years.back();
  const TargetSet& targets = s.currentTargets();
  if (v.computed && v.scenario == s.doc.scenario && v.targetSet == targets.id && v.result.year == v.year) return;
  v.result = explainGap(s.doc.scenario, s.in.data, targets, v.year);
  v.scenario = s.doc.scenario;
  v.targetSet = targets.id;
  if (!v.computed) v.past = explainPastMiss(s.in.data, s.in.officialTargetSets);
  v.computed = true;
}

// "+1,793 USD", "−736 USD"; an exact zero (a group left as in the baseline) as "0 USD".
std::string signedMoney(const Session& s, double v, ValueUnit u) {
  return (v < 0 ? "−" : v > 0 ? "+" : "") + money(s, std::fabs(v), u);
}

// What a group changed, one line per parameter: "Public investment: 9 % of GRDP (from 2026,
// over 3 years)" for a lever, "USD price drift: 1.0 %" for an assumption.
std::string changedText(const Session& s, const GroupShare& g) {
  const Translator& t = s.i18n;
  if (g.changed.empty()) return t.tr("gap.unchanged");
  std::string text = t.tr("gap.changed");
  for (ParamId id : g.changed) {
    const ParamSpec& p = spec(id);
    const ParamSetting& set = s.doc.scenario.at(id);
    const std::string value = leverValueText(s, p, set.value);
    text += "\n• ";
    text += isLever(p.group) ? formatMessage(t.tr("gap.lever_setting"), {std::string(t.paramName(p)), value,
                                                                          std::to_string(set.startYear),
                                                                          std::to_string(set.phaseInYears)})
                             : formatMessage(t.tr("gap.assumption_setting"), {std::string(t.paramName(p)), value});
  }
  return text;
}

struct Row {
  std::string id;  // the test hook's control name: "gap:<group>", "past:<part>"
  std::string name;
  double from = 0, to = 0;
  ImU32 colour = 0;
  std::string values, tip;
};

// Rows of bars on one scale from 0 to the largest value, the names in a column on the left.
void drawRows(Session& s, const std::vector<Row>& rows) {
  double hi = 0;
  for (const Row& r : rows) hi = std::max({hi, r.from, r.to});
  if (!(hi > 0)) return;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float nameWidth = std::clamp(avail * 0.34f, ImGui::GetFontSize() * 7, ImGui::GetFontSize() * 15);
  float valuesWidth = 0;
  for (const Row& r : rows) valuesWidth = std::max(valuesWidth, ImGui::CalcTextSize(r.values.c_str()).x);
  if (valuesWidth > avail * 0.3f) valuesWidth = 0;  // a phone: the values in the tooltips
  for (const Row& r : rows) {
    const std::string tip = valuesWidth > 0 ? r.tip : r.values + (r.tip.empty() ? "" : "\n" + r.tip);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // One colour from the lower end to the upper: the centre at the lower end.
    barRow(s, r.name, nullptr, r.from, r.to, std::min(r.from, r.to), 0, hi * 1.02, r.values, nameWidth, valuesWidth,
           r.colour, tip);
    s.record.controls.push_back({r.id, top, ImVec2(top.x + avail, ImGui::GetCursorScreenPos().y)});
  }
}

void drawWaterfall(Session& s) {
  const Translator& t = s.i18n;
  const Palette& palette = s.palette();
  const GapExplanation& e = s.gapView.result;
  const ValueUnit units = s.ui.units;
  const size_t u = static_cast<size_t>(units);
  std::vector<Row> rows;
  rows.push_back({"gap:baseline", t.tr("gap.baseline"), 0, e.baseline[u], palette.baseline, money(s, e.baseline[u], units),
                  t.tr("gap.baseline_tip")});
  double running = e.baseline[u];
  for (const GroupShare& g : e.groups) {
    const double v = g.value[u];
    rows.push_back({std::string("gap:") + changeGroupId(g.group), t.tr(std::string("group.") + changeGroupId(g.group)), running, running + v,
                    v >= 0 ? palette.met : palette.missed, signedMoney(s, v, units), changedText(s, g)});
    running += v;
  }
  rows.push_back({"gap:scenario", t.tr("gap.scenario"), 0, e.scenario[u], palette.scenario, money(s, e.scenario[u], units), {}});
  if (e.target) {
    const double target = e.targetLow[u], left = e.remaining[u];
    const std::string targetText = money(s, target, units);
    if (left > 0)
      rows.push_back({"gap:remaining", formatMessage(t.tr("gap.remaining"), {targetText}), e.scenario[u], target, palette.target,
                      money(s, left, units), {}});
    else
      rows.push_back({"gap:above", formatMessage(t.tr("gap.above"), {targetText}), target, e.scenario[u], palette.met,
                      money(s, -left, units), {}});
  }
  drawRows(s, rows);
  if (!e.target) {
    const std::string none = formatMessage(t.tr("gap.no_target"), {std::to_string(e.year)});
    s.i18n.record(none);
    ImGui::TextDisabled("%s", none.c_str());
  }
}

void drawPastMiss(Session& s) {
  const Translator& t = s.i18n;
  const Palette& palette = s.palette();
  const PastMiss& m = s.gapView.past;
  if (!m.ok()) return;
  ImGui::Spacing();
  ImGui::Separator();
  viewTitle(s, "past.title", "past.explain");
  const std::string summary =
      formatMessage(t.tr("past.summary"), {money(s, m.targetUsd, ValueUnit::CurrentUsd), s.i18n.number(m.targetMvnd, 0),
                                           s.i18n.number(m.impliedVndPerUsd, 0), s.i18n.number(m.actualMvnd, 1),
                                           s.i18n.number(m.actualVndPerUsd, 0), money(s, m.actualUsd, ValueUnit::CurrentUsd)});
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(summary.c_str());
  ImGui::PopTextWrapPos();
  s.i18n.record(summary);
  std::vector<Row> rows;
  rows.push_back({"past:target", t.tr("past.target"), 0, m.targetUsd, palette.target, money(s, m.targetUsd, ValueUnit::CurrentUsd),
                  t.tr("past.target_tip")});
  double running = m.targetUsd;
  for (const PastMissPart& part : m.parts) {
    rows.push_back({std::string("past:") + part.id, t.tr(std::string("past.") + part.id), running, running + part.usd, part.usd >= 0 ? palette.met : palette.missed,
                    signedMoney(s, part.usd, ValueUnit::CurrentUsd), t.tr(std::string("past.") + part.id + "_tip")});
    running += part.usd;
  }
  rows.push_back({"past:actual", t.tr("past.actual"), 0, m.actualUsd, palette.scenario, money(s, m.actualUsd, ValueUnit::CurrentUsd),
                  t.tr("past.actual_tip")});
  drawRows(s, rows);
}

}  // namespace

void drawGapView(Session& s) {
  const Translator& t = s.i18n;
  refresh(s);
  GapViewState& v = s.gapView;
  // All of it scrolls: two waterfalls and their explanations are taller than a small window.
  // The scrollbar's room is kept from the first frame, so wrapped text never runs under it,
  // and the padding keeps the ink of a line's last letter (Vietnamese marks reach past their
  // advance) inside the clip.
  ImGui::BeginChild("gap_rows", ImVec2(0, 0), false,
                    ImGuiWindowFlags_AlwaysVerticalScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  viewTitleText(s, formatMessage(t.tr("gap.title"), {std::to_string(v.year)}), "gap.explain");
  const std::vector<int> years = targetYears(s);
  if (years.size() > 1) {
    for (size_t i = 0; i < years.size(); ++i) {
      if (i > 0) ImGui::SameLine();
      const std::string label = std::to_string(years[i]);
      if (ImGui::RadioButton(label.c_str(), v.year == years[i])) v.year = years[i];
      s.i18n.record(label);
    }
  }
  if (v.result.ok()) drawWaterfall(s);
  drawPastMiss(s);
  ImGui::EndChild();
}

}  // namespace h2045::app
