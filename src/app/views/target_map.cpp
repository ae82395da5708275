// The target map: GRDP per person in the last target's year over every pair of settings of two
// levers (a 40 × 40 grid; the rest as in the scenario), the target's line drawn where the grid
// crosses it, the cells with a plausibility warning shaded, and the scenario as a point to
// drag (both levers move) or a cell to click (both set to it; undoable). From src/model/target_map.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"
#include "model/target_map.h"

namespace h2045::app {

namespace {

constexpr int kCells = 40;

int mapYear(const Session& s) {
  const std::vector<Target>& targets = s.currentTargets().targets;
  return targets.empty() || targets.back().year <= s.doc.scenario.baseYear ? kLastYear : targets.back().year;
}

const Target* mapTarget(const Session& s, int year) {
  for (const Target& t : s.currentTargets().targets)
    if (t.year == year) return &t;
  return nullptr;
}

void refresh(Session& s) {
  TargetMapViewState& v = s.targetMapView;
  Scenario key = s.doc.scenario;
  const Scenario defaults = Scenario::defaults();
  key.at(v.x).value = defaults.value(v.x);
  key.at(v.y).value = defaults.value(v.y);
  const int year = mapYear(s);
  // Recomputed whenever another lever moves, also while its slider is dragged (a frame's
  // work: docs/performance.md). The map's own point changes nothing the grid depends on.
  if (v.computed && v.key == key && v.year == year && v.map.x == v.x && v.map.y == v.y) return;
  const auto start = std::chrono::steady_clock::now();
  computeTargetMap(s.doc.scenario, s.in.data, v.x, v.y, kCells, kCells, year, v.map);
  v.lastMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  v.key = key;
  v.year = year;
  v.computed = true;
  ++v.computations;
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
  const ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, 1.0f));
}

// A lever picker: the continuous levers, by name. Wide enough for the longest name where the
// row allows; `sameLine` puts it after the previous item.
bool leverCombo(Session& s, const char* id, const char* labelKey, ParamId& lever, ParamId other, float width) {
  const Translator& t = s.i18n;
  bool changed = false;
  // The label beside the picker where both fit whole, else above it (a phone).
  const bool beside = ImGui::CalcTextSize(t.tr(labelKey)).x + ImGui::GetStyle().ItemSpacing.x + width <= ImGui::GetContentRegionAvail().x;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(t.tr(labelKey));
  if (beside) ImGui::SameLine();
  const std::string current(t.paramName(spec(lever)));
  s.i18n.record(current);
  ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo(id, current.c_str())) {
    for (const ParamSpec& p : paramSpecs()) {
      if (!mapsOnAxis(p.param) || p.param == other) continue;
      const std::string name(t.paramName(p));
      if (ImGui::Selectable(name.c_str(), p.param == lever)) {
        lever = p.param;
        changed = true;
      }
      s.i18n.record(name);
    }
    ImGui::EndCombo();
  }
  return changed;
}

// The combo's width for the longest lever name, and the room a label and combo take.
float comboWidth(const Session& s) {
  float widest = 0;
  for (const ParamSpec& p : paramSpecs())
    if (mapsOnAxis(p.param)) widest = std::max(widest, ImGui::CalcTextSize(std::string(s.i18n.paramName(p)).c_str()).x);
  const ImGuiStyle& style = ImGui::GetStyle();
  return widest + style.FramePadding.x * 2 + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x;
}

void drawMap(Session& s) {
  const Translator& t = s.i18n;
  const Palette& palette = s.palette();
  TargetMapViewState& v = s.targetMapView;
  const TargetMap& m = v.map;
  const ValueUnit units = s.ui.units;
  const ParamSpec &xs = spec(v.x), &ys = spec(v.y);
  const Target* target = mapTarget(s, v.year);
  // The threshold in current USD (the targets' unit); the colours in the unit shown.
  const double threshold = target ? target->lowUsd : kMissing;
  const std::vector<double>& shown = m.value[static_cast<size_t>(units)];
  const std::vector<double>& usd = m.value[static_cast<size_t>(ValueUnit::CurrentUsd)];
  double lo = HUGE_VAL, hi = -HUGE_VAL;
  for (double x : usd) lo = std::min(lo, x), hi = std::max(hi, x);
  std::vector<ImU32> colours(usd.size()), shade(usd.size());
  for (size_t i = 0; i < usd.size(); ++i) {
    // Below the target: from the missed colour (far below) to pale; above: pale to the met colour.
    const double x = usd[i];
    const double mid = std::isfinite(threshold) ? std::clamp(threshold, lo, hi) : 0.5 * (lo + hi);
    const ImU32 pale = palette.chart.plotBackground;
    colours[i] = x < mid ? mix(palette.missed, pale, static_cast<float>(0.35 + 0.65 * (x - lo) / std::max(mid - lo, 1e-9)))
                         : mix(pale, palette.met, static_cast<float>(0.35 + 0.65 * (x - mid) / std::max(hi - mid, 1e-9)));
    shade[i] = m.warned[i] ? withAlpha(palette.warning, 0.35f) : 0;
  }
  std::vector<double> xEdges(static_cast<size_t>(m.columns + 1)), yEdges(static_cast<size_t>(m.rows + 1));
  for (int i = 0; i <= m.columns; ++i) xEdges[static_cast<size_t>(i)] = xs.minValue + i * (xs.maxValue - xs.minValue) / m.columns;
  for (int j = 0; j <= m.rows; ++j) yEdges[static_cast<size_t>(j)] = ys.minValue + j * (ys.maxValue - ys.minValue) / m.rows;

  std::vector<LegendEntry> legendEntries = {{t.tr("map.legend_below"), palette.missed, LegendEntry::Swatch},
                                            {t.tr("map.legend_above"), palette.met, LegendEntry::Swatch},
                                            {t.tr("map.legend_warning"), palette.warning, LegendEntry::Swatch},
                                            {t.tr("map.legend_scenario"), palette.scenario, LegendEntry::Point}};
  std::string lineLabel;
  if (target) {
    lineLabel = formatMessage(t.tr("map.legend_line"), {money(s, target->lowUsd, ValueUnit::CurrentUsd)});
    legendEntries.insert(legendEntries.begin(), {lineLabel.c_str(), palette.text, LegendEntry::Line});
  }
  Chart chart;
  Chart::Options o;
  o.xMin = xs.minValue, o.xMax = xs.maxValue, o.yMin = ys.minValue, o.yMax = ys.maxValue;
  o.xIsYear = false;
  o.yDecimals = std::min(ys.decimals, 1);
  const std::string yUnit(t.paramName(ys));
  o.yUnit = yUnit.c_str();
  const bool lineOffTheMap = target && (hi < threshold || lo >= threshold);
  const float legendRoom = legendHeight(legendEntries, ImGui::GetContentRegionAvail().x) +
                           ImGui::GetTextLineHeightWithSpacing() * (lineOffTheMap ? 3.2f : 1.0f);
  // The map keeps a readable height (a projector's short view, a phone): below it the view
  // scrolls to the note and the legend.
  ImVec2 size = remaining(legendRoom);
  size.y = std::max(size.y, ImGui::GetFontSize() * 13);
  if (chart.begin("target_map", size, o, palette.chart, s.i18n.language())) {
    chart.cells(xEdges.data(), m.columns, yEdges.data(), m.rows, colours.data(), shown.data());
    chart.cells(xEdges.data(), m.columns, yEdges.data(), m.rows, shade.data(), nullptr);
    if (target) {
      std::vector<double> coords;
      for (const ContourSegment& c : contour(m, ValueUnit::CurrentUsd, threshold))
        coords.insert(coords.end(), {c.x0, c.y0, c.x1, c.y1});
      chart.segments(coords.data(), static_cast<int>(coords.size() / 4), palette.text, s.ui.presenter ? 4.0f : 2.5f);
    }
    // The scenario: drag it (both levers follow) or click a cell (both set to it).
    Scenario& scenario = s.doc.scenario;
    double px = scenario.value(v.x), py = scenario.value(v.y);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsItemActivated()) v.pressedAt = mouse;  // the chart's plot button, just pressed
    const float radius = ImGui::GetFontSize() * (s.pointer.touch ? 0.75f : 0.5f);
    if (chart.dragHandle(px, py, palette.scenario, palette.chart.plotBackground, radius)) {
      const float moved = std::hypot(mouse.x - v.pressedAt.x, mouse.y - v.pressedAt.y);
      if (chart.released() && moved < 4.0f) {
        // A click: the cell's own pair.
        const int c = std::clamp(static_cast<int>((px - xs.minValue) / (xs.maxValue - xs.minValue) * m.columns), 0, m.columns - 1);
        const int r = std::clamp(static_cast<int>((py - ys.minValue) / (ys.maxValue - ys.minValue) * m.rows), 0, m.rows - 1);
        px = m.xValues[static_cast<size_t>(c)], py = m.yValues[static_cast<size_t>(r)];
      }
      scenario.at(v.x).value = std::clamp(snapToStep(xs, px), xs.minValue, xs.maxValue);
      scenario.at(v.y).value = std::clamp(snapToStep(ys, py), ys.minValue, ys.maxValue);
      s.touch();
      if (chart.released()) s.commitDocument();  // one step in the history per drag or click
    }
    // Hover: the cell's pair and its value.
    if (chart.hovered() && !chart.dragging() && s.pointer.hoverTooltips()) {
      const ImVec2 at = chart.toData(mouse);
      const int c = std::clamp(static_cast<int>((at.x - xs.minValue) / (xs.maxValue - xs.minValue) * m.columns), 0, m.columns - 1);
      const int r = std::clamp(static_cast<int>((at.y - ys.minValue) / (ys.maxValue - ys.minValue) * m.rows), 0, m.rows - 1);
      const size_t k = static_cast<size_t>(r * m.columns + c);
      std::string tip = formatMessage(t.tr("map.tip"), {std::string(t.paramName(xs)), leverValueText(s, xs, m.xValues[static_cast<size_t>(c)]),
                                                       std::string(t.paramName(ys)), leverValueText(s, ys, m.yValues[static_cast<size_t>(r)]),
                                                       std::to_string(m.year), money(s, shown[k], units)});
      if (m.warned[k]) tip += "\n" + std::string(t.tr("map.tip_warning"));
      wrappedTooltip(s, tip);
      s.record.tooltip = tip;
    }
    chart.end(&s.record.charts);
  }
  // When the line is not on the map, say why: nothing reaches the target, or everything does.
  if (target && (hi < threshold || lo >= threshold)) {
    size_t best = 0;
    for (size_t i = 0; i < usd.size(); ++i)
      if (usd[i] > usd[best]) best = i;
    const int c = static_cast<int>(best) % m.columns, r = static_cast<int>(best) / m.columns;
    const std::string note =
        hi < threshold ? formatMessage(t.tr("map.unreachable"), {money(s, threshold, ValueUnit::CurrentUsd), money(s, shown[best], units),
                                                                leverValueText(s, xs, m.xValues[static_cast<size_t>(c)]),
                                                                leverValueText(s, ys, m.yValues[static_cast<size_t>(r)])})
                       : formatMessage(t.tr("map.all_reach"), {money(s, threshold, ValueUnit::CurrentUsd)});
    s.i18n.record(note);
    ImGui::PushStyleColor(ImGuiCol_Text, palette.text);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(note.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  const std::string across = formatMessage(t.tr("map.across"), {std::string(t.paramName(xs))});
  s.i18n.record(across);
  ImGui::TextDisabled("%s", across.c_str());
  legend(legendEntries, palette.textDim);
}

}  // namespace

void drawTargetMapView(Session& s) {
  const Translator& t = s.i18n;
  TargetMapViewState& v = s.targetMapView;
  refresh(s);
  const Target* target = mapTarget(s, v.year);
  // All of it scrolls where the map and its legend are taller than the view; the scrollbar's
  // room is kept from the first frame so wrapped text never runs under it.
  ImGui::BeginChild("map_body", ImVec2(0, 0), false,
                    ImGuiWindowFlags_AlwaysVerticalScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  viewTitleText(s,
                target ? formatMessage(t.tr("map.title"), {money(s, target->lowUsd, ValueUnit::CurrentUsd), std::to_string(v.year)})
                       : formatMessage(t.tr("map.title_no_target"), {std::to_string(v.year)}),
                "map.explain");
  // Both pickers on one row where they fit whole, else one under the other.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = comboWidth(s);
  const float labels = std::max(ImGui::CalcTextSize(t.tr("map.x")).x, ImGui::CalcTextSize(t.tr("map.y")).x) + style.ItemSpacing.x;
  const bool oneRow = 2 * (labels + width) + style.ItemSpacing.x * 2 <= ImGui::GetContentRegionAvail().x;
  leverCombo(s, "##map_x", "map.x", v.x, v.y, width);
  if (oneRow) ImGui::SameLine(0, style.ItemSpacing.x * 2);
  leverCombo(s, "##map_y", "map.y", v.y, v.x, width);
  refresh(s);  // a new lever on an axis: the grid at once
  if (v.map.ok()) drawMap(s);
  ImGui::EndChild();
}

}  // namespace h2045::app
