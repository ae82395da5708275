// The tornado and the sources of the spread: ends consistent with single runs, sorted, the
// uncertain assumptions marked; each source's spread alone, the whole larger than any part.
#include "model/sensitivity.h"

#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"

namespace h2045 {
namespace {

using test::hanoiData;

TEST(Sensitivity, EachEndIsTheSingleRunAtThatEndAndTheLargestSwingComesFirst) {
  const Scenario s = Scenario::defaults();
  const Sensitivity t = sensitivity(s, hanoiData(), 2045);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.year, 2045);
  EXPECT_GE(t.entries.size(), 20u);
  for (const SensitivityEntry& e : t.entries) EXPECT_NE(e.param, ParamId::TrendShiftSdPp) << "no swing, no row";
  EXPECT_DOUBLE_EQ(t.scenario[0], simulate(s, hanoiData()).find(2045)->grdpPerCapitaUsd);
  for (size_t i = 1; i < t.entries.size(); ++i)
    EXPECT_GE(t.entries[i - 1].swing(ValueUnit::CurrentUsd), t.entries[i].swing(ValueUnit::CurrentUsd));
  for (const SensitivityEntry& e : t.entries) {
    const ParamSpec& p = spec(e.param);
    const Trajectory low = simulate(test::withValue(s, e.param, p.minValue), hanoiData());
    const Trajectory high = simulate(test::withValue(s, e.param, p.maxValue), hanoiData());
    EXPECT_DOUBLE_EQ(e.atMin[0], low.find(2045)->grdpPerCapitaUsd) << p.id;
    EXPECT_DOUBLE_EQ(e.atMax[0], high.find(2045)->grdpPerCapitaUsd) << p.id;
    EXPECT_DOUBLE_EQ(e.atMax[1], high.find(2045)->grdpPerCapitaUsd2025) << p.id;
    EXPECT_EQ(e.drawnInMonteCarlo, drawnInMonteCarlo(e.param));
  }
  // More public investment raises 2045; the swing is not zero.
  for (const SensitivityEntry& e : t.entries)
    if (e.param == ParamId::PublicInvestmentPct) {
      EXPECT_GT(e.atMax[0], e.atMin[0]);
    }
  EXPECT_FALSE(sensitivity(s, hanoiData(), s.baseYear).ok()) << "the base year is known";
}

TEST(Sensitivity, EachSourceAloneSpreadsLessThanAllTogether) {
  const Scenario s = Scenario::defaults();
  const UncertaintyAssumptions u = uncertaintyAssumptions(s);
  double all = 0;
  const std::vector<SourceSpread> spreads = spreadBySource(s, hanoiData(), u, 2045, 400, 5, &all);
  ASSERT_EQ(spreads.size(), static_cast<size_t>(kUncertaintySourceCount));
  EXPECT_GT(all, 0.3) << "nine paths in ten span more than a third in logarithms";
  for (size_t i = 0; i < spreads.size(); ++i) {
    EXPECT_GE(spreads[i].spread, 0.0) << uncertaintySourceId(spreads[i].source);
    EXPECT_LT(spreads[i].spread, all * 1.02) << uncertaintySourceId(spreads[i].source);
    if (i > 0) {
      EXPECT_GE(spreads[i - 1].spread, spreads[i].spread);
    }
  }
  // With one source left the others are silent: only the source's own draws move.
  const UncertaintyAssumptions trend = onlySource(u, UncertaintySource::TrendShift);
  EXPECT_EQ(trend.yearlyShockSdPp, 0);
  EXPECT_EQ(trend.disasterProbability, 0);
  EXPECT_EQ(trend.usdDriftSdPp, 0);
  EXPECT_EQ(trend.trendShiftSdPp, u.trendShiftSdPp);
  // The persistent trend shift is among the largest: decades of growth are uncertain.
  EXPECT_TRUE(spreads[0].source == UncertaintySource::TrendShift || spreads[1].source == UncertaintySource::TrendShift)
      << uncertaintySourceId(spreads[0].source) << ", " << uncertaintySourceId(spreads[1].source);
}

}  // namespace
}  // namespace h2045
