// Monte Carlo: the sampler's statistics, reproducibility, ordered bands around the single
// line, probabilities that behave like probabilities.
#include "model/uncertainty.h"

#include <gtest/gtest.h>

#include <algorithm>
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

TEST(RandomStream, UniformsAndNormalsHaveTheirMomentsForAFixedSeed) {
  RandomStream r(12345);
  std::vector<double> u(20001), n(20001);  // odd counts: the last block and pair are partial
  r.uniforms(u.data(), u.size());
  r.normals(n.data(), n.size());
  EXPECT_NEAR(mean(u), 0.5, 0.01);
  EXPECT_NEAR(sd(u), std::sqrt(1.0 / 12.0), 0.01);
  EXPECT_NEAR(mean(n), 0.0, 0.03);
  EXPECT_NEAR(sd(n), 1.0, 0.03);
  for (double x : u) ASSERT_TRUE(x >= 0 && x < 1);
  // Tails as a normal's: about 4.6 % beyond 2 s.d., 0.27 % beyond 3.
  const auto beyond = [&](double k) {
    return double(std::count_if(n.begin(), n.end(), [&](double x) { return std::fabs(x) > k; })) / double(n.size());
  };
  EXPECT_NEAR(beyond(2), 0.0455, 0.006);
  EXPECT_NEAR(beyond(3), 0.0027, 0.0012);
  // Pairs from one Box–Muller draw are uncorrelated, and so are neighbouring lanes.
  double pairs = 0, lanes = 0;
  for (size_t i = 0; i + 1 < n.size(); i += 2) pairs += n[i] * n[i + 1];
  for (size_t i = 0; i + 8 < n.size(); ++i) lanes += n[i] * n[i + 8];
  EXPECT_NEAR(pairs / double(n.size() / 2), 0.0, 0.03);
  EXPECT_NEAR(lanes / double(n.size() - 8), 0.0, 0.03);
  // The same seed gives the same numbers, in any split of the buffer; another seed others.
  RandomStream a(99), b(99), c(100);
  std::vector<std::uint64_t> x(100), y(100), z(100);
  a.raw(x.data(), 100);
  b.raw(y.data(), 40);
  b.raw(y.data() + 40, 60);
  c.raw(z.data(), 100);
  EXPECT_EQ(x, y);
  for (size_t i = 0; i < x.size(); ++i) EXPECT_NE(x[i], z[i]);
}

// The yearly shocks of many paths: their spread is the ordinary shock's and the trend shift's
// together; disasters come about as often as assumed; the draws stay in their ranges.
TEST(MonteCarlo, PathDrawsHaveTheAssumedSpreadAndStayInRange) {
  const Scenario s = Scenario::defaults();
  UncertaintyAssumptions u = uncertaintyAssumptions(s);
  EXPECT_DOUBLE_EQ(u.yearlyShockSdPp, hanoiData().fact("growth_sd_hanoi_no_covid")->value);
  u.disasterProbability = 0;  // the normal parts alone first
  PathDraws d;
  drawPaths(s, u, 3, 4000, d);
  ASSERT_EQ(d.count, 4000);
  std::vector<double> shocks2030, shifts, betas, alphas, drifts, gammaRnd;
  std::array<int, 8> lags{};
  for (int p = 0; p < d.count; ++p) {
    shocks2030.push_back(d.shock(2030, p));
    shifts.push_back(d.trendShiftPp[static_cast<size_t>(p)]);
    const Scenario drawn = d.scenarioOf(s, p);
    betas.push_back(drawn.value(ParamId::Beta));
    alphas.push_back(drawn.value(ParamId::Alpha));
    drifts.push_back(drawn.value(ParamId::UsdDriftPct));
    gammaRnd.push_back(drawn.value(ParamId::GammaRnd));
    ++lags[static_cast<size_t>(drawn.value(ParamId::ConstructionLagYears))];
    ASSERT_FALSE(validate(drawn)) << "path " << p;
    EXPECT_FALSE(validate(d.shocksOf(p)));
    EXPECT_EQ(d.shocksOf(p).pp[static_cast<size_t>(s.baseYear - kFirstHistoryYear)], 0.0) << "no shock before the projection";
  }
  EXPECT_NEAR(mean(shocks2030), 0.0, 0.06);
  EXPECT_NEAR(sd(shocks2030), std::hypot(u.yearlyShockSdPp, u.trendShiftSdPp), 0.05);
  EXPECT_NEAR(sd(shifts), u.trendShiftSdPp, 0.03);
  EXPECT_NEAR(mean(betas), s.value(ParamId::Beta), 0.005);
  EXPECT_NEAR(sd(betas), u.betaSd, 0.004);
  EXPECT_NEAR(mean(alphas), s.value(ParamId::Alpha) + 0.003, 0.004) << "truncated at 0.30 below, so a little above";
  EXPECT_NEAR(mean(drifts), s.value(ParamId::UsdDriftPct), 0.04);
  EXPECT_NEAR(mean(gammaRnd), s.value(ParamId::GammaRnd), 0.01);
  EXPECT_NEAR(sd(gammaRnd), u.gammaRndHalfWidth / std::sqrt(3.0), 0.01) << "uniform";
  // The trend shift and the drift are correlated as assumed.
  double covariance = 0;
  for (int p = 0; p < d.count; ++p)
    covariance += (shifts[static_cast<size_t>(p)] - mean(shifts)) * (drifts[static_cast<size_t>(p)] - mean(drifts));
  EXPECT_NEAR(covariance / (d.count - 1) / (sd(shifts) * sd(drifts)), u.usdDriftTrendCorrelation, 0.05);
  // Lags 2 to 6 around the default 3, as often as assumed.
  for (int lag = 2; lag <= 6; ++lag)
    EXPECT_NEAR(lags[static_cast<size_t>(lag)] / 4000.0, u.lagOffsetProbabilities[static_cast<size_t>(lag - 2)], 0.025) << lag;
  EXPECT_EQ(lags[0] + lags[1] + lags[7], 0);

  u = uncertaintyAssumptions(s);
  u.yearlyShockSdPp = 0;
  u.trendShiftSdPp = 0;
  drawPaths(s, u, 4, 2000, d);
  int disasters = 0, years = 0;
  for (int p = 0; p < d.count; ++p)
    for (int year = s.baseYear + 1; year <= kLastYear; ++year, ++years) {
      if (d.shock(year, p) != u.disasterFirstYearPp) continue;
      ++disasters;
      if (year < kLastYear) {
        EXPECT_GE(d.shock(year + 1, p), u.disasterSecondYearLowPp);
        EXPECT_LE(d.shock(year + 1, p), u.disasterSecondYearHighPp);
      }
    }
  EXPECT_NEAR(double(disasters) / years, u.disasterProbability * (1 - u.disasterProbability), 0.006);
}

// A run of fewer paths draws the first paths of a longer one: the drag's quick run and the
// full run share them, so the fan does not jump when a slider is let go.
TEST(MonteCarlo, FewerPathsAreTheFirstPathsOfMore) {
  const Scenario s = Scenario::defaults();
  const UncertaintyAssumptions u = uncertaintyAssumptions(s);
  PathDraws few, many;
  drawPaths(s, u, 2045, 250, few);
  drawPaths(s, u, 2045, 1000, many);
  for (int p = 0; p < few.count; ++p) {
    ASSERT_EQ(few.scenarioOf(s, p), many.scenarioOf(s, p)) << p;
    for (int year = s.baseYear + 1; year <= kLastYear; ++year) ASSERT_EQ(few.shock(year, p), many.shock(year, p));
  }
  PathDraws other;
  drawPaths(s, u, 2046, 250, other);
  EXPECT_NE(other.scenarioOf(s, 0), few.scenarioOf(s, 0)) << "another seed, other draws";
}

// The batch of paths is the model itself: every path's GRDP per person, in every unit and
// year, is what simulate() gives for that path's scenario and shocks.
TEST(MonteCarlo, EveryPathOfTheBatchIsTheSingleRunOfItsDraws) {
  for (Scenario s : {Scenario::defaults(), test::withValue(test::withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, 12),
                                                          ParamId::EntrantSchoolingYears, 16)}) {
    for (int baseYear : {kLastHistoryYear, 2020}) {
      s.baseYear = baseYear;
      PathDraws d;
      drawPaths(s, uncertaintyAssumptions(s), 21, 64, d);
      PathValues values;
      simulatePaths(s, hanoiData(), d, values);
      ASSERT_TRUE(values.ok);
      double worst = 0;
      for (int p = 0; p < d.count; ++p) {
        Trajectory t;
        const TfpShocks shocks = d.shocksOf(p);
        simulate(d.scenarioOf(s, p), hanoiData(), &shocks, t);
        ASSERT_EQ(t.count, kLastYear - baseYear + 1);
        for (const YearResult& row : t)
          for (size_t u = 0; u < static_cast<size_t>(ValueUnit::Count); ++u) {
            const double single = perCapitaValue(row, static_cast<ValueUnit>(u));
            const double batch = values.value(static_cast<ValueUnit>(u), row.year, p);
            worst = std::max(worst, std::fabs(batch / single - 1.0));
          }
      }
      EXPECT_LT(worst, 1e-12) << "base year " << baseYear;
    }
  }
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

// Probabilities are shares of paths, in [0, 1], and rise with a lever that raises growth in
// every year (better institutions cost nothing up front; public investment crowds out private
// investment before its projects arrive, so it lowers 2030 a little).
TEST(MonteCarlo, TargetChancesAreProbabilitiesThatRiseWithInvestment) {
  const Scenario s = Scenario::defaults();
  const MonteCarloResult low = run(s, 600, 5);
  const MonteCarloResult high =
      run(test::withValue(s, ParamId::InstitutionalQualityTarget, spec(ParamId::InstitutionalQualityTarget).maxValue), 600, 5);
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
