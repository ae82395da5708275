// A small chart module on ImDrawList: axes with readable ticks (thousands separators per
// language), lines, points, shaded bands, target boxes, bars and a hover cursor.
// Every view draws through it, so they look and behave alike.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/i18n.h"

namespace h2045::app {

struct ChartColors {
  ImU32 plotBackground, grid, axis, text, textDim, hoverLine;
};

// What a chart drew, for the test hook: counts and a checksum of the plotted values.
struct ChartRecord {
  std::string id;
  int series = 0;
  int points = 0;
  double checksum = 0;  // sum of plotted y values (changes when the data changes)
  double xMin = 0, xMax = 0;  // the x axis's range (years)
  ImVec2 plotMin, plotMax;    // the plot area on screen, so tests can hover a year
  ImVec2 frameMin, frameMax;  // the whole chart with its axis labels (what an image export keeps)
  struct Marker {
    std::string label;
    double x = 0, y = 0;
  };
  std::vector<Marker> markers;  // labelled markers (the room's predictions)
};

// The colour with its opacity scaled by alpha.
ImU32 withAlpha(ImU32 color, float alpha);

// Round tick values ("nice" steps of 1, 2, 2.5 or 5 × 10^k) covering [lo, hi].
std::vector<double> niceTicks(double lo, double hi, int maxTicks);
// A "nice" upper bound ≥ hi for an axis starting at lo.
double niceCeil(double lo, double hi, int maxTicks);

class Chart {
 public:
  struct Options {
    double xMin = 2010, xMax = 2050;
    double yMin = 0, yMax = 1;
    bool xIsYear = true;   // years print without separators
    bool xTicks = true;    // false when the caller labels the x axis itself (bars by period)
    int yDecimals = 0;
    const char* yUnit = "";  // drawn above the y axis
    float fontScale = 1.0f;
  };

  // Claims `size` at the cursor of the current window. Returns false when there is no room.
  bool begin(const char* id, ImVec2 size, const Options& options, const ChartColors& colors, Language lang);
  void end(std::vector<ChartRecord>* log);

  ImVec2 toScreen(double x, double y) const;
  const ImVec2& plotMin() const { return plotMin_; }
  const ImVec2& plotMax() const { return plotMax_; }

  // Series and shapes (clipped to the plot area). NaN values leave gaps.
  void line(const double* x, const double* y, int n, ImU32 color, float thickness, bool dashed = false);
  void points(const double* x, const double* y, int n, ImU32 fill, ImU32 outline, float radius);
  void band(const double* x, const double* lo, const double* hi, int n, ImU32 fill);
  void horizontalBand(double y0, double y1, ImU32 fill, const char* label, ImU32 labelColor);
  void verticalShade(double x0, double x1, ImU32 fill);
  // A target range box; yHigh = +inf draws an open box (fading to the top with an arrow head).
  void targetBox(double x, double halfWidth, double yLow, double yHigh, ImU32 fill, ImU32 border, const char* label,
                 ImU32 labelColor);
  void bar(double x0, double x1, double y0, double y1, ImU32 fill);
  void zeroLine(ImU32 color);
  void label(double x, double y, const char* text, ImU32 color, ImVec2 align);
  // A labelled diamond at (x, y), the label to its left (a group's prediction).
  void marker(double x, double y, const char* text, ImU32 fill, ImU32 outline, ImU32 textColor, float radius);
  // A label under the x axis (outside the plot area), centred on x.
  void axisLabel(double x, const char* text, ImU32 color);

  // Heat-map cells: cell (i, j) spans xEdges[i]..xEdges[i + 1] and yEdges[j]..yEdges[j + 1], in
  // colours[j · columns + i]; `values` (the same layout) go into the record's checksum.
  void cells(const double* xEdges, int columns, const double* yEdges, int rows, const ImU32* colours, const double* values);
  // Straight segments, four numbers each (x0, y0, x1, y1), in data coordinates: a contour.
  void segments(const double* coords, int count, ImU32 color, float thickness);
  // A handle at (x, y) the pointer can drag anywhere on the plot: while the plot is pressed,
  // (x, y) become the pointer's position (within the axes) and it returns true. A press that
  // does not move is a click on the plot: clicked() and the position come back the same way.
  bool dragHandle(double& x, double& y, ImU32 fill, ImU32 outline, float radius);
  bool dragging() const { return active_; }
  bool released() const { return released_; }  // the press ended this frame (commit the drag)
  ImVec2 toData(ImVec2 screen) const;          // x, y in data coordinates (floats: for picking)

  // Hover: the x value under the pointer (snapped to whole years when xIsYear).
  bool hovered() const { return hovered_; }
  double hoverX() const { return hoverX_; }
  void hoverCursor(double x);

 private:
  void drawAxes();
  bool visible(double v) const;
  std::string formatTick(double v, bool isX, int decimals) const;

  Options opt_;
  ChartColors colors_{};
  Language lang_ = Language::English;
  ImDrawList* draw_ = nullptr;
  ImVec2 frameMin_, frameMax_, plotMin_, plotMax_;
  bool hovered_ = false, active_ = false, released_ = false;
  double hoverX_ = 0;
  ChartRecord record_;
  int yTicks_ = 6;  // as many y ticks as the plot's height has room for
  // Texts already in the plot (labels, markers): target labels keep off them.
  std::vector<ImVec4> placed_;
  bool isFree(const ImVec4& r) const;
  // Target labels: placed when the chart ends, off every other text, drawn last so no line
  // crosses them. Candidate spots in order of preference.
  struct TargetLabel {
    std::vector<ImVec2> spots;
    ImVec2 size;
    ImU32 color;
    std::string text;
  };
  std::vector<TargetLabel> targetLabels_;
};

struct LegendEntry {
  const char* label;
  ImU32 color;
  enum Shape { Line, DashedLine, Point, Box, Swatch } shape;
};
// A wrapping row of legend entries (ordinary ImGui items, so it flows with the layout).
void legend(const std::vector<LegendEntry>& entries, ImU32 textColor);
// The height that legend takes in a row this wide (its rows and the spacing after them).
float legendHeight(const std::vector<LegendEntry>& entries, float width);

}  // namespace h2045::app
