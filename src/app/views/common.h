// What several views share: a series built from a trajectory, the baseline-vs-scenario line
// chart, the standard legend, a view's title, the card shown instead of results before the
// reveal, and the main GRDP-per-person chart (the chart view and what's-needed both show it).
#pragma once

#include <array>
#include <cmath>

#include <imgui.h>

#include "app/chart.h"
#include "model/model.h"

namespace h2045::app {

struct Session;

// Up to one point per trajectory row.
struct Series {
  std::array<double, kMaxYears> x{}, y{};
  int n = 0;
  void add(double year, double value) {
    if (n < kMaxYears) {
      x[static_cast<size_t>(n)] = year;
      y[static_cast<size_t>(n)] = value;
      ++n;
    }
  }
  double max() const;
  double min() const;
  double firstX(double otherwise) const;  // the first x with a finite y (where the data start)
};

// Projected rows of a trajectory, one field; with the base year (anchored to data) so levels
// join the history points, without it for rates (the base year's rate is history).
template <typename Field>
Series projection(const Trajectory& t, Field field, bool withBaseYear = true) {
  Series s;
  for (const YearResult& row : t)
    if (row.projected || (withBaseYear && row.year == t.baseYear)) s.add(row.year, field(row));
  return s;
}

float chartLineWidth(const Session& s);
Chart::Options chartOptions(double yMin, double yMax, const char* unit, int decimals = 0);

// A line chart of baseline vs scenario for one model output, with history points when given.
// yMinHint / yMaxHint widen the axis to a meaningful scale (e.g. an index from 40 to 100) so a
// flat line does not look like a dramatic change.
using RowField = double (*)(const YearResult&);
void comparisonChart(Session& s, const char* id, ImVec2 size, RowField field, const char* unit, int decimals,
                     const Series* history, double yMinHint, double yMaxHint = -HUGE_VAL, bool withBaseYear = true);
void standardLegend(Session& s, bool history);
void viewTitle(Session& s, const char* titleKey, const char* explainKey);
// The same with a title already written out ("… in 2045"); records it as drawn.
void viewTitleText(Session& s, const std::string& title, const char* explainKey);
ImVec2 remaining(float reserveBelow);  // the content region left, minus room kept below
// A tooltip of wrapped text, recorded as drawn.
void wrappedTooltip(Session& s, const std::string& text);
// One bar row (the tornado, the gap's waterfall): the name on the left (wrapped, with an
// optional tag), a bar from a to b across the scale lo..hi, the values text on the right
// (none when valuesWidth is 0; the tooltip has them). Without a colour the bar is red below
// `centre` and green above it, with a line at the centre; with one, one colour. `tip` shows
// on hover.
void barRow(Session& s, const std::string& name, const char* tag, double a, double b, double centre, double lo,
            double hi, const std::string& values, float nameWidth, float valuesWidth, ImU32 colour = 0,
            const std::string& tip = {});
void hiddenResultsCard(Session& s, ImVec2 size);
void mainChart(Session& s, ImVec2 size);

}  // namespace h2045::app
