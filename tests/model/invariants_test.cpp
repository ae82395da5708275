// The invariants of docs/model.md §5 (except Monte Carlo reproducibility, which needs the
// uncertainty runs).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "test_support.h"

using namespace h2045;
using test::withValue;

namespace {

const HistoricalData& data() { return test::hanoiData(); }

bool sameOutput(const Trajectory& a, const Trajectory& b) {
  if (a.count != b.count) return false;
  for (int i = 0; i < a.count; ++i) {
    const YearResult &x = a.rows[i], &y = b.rows[i];
    if (x.realGrdpTrillionVnd2025 != y.realGrdpTrillionVnd2025 || x.grdpPerCapitaUsd != y.grdpPerCapitaUsd ||
        x.grdpPerCapitaMvnd != y.grdpPerCapitaMvnd || x.tfp != y.tfp || x.realGrowthPct != y.realGrowthPct)
      return false;
  }
  return true;
}

double usdIn2045(const Trajectory& t) { return test::usdIn(t, 2045); }

Scenario allLeversMoved(Scenario s) {
  s.at(ParamId::PublicInvestmentPct).value = 9;
  s.at(ParamId::DisbursementPct).value = 90;
  s.at(ParamId::InvestmentEfficiency).value = 0.9;
  s.at(ParamId::ConstructionLagYears).value = 2;
  s.at(ParamId::InstitutionalQualityTarget).value = 85;
  s.at(ParamId::InstitutionalYearsToTarget).value = 5;
  s.at(ParamId::DigitalGovernmentPct).value = 100;
  s.at(ParamId::EntrantSchoolingYears).value = 15;
  s.at(ParamId::SkilledMigration).value = 0.02;
  s.at(ParamId::RndPct).value = 2;
  return s;
}

}  // namespace

TEST(Invariants, DeterministicAndPure) {
  const Scenario s = allLeversMoved(Scenario::defaults());
  const Trajectory a = simulate(s, data());
  Trajectory b;
  b.rows[3].grdpPerCapitaUsd = 12345;  // stale content in the output must not leak in
  simulate(s, data(), b);
  EXPECT_TRUE(sameOutput(a, b));
  EXPECT_EQ(std::memcmp(&a.rows[5].contributions, &b.rows[5].contributions, sizeof(GrowthContributions)), 0);
}

TEST(Invariants, ZeroLeverChangesReproduceTheBaseline) {
  const Trajectory baseline = simulate(Scenario::defaults(), data());
  // Moving only the timing of levers that stay at their defaults changes nothing.
  Scenario s = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs())
    if (isLever(p.group)) s.at(p.param).startYear = 2030, s.at(p.param).phaseInYears = 7;
  EXPECT_TRUE(sameOutput(baseline, simulate(s, data())));
  // A lever that starts after 2050 never acts.
  Scenario late = allLeversMoved(Scenario::defaults());
  for (const ParamSpec& p : paramSpecs())
    if (isLever(p.group)) late.at(p.param).startYear = kLastYear + 0, late.at(p.param).phaseInYears = 30;
  const Trajectory lateRun = simulate(late, data());
  for (int y = 2025; y < kLastYear; ++y)
    EXPECT_EQ(lateRun.find(y)->grdpPerCapitaUsd, baseline.find(y)->grdpPerCapitaUsd) << y;
}

TEST(Invariants, LeversActFromTheirStartYearWithPhaseIn) {
  const Trajectory baseline = simulate(Scenario::defaults(), data());
  Scenario s = withValue(Scenario::defaults(), ParamId::RndPct, 2.5);
  s.at(ParamId::RndPct).startYear = 2030;
  s.at(ParamId::RndPct).phaseInYears = 5;
  const Trajectory t = simulate(s, data());
  for (int y = 2026; y < 2030; ++y) EXPECT_EQ(t.find(y)->tfp, baseline.find(y)->tfp) << y;
  EXPECT_GT(t.find(2030)->tfp, baseline.find(2030)->tfp);
  EXPECT_NEAR(t.find(2030)->rndPct, 0.5 + 2.0 / 5, 1e-12);  // first of five ramp steps
  EXPECT_NEAR(t.find(2034)->rndPct, 2.5, 1e-12);
  EXPECT_NEAR(t.find(2040)->rndPct, 2.5, 1e-12);
}

TEST(Invariants, ContributionsSumToGrowth) {
  for (int base : {2020, 2025}) {
    Scenario s = allLeversMoved(Scenario::defaults());
    s.baseYear = base;
    const Trajectory t = simulate(s, data());
    for (int i = 1; i < t.count; ++i) {
      const YearResult& r = t.rows[i];
      EXPECT_NEAR(r.contributions.sum(), r.realGrowthPct, 1e-9) << r.year;
      EXPECT_NEAR(r.realGrowthPct, 100 * (r.realGrdpTrillionVnd2025 / t.rows[i - 1].realGrdpTrillionVnd2025 - 1),
                  1e-9);
    }
  }
}

// With β = 0 infrastructure produces nothing. Levers that change no spending (efficiency, lag)
// change nothing; levers that spend change output only through what the spending displaces, so
// with no crowding out they change nothing either, and with it they can only lower output.
TEST(Invariants, BetaZeroMakesInfrastructureLeversIrrelevant) {
  for (double crowding : {0.0, 50.0, 100.0}) {
    Scenario base = withValue(Scenario::defaults(), ParamId::Beta, 0.0);
    base.at(ParamId::FinancingCrowdingOutPct).value = crowding;
    const Trajectory ref = simulate(base, data());
    for (auto [lever, value] : {std::pair{ParamId::PublicInvestmentPct, 15.0}, {ParamId::DisbursementPct, 100.0},
                                {ParamId::InvestmentEfficiency, 1.0}, {ParamId::ConstructionLagYears, 7.0},
                                {ParamId::PublicInvestmentPct, 2.0}}) {
      const Trajectory t = simulate(withValue(base, lever, value), data());
      const bool spends = lever == ParamId::PublicInvestmentPct || lever == ParamId::DisbursementPct;
      const bool moreSpending = spends && value > test::defaultOf(lever);
      if (!spends || crowding == 0.0) {
        EXPECT_TRUE(sameOutput(ref, t)) << spec(lever).id << " " << crowding;
      } else if (moreSpending) {
        for (int i = 1; i < t.count; ++i)
          EXPECT_LE(t.rows[i].grdpPerCapitaUsd, ref.rows[i].grdpPerCapitaUsd) << spec(lever).id << " " << crowding;
        EXPECT_LT(usdIn2045(t), usdIn2045(ref));
      }
      EXPECT_EQ(t.find(2040)->contributions.infrastructure, 0.0);
    }
  }
  // ... while with β > 0 they matter.
  EXPECT_GT(usdIn2045(simulate(withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, 15.0), data())),
            usdIn2045(simulate(Scenario::defaults(), data())));
}

TEST(Invariants, GammaInstZeroLeavesOnlyTheInvestmentLinks) {
  Scenario noGamma = withValue(Scenario::defaults(), ParamId::GammaInstitutions, 0.0);
  Scenario reform = withValue(noGamma, ParamId::InstitutionalQualityTarget, 90.0);
  // TFP is untouched: the reform acts only through private investment and efficiency.
  const Trajectory a = simulate(noGamma, data()), b = simulate(reform, data());
  for (int i = 0; i < a.count; ++i) EXPECT_EQ(a.rows[i].tfp, b.rows[i].tfp) << a.rows[i].year;
  EXPECT_GT(b.find(2040)->privateInvestmentPct, a.find(2040)->privateInvestmentPct);
  EXPECT_GT(b.find(2040)->effectivePublicInvestmentPct, a.find(2040)->effectivePublicInvestmentPct);
  // With the links switched off too, institutions change nothing at all.
  noGamma.at(ParamId::InstInvestmentLink).value = 0;
  noGamma.at(ParamId::InstEfficiencyLink).value = 0;
  reform = withValue(noGamma, ParamId::InstitutionalQualityTarget, 90.0);
  EXPECT_TRUE(sameOutput(simulate(noGamma, data()), simulate(reform, data())));
  // And with γI > 0 the reform raises TFP.
  const Trajectory withGamma = simulate(withValue(Scenario::defaults(), ParamId::InstitutionalQualityTarget, 90.0), data());
  EXPECT_GT(withGamma.find(2040)->tfp, simulate(Scenario::defaults(), data()).find(2040)->tfp);
}

TEST(Invariants, MorePublicInvestmentNeverLowersPublicCapital) {
  const Trajectory low = simulate(Scenario::defaults(), data());
  for (double share : {6.0, 8.0, 15.0}) {
    const Trajectory high = simulate(withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, share), data());
    for (int i = 0; i < low.count; ++i)
      EXPECT_GE(high.rows[i].publicCapital, low.rows[i].publicCapital) << share << " " << low.rows[i].year;
    EXPECT_GT(high.find(2035)->publicCapital, low.find(2035)->publicCapital);
  }
}

TEST(Invariants, LongerLagDelaysNeverIncreasesTheGain) {
  const Trajectory baseline = simulate(Scenario::defaults(), data());
  const Scenario more = withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, 10.0);
  Trajectory previous = simulate(withValue(more, ParamId::ConstructionLagYears, 0), data());
  for (int lag = 1; lag <= 7; ++lag) {
    const Trajectory t = simulate(withValue(more, ParamId::ConstructionLagYears, lag), data());
    for (int i = 1; i < t.count; ++i) {
      EXPECT_LE(t.rows[i].publicCapital, previous.rows[i].publicCapital + 1e-9) << lag << " " << t.rows[i].year;
      EXPECT_LE(t.rows[i].grdpPerCapitaUsd, previous.rows[i].grdpPerCapitaUsd + 1e-9);
    }
    // The extra capital from investing more arrives no earlier than lag years after the start.
    if (lag == 3) {
      for (int y = 2026; y <= 2026 + lag; ++y)
        EXPECT_EQ(t.find(y)->publicCapital, baseline.find(y)->publicCapital) << y;
      EXPECT_GT(t.find(2026 + lag + 1)->publicCapital, baseline.find(2026 + lag + 1)->publicCapital);
    }
    previous = t;
  }
}

// Balanced growth: with no regression of trend growth, constant population growth and constant
// human capital, the calibrated economy grows every year at the Solow closed form
//   1+g = (1+gA)^(1/(1−α−β)) · (1+n).
TEST(Invariants, SteadyStateMatchesTheSolowClosedForm) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::GrowthRegression).value = 0;
  s.at(ParamId::InitialSchoolingYears).value = 13;  // = entrants' schooling: h stays constant
  const Calibration c = calibrate(s, data());
  ASSERT_NEAR(c.humanCapitalGrowthPct, 0.0, 1e-12);
  s.at(ParamId::PopulationGrowthPct).value = c.labourGrowthPct;
  const double alpha = s.value(ParamId::Alpha), beta = s.value(ParamId::Beta);
  const double gA = c.baselineTfpGrowthPct / 100, n = c.labourGrowthPct / 100;
  const double closedForm = 100 * (std::pow(1 + gA, 1 / (1 - alpha - beta)) * (1 + n) - 1);
  const Trajectory t = simulate(s, data());
  for (int i = 1; i < t.count; ++i) EXPECT_NEAR(t.rows[i].realGrowthPct, closedForm, 1e-9) << t.rows[i].year;
  EXPECT_NEAR(closedForm, c.targetGrowthPct, 1e-9);
  // Capital-output ratio stays at s/(g+δ).
  const double g = closedForm / 100;
  for (int y : {2030, 2050})
    EXPECT_NEAR(t.find(y)->privateCapital / t.find(y)->realGrdpTrillionVnd2025,
                s.value(ParamId::PrivateInvestmentPct) / 100 / (g + s.value(ParamId::DeltaPrivate)), 1e-9);
}

// Off the balanced path the economy converges to it: growth approaches the closed form for the
// new population growth, and K/Y approaches s/(g+δ).
TEST(Invariants, ConvergesToTheSolowSteadyState) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::GrowthRegression).value = 0;
  s.at(ParamId::InitialSchoolingYears).value = 13;
  s.at(ParamId::PopulationGrowthPct).value = 0.5;
  s.at(ParamId::PrivateInvestmentPct).value = 38;
  const Calibration c = calibrate(s, data());
  const double alpha = s.value(ParamId::Alpha), beta = s.value(ParamId::Beta);
  const double closedForm =
      100 * (std::pow(1 + c.baselineTfpGrowthPct / 100, 1 / (1 - alpha - beta)) * 1.005 - 1);
  const Trajectory t = simulate(s, data());
  double previousGap = std::abs(t.find(2026)->realGrowthPct - closedForm);
  for (int y = 2027; y <= kLastYear; ++y) {
    const double gap = std::abs(t.find(y)->realGrowthPct - closedForm);
    EXPECT_LE(gap, previousGap + 1e-12) << y;
    previousGap = gap;
  }
  EXPECT_LT(std::abs(t.find(2050)->realGrowthPct - closedForm), 0.3 * std::abs(t.find(2026)->realGrowthPct - closedForm));
}

TEST(Invariants, HistoryYearsReproduceTheData) {
  for (int base = 2019; base <= 2025; ++base) {
    Scenario s = Scenario::defaults();
    s.baseYear = base;
    const Trajectory t = simulate(s, data());
    const YearResult& r = t.rows[0];
    const HistoryYear* h = data().find(base);
    EXPECT_FALSE(r.projected);
    EXPECT_DOUBLE_EQ(r.vndPerUsd, h->vndPerUsd);
    if (std::isfinite(h->grdpPerCapitaMvnd)) {
      EXPECT_DOUBLE_EQ(r.grdpPerCapitaMvnd, h->grdpPerCapitaMvnd) << base;
    }
    if (std::isfinite(h->populationMillions)) {
      EXPECT_DOUBLE_EQ(r.population, h->populationMillions) << base;
    }
    if (std::isfinite(h->realGrowthPct)) {
      EXPECT_DOUBLE_EQ(r.realGrowthPct, h->realGrowthPct) << base;
    }
    for (int i = 1; i < t.count; ++i) EXPECT_TRUE(t.rows[i].projected);
  }
}

TEST(Invariants, TfpShocksMoveTfpByExactlyTheShock) {
  TfpShocks shocks;
  shocks.pp[2030 - kFirstHistoryYear] = -3.0;
  Scenario s = Scenario::defaults();
  s.at(ParamId::Lambda).value = 0;  // no convergence feedback: the shock is a pure level drop
  Trajectory plain, shocked;
  simulate(s, data(), nullptr, plain);
  simulate(s, data(), &shocks, shocked);
  for (int y = 2026; y < 2030; ++y) EXPECT_EQ(plain.find(y)->tfp, shocked.find(y)->tfp);
  const double baselineGrowth = plain.find(2030)->tfp / plain.find(2029)->tfp;
  EXPECT_NEAR(shocked.find(2030)->tfp / shocked.find(2029)->tfp, baselineGrowth - 0.03, 1e-12);
  // With λ > 0 the lost level is partly made up: growth after the shock exceeds the baseline's.
  Trajectory plainLambda, shockedLambda;
  simulate(Scenario::defaults(), data(), nullptr, plainLambda);
  simulate(Scenario::defaults(), data(), &shocks, shockedLambda);
  EXPECT_GT(shockedLambda.find(2031)->tfp / shockedLambda.find(2030)->tfp,
            plainLambda.find(2031)->tfp / plainLambda.find(2030)->tfp);
  // A TFP shock moves output one for one in the year it hits.
  EXPECT_NEAR(shocked.find(2030)->realGrowthPct, plain.find(2030)->realGrowthPct - 3.0, 0.2);
  TfpShocks zero;
  simulate(s, data(), &zero, shocked);
  EXPECT_TRUE(sameOutput(plain, shocked));
}

// Shocks come from the uncertainty runs, not from the table: a −100 pp shock would take TFP to
// zero and its log to −inf. Shocks outside ±kMaxTfpShockPp or non-finite are refused like an
// invalid scenario (empty trajectory), never turned into NaN or infinity.
TEST(Invariants, ImpossibleTfpShocksGiveNoTrajectory) {
  const Scenario s = Scenario::defaults();
  for (double bad : {-100.0, -150.0, -kMaxTfpShockPp - 0.5, kMaxTfpShockPp + 0.5, kMissing,
                     std::numeric_limits<double>::infinity()}) {
    TfpShocks shocks;
    shocks.pp[2030 - kFirstHistoryYear] = bad;
    EXPECT_TRUE(validate(shocks)) << bad;
    Trajectory t;
    t.count = 7;
    simulate(s, data(), &shocks, t);
    EXPECT_EQ(t.count, 0) << bad;
  }
  // The largest allowed shocks, every year, keep every output finite.
  for (double edge : {-kMaxTfpShockPp, kMaxTfpShockPp}) {
    TfpShocks shocks;
    shocks.pp.fill(edge);
    EXPECT_FALSE(validate(shocks)) << edge;
    Trajectory t;
    simulate(s, data(), &shocks, t);
    ASSERT_EQ(t.count, kLastYear - kLastHistoryYear + 1);
    for (const YearResult& r : t) {
      EXPECT_TRUE(std::isfinite(r.grdpPerCapitaUsd) && r.grdpPerCapitaUsd > 0) << edge << " " << r.year;
      EXPECT_TRUE(std::isfinite(r.tfp) && std::isfinite(r.contributions.sum())) << edge << " " << r.year;
    }
  }
}

// A shorter construction lag applies to projects started after the change, and they finish after
// the projects already under construction (no queue jumping): before the last project started
// under the old lag arrives, public capital and growth are exactly the baseline's.
TEST(Invariants, ShorterLagNeverLetsNewProjectsJumpTheQueue) {
  const Trajectory baseline = simulate(Scenario::defaults(), data());
  const int oldLag = int(test::defaultOf(ParamId::ConstructionLagYears));
  for (int start : {2026, 2030}) {
    for (int lag = 0; lag < oldLag; ++lag) {
      Scenario s = withValue(Scenario::defaults(), ParamId::ConstructionLagYears, lag);
      s.at(ParamId::ConstructionLagYears).startYear = start;
      const Trajectory t = simulate(s, data());
      // Projects started in start−1 (old lag) arrive in start + oldLag; nothing new comes before.
      for (int y = 2026; y <= start + oldLag - 1; ++y) {
        EXPECT_EQ(t.find(y)->publicCapital, baseline.find(y)->publicCapital) << start << " lag " << lag << " " << y;
        EXPECT_EQ(t.find(y)->realGrowthPct, baseline.find(y)->realGrowthPct) << start << " lag " << lag << " " << y;
      }
      // Afterwards the shorter lag helps, and never hurts.
      for (int y = start + oldLag; y <= kLastYear; ++y)
        EXPECT_GE(t.find(y)->publicCapital, baseline.find(y)->publicCapital - 1e-9) << y;
      EXPECT_GT(t.find(start + oldLag)->publicCapital, baseline.find(start + oldLag)->publicCapital);
    }
  }
}

// A lag change never raises growth in a year before a project started under the new lag could
// become productive (start + 1 + new lag), for longer and shorter lags and any start year.
TEST(Invariants, LagChangeNeverRaisesGrowthBeforeItsProjectsCouldArrive) {
  const Trajectory baseline = simulate(Scenario::defaults(), data());
  for (int lag = 0; lag <= 7; ++lag) {
    for (int start : {2026, 2028, 2035}) {
      Scenario s = withValue(Scenario::defaults(), ParamId::ConstructionLagYears, lag);
      s.at(ParamId::ConstructionLagYears).startYear = start;
      const Trajectory t = simulate(s, data());
      for (int y = 2026; y < start + 1 + lag && y <= kLastYear; ++y)
        EXPECT_LE(t.find(y)->realGrowthPct, baseline.find(y)->realGrowthPct + 1e-12) << lag << " " << start << " " << y;
    }
  }
}
