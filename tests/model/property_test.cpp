// Properties over thousands of random in-range lever and assumption combinations: every output
// is finite, contributions add up, and outcomes move the way theory says.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "test_support.h"

using namespace h2045;

namespace {

// A random valid scenario: every parameter uniform in its range (whole numbers where needed),
// random start years and phase-ins, any base year 2019–2025 (half of them 2025, the default).
Scenario randomScenario(std::mt19937_64& rng) {
  Scenario s = Scenario::defaults();
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  s.baseYear = unit(rng) < 0.5 ? 2025 : 2019 + int(unit(rng) * 7);
  for (const ParamSpec& p : paramSpecs()) {
    double v = p.minValue + unit(rng) * (p.maxValue - p.minValue);
    if (p.kind != ParamKind::Continuous) v = std::round(v);
    s.at(p.param).value = v;
    s.at(p.param).startYear = 2021 + int(unit(rng) * 20);
    s.at(p.param).phaseInYears = int(unit(rng) * 11);
  }
  return s;
}

bool finiteRow(const YearResult& r) {
  const double values[] = {r.realGrdpTrillionVnd2025, r.nominalGrdpTrillionVnd, r.population, r.employment,
                           r.grdpPerCapitaMvnd, r.grdpPerCapitaUsd, r.grdpPerCapitaUsd2025, r.realGrowthPct,
                           r.perCapitaGrowthPct, r.usdPerCapitaGrowthPct, r.privateCapital, r.publicCapital,
                           r.humanCapital, r.schoolingYears, r.tfp, r.institutionalIndex, r.digitalGovernment,
                           r.rndPct, r.publicInvestmentPct, r.effectivePublicInvestmentPct,
                           r.privateInvestmentPct, r.totalInvestmentPct, r.disbursementPct, r.vndPerUsd,
                           r.otherPublicInvestmentPct, r.extraSpendingPct, r.borrowingPct, r.crowdingOutPct,
                           r.budgetReallocationPct, r.cityDebtPct,
                           r.contributions.tfp, r.contributions.privateCapital, r.contributions.infrastructure,
                           r.contributions.humanCapital, r.contributions.labour};
  for (double v : values)
    if (!std::isfinite(v)) return false;
  return r.grdpPerCapitaUsd > 0 && r.population > 0 && r.publicCapital > 0 && r.privateCapital > 0 &&
         r.privateInvestmentPct >= 0;
}

constexpr int kCombinations = 3000;

// Levers whose increase raises (+1) or lowers (−1) output in every year, all else equal. Public
// investment and R&D are paid for: when they displace private investment, more of them can lower
// output (if public capital returns less), so `paidFor` levers are checked with no crowding out.
struct Direction {
  ParamId lever;
  int sign;
  bool paidFor = false;
};
constexpr Direction kMonotone[] = {
    {ParamId::PublicInvestmentPct, +1, true}, {ParamId::DisbursementPct, +1, true}, {ParamId::InvestmentEfficiency, +1},
    {ParamId::ConstructionLagYears, -1},  {ParamId::DigitalGovernmentPct, +1}, {ParamId::EntrantSchoolingYears, +1},
    {ParamId::SkilledMigration, +1},      {ParamId::RndPct, +1, true},     {ParamId::UsdDriftPct, +1},
    {ParamId::PrivateInvestmentPct, +1},  {ParamId::OtherPublicInvestmentPct, +1},
};

}  // namespace

TEST(Properties, EveryOutputIsFiniteAndContributionsAddUp) {
  std::mt19937_64 rng(20451);
  Trajectory t;
  for (int k = 0; k < kCombinations; ++k) {
    const Scenario s = randomScenario(rng);
    ASSERT_FALSE(validate(s, test::hanoiData()).has_value()) << "combination " << k;
    simulate(s, test::hanoiData(), t);
    ASSERT_EQ(t.count, kLastYear - s.baseYear + 1);
    for (int i = 0; i < t.count; ++i) {
      ASSERT_TRUE(finiteRow(t.rows[i])) << "combination " << k << " year " << t.rows[i].year;
      if (i > 0) {
        ASSERT_NEAR(t.rows[i].contributions.sum(), t.rows[i].realGrowthPct, 1e-9);
      }
    }
    for (const Warning& w : plausibilityWarnings(t)) ASSERT_TRUE(std::isfinite(w.value));
  }
}

TEST(Properties, OutcomesMoveTheWayTheorySays) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Trajectory lo, hi;
  int checks = 0;
  for (int k = 0; k < kCombinations; ++k) {
    const Scenario s = randomScenario(rng);
    const Direction d = kMonotone[size_t(k) % (sizeof(kMonotone) / sizeof(kMonotone[0]))];
    const ParamSpec& p = spec(d.lever);
    double a = p.minValue + unit(rng) * (p.maxValue - p.minValue);
    double b = p.minValue + unit(rng) * (p.maxValue - p.minValue);
    if (p.kind != ParamKind::Continuous) a = std::round(a), b = std::round(b);
    if (a > b) std::swap(a, b);
    Scenario sa = s, sb = s;
    sa.at(d.lever).value = a;
    sb.at(d.lever).value = b;
    if (d.paidFor) sa.at(ParamId::FinancingCrowdingOutPct).value = sb.at(ParamId::FinancingCrowdingOutPct).value = 0;
    simulate(sa, test::hanoiData(), lo);
    simulate(sb, test::hanoiData(), hi);
    for (int i = 0; i < lo.count; ++i) {
      const double diff = hi.rows[i].grdpPerCapitaUsd - lo.rows[i].grdpPerCapitaUsd;
      const double tolerance = 1e-9 * lo.rows[i].grdpPerCapitaUsd;
      if (d.sign > 0) {
        ASSERT_GE(diff, -tolerance) << p.id << " " << a << "→" << b << " year " << lo.rows[i].year;
      } else {
        ASSERT_LE(diff, tolerance) << p.id << " " << a << "→" << b << " year " << lo.rows[i].year;
      }
      ++checks;
    }
  }
  EXPECT_GT(checks, kCombinations * 20);
}

// A better institutional target (reached no later) never lowers output: it raises TFP growth,
// private investment and efficiency, and the convergence term cannot reverse a level gain.
TEST(Properties, InstitutionalReformNeverHurts) {
  std::mt19937_64 rng(99);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Trajectory lo, hi;
  for (int k = 0; k < 1000; ++k) {
    Scenario s = randomScenario(rng);
    const double base = spec(ParamId::InstitutionalQualityTarget).defaultValue;
    const double a = base + unit(rng) * (95 - base), b = a + unit(rng) * (95 - a);
    Scenario sa = s, sb = s;
    sa.at(ParamId::InstitutionalQualityTarget).value = a;
    sb.at(ParamId::InstitutionalQualityTarget).value = b;
    simulate(sa, test::hanoiData(), lo);
    simulate(sb, test::hanoiData(), hi);
    for (int i = 0; i < lo.count; ++i)
      ASSERT_GE(hi.rows[i].grdpPerCapitaUsd, lo.rows[i].grdpPerCapitaUsd * (1 - 1e-12)) << a << "→" << b;
    // Reaching the (higher) target sooner never hurts either.
    Scenario fast = sb, slow = sb;
    fast.at(ParamId::InstitutionalYearsToTarget).value = 3;
    slow.at(ParamId::InstitutionalYearsToTarget).value = 15;
    simulate(fast, test::hanoiData(), hi);
    simulate(slow, test::hanoiData(), lo);
    for (int i = 0; i < lo.count; ++i) ASSERT_GE(hi.rows[i].grdpPerCapitaUsd, lo.rows[i].grdpPerCapitaUsd * (1 - 1e-12));
  }
}

namespace {

// Every double of every row, bit for bit, and the trajectory's own fields.
void expectSameTrajectory(const Trajectory& a, const Trajectory& b, int i) {
  ASSERT_EQ(a.count, b.count) << i;
  ASSERT_EQ(a.baseYear, b.baseYear) << i;
  EXPECT_EQ(a.totalInvestmentRecordPct, b.totalInvestmentRecordPct) << i;
  EXPECT_EQ(a.cityDebtLimitPct, b.cityDebtLimitPct) << i;
  auto fields = [](const YearResult& r) {
    return std::vector<double>{r.realGrdpTrillionVnd2025, r.nominalGrdpTrillionVnd, r.population, r.employment,
                               r.grdpPerCapitaMvnd, r.grdpPerCapitaUsd, r.grdpPerCapitaUsd2025, r.realGrowthPct,
                               r.perCapitaGrowthPct, r.usdPerCapitaGrowthPct, r.privateCapital, r.publicCapital,
                               r.humanCapital, r.schoolingYears, r.tfp, r.institutionalIndex, r.digitalGovernment,
                               r.rndPct, r.publicInvestmentPct, r.effectivePublicInvestmentPct,
                               r.privateInvestmentPct, r.totalInvestmentPct, r.disbursementPct, r.vndPerUsd,
                               r.otherPublicInvestmentPct, r.extraSpendingPct, r.borrowingPct, r.crowdingOutPct,
                               r.budgetReallocationPct, r.cityDebtPct, r.contributions.tfp,
                               r.contributions.privateCapital, r.contributions.infrastructure,
                               r.contributions.humanCapital, r.contributions.labour, double(r.year),
                               double(r.projected)};
  };
  for (int k = 0; k < a.count; ++k) ASSERT_EQ(fields(a.rows[k]), fields(b.rows[k])) << "run " << i << ", row " << k;
}

}  // namespace

// One cache kept across many runs (as the target map and the solver keep one) gives what a
// fresh run gives, to the last bit: through lever-only steps (the cache reused), steps that
// change an assumption, the schooling levers or the base year (remade), and a second data set.
TEST(Properties, ARunCacheKeptAcrossRunsChangesNothing) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  HistoricalData otherData = test::hanoiData();
  for (HistoryYear& y : otherData.years)
    if (std::isfinite(y.populationMillions)) y.populationMillions *= 1.02;
  RunCache cache;
  Trajectory cached, fresh;
  Scenario s = randomScenario(rng);
  int reused = 0;
  for (int i = 0; i < 3000; ++i) {
    const double step = unit(rng);
    if (step < 0.1) {
      s = randomScenario(rng);  // everything changes
    } else {
      // One parameter: mostly a lever (the cache's common case), sometimes an assumption.
      const ParamSpec& p = paramSpecs()[static_cast<size_t>(unit(rng) * kParamCount) % kParamCount];
      double v = p.minValue + unit(rng) * (p.maxValue - p.minValue);
      if (p.kind != ParamKind::Continuous) v = std::round(v);
      if (!isLever(p.group) && unit(rng) < 0.7) continue;
      s.at(p.param).value = v;
      if (unit(rng) < 0.2) s.at(p.param).startYear = 2021 + int(unit(rng) * 20);
      reused += isLever(p.group) ? 1 : 0;
    }
    const HistoricalData& data = unit(rng) < 0.1 ? otherData : test::hanoiData();
    TfpShocks shocks;
    const bool shocked = unit(rng) < 0.2;
    if (shocked)
      for (double& pp : shocks.pp) pp = (unit(rng) - 0.5) * 4.0;
    simulate(s, data, cache, shocked ? &shocks : nullptr, cached);
    simulate(s, data, shocked ? &shocks : nullptr, fresh);
    expectSameTrajectory(cached, fresh, i);
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(reused, 500) << "many steps changed a lever only";
}

// The warning kinds as bits (the target map's shading) are exactly the kinds listed.
TEST(Properties, WarningKindsAreTheListedWarnings) {
  std::mt19937_64 rng(11);
  int warned = 0;
  for (int i = 0; i < kCombinations; ++i) {
    const Scenario s = randomScenario(rng);
    Trajectory t;
    simulate(s, test::hanoiData(), t);
    unsigned listed = 0;
    for (const Warning& w : plausibilityWarnings(t)) listed |= 1u << static_cast<int>(w.kind);
    ASSERT_EQ(plausibilityWarningKinds(t), listed) << i;
    warned += listed != 0 ? 1 : 0;
  }
  EXPECT_GT(warned, kCombinations / 10) << "enough scenarios raise warnings for the test to mean something";
  EXPECT_LT(warned, kCombinations) << "and some raise none";
}
