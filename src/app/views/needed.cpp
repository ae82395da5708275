#include "app/views/needed.h"

#include <algorithm>
#include <string>

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
  ImGui::TextDisabled("%s", t.tr("needed.undo_hint"));
  ImGui::Spacing();
  mainChart(s, remaining(0));
}

}  // namespace h2045::app
