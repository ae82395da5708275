// The help overlay (F1 or ?): every keyboard shortcut, from the command table.
#include <string>

#include "app/commands.h"
#include "app/session.h"

namespace h2045::app {

void drawHelpOverlay(Session& s) {
  if (!s.ui.help) return;
  const Translator& t = s.i18n;
  const std::string title = std::string(t.tr("help.title")) + "###help";
  if (!ImGui::IsPopupOpen("###help")) ImGui::OpenPopup("###help");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::BeginPopupModal(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
      for (const HelpRow& row : helpRows()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.keys.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t.tr(row.descriptionKey));
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextDisabled("%s", t.tr("help.tips"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(t.tr("help.close"), ImVec2(-1, 0))) open = false;
    ImGui::EndPopup();
  }
  if (!open) setHelp(s, false);
}

}  // namespace h2045::app
