// Plausibility warnings: where the scenario leaves Hanoi's historical record.
#include <string>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

void drawWarningsView(Session& s) {
  const Palette& palette = s.palette();
  viewTitle(s, "warnings.title", "warnings.explain");
  ImGui::Spacing();
  if (s.results.warnings.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette.met);
    ImGui::TextWrapped("%s", s.i18n.tr("warnings.none"));
    ImGui::PopStyleColor();
    return;
  }
  for (const Warning& w : s.results.warnings) {
    const std::string text = warningSentence(w, s.i18n.current(), s.ui.language);
    s.i18n.record(text);
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float bar = ImGui::GetFontSize() * 0.3f;
    ImGui::Indent(bar * 3);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Unindent(bar * 3);
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + bar, ImGui::GetItemRectMax().y), palette.warning, 2);
    ImGui::Spacing();
  }
}

}  // namespace h2045::app
