// The scenario menu in the top bar: the presets (each with its explanation and sources) and
// the share link. Choosing a preset is one undoable step, like any other change.
#include <algorithm>
#include <string>

#include "app/session.h"
#include "scenario/share_link.h"

namespace h2045::app {

bool choosePreset(Session& s, const std::string& id, std::string& error) {
  const Preset* preset = findPreset(s.in.presets, id);
  if (!preset) {
    std::string known;
    for (const Preset& p : s.in.presets) known += (known.empty() ? "" : ", ") + p.id;
    error = "preset \"" + id + "\": unknown (known: " + known + ")";
    return false;
  }
  if (!s.openDocument(preset->documentIn(s.ui.language), ChangeOrigin::Preset, preset->id, error)) return false;
  s.ui.notice.clear();
  s.levers.message.clear();
  return true;
}

bool copyShareLink(Session& s) {
  Platform* platform = s.in.init.platform;
  const std::string link = (platform ? platform->pageUrl() : std::string()) + shareLinkFragment(s.document());
  const bool copied = platform && platform->copyText(link);
  s.ui.notice = formatMessage(s.i18n.tr(copied ? "notice.link_copied" : "notice.link_shown"), {link});
  s.ui.noticeIsError = false;
  s.touch();
  return copied;
}

void scenarioMenu(Session& s, float width) {
  Translator& t = s.i18n;
  const std::string label = s.doc.name.empty() ? std::string(t.tr("topbar.scenario")) : s.doc.name;
  t.record(label);
  ImGui::SetNextItemWidth(width);
  const float row = ImGui::GetFrameHeight();
  if (ImGui::BeginCombo("##scenario", label.c_str(), ImGuiComboFlags_HeightLargest)) {
    ImGui::TextDisabled("%s", t.tr("scenarios.presets"));
    for (const Preset& p : s.in.presets) {
      const std::string& name = p.name(s.ui.language);
      t.record(name);
      const bool chosen = s.doc.name == name && s.document().scenario == p.document.scenario;
      if (ImGui::Selectable(name.c_str(), chosen, 0, ImVec2(0, row))) {
        std::string error;
        if (!choosePreset(s, p.id, error)) {
          s.ui.notice = error;
          s.ui.noticeIsError = true;
        }
      }
      s.recordControl("preset:" + p.id);
      if (ImGui::IsItemHovered() && s.pointer.hoverTooltips()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(tooltipWrapWidth(28));
        ImGui::TextUnformatted(p.description(s.ui.language).c_str());
        ImGui::Spacing();
        ImGui::TextDisabled("%s", t.tr("scenarios.sources"));
        ImGui::TextUnformatted(p.sources(s.ui.language).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
    ImGui::Separator();
    if (ImGui::Selectable(t.tr("scenarios.copy_link"), false, 0, ImVec2(0, row))) copyShareLink(s);
    s.recordControl("share");
    ImGui::EndCombo();
  }
  s.recordControl("scenario");
  if (ImGui::IsItemHovered() && s.pointer.hoverTooltips()) ImGui::SetTooltip("%s", t.tr("topbar.scenario_tip"));
}

// A line at the bottom of the window: what was just done (a link copied) or what failed (a
// damaged link, storage refused). It stays until closed or replaced: nothing animates.
void drawNotice(Session& s) {
  if (s.ui.notice.empty()) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const Palette& palette = s.palette();
  const float margin = ImGui::GetFontSize() * 0.6f;
  const float width = std::min(display.x - 2 * margin, ImGui::GetFontSize() * 40);
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, display.y * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, s.ui.noticeIsError ? palette.missed : palette.accent);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  ImGui::Begin("##notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  const float close = ImGui::GetFrameHeight();
  ImGui::PushTextWrapPos(width - close - ImGui::GetStyle().WindowPadding.x * 2 - ImGui::GetStyle().ItemSpacing.x);
  ImGui::TextUnformatted(s.ui.notice.c_str());
  ImGui::PopTextWrapPos();
  s.i18n.record(s.ui.notice);
  ImGui::SameLine(width - close - ImGui::GetStyle().WindowPadding.x);
  ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, 40));
  if (ImGui::Button("\xC3\x97##close_notice", ImVec2(close, close))) {  // ×
    s.ui.notice.clear();
    s.touch();
  }
  ImGui::PopStyleColor();
  s.recordControl("notice:close");
  ImGui::End();
  ImGui::PopStyleColor(2);
}

}  // namespace h2045::app
