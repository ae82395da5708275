// The economics an outside reviewer checks first: the return to public capital, what the price
// assumptions move, and that extra public spending is paid for (docs/model.md §3, §5, §8).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "test_support.h"

using namespace h2045;
using test::defaultOf;
using test::withValue;

namespace {

const HistoricalData& data() { return test::hanoiData(); }

// The city's plan raised so that one more percent of GRDP is disbursed, at once from the year
// after the base year.
Scenario onePointMoreDisbursed(Scenario s) {
  ParamSetting& invest = s.at(ParamId::PublicInvestmentPct);
  invest.value = defaultOf(ParamId::PublicInvestmentPct) + 100.0 / defaultOf(ParamId::DisbursementPct);
  invest.startYear = s.baseYear + 1;
  invest.phaseInYears = 0;
  return s;
}

double relativeChange(double a, double b) { return std::abs(a / b - 1); }

}  // namespace

// LTGM-PC (Devadas & Pennings 2018): one percent of GDP more public investment adds about 0.1–0.2
// pp to growth in the years after it becomes productive. With the default 3-year lag: from base
// year 2022 with the push from 2023, in 2027–32; from 2025 with the push from 2026, in 2030–35.
// Each year's gain stays below 0.2 pp, their average is inside 0.1–0.2, and nothing comes earlier.
TEST(Economics, OnePointOfGdpDisbursedAddsTenToTwentyBasisPointsOfGrowth) {
  for (int base : {2022, 2025}) {
    Scenario reference = withValue(Scenario::defaults(), ParamId::FinancingCrowdingOutPct, 0);
    reference.baseYear = base;
    Scenario push = onePointMoreDisbursed(reference);
    const Trajectory b = simulate(reference, data()), t = simulate(push, data());
    const int first = base + 2 + int(defaultOf(ParamId::ConstructionLagYears));  // start + 1 + lag
    double sum = 0;
    for (int y = first; y <= first + 5; ++y) {
      const double gain = t.find(y)->realGrowthPct - b.find(y)->realGrowthPct;
      EXPECT_GT(gain, 0.05) << base << " " << y;
      EXPECT_LE(gain, 0.20) << base << " " << y;
      sum += gain;
    }
    EXPECT_GE(sum / 6, 0.10) << base;
    EXPECT_LE(sum / 6, 0.20) << base;
    for (int y = base + 1; y < first; ++y) EXPECT_EQ(t.find(y)->realGrowthPct, b.find(y)->realGrowthPct) << y;
  }
}

// Each price assumption moves the unit it claims, and no other: the USD drift moves current USD
// only, VND inflation current VND only; neither moves real output or constant 2025 USD. The
// conversion rate is what the two imply.
TEST(Economics, EachPriceAssumptionMovesOnlyItsUnit) {
  const Trajectory base = simulate(Scenario::defaults(), data());
  const ParamSpec& drift = spec(ParamId::UsdDriftPct);
  const ParamSpec& inflation = spec(ParamId::VndDeflatorPct);
  for (double value : {drift.minValue, 0.0, drift.maxValue}) {
    const Trajectory t = simulate(withValue(Scenario::defaults(), ParamId::UsdDriftPct, value), data());
    for (int y = 2026; y <= kLastYear; ++y) {
      const YearResult &r = *t.find(y), &b = *base.find(y);
      EXPECT_LT(relativeChange(r.grdpPerCapitaMvnd, b.grdpPerCapitaMvnd), 1e-12) << value << " " << y;
      EXPECT_EQ(r.grdpPerCapitaUsd2025, b.grdpPerCapitaUsd2025);
      EXPECT_EQ(r.realGrdpTrillionVnd2025, b.realGrdpTrillionVnd2025);
      EXPECT_NEAR(r.grdpPerCapitaUsd / r.grdpPerCapitaUsd2025, std::pow(1 + value / 100, y - 2025), 1e-12);
    }
  }
  for (double value : {inflation.minValue, 7.0, inflation.maxValue}) {
    const Trajectory t = simulate(withValue(Scenario::defaults(), ParamId::VndDeflatorPct, value), data());
    for (int y = 2026; y <= kLastYear; ++y) {
      const YearResult &r = *t.find(y), &b = *base.find(y);
      EXPECT_EQ(r.grdpPerCapitaUsd, b.grdpPerCapitaUsd) << value << " " << y;
      EXPECT_EQ(r.grdpPerCapitaUsd2025, b.grdpPerCapitaUsd2025);
      EXPECT_EQ(r.realGrdpTrillionVnd2025, b.realGrdpTrillionVnd2025);
      EXPECT_NEAR(r.grdpPerCapitaMvnd / b.grdpPerCapitaMvnd,
                  std::pow((1 + value / 100) / (1 + inflation.defaultValue / 100), y - 2025), 1e-9);
      EXPECT_NEAR(r.vndPerUsd / r.grdpPerCapitaMvnd * r.grdpPerCapitaUsd, 1e6, 1e-3);
    }
    if (value != inflation.defaultValue) {
      EXPECT_NE(t.find(2045)->grdpPerCapitaMvnd, base.find(2045)->grdpPerCapitaMvnd);
    }
  }
}

// Public investment and R&D above their baseline are paid for in the shares the user sets:
// borrowing adds to the city's debt, crowding out lowers private investment one for one, the
// rest is cut from other city spending.
TEST(Economics, ExtraSpendingIsPaidForAsSet) {
  Scenario push = withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, 10);
  push.at(ParamId::RndPct).value = 2;
  const Trajectory base = simulate(Scenario::defaults(), data());
  for (double borrowed : {0.0, 30.0, 100.0}) {
    for (double crowding : {0.0, 50.0, 100.0}) {
      Scenario s = withValue(push, ParamId::FinancingBorrowedPct, borrowed);
      s.at(ParamId::FinancingCrowdingOutPct).value = crowding;
      const Trajectory t = simulate(s, data());
      for (int i = 1; i < t.count; ++i) {
        const YearResult &r = t.rows[i], &b = base.rows[i];
        const double extra = (r.disbursementPct / 100 * r.publicInvestmentPct - b.disbursementPct / 100 * b.publicInvestmentPct) +
                             (r.rndPct - b.rndPct);
        ASSERT_NEAR(r.extraSpendingPct, extra, 1e-12);
        EXPECT_NEAR(r.borrowingPct + r.crowdingOutPct + r.budgetReallocationPct, r.extraSpendingPct, 1e-12);
        EXPECT_NEAR(r.borrowingPct, borrowed / 100 * extra, 1e-12);
        EXPECT_NEAR(r.crowdingOutPct, crowding / 100 * (1 - borrowed / 100) * extra, 1e-12);
        EXPECT_NEAR(r.privateInvestmentPct, b.privateInvestmentPct - r.crowdingOutPct, 1e-12);
        // Debt: last year's at 2 % real interest plus this year's borrowing (in real GRDP units).
        const YearResult& prev = t.rows[i - 1];
        EXPECT_NEAR(r.cityDebtPct * r.realGrdpTrillionVnd2025,
                    prev.cityDebtPct * prev.realGrdpTrillionVnd2025 * 1.02 + r.borrowingPct * r.realGrdpTrillionVnd2025,
                    1e-9 * r.realGrdpTrillionVnd2025);
        if (borrowed == 0) {
          EXPECT_EQ(r.cityDebtPct, 0.0);
        }
      }
      if (borrowed > 0) {
        EXPECT_GT(t.find(2035)->cityDebtPct, 0.0);
      }
    }
  }
}

// Financing creates no output from nothing: with full crowding out total investment stays at the
// baseline's (the push only moves investment from private to public hands), and at every year
// output is never above the same push paid from other city spending.
TEST(Economics, FinancingNeverCreatesOutputFromNothing) {
  Scenario push = withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, 12);
  push.at(ParamId::DisbursementPct).value = 90;
  push.at(ParamId::RndPct).value = 3;
  Scenario displaces = withValue(push, ParamId::FinancingBorrowedPct, 0);
  displaces.at(ParamId::FinancingCrowdingOutPct).value = 100;
  Scenario free = withValue(push, ParamId::FinancingBorrowedPct, 0);
  free.at(ParamId::FinancingCrowdingOutPct).value = 0;
  const Trajectory base = simulate(Scenario::defaults(), data());
  const Trajectory d = simulate(displaces, data()), f = simulate(free, data());
  for (int i = 1; i < d.count; ++i) {
    const YearResult& r = d.rows[i];
    // Investment goods: R&D is spending, not capital, so total investment rises by the public
    // investment and falls by all of the extra spending.
    const double disbursedExtra = r.disbursementPct / 100 * r.publicInvestmentPct -
                                  base.rows[i].disbursementPct / 100 * base.rows[i].publicInvestmentPct;
    EXPECT_NEAR(r.totalInvestmentPct, base.rows[i].totalInvestmentPct + disbursedExtra - r.extraSpendingPct, 1e-9);
    EXPECT_LE(r.grdpPerCapitaUsd, f.rows[i].grdpPerCapitaUsd) << r.year;
  }
  EXPECT_LT(d.find(2045)->grdpPerCapitaUsd, f.find(2045)->grdpPerCapitaUsd);
  // More crowding out never raises output for a push (spending above the baseline).
  double previous = HUGE_VAL;
  for (double crowding : {0.0, 25.0, 50.0, 75.0, 100.0}) {
    const double usd = test::usdIn(simulate(withValue(free, ParamId::FinancingCrowdingOutPct, crowding), data()), 2045);
    EXPECT_LE(usd, previous) << crowding;
    previous = usd;
  }
}

// A push that borrows heavily breaks the debt limit and the warning says so; one cut from other
// spending beyond a quarter of the city budget warns too. The baseline warns of neither.
TEST(Economics, DebtAndBudgetWarnings) {
  auto has = [](const Trajectory& t, WarningKind k) {
    for (const Warning& w : plausibilityWarnings(t)) {
      if (w.kind != k) continue;
      EXPECT_GT(w.value, w.threshold);
      return true;
    }
    return false;
  };
  const Trajectory base = simulate(Scenario::defaults(), data());
  EXPECT_FALSE(has(base, WarningKind::CityDebtAboveLimit));
  EXPECT_FALSE(has(base, WarningKind::BudgetReallocationHigh));
  Scenario borrow = withValue(Scenario::defaults(), ParamId::PublicInvestmentPct, 10);
  borrow.at(ParamId::FinancingBorrowedPct).value = 100;
  const Trajectory b = simulate(borrow, data());
  EXPECT_TRUE(has(b, WarningKind::CityDebtAboveLimit));
  EXPECT_GT(b.find(2045)->cityDebtPct, b.cityDebtLimitPct);
  // A looser limit, no warning.
  EXPECT_FALSE(has(simulate(withValue(borrow, ParamId::CityDebtLimitPct, 20), data()), WarningKind::CityDebtAboveLimit) &&
               simulate(withValue(borrow, ParamId::CityDebtLimitPct, 20), data()).find(2050)->cityDebtPct < 20);
  Scenario cut = withValue(Scenario::defaults(), ParamId::RndPct, 4);
  cut.at(ParamId::FinancingBorrowedPct).value = 0;
  cut.at(ParamId::FinancingCrowdingOutPct).value = 0;
  EXPECT_TRUE(has(simulate(cut, data()), WarningKind::BudgetReallocationHigh));
  EXPECT_EQ(warningKey(WarningKind::CityDebtAboveLimit), "city_debt_above_limit");
}

// "All levers at best": the financing mix matters. Paid from other spending it is the most; with
// one-for-one crowding out it is less, but still above the baseline.
TEST(Economics, FinancingMixMovesTheBestCase) {
  Scenario best = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs()) {
    if (!isLever(p.group)) continue;
    const bool lowerIsBetter = p.param == ParamId::ConstructionLagYears || p.param == ParamId::InstitutionalYearsToTarget;
    best.at(p.param).value = lowerIsBetter ? p.minValue : p.maxValue;
  }
  Scenario free = withValue(best, ParamId::FinancingCrowdingOutPct, 0);
  Scenario displaces = withValue(best, ParamId::FinancingBorrowedPct, 0);
  displaces.at(ParamId::FinancingCrowdingOutPct).value = 100;
  const double base = test::usdIn(simulate(Scenario::defaults(), data()), 2045);
  const double atDefault = test::usdIn(simulate(best, data()), 2045);
  const double atFree = test::usdIn(simulate(free, data()), 2045);
  const double atDisplaces = test::usdIn(simulate(displaces, data()), 2045);
  EXPECT_GT(atFree, atDefault);
  EXPECT_GT(atDefault, atDisplaces);
  EXPECT_GT(atDisplaces, base);
}
