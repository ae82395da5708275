#include "app/views/needed.h"

#include <algorithm>
#include <string>

#include "app/commands.h"
#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

bool solvableLever(ParamId p) { return isLever(spec(p).group) && spec(p).kind != ParamKind::Choice; }

bool solveNeeded(Session& s) {
  NeededState& n = s.needed;
  const std::vector<Target>& targets = s.currentTargets().targets;
  if (targets.empty()) return false;
  if (n.targetIndex < 0 || n.targetIndex >= static_cast<int>(targets.size()))
    n.targetIndex = static_cast<int>(targets.size()) - 1;
  const Target& target = targets[static_cast<size_t>(n.targetIndex)];
  if (n.solved && n.solvedFor == s.doc.scenario && n.solvedYear == target.year &&
      n.solvedTargetUsd == target.lowUsd && n.result.status != SolveStatus::Invalid && n.solvedLever == n.lever)
    return true;
  n.result = solveLever(s.doc.scenario, s.in.data, n.lever, target.year, target.lowUsd);
  n.solved = true;
  n.solvedFor = s.doc.scenario;
  n.solvedYear = target.year;
  n.solvedTargetUsd = target.lowUsd;
  n.solvedLever = n.lever;
  return true;
}

bool applyNeeded(Session& s) {
  if (!solveNeeded(s) || s.needed.result.status != SolveStatus::Found) return false;
  Scenario next = s.doc.scenario;
  next.at(s.needed.lever).value = s.needed.result.value;
  if (validate(next)) return false;
  s.setScenario(next);
  return true;
}

namespace {
// Refreshes the all-levers answer for the chosen target; false without targets.
bool solveAll(Session& s) {
  const std::vector<Target>& targets = s.currentTargets().targets;
  if (targets.empty()) return false;
  NeededState& n = s.needed;
  const int index = n.targetIndex < 0 || n.targetIndex >= static_cast<int>(targets.size()) ? static_cast<int>(targets.size()) - 1
                                                                                            : n.targetIndex;
  const Target& target = targets[static_cast<size_t>(index)];
  if (n.solvedAll && n.solvedAllFor == s.doc.scenario && n.solvedAllYear == target.year && n.solvedAllTargetUsd == target.lowUsd)
    return true;
  n.all = solveAllLevers(s.doc.scenario, s.in.data, target.year, target.lowUsd);
  n.solvedAll = true;
  n.solvedAllFor = s.doc.scenario;
  n.solvedAllYear = target.year;
  n.solvedAllTargetUsd = target.lowUsd;
  return true;
}
}  // namespace

bool applyNeededPush(Session& s) {
  if (!solveAll(s) || s.needed.all.pushStatus != SolveStatus::Found || validate(s.needed.all.pushed)) return false;
  s.setScenario(s.needed.all.pushed);
  return true;
}

namespace {
// Each lever alone, then all together: a table under the single lever's answer.
void drawAllLevers(Session& s, const Target& target, double factor) {
  Translator& t = s.i18n;
  const Palette& palette = s.palette();
  solveAll(s);
  const AllLeversNeed& all = s.needed.all;
  const ValueUnit units = s.ui.units;
  ImGui::BeginChild("needed_all", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  const std::string goal = money(s, target.lowUsd * factor, units);
  // All together first: the one number a room asks for.
  std::string push;
  if (all.pushStatus == SolveStatus::Found)
    push = formatMessage(t.tr("needed.push_found"), {s.i18n.number(100.0 * all.pushShare, 0), goal, std::to_string(target.year)});
  else if (all.pushStatus == SolveStatus::AlreadyMet)
    push = formatMessage(t.tr("needed.push_met"), {goal, std::to_string(target.year)});
  else if (all.pushStatus == SolveStatus::Unreachable)
    push = formatMessage(t.tr("needed.push_unreachable"), {goal, std::to_string(target.year), money(s, all.pushedUsd * factor, units)});
  if (!push.empty()) {
    t.record(push);
    ImGui::PushStyleColor(ImGuiCol_Text, all.pushStatus == SolveStatus::Unreachable ? palette.missed : palette.text);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 0.3f);
    ImGui::TextUnformatted(push.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::BeginDisabled(all.pushStatus != SolveStatus::Found);
    if (ImGui::Button(t.tr("needed.push"))) {
      std::string ignored;
      runCommand(s, "needed.push", "", ignored);
    }
    ImGui::EndDisabled();
  }
  ImGui::Spacing();
  if (ImGui::BeginTable("needed_all_table", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(t.tr("needed.column_lever"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(t.tr("needed.column_alone"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const LeverNeed& n : all.alone) {
      const ParamSpec& p = spec(n.lever);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string name = readable(std::string(t.paramName(p)));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(name.c_str());
      ImGui::PopTextWrapPos();
      t.record(name);
      ImGui::TableNextColumn();
      std::string cell;
      ImU32 colour = palette.text;
      switch (n.result.status) {
        case SolveStatus::Found: cell = leverValueText(s, p, n.result.value); break;
        case SolveStatus::AlreadyMet: cell = t.tr("needed.cell_met"); break;
        case SolveStatus::TooEarly: cell = t.tr("needed.cell_too_early"); colour = palette.textDim; break;
        case SolveStatus::Unreachable:
          cell = formatMessage(t.tr("needed.cell_unreachable"), {money(s, n.result.achievedUsd * factor, units)});
          colour = palette.missed;
          break;
        case SolveStatus::Invalid: cell = "–"; colour = palette.textDim; break;
      }
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(cell.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      t.record(cell);
      s.recordControl(std::string("needed_all:") + std::string(p.id));
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
}
}  // namespace

bool selectNeededTarget(Session& s, int year) {
  const std::vector<Target>& targets = s.currentTargets().targets;
  auto it = std::find_if(targets.begin(), targets.end(), [&](const Target& t) { return t.year == year; });
  if (it == targets.end()) return false;
  s.needed.targetIndex = static_cast<int>(it - targets.begin());
  return true;
}

void drawNeededView(Session& s) {
  const Palette& palette = s.palette();
  Translator& t = s.i18n;
  viewTitle(s, "needed.title", "needed.explain");
  const std::vector<Target>& targets = s.currentTargets().targets;
  if (targets.empty()) {
    ImGui::TextUnformatted(t.tr("headline.no_targets"));
    return;
  }
  int& index = s.needed.targetIndex;
  if (index < 0 || index >= static_cast<int>(targets.size())) index = static_cast<int>(targets.size()) - 1;
  // Labels beside the choices, or above them where the view is narrow (a phone), so a lever's
  // name is never cut.
  const float labelWidth = ImGui::GetFontSize() * 6.5f;
  const bool stacked = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 26;
  const float comboWidth = stacked ? ImGui::GetContentRegionAvail().x
                                   : std::min(ImGui::GetContentRegionAvail().x - labelWidth, ImGui::GetFontSize() * 26);
  auto labelled = [&](const char* key) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t.tr(key));
    if (!stacked) ImGui::SameLine(labelWidth);
    ImGui::SetNextItemWidth(comboWidth);
  };

  labelled("needed.target");
  auto targetLabel = [&](const Target& target) {
    return std::to_string(target.year) + ": " +
           targetText(s, target, targetUnitFactor(s.results.scenario, target.year, s.ui.units), s.ui.units);
  };
  if (ImGui::BeginCombo("##needed_target", targetLabel(targets[static_cast<size_t>(index)]).c_str())) {
    for (size_t i = 0; i < targets.size(); ++i)
      if (ImGui::Selectable(targetLabel(targets[i]).c_str(), static_cast<int>(i) == index)) {
        index = static_cast<int>(i);
        s.touch();
      }
    ImGui::EndCombo();
  }
  labelled("needed.lever");
  const std::string leverName = readable(std::string(t.paramName(spec(s.needed.lever))));
  if (ImGui::BeginCombo("##needed_lever", leverName.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const ParamSpec& p : paramSpecs()) {
      if (!solvableLever(p.param)) continue;
      if (ImGui::Selectable(readable(std::string(t.paramName(p))).c_str(), p.param == s.needed.lever)) {
        s.needed.lever = p.param;
        s.touch();
      }
    }
    ImGui::EndCombo();
  }

  solveNeeded(s);
  const SolveResult& r = s.needed.result;
  const Target& target = targets[static_cast<size_t>(index)];
  const ParamSpec& lever = spec(s.needed.lever);
  const ParamSetting& setting = s.doc.scenario.at(s.needed.lever);
  SolveWording wording;
  wording.lever = leverName;
  wording.value = leverValueText(s, lever, r.value);
  wording.startYear = std::to_string(setting.startYear);
  wording.phaseInYears = yearsText(t.current(), setting.phaseInYears);
  // The goal and the best reach in the unit the person chose (on the scenario's prices).
  const ValueUnit units = s.ui.units;
  const double factor = targetUnitFactor(s.results.scenario, target.year, units);
  wording.goal = money(s, target.lowUsd * factor, units);
  wording.year = std::to_string(target.year);
  wording.minValue = leverValueText(s, lever, lever.minValue);
  wording.maxValue = leverValueText(s, lever, lever.maxValue);
  wording.achieved = money(s, r.achievedUsd * factor, units);
  wording.firstActingYear = std::to_string(r.firstActingYear);
  const std::string answer = solveSentence(r.status, wording, t.current());
  t.record(answer);
  ImGui::Spacing();
  ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
  const bool missed = r.status == SolveStatus::Unreachable || r.status == SolveStatus::TooEarly;
  ImGui::PushStyleColor(ImGuiCol_Text, missed                               ? palette.missed
                                       : r.status == SolveStatus::Invalid   ? palette.warning
                                                                            : palette.text);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(answer.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  t.record(answer);
  ImGui::BeginDisabled(r.status != SolveStatus::Found);
  if (ImGui::Button(t.tr("needed.apply"))) applyNeeded(s);
  ImGui::EndDisabled();
  ImGui::SameLine();
  // Below: the chart, or every lever at once.
  if (ImGui::Button(t.tr(s.needed.showAll ? "needed.show_chart" : "needed.all"))) {
    std::string ignored;
    runCommand(s, "needed.all", "toggle", ignored);
  }
  ImGui::Spacing();
  if (s.needed.showAll)
    drawAllLevers(s, target, factor);
  else
    mainChart(s, remaining(0));
}

}  // namespace h2045::app
