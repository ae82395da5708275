#include "model/target_map.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

bool mapsOnAxis(ParamId p) {
  const ParamSpec& ps = spec(p);
  return isLever(ps.group) && ps.kind == ParamKind::Continuous && ps.maxValue > ps.minValue;
}

Scenario TargetMap::scenarioAt(const Scenario& s, int column, int row) const {
  Scenario out = s;
  out.at(x).value = xValues[static_cast<size_t>(column)];
  out.at(y).value = yValues[static_cast<size_t>(row)];
  return out;
}

void computeTargetMap(const Scenario& s, const HistoricalData& data, ParamId x, ParamId y, int columns, int rows,
                      int year, TargetMap& out) {
  out = TargetMap{};
  if (x == y || x == ParamId::Count || y == ParamId::Count || !mapsOnAxis(x) || !mapsOnAxis(y)) return;
  if (columns < 2 || rows < 2 || columns > kMaxMapCells || rows > kMaxMapCells) return;
  if (year <= s.baseYear || year > kLastYear || validate(s, data)) return;
  auto centres = [](ParamId p, int n) {
    const ParamSpec& ps = spec(p);
    std::vector<double> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) v[static_cast<size_t>(i)] = ps.minValue + (i + 0.5) * (ps.maxValue - ps.minValue) / n;
    return v;
  };
  TargetMap map;
  map.x = x, map.y = y, map.columns = columns, map.rows = rows, map.year = year;
  map.xValues = centres(x, columns);
  map.yValues = centres(y, rows);
  const auto cells = static_cast<size_t>(columns * rows);
  for (auto& v : map.value) v.assign(cells, kMissing);
  map.warned.assign(cells, 0);
  Scenario cell = s;
  Trajectory t;
  RunCache cache;  // the cells differ in two levers only: one calibration for all of them
  // The warnings the rest of the scenario raises anyway (both levers at their defaults).
  cell.at(x).value = spec(x).defaultValue;
  cell.at(y).value = spec(y).defaultValue;
  simulate(cell, data, cache, nullptr, t);
  const unsigned already = plausibilityWarningKinds(t);
  for (int r = 0; r < rows; ++r) {
    cell.at(y).value = map.yValues[static_cast<size_t>(r)];
    for (int c = 0; c < columns; ++c) {
      cell.at(x).value = map.xValues[static_cast<size_t>(c)];
      simulate(cell, data, cache, nullptr, t);
      const YearResult* row = t.find(year);
      if (!row) return;  // cannot happen for in-range values of a valid scenario
      const auto i = static_cast<size_t>(r * columns + c);
      for (size_t u = 0; u < map.value.size(); ++u) map.value[u][i] = perCapitaValue(*row, static_cast<ValueUnit>(u));
      map.warned[i] = (plausibilityWarningKinds(t) & ~already) != 0;
    }
  }
  out = std::move(map);
}

std::vector<ContourSegment> contour(const TargetMap& map, ValueUnit u, double threshold) {
  std::vector<ContourSegment> out;
  if (!map.ok() || !std::isfinite(threshold)) return out;
  struct Point {
    double x, y;
  };
  // Where the edge from cell a to cell b crosses the threshold (their values on either side).
  auto cross = [&](int ca, int ra, int cb, int rb) {
    const double va = map.at(u, ca, ra), vb = map.at(u, cb, rb);
    const double t = (threshold - va) / (vb - va);
    const double xa = map.xValues[static_cast<size_t>(ca)], xb = map.xValues[static_cast<size_t>(cb)];
    const double ya = map.yValues[static_cast<size_t>(ra)], yb = map.yValues[static_cast<size_t>(rb)];
    return Point{xa + t * (xb - xa), ya + t * (yb - ya)};
  };
  for (int r = 0; r + 1 < map.rows; ++r)
    for (int c = 0; c + 1 < map.columns; ++c) {
      // Corners counter-clockwise from the bottom left; bit k set when corner k is at or above.
      const int cc[4] = {c, c + 1, c + 1, c}, rr[4] = {r, r, r + 1, r + 1};
      int mask = 0;
      for (int k = 0; k < 4; ++k) mask |= (map.at(u, cc[k], rr[k]) >= threshold ? 1 : 0) << k;
      if (mask == 0 || mask == 15) continue;
      // The crossed edges (edge k joins corner k and k + 1).
      std::vector<Point> points;
      std::vector<int> edges;
      for (int k = 0; k < 4; ++k) {
        const int a = k, b = (k + 1) % 4;
        if (((mask >> a) & 1) != ((mask >> b) & 1)) {
          points.push_back(cross(cc[a], rr[a], cc[b], rr[b]));
          edges.push_back(k);
        }
      }
      if (points.size() == 2) {
        out.push_back({points[0].x, points[0].y, points[1].x, points[1].y});
      } else if (points.size() == 4) {
        // A saddle: the centre's value (the corners' mean) decides which corners connect.
        double mean = 0;
        for (int k = 0; k < 4; ++k) mean += map.at(u, cc[k], rr[k]) / 4;
        const bool centreAbove = mean >= threshold;
        const bool corner0Above = (mask & 1) != 0;
        // Corner 0's two edges are 3 and 0. If the centre is on corner 0's side, corner 0 is
        // joined to corner 2 through the middle, and the line cuts off corners 1 and 3.
        if (centreAbove == corner0Above) {
          out.push_back({points[0].x, points[0].y, points[1].x, points[1].y});  // edges 0, 1: around corner 1
          out.push_back({points[2].x, points[2].y, points[3].x, points[3].y});  // edges 2, 3: around corner 3
        } else {
          out.push_back({points[3].x, points[3].y, points[0].x, points[0].y});  // edges 3, 0: around corner 0
          out.push_back({points[1].x, points[1].y, points[2].x, points[2].y});  // edges 1, 2: around corner 2
        }
      }
    }
  return out;
}

}  // namespace h2045
