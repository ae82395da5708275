// The target map: each cell is the single run of its settings; the contour runs between
// neighbouring cells on either side of the threshold; bad requests give nothing.
#include "model/target_map.h"

#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"

namespace h2045 {
namespace {

using test::hanoiData;

TargetMap defaultMap(int n = 12) {
  TargetMap m;
  computeTargetMap(Scenario::defaults(), hanoiData(), ParamId::PublicInvestmentPct, ParamId::InstitutionalQualityTarget, n,
                   n, 2045, m);
  return m;
}

TEST(TargetMap, EachCellIsTheSingleRunOfItsSettings) {
  const TargetMap m = defaultMap();
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m.columns, 12);
  EXPECT_EQ(m.value[0].size(), 144u);
  const ParamSpec& x = spec(ParamId::PublicInvestmentPct);
  EXPECT_NEAR(m.xValues.front(), x.minValue + (x.maxValue - x.minValue) / 24, 1e-12) << "cell centres";
  for (const auto& [c, r] : std::vector<std::pair<int, int>>{{0, 0}, {5, 7}, {11, 11}, {3, 10}}) {
    Trajectory t;
    simulate(m.scenarioAt(Scenario::defaults(), c, r), hanoiData(), t);
    for (size_t u = 0; u < static_cast<size_t>(ValueUnit::Count); ++u)
      EXPECT_EQ(m.at(static_cast<ValueUnit>(u), c, r), perCapitaValue(*t.find(2045), static_cast<ValueUnit>(u)));
    EXPECT_EQ(m.warned[static_cast<size_t>(r * m.columns + c)] != 0, !plausibilityWarnings(t).empty());
  }
  // Better institutions raise 2045 in every column.
  for (int c = 0; c < m.columns; ++c)
    for (int r = 1; r < m.rows; ++r) EXPECT_GT(m.at(ValueUnit::CurrentUsd, c, r), m.at(ValueUnit::CurrentUsd, c, r - 1));
  // The top of the investment range is implausible somewhere: warnings mark cells.
  int warned = 0;
  for (unsigned char w : m.warned) warned += w;
  EXPECT_GT(warned, 0);
  EXPECT_LT(warned, 144);
}

TEST(TargetMap, TheContourRunsBetweenCellsOnEitherSideOfTheThreshold) {
  const TargetMap m = defaultMap(16);
  ASSERT_TRUE(m.ok());
  double lo = HUGE_VAL, hi = -HUGE_VAL;
  for (double v : m.value[0]) lo = std::min(lo, v), hi = std::max(hi, v);
  const double threshold = 0.5 * (lo + hi);
  const std::vector<ContourSegment> line = contour(m, ValueUnit::CurrentUsd, threshold);
  ASSERT_GE(line.size(), 10u);
  // Each end lies on the segment between two neighbouring centres that straddle the threshold,
  // where the linear interpolation between their values meets it.
  auto onAnEdge = [&](double x, double y) {
    for (int r = 0; r < m.rows; ++r)
      for (int c = 0; c < m.columns; ++c)
        for (const auto& [dc, dr] : {std::pair<int, int>{1, 0}, {0, 1}}) {
          const int c2 = c + dc, r2 = r + dr;
          if (c2 >= m.columns || r2 >= m.rows) continue;
          const double va = m.at(ValueUnit::CurrentUsd, c, r), vb = m.at(ValueUnit::CurrentUsd, c2, r2);
          if ((va >= threshold) == (vb >= threshold)) continue;
          const double t = (threshold - va) / (vb - va);
          const double ex = m.xValues[static_cast<size_t>(c)] + t * (m.xValues[static_cast<size_t>(c2)] - m.xValues[static_cast<size_t>(c)]);
          const double ey = m.yValues[static_cast<size_t>(r)] + t * (m.yValues[static_cast<size_t>(r2)] - m.yValues[static_cast<size_t>(r)]);
          if (std::fabs(ex - x) < 1e-9 && std::fabs(ey - y) < 1e-9) return true;
        }
    return false;
  };
  for (const ContourSegment& s : line) {
    EXPECT_TRUE(onAnEdge(s.x0, s.y0)) << s.x0 << "," << s.y0;
    EXPECT_TRUE(onAnEdge(s.x1, s.y1)) << s.x1 << "," << s.y1;
  }
  EXPECT_TRUE(contour(m, ValueUnit::CurrentUsd, hi * 2).empty()) << "nothing reaches it: no line";
}

TEST(TargetMap, BadRequestsGiveNothing) {
  TargetMap m;
  const Scenario s = Scenario::defaults();
  computeTargetMap(s, hanoiData(), ParamId::PublicInvestmentPct, ParamId::PublicInvestmentPct, 10, 10, 2045, m);
  EXPECT_FALSE(m.ok()) << "the same lever twice";
  computeTargetMap(s, hanoiData(), ParamId::PublicInvestmentPct, ParamId::Beta, 10, 10, 2045, m);
  EXPECT_FALSE(m.ok()) << "an assumption is not an axis";
  computeTargetMap(s, hanoiData(), ParamId::PublicInvestmentPct, ParamId::ConstructionLagYears, 10, 10, 2045, m);
  EXPECT_FALSE(m.ok()) << "whole years are not an axis";
  computeTargetMap(s, hanoiData(), ParamId::PublicInvestmentPct, ParamId::RndPct, 1, 10, 2045, m);
  EXPECT_FALSE(m.ok());
  computeTargetMap(s, hanoiData(), ParamId::PublicInvestmentPct, ParamId::RndPct, 10, kMaxMapCells + 1, 2045, m);
  EXPECT_FALSE(m.ok());
  computeTargetMap(s, hanoiData(), ParamId::PublicInvestmentPct, ParamId::RndPct, 10, 10, 2025, m);
  EXPECT_FALSE(m.ok()) << "not a projected year";
  Scenario bad = s;
  bad.at(ParamId::Alpha).value = 9;
  computeTargetMap(bad, hanoiData(), ParamId::PublicInvestmentPct, ParamId::RndPct, 10, 10, 2045, m);
  EXPECT_FALSE(m.ok());
}

}  // namespace
}  // namespace h2045
