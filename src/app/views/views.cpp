// The table of views and the tab bar that shows them.
#include "app/views/views.h"

#include <string>

#include <imgui_internal.h>  // ImGuiTabBar: whether the tab row is still scrolling

#include "app/session.h"
#include "app/views/common.h"

namespace h2045::app {

namespace {

int warningCount(const Session& s) { return static_cast<int>(s.results.warnings.size()); }
int comparedCount(const Session& s) { return static_cast<int>(s.compared.size()); }

}  // namespace

// Each view's draw function, in views/<name>.cpp.
void drawGrdpPerPersonView(Session& s);
void drawDecompositionView(Session& s);
void drawGrowthView(Session& s);
void drawInvestmentView(Session& s);
void drawPeopleView(Session& s);
void drawWarningsView(Session& s);
void drawNeededView(Session& s);
void drawCompareView(Session& s);
void drawSensitivityView(Session& s);
void drawGapView(Session& s);
void drawTargetMapView(Session& s);

const std::vector<ViewSpec>& viewTable() {
  static const std::vector<ViewSpec> table = {
      {"chart", "view.chart", "view.chart.short", '1', drawGrdpPerPersonView, false, nullptr},
      {"decomposition", "view.decomposition", "view.decomposition.short", '2', drawDecompositionView, true, nullptr},
      {"growth", "view.growth", "view.growth.short", '3', drawGrowthView, true, nullptr},
      {"investment", "view.investment", "view.investment.short", '4', drawInvestmentView, true, nullptr},
      {"people", "view.people", "view.people.short", '5', drawPeopleView, true, nullptr},
      {"warnings", "view.warnings", "view.warnings.short", '6', drawWarningsView, true, warningCount},
      {"needed", "view.needed", "view.needed.short", '7', drawNeededView, true, nullptr},
      {"compare", "view.compare", "view.compare.short", '8', drawCompareView, true, comparedCount},
      {"sensitivity", "view.sensitivity", "view.sensitivity.short", '9', drawSensitivityView, true, nullptr},
      {"gap", "view.gap", "view.gap.short", '0', drawGapView, true, nullptr},
      {"map", "view.map", "view.map.short", 't', drawTargetMapView, true, nullptr},
  };
  return table;
}

int findView(std::string_view id) {
  for (size_t i = 0; i < viewTable().size(); ++i)
    if (id == viewTable()[i].id) return static_cast<int>(i);
  return -1;
}

namespace {

// "Warnings (2)": the title and the count after it, but nothing about results before the reveal.
std::string viewLabel(const Session& s, const ViewSpec& view, bool shortTitle) {
  std::string label = s.i18n.tr(shortTitle ? view.shortTitleKey : view.titleKey);
  if (view.badge && (!view.showsResults || s.resultsVisible()))
    if (const int count = view.badge(s); count > 0) label += " (" + std::to_string(count) + ")";
  return label;
}

float tabRowWidth(const Session& s, bool shortTitles) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 0;
  for (const ViewSpec& view : viewTable())
    width += ImGui::CalcTextSize(viewLabel(s, view, shortTitles).c_str()).x + style.FramePadding.x * 2 + style.ItemInnerSpacing.x;
  return width;
}

void drawViewBody(Session& s, const ViewSpec& view) {
  ImGui::BeginChild("view_body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
  if (view.showsResults && !s.resultsVisible())
    hiddenResultsCard(s, remaining(0));
  else
    view.draw(s);
  ImGui::EndChild();
}

// Phones: the views as a menu over the whole width, the chosen one under it.
void drawViewMenu(Session& s) {
  const ViewSpec& current = viewTable()[static_cast<size_t>(s.ui.view)];
  const std::string currentLabel = viewLabel(s, current, false);
  s.record.viewNavigation = "menu";
  for (const ViewSpec& view : viewTable()) s.record.tabs.push_back(viewLabel(s, view, false));
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##view_menu", currentLabel.c_str(), ImGuiComboFlags_HeightLargest)) {
    for (int v = 0; v < static_cast<int>(viewTable().size()); ++v) {
      const std::string label = viewLabel(s, viewTable()[static_cast<size_t>(v)], false) + "###menu" + std::to_string(v);
      if (ImGui::Selectable(label.c_str(), v == s.ui.view, 0, ImVec2(0, ImGui::GetFrameHeight()))) setView(s, v);
      s.recordControl(std::string("menu:") + viewTable()[static_cast<size_t>(v)].id);
    }
    ImGui::EndCombo();
  }
  s.recordControl("view_menu");
  s.ui.selectViewTab = false;
  drawViewBody(s, current);
}

}  // namespace

void drawViews(Session& s, const Rect& area) {
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("views", area.size(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  s.record.tabs.clear();
  // Presenter type is large; the tab row uses the small face so every tab stays readable, and
  // the short titles where the full ones would not fit in one row; where even those would not
  // (phones), the views are a menu.
  const bool smallTabs = s.ui.presenter && s.fonts().small;
  if (smallTabs) ImGui::PushFont(s.fonts().small);
  const float room = ImGui::GetContentRegionAvail().x;
  if (s.layout.phone() || tabRowWidth(s, true) > room) {
    if (smallTabs) ImGui::PopFont();
    drawViewMenu(s);
    ImGui::EndChild();
    return;
  }
  const bool shortTitles = tabRowWidth(s, false) > room;
  s.record.viewNavigation = shortTitles ? "short_tabs" : "tabs";
  if (ImGui::BeginTabBar("view_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
    for (int v = 0; v < static_cast<int>(viewTable().size()); ++v) {
      const ViewSpec& view = viewTable()[static_cast<size_t>(v)];
      std::string label = viewLabel(s, view, shortTitles);
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
        drawViewBody(s, view);
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
