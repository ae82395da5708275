// The what's-needed solver: finds known answers, reports unreachable targets, never loops.
#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"

using namespace h2045;
using test::withValue;

namespace {

const HistoricalData& data() { return test::hanoiData(); }

// The value in `year` when `lever` is set to `value`.
double outcome(ParamId lever, double value, int year) {
  return test::usdIn(simulate(withValue(Scenario::defaults(), lever, value), data()), year);
}

}  // namespace

// Plant a known answer: the outcome of lever = v* becomes the target; the solver must return
// v* to within one slider step (and the answer must reach the target).
TEST(Solver, FindsAKnownAnswerForEveryContinuousLever) {
  for (const ParamSpec& p : paramSpecs()) {
    if (!isLever(p.group) || p.kind != ParamKind::Continuous) continue;
    const double known = p.defaultValue + 0.63 * (p.maxValue - p.defaultValue);
    const double target = outcome(p.param, known, 2045);
    const SolveResult r = solveLever(Scenario::defaults(), data(), p.param, 2045, target);
    ASSERT_EQ(r.status, SolveStatus::Found) << p.id;
    EXPECT_NEAR(r.value, known, p.step + 1e-9) << p.id;
    EXPECT_GE(r.achievedUsd, target) << p.id;
    EXPECT_LE(r.iterations, kMaxSolveIterations);
    // Smallest: one step less does not reach the target.
    if (r.value - p.step > p.defaultValue) {
      EXPECT_LT(outcome(p.param, r.value - p.step, 2045), target) << p.id;
    }
  }
}

TEST(Solver, IntegerAndDecreasingLevers) {
  // Lag: a shorter lag helps, so the answer is the lag closest to the current one that works.
  Scenario s = withValue(Scenario::defaults(), ParamId::ConstructionLagYears, 6);
  s.at(ParamId::PublicInvestmentPct).value = 10;
  const double target = test::usdIn(simulate(withValue(s, ParamId::ConstructionLagYears, 2), data()), 2032);
  const SolveResult r = solveLever(s, data(), ParamId::ConstructionLagYears, 2032, target);
  ASSERT_EQ(r.status, SolveStatus::Found);
  EXPECT_EQ(r.value, 2.0);
  EXPECT_EQ(r.value, std::round(r.value));
}

TEST(Solver, AlreadyMetAndUnreachable) {
  const Scenario s = Scenario::defaults();
  const double now = test::usdIn(simulate(s, data()), 2045);
  SolveResult r = solveLever(s, data(), ParamId::RndPct, 2045, now * 0.9);
  EXPECT_EQ(r.status, SolveStatus::AlreadyMet);
  EXPECT_EQ(r.value, s.value(ParamId::RndPct));
  // No single lever reaches 45,000 USD by 2045 from the calibrated baseline.
  r = solveLever(s, data(), ParamId::PublicInvestmentPct, 2045, 45000);
  EXPECT_EQ(r.status, SolveStatus::Unreachable);
  EXPECT_EQ(r.value, spec(ParamId::PublicInvestmentPct).maxValue);
  EXPECT_LT(r.achievedUsd, 45000);
  EXPECT_LE(r.iterations, kMaxSolveIterations);
  r = solveLever(s, data(), ParamId::RndPct, 2045, 1e12);
  EXPECT_EQ(r.status, SolveStatus::Unreachable);
}

TEST(Solver, RejectsInvalidRequests) {
  const Scenario s = Scenario::defaults();
  EXPECT_EQ(solveLever(s, data(), ParamId::Alpha, 2045, 36000).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, data(), ParamId::SchoolingReturns, 2045, 36000).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, data(), ParamId::Count, 2045, 36000).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, data(), ParamId::RndPct, 2025, 36000).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, data(), ParamId::RndPct, 2051, 36000).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, data(), ParamId::RndPct, 2045, std::nan("")).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, data(), ParamId::RndPct, 2045, -1).status, SolveStatus::Invalid);
  EXPECT_EQ(solveLever(withValue(s, ParamId::Beta, 0.5), data(), ParamId::RndPct, 2045, 36000).status,
            SolveStatus::Invalid);
  EXPECT_EQ(solveLever(s, HistoricalData{}, ParamId::RndPct, 2045, 36000).status, SolveStatus::Invalid);
}

// Each status is pinned by the target: at or below today's outcome is already met; above it,
// found when the lever's best end of its range reaches it, unreachable when not.
TEST(Solver, EachStatusFollowsFromTheTarget) {
  // A reform target above today's index, so that its speed (years to reach it) matters too.
  const Scenario s = withValue(Scenario::defaults(), ParamId::InstitutionalQualityTarget, 80);
  const double now = test::usdIn(simulate(s, data()), 2040);
  for (const ParamSpec& p : paramSpecs()) {
    if (!isLever(p.group) || p.kind == ParamKind::Choice) continue;
    SCOPED_TRACE(std::string(p.id));
    const double best = std::max(test::usdIn(simulate(withValue(s, p.param, p.minValue), data()), 2040),
                                 test::usdIn(simulate(withValue(s, p.param, p.maxValue), data()), 2040));
    ASSERT_GT(best, now);  // every lever can help in one direction
    const struct {
      double target;
      SolveStatus expected;
    } cases[] = {{now * 0.5, SolveStatus::AlreadyMet},
                 {now, SolveStatus::AlreadyMet},
                 {now + 0.5 * (best - now), SolveStatus::Found},
                 {best * 1.0001, SolveStatus::Unreachable},
                 {now * 3.0, SolveStatus::Unreachable}};
    for (const auto& c : cases) {
      const SolveResult r = solveLever(s, data(), p.param, 2040, c.target);
      EXPECT_EQ(r.status, c.expected) << "target " << c.target << " (now " << now << ", best " << best << ")";
      EXPECT_LE(r.iterations, kMaxSolveIterations);
      if (r.status == SolveStatus::Found) {
        EXPECT_GE(r.value, p.minValue);
        EXPECT_LE(r.value, p.maxValue);
        EXPECT_GE(r.achievedUsd, c.target);
      }
      if (r.status == SolveStatus::Unreachable) {
        EXPECT_LT(r.achievedUsd, c.target);
      }
    }
  }
}

// Starting later needs a bigger push for the same 2035 target. The target is what the late
// start achieves at a known setting, so both answers exist and the late one is that setting.
TEST(Solver, RespectsTheLeversTiming) {
  // No crowding out: when the push displaces private investment, a push started in 2030 costs
  // output before its projects arrive, and the answer for 2035 can be to spend less.
  Scenario early = withValue(Scenario::defaults(), ParamId::FinancingCrowdingOutPct, 0);
  Scenario late = early;
  late.at(ParamId::PublicInvestmentPct).startYear = 2030;
  const double known = 12.0;
  const double target = test::usdIn(simulate(withValue(late, ParamId::PublicInvestmentPct, known), data()), 2035);
  const SolveResult a = solveLever(early, data(), ParamId::PublicInvestmentPct, 2035, target);
  const SolveResult b = solveLever(late, data(), ParamId::PublicInvestmentPct, 2035, target);
  ASSERT_EQ(a.status, SolveStatus::Found);
  ASSERT_EQ(b.status, SolveStatus::Found);
  EXPECT_NEAR(b.value, known, spec(ParamId::PublicInvestmentPct).step + 1e-9);
  EXPECT_LT(a.value, b.value - 1.0);
}

// "Years to reach it" helps when lowered if the target is above today's index, and when raised
// if it is below (a slower decline): the solver must find the direction from the model.
TEST(Solver, DirectionComesFromTheModel) {
  for (double quality : {90.0, 55.0}) {
    const Scenario s = withValue(Scenario::defaults(), ParamId::InstitutionalQualityTarget, quality);
    const bool lowerHelps = quality > spec(ParamId::InstitutionalQualityTarget).defaultValue;
    const double known = lowerHelps ? 4.0 : 16.0;
    const double target =
        test::usdIn(simulate(withValue(s, ParamId::InstitutionalYearsToTarget, known), data()), 2040);
    const SolveResult r = solveLever(s, data(), ParamId::InstitutionalYearsToTarget, 2040, target);
    ASSERT_EQ(r.status, SolveStatus::Found) << quality;
    EXPECT_EQ(r.value, known) << quality;
    // One year closer to the current 10 years misses the target.
    const double closer = known + (lowerHelps ? 1.0 : -1.0);
    EXPECT_LT(test::usdIn(simulate(withValue(s, ParamId::InstitutionalYearsToTarget, closer), data()), 2040), target);
  }
}

// With base year 2020, levers start in 2026: a 2025 target the baseline misses is "too early",
// not "unreachable". The same target year with a lever started in 2022 is a real question.
TEST(Solver, SaysWhenTheTargetYearComesBeforeTheLeverActs) {
  Scenario s = Scenario::defaults();
  s.baseYear = 2020;
  const double atBaseline = test::usdIn(simulate(s, data()), 2025);
  SolveResult r = solveLever(s, data(), ParamId::RndPct, 2025, atBaseline * 1.01);
  EXPECT_EQ(r.status, SolveStatus::TooEarly);
  EXPECT_EQ(r.firstActingYear, 2026);
  EXPECT_EQ(r.value, s.value(ParamId::RndPct));
  // Investment levers need one more year: started in 2025, they act from 2026.
  s.at(ParamId::PublicInvestmentPct).startYear = 2025;
  r = solveLever(s, data(), ParamId::PublicInvestmentPct, 2025, atBaseline * 1.01);
  EXPECT_EQ(r.status, SolveStatus::TooEarly);
  EXPECT_EQ(r.firstActingYear, 2026);
  // A met target is still "already met", whatever the timing.
  EXPECT_EQ(solveLever(s, data(), ParamId::RndPct, 2025, atBaseline * 0.9).status, SolveStatus::AlreadyMet);
  // Started early enough, the lever gets a real answer.
  s.at(ParamId::RndPct).startYear = 2021;
  r = solveLever(s, data(), ParamId::RndPct, 2025, atBaseline * 1.01);
  EXPECT_EQ(r.status, SolveStatus::Found);
  EXPECT_EQ(r.firstActingYear, 2021);
}

namespace h2045 {
namespace {

// Every lever at once: each alone as solveLever gives it; the uniform push reaches the target
// when applied, and a push a little smaller does not.
TEST(SolveAllLevers, EachAloneAndTheSmallestPushOfAllTogether) {
  const Scenario s = Scenario::defaults();
  const AllLeversNeed need = solveAllLevers(s, test::hanoiData(), 2045, 36000);
  ASSERT_FALSE(need.alone.empty());
  for (const LeverNeed& n : need.alone) {
    const SolveResult one = solveLever(s, test::hanoiData(), n.lever, 2045, 36000);
    EXPECT_EQ(n.result.status, one.status) << spec(n.lever).id;
    EXPECT_EQ(n.result.value, one.value) << spec(n.lever).id;
  }
  ASSERT_EQ(need.pushStatus, SolveStatus::Found);
  EXPECT_GT(need.pushShare, 0);
  EXPECT_LT(need.pushShare, 1);
  const Trajectory applied = simulate(need.pushed, test::hanoiData());
  EXPECT_GE(applied.find(2045)->grdpPerCapitaUsd, 36000) << "applied, the push reaches the target";
  EXPECT_DOUBLE_EQ(applied.find(2045)->grdpPerCapitaUsd, need.pushedUsd);
  EXPECT_FALSE(validate(need.pushed));
  // Every lever moved the same share of its way, toward the end that raises 2045.
  const ParamSpec& investment = spec(ParamId::PublicInvestmentPct);
  EXPECT_NEAR(need.pushed.value(ParamId::PublicInvestmentPct),
              investment.defaultValue + need.pushShare * (investment.maxValue - investment.defaultValue), 1e-9);
  const ParamSpec& lag = spec(ParamId::ConstructionLagYears);
  EXPECT_LE(need.pushed.value(ParamId::ConstructionLagYears), lag.defaultValue) << "a shorter lag raises growth";
  // A push 0.5 % smaller falls short.
  std::array<double, kParamCount> ends{};
  for (const ParamSpec& p : paramSpecs()) {
    ends[static_cast<size_t>(p.param)] = s.value(p.param);
    if (need.pushed.value(p.param) != s.value(p.param))
      ends[static_cast<size_t>(p.param)] = need.pushed.value(p.param) > s.value(p.param) ? p.maxValue : p.minValue;
  }
  const Trajectory less = simulate(pushLevers(s, ends, need.pushShare - 0.005), test::hanoiData());
  EXPECT_LT(less.find(2045)->grdpPerCapitaUsd, 36000);
  // Already met, and out of reach.
  EXPECT_EQ(solveAllLevers(s, test::hanoiData(), 2045, 1000).pushStatus, SolveStatus::AlreadyMet);
  EXPECT_EQ(solveAllLevers(s, test::hanoiData(), 2045, 1e7).pushStatus, SolveStatus::Unreachable);
  EXPECT_EQ(solveAllLevers(s, test::hanoiData(), 2025, 36000).pushStatus, SolveStatus::Invalid);
}

}  // namespace
}  // namespace h2045
