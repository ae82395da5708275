// Monte Carlo: the sampler's statistics, reproducibility, ordered bands around the single
// line, probabilities that behave like probabilities.
#include "model/uncertainty.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "test_support.h"

namespace h2045 {
namespace {

using test::hanoiData;

const TargetSet& congress() { return test::targetSet("congress17_2020"); }

MonteCarloResult run(const Scenario& s, int paths = 400, std::uint64_t seed = 7) {
  MonteCarloResult out;
  runMonteCarlo(s, hanoiData(), congress(), uncertaintyAssumptions(s), MonteCarloOptions{paths, seed}, out);
  return out;
}

double mean(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); }
double sd(const std::vector<double>& v) {
  const double m = mean(v);
  double ss = 0;
  for (double x : v) ss += (x - m) * (x - m);
  return std::sqrt(ss / double(v.size() - 1));
}

TEST(Random, UniformsAndNormalsHaveTheirMomentsForAFixedSeed) {
  Random r(12345);
  std::vector<double> u(20000), n(20000);
  for (double& x : u) x = r.uniform();
  for (double& x : n) x = r.normal();
  EXPECT_NEAR(mean(u), 0.5, 0.01);
  EXPECT_NEAR(sd(u), std::sqrt(1.0 / 12.0), 0.01);
  EXPECT_NEAR(mean(n), 0.0, 0.03);
  EXPECT_NEAR(sd(n), 1.0, 0.03);
  for (double x : u) ASSERT_TRUE(x >= 0 && x < 1);
  // The same seed gives the same numbers; another seed others.
  Random a(99), b(99), c(100);
  for (int i = 0; i < 100; ++i) {
    const std::uint64_t x = a.next();
    EXPECT_EQ(x, b.next());
    EXPECT_NE(x, c.next());
  }
}

// The yearly shocks of many paths: their spread is the ordinary shock's and the trend shift's
// together; disasters come about as often as assumed; the draws stay in their ranges.
TEST(MonteCarlo, PathDrawsHaveTheAssumedSpreadAndStayInRange) {
  const Scenario s = Scenario::defaults();
  UncertaintyAssumptions u = uncertaintyAssumptions(s);
  EXPECT_DOUBLE_EQ(u.yearlyShockSdPp, hanoiData().fact("growth_sd_hanoi_no_covid")->value);
  u.disasterProbability = 0;  // the normal parts alone first
  Random r(3);
  PathDraw d;
  std::vector<double> shocks2030, shifts, betas;
  for (int i = 0; i < 4000; ++i) {
    drawPath(s, u, r, d);
    EXPECT_EQ(d.shocks.pp[static_cast<size_t>(s.baseYear - kFirstHistoryYear)], 0.0) << "no shock before the projection";
    shocks2030.push_back(d.shocks.pp[static_cast<size_t>(2030 - kFirstHistoryYear)]);
    shifts.push_back(d.trendShiftPp);
    betas.push_back(d.scenario.value(ParamId::Beta));
    for (const ParamSpec& p : paramSpecs()) {
      EXPECT_GE(d.scenario.value(p.param), p.minValue) << p.id;
      EXPECT_LE(d.scenario.value(p.param), p.maxValue) << p.id;
    }
  }
  EXPECT_NEAR(mean(shocks2030), 0.0, 0.06);
  EXPECT_NEAR(sd(shocks2030), std::hypot(u.yearlyShockSdPp, u.trendShiftSdPp), 0.05);
  EXPECT_NEAR(sd(shifts), u.trendShiftSdPp, 0.03);
  EXPECT_NEAR(mean(betas), s.value(ParamId::Beta), 0.005);

  u = uncertaintyAssumptions(s);
  u.yearlyShockSdPp = 0;
  u.trendShiftSdPp = 0;
  int disasters = 0, years = 0;
  for (int i = 0; i < 2000; ++i) {
    drawPath(s, u, r, d);
    for (int year = s.baseYear + 1; year <= kLastYear; ++year, ++years)
      if (d.shocks.pp[static_cast<size_t>(year - kFirstHistoryYear)] == u.disasterFirstYearPp) ++disasters;
  }
  EXPECT_NEAR(double(disasters) / years, u.disasterProbability, 0.006);
}

TEST(MonteCarlo, TheSameSeedGivesTheSameBandsAndAnotherSeedOthers) {
  const Scenario s = Scenario::defaults();
  const MonteCarloResult a = run(s), b = run(s), c = run(s, 400, 8);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a.years.size(), b.years.size());
  for (size_t i = 0; i < a.years.size(); ++i) EXPECT_EQ(a.years[i].value, b.years[i].value);
  for (size_t i = 0; i < a.targets.size(); ++i) EXPECT_EQ(a.targets[i].probability, b.targets[i].probability);
  EXPECT_NE(a.find(2045)->at(ValueUnit::CurrentUsd, 2), c.find(2045)->at(ValueUnit::CurrentUsd, 2));
}

// Bands are ordered in every unit and year, widen with time, start at the base year's one
// value, and hold the single line: with symmetric shocks its 2045 value is near the median.
TEST(MonteCarlo, BandsAreOrderedWidenAndHoldTheSingleLine) {
  const Scenario s = Scenario::defaults();
  const MonteCarloResult mc = run(s, 1000);
  ASSERT_TRUE(mc.ok());
  EXPECT_EQ(mc.paths, 1000);
  EXPECT_EQ(mc.years.front().year, s.baseYear);
  EXPECT_EQ(mc.years.back().year, kLastYear);
  for (const YearBands& y : mc.years)
    for (size_t u = 0; u < static_cast<size_t>(ValueUnit::Count); ++u)
      for (size_t p = 0; p + 1 < kBandPercentiles.size(); ++p) {
        ASSERT_TRUE(std::isfinite(y.value[u][p])) << y.year;
        EXPECT_LE(y.value[u][p], y.value[u][p + 1]) << y.year << " unit " << u;
      }
  const YearBands& base = mc.years.front();
  EXPECT_NEAR(base.at(ValueUnit::CurrentUsd, 0), base.at(ValueUnit::CurrentUsd, 4), 1e-6) << "the base year is known";
  auto width = [&](int year) {
    const YearBands* y = mc.find(year);
    return std::log(y->at(ValueUnit::ConstantUsd2025, 4) / y->at(ValueUnit::ConstantUsd2025, 0));
  };
  EXPECT_LT(width(2030), width(2045));
  EXPECT_GT(width(2045), 0.2) << "a fan, not a line";

  UncertaintyAssumptions symmetric = uncertaintyAssumptions(s);
  symmetric.disasterProbability = 0;
  MonteCarloResult sym;
  runMonteCarlo(s, hanoiData(), congress(), symmetric, MonteCarloOptions{1000, 11}, sym);
  const Trajectory single = simulate(s, hanoiData());
  const double line = single.find(2045)->grdpPerCapitaUsd2025;
  const YearBands& y2045 = *sym.find(2045);
  EXPECT_GT(line, y2045.at(ValueUnit::ConstantUsd2025, 1));
  EXPECT_LT(line, y2045.at(ValueUnit::ConstantUsd2025, 3));
}

// Probabilities are shares of paths, in [0, 1], and rise with a lever that raises growth.
TEST(MonteCarlo, TargetChancesAreProbabilitiesThatRiseWithInvestment) {
  const Scenario s = Scenario::defaults();
  const MonteCarloResult low = run(s, 600, 5);
  const MonteCarloResult high =
      run(test::withValue(s, ParamId::PublicInvestmentPct, spec(ParamId::PublicInvestmentPct).maxValue), 600, 5);
  ASSERT_EQ(low.targets.size(), high.targets.size());
  ASSERT_FALSE(low.targets.empty());
  for (size_t i = 0; i < low.targets.size(); ++i) {
    EXPECT_GE(low.targets[i].probability, 0.0);
    EXPECT_LE(high.targets[i].probability, 1.0);
    EXPECT_GE(high.targets[i].probability, low.targets[i].probability) << low.targets[i].target.year;
  }
  const auto& t2045 = high.targets.back();
  EXPECT_EQ(t2045.target.year, 2045);
  EXPECT_GT(t2045.probability, low.targets.back().probability);
  // The share is what it says: count the paths above the target in the same run.
  EXPECT_NEAR(low.targets.back().probability * low.paths, std::round(low.targets.back().probability * low.paths), 1e-9);
}

// The Monte Carlo's own assumptions are the scenario's: no trend shift, a narrower fan; more
// disaster risk, a lower median; the single line does not move.
TEST(MonteCarlo, ItsAssumptionsAreTheScenarios) {
  const Scenario s = Scenario::defaults();
  auto width = [](const MonteCarloResult& mc) {
    const YearBands* y = mc.find(2045);
    return std::log(y->at(ValueUnit::CurrentUsd, 4) / y->at(ValueUnit::CurrentUsd, 0));
  };
  const MonteCarloResult base = run(s, 600, 3);
  const MonteCarloResult calm = run(test::withValue(s, ParamId::TrendShiftSdPp, 0), 600, 3);
  EXPECT_LT(width(calm), width(base) * 0.9);
  const MonteCarloResult risky = run(test::withValue(s, ParamId::DisasterRiskPct, 10), 600, 3);
  EXPECT_LT(risky.find(2045)->at(ValueUnit::CurrentUsd, 2), base.find(2045)->at(ValueUnit::CurrentUsd, 2));
  EXPECT_EQ(simulate(test::withValue(s, ParamId::DisasterRiskPct, 10), hanoiData()).find(2045)->grdpPerCapitaUsd,
            simulate(s, hanoiData()).find(2045)->grdpPerCapitaUsd);
}

TEST(MonteCarlo, AnInvalidScenarioOrPathCountGivesNothing) {
  Scenario bad = Scenario::defaults();
  bad.at(ParamId::PublicInvestmentPct).value = 999;
  EXPECT_FALSE(run(bad).ok());
  EXPECT_FALSE(run(Scenario::defaults(), 0).ok());
  EXPECT_FALSE(run(Scenario::defaults(), kMaxMonteCarloPaths + 1).ok());
}

}  // namespace
}  // namespace h2045
