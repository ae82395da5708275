// The target map: GRDP per person in one year over a grid of two levers' settings, every
// other setting as in the scenario, with the line where it crosses a target (marching squares
// over the cells' centres) and the cells whose run raises a plausibility warning.
#pragma once

#include <array>
#include <vector>

#include "model/model.h"
#include "model/results.h"

namespace h2045 {

struct TargetMap {
  ParamId x = ParamId::Count, y = ParamId::Count;
  int columns = 0, rows = 0, year = 0;
  std::vector<double> xValues, yValues;  // the cells' centres, each lever from the bottom of its range to the top
  // GRDP per person, [unit][row · columns + column].
  std::array<std::vector<double>, static_cast<size_t>(ValueUnit::Count)> value;
  // 1 where the run raises a plausibility warning of a kind the scenario with both levers at
  // their defaults does not: what these two settings cause, not what the rest already does.
  std::vector<unsigned char> warned;
  bool ok() const { return columns > 0 && rows > 0; }
  double at(ValueUnit u, int column, int row) const {
    return value[static_cast<size_t>(u)][static_cast<size_t>(row * columns + column)];
  }
  // The scenario at a cell: both levers at the cell's values.
  Scenario scenarioAt(const Scenario& s, int column, int row) const;
};

// A lever the map can put on an axis: continuous, a lever (not an assumption).
bool mapsOnAxis(ParamId p);
constexpr int kMaxMapCells = 64;

// columns × rows runs (each 2 to kMaxMapCells). Empty when the scenario is invalid, the year is
// outside the projection, x = y, or a lever cannot be an axis.
void computeTargetMap(const Scenario& s, const HistoricalData& data, ParamId x, ParamId y, int columns, int rows,
                      int year, TargetMap& out);

// The line where the value crosses `threshold`, as segments in lever values: each end on the
// straight line between two neighbouring cells' centres, one above and one below, where the
// linear interpolation between them meets the threshold.
struct ContourSegment {
  double x0, y0, x1, y1;
};
std::vector<ContourSegment> contour(const TargetMap& map, ValueUnit u, double threshold);

}  // namespace h2045
