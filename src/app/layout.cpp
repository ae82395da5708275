// Where the panels go, from the viewport every frame: nothing floats, nothing is saved.
//
//   Phone     top bar / headline (number above the cards) / the views, or the levers drawer
//   Compact,  top bar / levers column | headline / views; the column folds to a strip so the
//   Regular,  chart can take the screen
//   Large
#include <algorithm>
#include <cmath>

#include "app/session.h"

namespace h2045::app {

float collapsedLeversWidth() { return ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.x * 2; }

float headlineHeight(const Session& s, bool stacked) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float huge = s.fonts().huge ? s.fonts().huge->FontSize * ImGui::GetIO().FontGlobalScale : 40.0f;
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float number = huge + line * 2.2f;
  const float extraTargets = std::max(0.0f, static_cast<float>(s.results.targets.size()) - 3.0f) * ImGui::GetFrameHeight();
  if (!stacked) return number + style.WindowPadding.y * 2 + extraTargets;
  // Cards under the number: year, status pill, required growth (and the range when it moves).
  const float large = s.fonts().large ? s.fonts().large->FontSize * ImGui::GetIO().FontGlobalScale : line;
  const float cards = large + line * 2.6f + ImGui::GetFontSize() * 0.6f;
  return number + cards + style.ItemSpacing.y + style.WindowPadding.y * 2;
}

PanelLayout layoutPanels(const Session& s, ImVec2 display) {
  const ImVec2 size(std::max(display.x, 1.0f), std::max(display.y, 1.0f));
  const float gap = std::round(ImGui::GetFontSize() * 0.5f);
  const float topHeight =
      s.layout.topBarHeight > 0 ? s.layout.topBarHeight : ImGui::GetFrameHeightWithSpacing() + gap * 2;
  PanelLayout p;
  p.top = Rect{ImVec2(gap, gap * 0.5f), ImVec2(size.x - gap, gap * 0.5f + topHeight)};
  const float below = p.top.max.y;

  if (s.layout.phone()) {
    // One column. The headline stays in view while the levers move, so the drawer replaces the
    // views, not the number.
    p.stackedHeadline = true;
    const float headline = std::min(headlineHeight(s, true), (size.y - below) * 0.5f);
    p.headline = Rect{ImVec2(gap, below), ImVec2(size.x - gap, below + headline)};
    const Rect rest{ImVec2(gap, p.headline.max.y + gap), ImVec2(size.x - gap, size.y - gap)};
    if (s.ui.leversDrawer)
      p.levers = rest;
    else
      p.views = rest;
    return p;
  }

  // Levers get about a third of the width, within readable limits, or a strip when folded.
  const float font = ImGui::GetFontSize();
  const float leverWidth =
      s.ui.leversCollapsed
          ? collapsedLeversWidth()
          : std::clamp(size.x * (s.ui.presenter ? 0.30f : 0.30f),
                       std::min(size.x * 0.45f, font * (s.ui.presenter ? 14.0f : 18.0f)), font * 30);
  p.levers = Rect{ImVec2(gap, below), ImVec2(gap + leverWidth, size.y - gap)};
  const float right = p.levers.max.x + gap;
  // A narrow right-hand side (a tablet in portrait) puts the number above the cards.
  // (A presenter's type is larger: the number and the cards share a row from fewer ems.)
  p.stackedHeadline = size.x - right - gap < font * (s.ui.presenter ? 32 : 34);
  p.headline = Rect{ImVec2(right, below), ImVec2(size.x - gap, below + headlineHeight(s, p.stackedHeadline))};
  p.views = Rect{ImVec2(right, p.headline.max.y + gap), ImVec2(size.x - gap, size.y - gap)};
  return p;
}

}  // namespace h2045::app
