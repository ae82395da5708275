// The building blocks of docs/model.md §2: human capital, labour, money.
#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"

using namespace h2045;
using test::defaultOf;
using test::withValue;

namespace {

const HistoricalData& data() { return test::hanoiData(); }

// Hall & Jones (1999) piecewise returns, written out independently of the model code.
double hallJones(double s) {
  if (s <= 4) return 0.134 * s;
  if (s <= 8) return 0.134 * 4 + 0.101 * (s - 4);
  return 0.134 * 4 + 0.101 * 4 + 0.068 * (s - 8);
}

}  // namespace

TEST(Mechanics, HumanCapitalFollowsMincerReturns) {
  for (double s0 : {7.0, 8.0, 9.5, 10.0, 13.0}) {
    const Scenario at = withValue(Scenario::defaults(), ParamId::InitialSchoolingYears, s0);
    const Trajectory hj = simulate(withValue(at, ParamId::SchoolingReturns, 0), data());
    EXPECT_NEAR(hj.rows[0].humanCapital, std::exp(hallJones(s0)), 1e-12) << s0;
    const Trajectory f = simulate(withValue(at, ParamId::SchoolingReturns, 1), data());
    EXPECT_NEAR(f.rows[0].humanCapital, std::exp(0.10 * s0), 1e-12) << s0;
    // Bils & Klenow (2000): φ(S) = θ/(1−ψ)·S^(1−ψ), θ = 0.32, ψ = 0.58 (the default).
    const Trajectory bk = simulate(withValue(at, ParamId::SchoolingReturns, 2), data());
    EXPECT_NEAR(bk.rows[0].humanCapital, std::exp(0.32 / 0.42 * std::pow(s0, 0.42)), 1e-12) << s0;
    // The base year is anchored to data either way.
    EXPECT_DOUBLE_EQ(f.rows[0].grdpPerCapitaMvnd, hj.rows[0].grdpPerCapitaMvnd);
    EXPECT_DOUBLE_EQ(bk.rows[0].grdpPerCapitaMvnd, hj.rows[0].grdpPerCapitaMvnd);
  }
}

// The Hall–Jones schedule has kinks at 4 and 8 years: there the calibration's schooling growth,
// and so 2045, jumps (7.8 → 8.0 years moved 2045 by 4.8 %). The smooth default has no kink: the
// effect of 0.2 more years is nearly the same on both sides of 8, and small.
TEST(Mechanics, SmoothSchoolingReturnsHaveNoKink) {
  auto at = [](double s0, int schedule) {
    Scenario s = withValue(Scenario::defaults(), ParamId::InitialSchoolingYears, s0);
    return test::usdIn(simulate(withValue(s, ParamId::SchoolingReturns, schedule), data()), 2045);
  };
  const double below = at(8.0, 2) / at(7.8, 2) - 1, above = at(8.2, 2) / at(8.0, 2) - 1;
  EXPECT_LT(std::abs(below), 0.01);
  EXPECT_NEAR(below, above, 0.2 * std::abs(below) + 1e-4);
  // The kink is real in Hall–Jones: the two sides differ.
  const double hjBelow = at(8.0, 0) / at(7.8, 0) - 1, hjAbove = at(8.2, 0) / at(8.0, 0) - 1;
  EXPECT_GT(std::abs(hjBelow - hjAbove), 5 * std::abs(below - above));
}

TEST(Mechanics, SchoolingMovesSlowly) {
  const Scenario s = withValue(Scenario::defaults(), ParamId::EntrantSchoolingYears, 17);
  const Trajectory t = simulate(s, data());
  const double r = s.value(ParamId::CohortReplacementRate);
  for (int i = 1; i < t.count; ++i) {
    const double gap = 17 - t.rows[i - 1].schoolingYears;
    // Never more than the entrants' share of the workforce (leavers replaced plus labour-force
    // growth) times the entrants' gap (the phase-in makes it less).
    const double n = t.rows[i].employment / t.rows[i - 1].employment - 1;
    EXPECT_LE(t.rows[i].schoolingYears - t.rows[i - 1].schoolingYears, (r + n) / (1 + n) * gap + 1e-12);
    EXPECT_GE(t.rows[i].schoolingYears, t.rows[i - 1].schoolingYears);
  }
  // A decade later the workforce has gained well under half of the entrants' extra schooling.
  EXPECT_LT(t.find(2035)->schoolingYears - t.rows[0].schoolingYears, 0.5 * (17 - 10));
  // Skilled in-migration adds its years directly.
  const Trajectory m = simulate(withValue(Scenario::defaults(), ParamId::SkilledMigration, 0.05), data());
  const Trajectory b = simulate(Scenario::defaults(), data());
  const double gain = m.find(2040)->schoolingYears - b.find(2040)->schoolingYears;
  EXPECT_LE(gain, 0.05 * 15);  // at most the migration years added since 2026
  EXPECT_GT(gain, 0.3);
}

TEST(Mechanics, AgeingLowersOutputPerPerson) {
  const Trajectory base = simulate(Scenario::defaults(), data());
  const Trajectory aged = simulate(withValue(Scenario::defaults(), ParamId::WorkingAgeShare, 0.65), data());
  EXPECT_DOUBLE_EQ(aged.rows[0].employment, base.rows[0].employment);
  EXPECT_DOUBLE_EQ(aged.find(2050)->population, base.find(2050)->population);
  EXPECT_NEAR(aged.find(2050)->employment / base.find(2050)->employment, 0.65 / defaultOf(ParamId::WorkingAgeShare),
              1e-12);
  EXPECT_LT(aged.find(2050)->grdpPerCapitaUsd, base.find(2050)->grdpPerCapitaUsd);
  // Population grows at the assumption after the last data year.
  const Trajectory fast = simulate(withValue(Scenario::defaults(), ParamId::PopulationGrowthPct, 3.8), data());
  EXPECT_NEAR(fast.find(2030)->population, 8.85 * std::pow(1.038, 5), 1e-9);
}

TEST(Mechanics, CurrencyViews) {
  Scenario s = withValue(Scenario::defaults(), ParamId::UsdDriftPct, 3.0);
  s.at(ParamId::VndDeflatorPct).value = 6.0;
  const Trajectory t = simulate(s, data());
  for (int y : {2030, 2045}) {
    const YearResult& r = *t.find(y);
    EXPECT_NEAR(r.grdpPerCapitaUsd / r.grdpPerCapitaUsd2025, std::pow(1.03, y - 2025), 1e-9);
    // The conversion rate is what the two price assumptions imply.
    EXPECT_NEAR(r.vndPerUsd, 24976 * std::pow(1.06 / 1.03, y - 2025), 1e-6);
    EXPECT_NEAR(r.grdpPerCapitaMvnd / (r.grdpPerCapitaUsd2025 * 24976 / 1e6), std::pow(1.06, y - 2025), 1e-9);
    EXPECT_NEAR(r.grdpPerCapitaMvnd, r.grdpPerCapitaUsd * r.vndPerUsd / 1e6, 1e-9);
    EXPECT_NEAR(r.nominalGrdpTrillionVnd, r.grdpPerCapitaMvnd * r.population, 1e-6);
  }
  // Real output does not depend on price assumptions.
  const Trajectory d = simulate(Scenario::defaults(), data());
  EXPECT_NEAR(t.find(2045)->grdpPerCapitaUsd2025, d.find(2045)->grdpPerCapitaUsd2025, 1e-9);
  EXPECT_NEAR(t.find(2045)->realGrdpTrillionVnd2025, d.find(2045)->realGrdpTrillionVnd2025, 1e-9);
}

TEST(Mechanics, InstitutionalIndexReachesTheTargetOnTime) {
  const double today = defaultOf(ParamId::InstitutionalQualityTarget), target = today + 20;
  Scenario s = withValue(Scenario::defaults(), ParamId::InstitutionalQualityTarget, target);
  s.at(ParamId::InstitutionalYearsToTarget).value = 4;
  s.at(ParamId::InstitutionalQualityTarget).startYear = 2027;
  const Trajectory t = simulate(s, data());
  EXPECT_DOUBLE_EQ(t.find(2026)->institutionalIndex, today);
  EXPECT_NEAR(t.find(2027)->institutionalIndex, today + 20.0 / 4, 1e-12);
  EXPECT_NEAR(t.find(2030)->institutionalIndex, target, 1e-12);
  EXPECT_NEAR(t.find(2040)->institutionalIndex, target, 1e-12);
  // Investment links (defaults): more private investment and a higher ε per 10 points, here 2 × 10.
  EXPECT_NEAR(t.find(2040)->privateInvestmentPct,
              defaultOf(ParamId::PrivateInvestmentPct) + defaultOf(ParamId::InstInvestmentLink) * 2, 1e-9);
  EXPECT_NEAR(t.find(2040)->effectivePublicInvestmentPct,
              (defaultOf(ParamId::InvestmentEfficiency) + defaultOf(ParamId::InstEfficiencyLink) * 2) *
                  defaultOf(ParamId::DisbursementPct) / 100 * defaultOf(ParamId::PublicInvestmentPct),
              1e-9);
}

// The private-investment assumption is the rate of the projection: the capital stock of the base
// year comes from the historical rate (the table default), so a higher rate builds capital faster.
TEST(Mechanics, PrivateInvestmentAssumptionDrivesTheProjection) {
  const Trajectory base = simulate(Scenario::defaults(), data());
  const Scenario high = withValue(Scenario::defaults(), ParamId::PrivateInvestmentPct, 38);
  const Trajectory t = simulate(high, data());
  const Calibration c = calibrate(high, data());
  const double g = c.targetGrowthPct / 100;
  // History's rate (the table default), not the assumption.
  EXPECT_NEAR(c.privateCapitalOutput,
              defaultOf(ParamId::PrivateInvestmentPct) / 100 / (g + defaultOf(ParamId::DeltaPrivate)), 1e-12);
  EXPECT_DOUBLE_EQ(t.rows[0].privateCapital, base.rows[0].privateCapital);
  const double y0 = t.rows[0].realGrdpTrillionVnd2025;
  EXPECT_NEAR(t.find(2026)->privateCapital,
              (1 - defaultOf(ParamId::DeltaPrivate)) * t.rows[0].privateCapital + 0.38 * y0, 1e-6);
  EXPECT_GT(t.find(2026)->realGrowthPct, base.find(2026)->realGrowthPct);
  EXPECT_GT(t.find(2045)->grdpPerCapitaUsd, 1.05 * base.find(2045)->grdpPerCapitaUsd);
  // ... and a lower rate lowers the path.
  const Trajectory low = simulate(withValue(Scenario::defaults(), ParamId::PrivateInvestmentPct, 20), data());
  EXPECT_LT(low.find(2045)->grdpPerCapitaUsd, 0.95 * base.find(2045)->grdpPerCapitaUsd);
}

// Orders of magnitude a facilitator can check by hand. If every year's public investment is
// scaled by at most q, Kg is too; Kp follows output, so with unchanged TFP the output ratio R
// satisfies R ≤ R^α · q^β, i.e. R ≤ q^(β/(1−α)). An extra TFP growth of at most x per year for
// n years bounds TFP by (1+x)^n and output by ((1+x)^n)^(1/(1−α)) (capital follows output); and
// since capital never falls, output gains at least the TFP gain.
TEST(Mechanics, LeverEffectsStayWithinSolowBounds) {
  // The bounds assume the spending displaces nothing (paid from other city spending).
  const Scenario noCrowding = withValue(Scenario::defaults(), ParamId::FinancingCrowdingOutPct, 0);
  const Trajectory base = simulate(noCrowding, data());
  const double alpha = defaultOf(ParamId::Alpha), beta = defaultOf(ParamId::Beta);
  const Trajectory infra = simulate(withValue(noCrowding, ParamId::PublicInvestmentPct, 15), data());
  const double infraRatio = infra.find(2045)->grdpPerCapitaUsd / base.find(2045)->grdpPerCapitaUsd;
  // Public investment, city and other state-funded, rises at most by this factor.
  const double disbursed = defaultOf(ParamId::DisbursementPct) / 100;
  const double other = defaultOf(ParamId::OtherPublicInvestmentPct);
  const double q = (disbursed * 15 + other) / (disbursed * defaultOf(ParamId::PublicInvestmentPct) + other);
  EXPECT_LE(infraRatio, std::pow(q, beta / (1 - alpha)));  // ≤ +7.3 %
  EXPECT_GT(infraRatio, 1.03);  // nearly tripling the city's plan is not negligible
  EXPECT_DOUBLE_EQ(infra.find(2045)->tfp, base.find(2045)->tfp);

  const Trajectory rnd = simulate(withValue(noCrowding, ParamId::RndPct, 4), data());
  const double extraTfp = defaultOf(ParamId::GammaRnd) / 100 * (4 - defaultOf(ParamId::RndPct));  // pp per 1 % of GRDP
  const double tfpRatio = rnd.find(2045)->tfp / base.find(2045)->tfp;
  const double rndRatio = rnd.find(2045)->grdpPerCapitaUsd / base.find(2045)->grdpPerCapitaUsd;
  EXPECT_LE(tfpRatio, std::pow(1 + extraTfp, 2045 - 2025));
  EXPECT_LE(rndRatio, std::pow(tfpRatio, 1 / (1 - alpha)) + 1e-12);
  EXPECT_GE(rndRatio, tfpRatio);
  EXPECT_GT(tfpRatio, std::pow(1 + 0.5 * extraTfp, 2045 - 2028));  // the fading takes less than half
}

// A facilitator's sanity check: with the default assumptions, every lever at its best end lifts
// output by tens of percent by 2045, not by multiples. Level bound: extra TFP growth is at most
// γI·2.66 + γR·3.5 + γD·0.5 = 1.65 pp for 20 years (TFP ×1.39, ×1.82 with both capitals following
// output), infrastructure at most ×1.167 (tested above), schooling and the investment link a few
// percent more: under 2.5× the baseline. Growth peaks in 2027–29, when effective public
// investment jumps six-fold (15 % planned, full disbursement, ε capped at 1) onto a small stock
// (Kg/Y ≈ 0.2): a transient that the plausibility warnings must flag.
TEST(Mechanics, BestLeversGivePlausibleOutcomes) {
  Scenario best = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs()) {
    if (!isLever(p.group)) continue;
    const bool lowerIsBetter =
        p.param == ParamId::ConstructionLagYears || p.param == ParamId::InstitutionalYearsToTarget;
    best.at(p.param).value = lowerIsBetter ? p.minValue : p.maxValue;
  }
  const Trajectory base = simulate(Scenario::defaults(), data());
  const Trajectory t = simulate(best, data());
  for (int i = 1; i < t.count; ++i) EXPECT_LT(t.rows[i].realGrowthPct, 15.0) << t.rows[i].year;
  const double ratio = t.find(2045)->grdpPerCapitaUsd / base.find(2045)->grdpPerCapitaUsd;
  EXPECT_GT(ratio, 1.5);  // the three breakthroughs together matter
  EXPECT_LT(ratio, 2.5);
  int flagged = 0;
  for (const Warning& w : plausibilityWarnings(t)) flagged += w.kind == WarningKind::GrowthAboveRecord;
  EXPECT_EQ(flagged, 1);
}

// Entrants replace leavers and fill the labour force's growth; raising the renewal rate speeds up
// schooling gains and raises output (the calibration keeps history's rate, so it cannot turn the
// sign around as it did when it re-labelled past growth as schooling).
TEST(Mechanics, FasterWorkforceRenewalRaisesOutput) {
  const Scenario base = Scenario::defaults();
  const Calibration c = calibrate(base, data());
  double previous = 0;
  for (double r : {0.01, 0.02, 0.025, 0.035, 0.05}) {
    const Scenario s = withValue(base, ParamId::CohortReplacementRate, r);
    EXPECT_DOUBLE_EQ(calibrate(s, data()).requiredTfpGrowthPct, c.requiredTfpGrowthPct) << r;
    const double usd = test::usdIn(simulate(s, data()), 2045);
    EXPECT_GT(usd, previous) << r;
    previous = usd;
  }
  // With no renewal at all, a growing labour force still brings in entrants.
  const Trajectory t = simulate(withValue(base, ParamId::CohortReplacementRate, 0.01), data());
  const double n = t.find(2026)->employment / t.find(2025)->employment - 1;
  EXPECT_GT(n, 0);
  EXPECT_NEAR(t.find(2026)->schoolingYears - t.find(2025)->schoolingYears,
              (0.01 + n) / (1 + n) * (defaultOf(ParamId::EntrantSchoolingYears) - t.find(2025)->schoolingYears), 1e-12);
}
