// The history list: every step of the document with its time and what it changed
// ("14:05 Public investment 5.5 → 8 % of GRDP"), newest first; a click steps back (or
// forward) to it, as undo and redo would.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/session.h"

namespace h2045::app {

namespace {

bool sameTargets(const std::vector<Target>& a, const std::vector<Target>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].year != b[i].year || a[i].lowUsd != b[i].lowUsd || a[i].highUsd != b[i].highUsd ||
        a[i].approximate != b[i].approximate)
      return false;
  return true;
}

// What an edit changed, one phrase per change, in table order.
std::vector<std::string> changes(const Session& s, const ScenarioDocument& before, const ScenarioDocument& after) {
  std::vector<std::string> out;
  const Translator& t = s.i18n;
  if (before.name != after.name) out.push_back(formatMessage(t.tr("history.renamed"), {after.name}));
  if (before.scenario.baseYear != after.scenario.baseYear)
    out.push_back(formatMessage(t.tr("history.base_year"),
                                {std::to_string(before.scenario.baseYear), std::to_string(after.scenario.baseYear)}));
  for (const ParamSpec& p : paramSpecs()) {
    const ParamSetting& a = before.scenario.at(p.param);
    const ParamSetting& b = after.scenario.at(p.param);
    if (a.value != b.value)
      out.push_back(formatMessage(t.tr("history.lever"), {t.paramName(p), leverValueText(s, p, a.value),
                                                          leverValueText(s, p, b.value)}));
    else if (a.startYear != b.startYear || a.phaseInYears != b.phaseInYears)
      out.push_back(formatMessage(t.tr("history.timing"), {t.paramName(p)}));
  }
  if (before.targetSetId != after.targetSetId) {
    const int set = s.findTargetSet(after.targetSetId);
    const TargetSet& ts = s.targetSet(set < 0 ? 0 : set);
    out.push_back(formatMessage(t.tr("history.targets"),
                                {s.ui.language == Language::Vietnamese ? ts.nameVi : ts.nameEn}));
  } else if (!sameTargets(before.customTargets, after.customTargets)) {
    out.push_back(t.tr("history.custom_targets"));
  }
  return out;
}

std::string whatChanged(const Session& s, size_t index) {
  const HistoryEntry& e = s.doc.history.entry(index);
  const Translator& t = s.i18n;
  switch (e.origin) {
    case ChangeOrigin::Start: return t.tr("history.start");
    case ChangeOrigin::Autosave: return t.tr("history.autosave");
    case ChangeOrigin::Link: return t.tr("history.link");
    case ChangeOrigin::File:
      return formatMessage(t.tr("history.file"), {e.detail.empty() ? e.document.name : e.detail});
    case ChangeOrigin::Preset: {
      const Preset* p = findPreset(s.in.presets, e.detail);
      return formatMessage(t.tr("history.preset"), {p ? p->name(s.ui.language) : e.detail});
    }
    case ChangeOrigin::Edit: break;
  }
  if (index == 0) return t.tr("history.start");
  const std::vector<std::string> list = changes(s, s.doc.history.entry(index - 1).document, e.document);
  if (list.empty()) return t.tr("history.start");
  if (list.size() == 1) return list.front();
  return formatMessage(t.tr("history.more"), {list.front(), std::to_string(list.size() - 1)});
}

}  // namespace

std::string historyLabel(const Session& s, size_t index) {
  const HistoryEntry& e = s.doc.history.entry(index);
  std::string text = whatChanged(s, index);
  if (e.minuteOfDay >= 0) {
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", e.minuteOfDay / 60 % 24, e.minuteOfDay % 60);
    text = std::string(time) + "  " + text;
  }
  return text;
}

void historyPopup(Session& s) {
  if (!ImGui::BeginPopup("history")) return;
  ImGui::TextUnformatted(s.i18n.tr("history.title"));
  ImGui::TextDisabled("%s", s.i18n.tr("history.hint"));
  ImGui::Separator();
  const float row = ImGui::GetFrameHeight();
  // Newest first: the step a facilitator most likely wants back is near the top.
  int jump = -1;
  const size_t count = s.doc.history.size();
  const float step = row + ImGui::GetStyle().ItemSpacing.y;
  const float width = std::min(ImGui::GetFontSize() * 26, ImGui::GetIO().DisplaySize.x - ImGui::GetFontSize() * 2);
  ImGui::BeginChild("history_list", ImVec2(width, std::min(12.0f, float(count)) * step));
  for (size_t k = 0; k < count; ++k) {
    const size_t i = count - 1 - k;
    const std::string label = historyLabel(s, i);
    s.i18n.record(label);
    ImGui::PushID(static_cast<int>(i));
    const bool current = i == s.doc.history.cursor();
    // Steps after the cursor are the redo branch: shown greyed, still reachable.
    if (i > s.doc.history.cursor()) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (ImGui::Selectable(label.c_str(), current, 0, ImVec2(0, row))) jump = static_cast<int>(i);
    if (i > s.doc.history.cursor()) ImGui::PopStyleColor();
    s.recordControl("history:" + std::to_string(i));
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::EndPopup();
  if (jump >= 0) s.jumpToHistory(static_cast<size_t>(jump));
}

}  // namespace h2045::app
