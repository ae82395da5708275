// The gap explained: Shapley shares of the five groups that add up to the whole change, are
// zero for an untouched group and equal the average over every order of applying the groups;
// the 2025 miss split into parts that add up, from the data.
#include "model/explain.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "test_support.h"

namespace h2045 {
namespace {

using test::hanoiData;

const TargetSet& congress() { return test::targetSet("congress17_2020"); }

// Random valid settings of every parameter (start years and phase-ins too), base year 2025 or a replay.
Scenario randomScenario(std::mt19937_64& rng) {
  Scenario s = Scenario::defaults();
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  s.baseYear = unit(rng) < 0.7 ? 2025 : 2019 + int(unit(rng) * 7);
  for (const ParamSpec& p : paramSpecs()) {
    if (unit(rng) < 0.3) continue;  // some left at their default, so some groups stay untouched
    double v = p.minValue + unit(rng) * (p.maxValue - p.minValue);
    if (p.kind != ParamKind::Continuous) v = std::round(v);
    s.at(p.param).value = v;
    s.at(p.param).startYear = 2021 + int(unit(rng) * 20);
    s.at(p.param).phaseInYears = int(unit(rng) * 11);
  }
  return s;
}

double at2045(const Scenario& s, ValueUnit u) {
  Trajectory t;
  simulate(s, hanoiData(), t);
  return perCapitaValue(*t.find(2045), u);
}

TEST(ExplainGap, TheSharesAddUpToTheWholeChangeForRandomScenarios) {
  std::mt19937_64 rng(2045);
  int explained = 0;
  for (int i = 0; i < 2000; ++i) {
    const Scenario s = randomScenario(rng);
    if (validate(s, hanoiData())) continue;
    const GapExplanation e = explainGap(s, hanoiData(), congress(), 2045);
    ASSERT_TRUE(e.ok()) << i;
    ++explained;
    for (size_t u = 0; u < static_cast<size_t>(ValueUnit::Count); ++u) {
      double sum = 0;
      for (const GroupShare& g : e.groups) sum += g.value[u];
      const double total = e.scenario[u] - e.baseline[u];
      ASSERT_NEAR(sum, total, 1e-9 * std::max({1.0, std::fabs(e.scenario[u]), std::fabs(e.baseline[u])})) << i << " unit " << u;
    }
    for (const GroupShare& g : e.groups)
      if (g.changed.empty()) {
        for (double v : g.value) ASSERT_EQ(v, 0.0) << changeGroupId(g.group) << " is untouched: exactly zero";
      }
  }
  EXPECT_GT(explained, 1500);
}

// The Shapley value is the marginal change averaged over all 5! orders of applying the groups;
// computed here that way, one order at a time.
TEST(ExplainGap, EqualsTheAverageOverEveryOrderOfApplyingTheGroups) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = 9;
  s.at(ParamId::InstitutionalQualityTarget).value = 85;
  s.at(ParamId::EntrantSchoolingYears).value = 15;
  s.at(ParamId::UsdDriftPct).value = 0.8;
  s.at(ParamId::Beta).value = 0.14;
  const GapExplanation e = explainGap(s, hanoiData(), congress(), 2045);
  ASSERT_TRUE(e.ok());
  std::array<int, kChangeGroupCount> order{};
  std::iota(order.begin(), order.end(), 0);
  std::array<double, kChangeGroupCount> average{};
  int orders = 0;
  do {
    Scenario now = Scenario::defaults();
    double before = at2045(now, ValueUnit::CurrentUsd);
    for (int g : order) {
      for (const ParamSpec& p : paramSpecs())
        if (static_cast<int>(changeGroupOf(p.param)) == g) now.at(p.param) = s.at(p.param);
      const double after = at2045(now, ValueUnit::CurrentUsd);
      average[static_cast<size_t>(g)] += after - before;
      before = after;
    }
    ++orders;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(orders, 120);
  for (int g = 0; g < kChangeGroupCount; ++g)
    EXPECT_NEAR(e.groups[static_cast<size_t>(g)].value[0], average[static_cast<size_t>(g)] / orders, 1e-8) << g;
  // Each group lists what it changed; prices are the USD drift alone here.
  EXPECT_EQ(e.groups[static_cast<size_t>(ChangeGroup::Prices)].changed, std::vector<ParamId>{ParamId::UsdDriftPct});
  EXPECT_LT(e.groups[static_cast<size_t>(ChangeGroup::Prices)].value[0], 0) << "a slower USD price drift lowers current USD";
  EXPECT_EQ(e.groups[static_cast<size_t>(ChangeGroup::Prices)].value[static_cast<size_t>(ValueUnit::ConstantUsd2025)], 0.0)
      << "prices do not move constant 2025 USD";
  EXPECT_GT(e.groups[static_cast<size_t>(ChangeGroup::Institutions)].value[0], 0);
}

TEST(ExplainGap, TheTargetAndWhatRemains) {
  const Scenario s = Scenario::defaults();
  const GapExplanation e = explainGap(s, hanoiData(), congress(), 2045);
  ASSERT_TRUE(e.ok());
  EXPECT_DOUBLE_EQ(e.baseline[0], e.scenario[0]) << "the defaults are the baseline";
  for (const GroupShare& g : e.groups) EXPECT_TRUE(g.changed.empty());
  ASSERT_TRUE(e.target.has_value());
  EXPECT_EQ(e.target->lowUsd, 36000);
  EXPECT_DOUBLE_EQ(e.remaining[0], 36000 - e.scenario[0]);
  EXPECT_GT(e.remaining[0], 0) << "the baseline misses 36,000 USD";
  // In million VND the target is converted at the scenario's rate, as the chart draws it.
  EXPECT_NEAR(e.targetLow[static_cast<size_t>(ValueUnit::MillionVnd)] / e.scenario[static_cast<size_t>(ValueUnit::MillionVnd)],
              36000 / e.scenario[0], 1e-12);
  EXPECT_FALSE(explainGap(s, hanoiData(), congress(), 2025).ok()) << "not a projected year";
  EXPECT_FALSE(explainGap(s, hanoiData(), congress(), 2051).ok());
  Scenario bad = s;
  bad.at(ParamId::PublicInvestmentPct).value = 999;
  EXPECT_FALSE(explainGap(bad, hanoiData(), congress(), 2045).ok());
  EXPECT_FALSE(explainGap(s, hanoiData(), TargetSet{}, 2040).target.has_value());
}

TEST(ExplainPastMiss, The2025MissSplitsIntoPartsThatAddUp) {
  const Target& target2025 = congress().targets.front();
  ASSERT_EQ(target2025.year, 2025);
  const PastMiss m = explainPastMiss(hanoiData(), target2025);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m.targetUsd, 8300);
  EXPECT_NEAR(m.impliedVndPerUsd, 190e6 / 8300, 1e-6) << "the rate the USD and VND figures imply";
  EXPECT_NEAR(m.actualUsd, 179.2e6 / 24976, 1e-6);
  double logs = 0, usd = 0;
  for (const PastMissPart& p : m.parts) logs += p.logShare, usd += p.usd;
  EXPECT_NEAR(logs, std::log(m.actualUsd / m.targetUsd), 1e-12);
  EXPECT_NEAR(usd, m.actualUsd - m.targetUsd, 1e-9);
  ASSERT_EQ(m.parts.size(), 4u);
  EXPECT_STREQ(m.parts[3].id, "exchange_rate");
  EXPECT_LT(m.parts[3].logShare, 0) << "the dong was weaker than the target's figures imply";
  EXPECT_NEAR(m.parts[3].logShare, -std::log(24976 / (190e6 / 8300)), 1e-12);
  EXPECT_STREQ(m.parts[0].id, "real_growth");
  EXPECT_LT(m.parts[0].logShare, 0) << "2021–25 grew more slowly than the planned 7.5 %/yr";
  EXPECT_FALSE(explainPastMiss(hanoiData(), congress().targets.back()).ok()) << "only the 2025 target";
}

}  // namespace
}  // namespace h2045
