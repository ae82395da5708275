// Derived results (src/model/results.h): what every view, the CLI and the API show.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "model/results.h"
#include "test_support.h"

namespace h2045 {
namespace {

using test::hanoiData;

const Trajectory& defaultRun() {
  static const Trajectory t = simulate(Scenario::defaults(), hanoiData());
  return t;
}

TEST(Results, PerCapitaValueReadsTheRowInEachUnit) {
  const YearResult& row = *defaultRun().find(2040);
  EXPECT_EQ(perCapitaValue(row, ValueUnit::CurrentUsd), row.grdpPerCapitaUsd);
  EXPECT_EQ(perCapitaValue(row, ValueUnit::ConstantUsd2025), row.grdpPerCapitaUsd2025);
  EXPECT_EQ(perCapitaValue(row, ValueUnit::MillionVnd), row.grdpPerCapitaMvnd);
  for (int u = 0; u < kValueUnitCount; ++u) {
    const ValueUnit unit = static_cast<ValueUnit>(u);
    ASSERT_EQ(findValueUnit(valueUnitId(unit)), unit);
  }
  EXPECT_FALSE(findValueUnit("eur"));
}

TEST(Results, HistoryInEachUnitIsTheModelsHistory) {
  for (int year = kFirstHistoryYear; year <= kLastHistoryYear; ++year) {
    const double usd = historicalPerCapita(hanoiData(), year, ValueUnit::CurrentUsd);
    const double expected = historicalPerCapitaUsd(hanoiData(), year);
    if (std::isnan(expected))
      EXPECT_TRUE(std::isnan(usd)) << year;
    else
      EXPECT_EQ(usd, expected) << year;
  }
  EXPECT_EQ(historicalPerCapita(hanoiData(), 2025, ValueUnit::MillionVnd), historicalPerCapitaMvnd(hanoiData(), 2025));
}

TEST(Results, TargetFactorPutsAUsdTargetOnTheScenariosPrices) {
  const Trajectory& t = defaultRun();
  EXPECT_EQ(targetUnitFactor(t, 2045, ValueUnit::CurrentUsd), 1.0);
  const YearResult& row = *t.find(2045);
  // A target equal to the scenario's USD value converts to exactly the scenario's value in any unit.
  for (ValueUnit u : {ValueUnit::ConstantUsd2025, ValueUnit::MillionVnd})
    EXPECT_NEAR(row.grdpPerCapitaUsd * targetUnitFactor(t, 2045, u), perCapitaValue(row, u),
                1e-9 * perCapitaValue(row, u));
  EXPECT_TRUE(std::isnan(targetUnitFactor(t, 1990, ValueUnit::MillionVnd)));
}

TEST(Results, BaselineKeepsAssumptionsAndResetsLevers) {
  Scenario s = Scenario::defaults();
  s.baseYear = 2022;
  s.at(ParamId::PublicInvestmentPct).value = spec(ParamId::PublicInvestmentPct).maxValue;
  s.at(ParamId::PublicInvestmentPct).startYear = 2030;
  s.at(ParamId::Beta).value = spec(ParamId::Beta).minValue;
  const Scenario base = baselineOf(s);
  EXPECT_EQ(base.at(ParamId::PublicInvestmentPct), Scenario::defaults().at(ParamId::PublicInvestmentPct));
  EXPECT_EQ(base.value(ParamId::Beta), spec(ParamId::Beta).minValue);
  EXPECT_EQ(base.baseYear, 2022);
  const Scenario assumptionsReset = withDefaultAssumptions(s);
  EXPECT_EQ(assumptionsReset.value(ParamId::Beta), spec(ParamId::Beta).defaultValue);
  EXPECT_EQ(assumptionsReset.at(ParamId::PublicInvestmentPct), s.at(ParamId::PublicInvestmentPct));
}

TEST(Results, SnapToStepIsOneRuleForEveryParameter) {
  std::mt19937 rng(7);
  for (const ParamSpec& p : paramSpecs()) {
    std::uniform_real_distribution<double> inRange(p.minValue, p.maxValue);
    for (int i = 0; i < 200; ++i) {
      const double v = snapToStep(p, inRange(rng));
      ASSERT_GE(v, p.minValue) << p.id;
      ASSERT_LE(v, p.maxValue) << p.id;
      // On the step grid from the minimum, and idempotent.
      if (p.step > 0) {
        const double steps = (v - p.minValue) / p.step;
        ASSERT_NEAR(steps, std::round(steps), 1e-6) << p.id << " " << v;
      }
      ASSERT_EQ(snapToStep(p, v), v) << p.id;
      if (p.kind != ParamKind::Continuous) {
        ASSERT_EQ(v, std::round(v)) << p.id;
      }
    }
    EXPECT_EQ(snapToStep(p, p.defaultValue), p.defaultValue) << p.id;
  }
  const ParamSpec& invest = spec(ParamId::PublicInvestmentPct);  // step 0.1
  EXPECT_EQ(snapToStep(invest, invest.minValue + 121 * 0.1), 14.1);  // not 14.100000000000001
  // Outside the range or not finite: unchanged, for validate() to name.
  EXPECT_EQ(snapToStep(invest, invest.maxValue + 0.04), invest.maxValue + 0.04);
  EXPECT_TRUE(std::isnan(snapToStep(invest, std::nan(""))));
}

TEST(Results, CustomTargetRules) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(checkTarget({2045, 36000, inf, false}, 2025), TargetProblem::None);
  EXPECT_EQ(checkTarget({2030, 12000, 13000, false}, 2025), TargetProblem::None);
  EXPECT_EQ(checkTarget({2025, 12000, 13000, false}, 2025), TargetProblem::YearOutOfRange);
  EXPECT_EQ(checkTarget({kLastYear + 1, 12000, 13000, false}, 2025), TargetProblem::YearOutOfRange);
  EXPECT_EQ(checkTarget({2030, 0, 13000, false}, 2025), TargetProblem::LowNotPositive);
  EXPECT_EQ(checkTarget({2030, std::nan(""), 13000, false}, 2025), TargetProblem::LowNotPositive);
  EXPECT_EQ(checkTarget({2030, kMaxTargetUsd, inf, false}, 2025), TargetProblem::LowTooHigh);
  EXPECT_EQ(checkTarget({2030, 12000, 11000, false}, 2025), TargetProblem::HighBelowLow);
  EXPECT_EQ(checkTarget({2030, 12000, std::nan(""), false}, 2025), TargetProblem::HighBelowLow);

  TargetSet set;
  EXPECT_EQ(putTarget(set, {2045, 36000, inf, false}, 2025), TargetEdit::Added);
  EXPECT_EQ(putTarget(set, {2030, 12000, 13000, false}, 2025), TargetEdit::Added);
  ASSERT_EQ(set.targets.size(), 2u);
  EXPECT_EQ(set.targets[0].year, 2030);  // kept in year order
  EXPECT_EQ(putTarget(set, {2030, 14000, inf, false}, 2025), TargetEdit::Replaced);
  EXPECT_EQ(set.targets[0].lowUsd, 14000);
  EXPECT_EQ(putTarget(set, {2030, -1, inf, false}, 2025), TargetEdit::Invalid);
  EXPECT_EQ(set.targets[0].lowUsd, 14000);  // unchanged
  for (int year = 2031; static_cast<int>(set.targets.size()) < kMaxCustomTargets; ++year)
    ASSERT_EQ(putTarget(set, {year, 20000, inf, false}, 2025), TargetEdit::Added);
  EXPECT_EQ(putTarget(set, {2049, 50000, inf, false}, 2025), TargetEdit::Full);
  EXPECT_EQ(static_cast<int>(set.targets.size()), kMaxCustomTargets);
}

TEST(Results, PeriodAveragesAreTheMeansOfTheirYears) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = 9;
  const Trajectory t = simulate(s, hanoiData());
  const PeriodAverages periods = periodAverages(t);
  ASSERT_GT(periods.count, 0);
  EXPECT_EQ(periods.periods[0].firstYear, t.baseYear + 1);
  int covered = 0;
  for (const PeriodAverage& p : periods) {
    double growth = 0, tfp = 0;
    int n = 0;
    for (int year = p.firstYear; year <= p.lastYear; ++year) {
      const YearResult* row = t.find(year);
      ASSERT_NE(row, nullptr);
      growth += row->realGrowthPct;
      tfp += row->contributions.tfp;
      ++n;
    }
    EXPECT_EQ(p.years, n);
    EXPECT_NEAR(p.realGrowthPct, growth / n, 1e-12);
    EXPECT_NEAR(p.contributions.tfp, tfp / n, 1e-12);
    // The parts of average growth add up as the yearly parts do.
    EXPECT_NEAR(p.contributions.sum(), p.realGrowthPct, 0.05);
    EXPECT_LE(p.lastYear - p.firstYear + 1, kPeriodYears);
    covered += p.years;
  }
  EXPECT_EQ(covered, kLastYear - t.baseYear);  // every projected year in exactly one period
}

TEST(Results, InvestmentRangeComesFromTheData) {
  const Range r = totalInvestmentRange(hanoiData());
  ASSERT_TRUE(r.known());
  EXPECT_EQ(r.low, hanoiData().fact("total_investment_share_low")->value);
  EXPECT_EQ(r.high, hanoiData().fact("total_investment_share_high")->value);
  EXPECT_FALSE(totalInvestmentRange(HistoricalData{}).known());
}

TEST(Results, ComputeResultsIsTheScenarioAndItsBaseline) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::InstitutionalQualityTarget).value = 85;
  Results r;
  computeResults(s, test::targetSet("congress17_2020"), hanoiData(), r);
  ASSERT_TRUE(r.ok());
  const Trajectory direct = simulate(s, hanoiData());
  const Trajectory base = simulate(baselineOf(s), hanoiData());
  EXPECT_EQ(r.scenario.find(2045)->grdpPerCapitaUsd, direct.find(2045)->grdpPerCapitaUsd);
  EXPECT_EQ(r.baseline.find(2045)->grdpPerCapitaUsd, base.find(2045)->grdpPerCapitaUsd);
  EXPECT_GT(r.scenario.find(2045)->grdpPerCapitaUsd, r.baseline.find(2045)->grdpPerCapitaUsd);
  EXPECT_EQ(r.targets.size(), test::targetSet("congress17_2020").targets.size());
  EXPECT_EQ(r.periods.count, periodAverages(direct).count);
  EXPECT_TRUE(r.totalInvestment.known());
}

}  // namespace
}  // namespace h2045
