// People and institutions: workforce schooling and the institutional index, side by side on
// wide areas, stacked on tall ones.
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
  const float titleHeight = ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(s.i18n.tr("people.schooling"));
  comparisonChart(s, "schooling", ImVec2(each.x, each.y - titleHeight),
                  [](const YearResult& r) { return r.schoolingYears; }, s.i18n.tr("people.schooling_axis"), 1, nullptr,
                  HUGE_VAL, -HUGE_VAL);
  ImGui::EndGroup();
  if (sideBySide) ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(s.i18n.tr("people.institutions"));
  comparisonChart(s, "institutions", ImVec2(each.x, each.y - titleHeight),
                  [](const YearResult& r) { return r.institutionalIndex; }, s.i18n.tr("people.institutions_axis"), 0,
                  nullptr, 40, 100);
  ImGui::EndGroup();
  standardLegend(s, false);
}

}  // namespace h2045::app
