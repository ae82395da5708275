// The table of views and the tab bar that shows them.
#include "app/views/views.h"

#include <string>

#include <imgui_internal.h>  // ImGuiTabBar: whether the tab row is still scrolling

#include "app/session.h"
#include "app/views/common.h"

namespace h2045::app {

namespace {

int warningCount(const Session& s) { return static_cast<int>(s.results.warnings.size()); }

}  // namespace

// Each view's draw function, in views/<name>.cpp.
void drawGrdpPerPersonView(Session& s);
void drawDecompositionView(Session& s);
void drawGrowthView(Session& s);
void drawInvestmentView(Session& s);
void drawPeopleView(Session& s);
void drawWarningsView(Session& s);
void drawNeededView(Session& s);

const std::vector<ViewSpec>& viewTable() {
  static const std::vector<ViewSpec> table = {
      {"chart", "view.chart", '1', drawGrdpPerPersonView, false, nullptr},
      {"decomposition", "view.decomposition", '2', drawDecompositionView, true, nullptr},
      {"growth", "view.growth", '3', drawGrowthView, true, nullptr},
      {"investment", "view.investment", '4', drawInvestmentView, true, nullptr},
      {"people", "view.people", '5', drawPeopleView, true, nullptr},
      {"warnings", "view.warnings", '6', drawWarningsView, true, warningCount},
      {"needed", "view.needed", '7', drawNeededView, true, nullptr},
  };
  return table;
}

int findView(std::string_view id) {
  for (size_t i = 0; i < viewTable().size(); ++i)
    if (id == viewTable()[i].id) return static_cast<int>(i);
  return -1;
}

void drawViews(Session& s, const Rect& area) {
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("views", area.size(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  s.record.tabs.clear();
  // Presenter type is large; the tab row uses the small face so every tab stays readable.
  const bool smallTabs = s.ui.presenter && s.fonts().small;
  if (smallTabs) ImGui::PushFont(s.fonts().small);
  if (ImGui::BeginTabBar("view_tabs", ImGuiTabBarFlags_FittingPolicyResizeDown)) {
    for (int v = 0; v < static_cast<int>(viewTable().size()); ++v) {
      const ViewSpec& view = viewTable()[static_cast<size_t>(v)];
      std::string label = s.i18n.tr(view.titleKey);
      if (view.badge && (!view.showsResults || s.resultsVisible()))  // nothing about results before the reveal
        if (const int count = view.badge(s); count > 0) label += " (" + std::to_string(count) + ")";
      s.record.tabs.push_back(label);
      label += std::string("###") + view.id;
      const ImGuiTabItemFlags flags = (s.ui.selectViewTab && v == s.ui.view) ? ImGuiTabItemFlags_SetSelected : 0;
      const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
      s.recordControl(std::string("tab:") + view.id);
      if (open) {
        if (smallTabs) ImGui::PopFont();  // the view body uses the body face
        if (!s.ui.selectViewTab && s.ui.view != v) {
          s.ui.view = v;  // clicked by the person
          s.touch();
        }
        ImGui::BeginChild("view_body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
        if (view.showsResults && !s.resultsVisible())
          hiddenResultsCard(s, remaining(0));
        else
          view.draw(s);
        ImGui::EndChild();
        if (smallTabs) ImGui::PushFont(s.fonts().small);
        ImGui::EndTabItem();
      }
    }
    // A narrow window scrolls the tab row to the chosen tab over several frames: keep drawing
    // until it stops, or an idle pause would freeze it half-way and the next tap would land on
    // a tab that is still moving.
    if (const ImGuiTabBar* bar = ImGui::GetCurrentContext()->CurrentTabBar; bar && bar->ScrollingAnim != bar->ScrollingTarget)
      s.touch();
    ImGui::EndTabBar();
  }
  if (smallTabs) ImGui::PopFont();
  s.ui.selectViewTab = false;
  ImGui::EndChild();
}

}  // namespace h2045::app
