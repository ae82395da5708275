// People and institutions: workforce schooling and the institutional index, side by side on
// wide areas, stacked on tall ones.
#include <algorithm>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

void drawPeopleView(Session& s) {
  viewTitle(s, "people.title", "people.explain");
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * 1.6f;
  ImVec2 area = remaining(legendHeight);
  const bool sideBySide = area.x > area.y * 1.4f;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImVec2 each = sideBySide ? ImVec2((area.x - spacing) * 0.5f, area.y)
                           : ImVec2(area.x, (area.y - ImGui::GetStyle().ItemSpacing.y) * 0.5f);
  // Each chart's title wraps within its chart; side by side both take the taller one's room.
  const float lineGap = ImGui::GetStyle().ItemSpacing.y;
  auto titleHeight = [&](const char* key) {
    return ImGui::CalcTextSize(s.i18n.tr(key), nullptr, false, each.x).y + lineGap;
  };
  const float both = std::max(titleHeight("people.schooling"), titleHeight("people.institutions"));
  auto titled = [&](const char* key, auto&& chart) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + each.x);
    ImGui::TextUnformatted(s.i18n.tr(key));
    ImGui::PopTextWrapPos();
    const float title = sideBySide ? both : titleHeight(key);
    if (sideBySide) ImGui::Dummy(ImVec2(0, std::max(0.0f, both - titleHeight(key))));
    chart(ImVec2(each.x, std::max(each.y - title, 1.0f)));
    ImGui::EndGroup();
  };
  titled("people.schooling", [&](ImVec2 size) {
    comparisonChart(s, "schooling", size, [](const YearResult& r) { return r.schoolingYears; },
                    s.i18n.tr("people.schooling_axis"), 1, nullptr, HUGE_VAL, -HUGE_VAL);
  });
  if (sideBySide) ImGui::SameLine();
  titled("people.institutions", [&](ImVec2 size) {
    comparisonChart(s, "institutions", size, [](const YearResult& r) { return r.institutionalIndex; },
                    s.i18n.tr("people.institutions_axis"), 0, nullptr, 40, 100);
  });
  standardLegend(s, false);
}

}  // namespace h2045::app
