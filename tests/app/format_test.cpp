// Chart ticks and the undo history.
#include <gtest/gtest.h>

#include <cmath>

#include "app/chart.h"
#include "app/i18n.h"
#include "app/session.h"

namespace h2045::app {
namespace {

TEST(NiceTicks, RoundStepsCoverTheRange) {
  std::vector<double> ticks = niceTicks(0, 42000, 6);
  ASSERT_GE(ticks.size(), 3u);
  EXPECT_EQ(ticks.front(), 0);
  EXPECT_GE(ticks.back(), 35000);
  EXPECT_LE(ticks.back(), 42000);
  const double step = ticks[1] - ticks[0];
  EXPECT_TRUE(step == 5000 || step == 10000) << step;
  for (size_t i = 1; i < ticks.size(); ++i) EXPECT_NEAR(ticks[i] - ticks[i - 1], step, 1e-9);
  EXPECT_TRUE(niceTicks(5, 5, 6).empty());
  EXPECT_TRUE(niceTicks(0, std::nan(""), 6).empty());
  EXPECT_EQ(niceCeil(0, 41234, 6), 50000);  // step 10,000: at most 6 ticks
  EXPECT_EQ(niceCeil(0, 41234, 10), 45000);
  std::vector<double> negative = niceTicks(-1.2, 3.1, 5);
  EXPECT_NE(std::find(negative.begin(), negative.end(), 0.0), negative.end());
}

TEST(DocumentHistory, UndoRedoBranchingAndJumps) {
  DocumentHistory h;
  ScenarioDocument a, b = a, c = a;
  b.scenario.at(ParamId::PublicInvestmentPct).value += 1;
  c.targetSetId = "master_plan_2024";  // a target-set change is a step like a lever's
  h.reset(a);
  EXPECT_FALSE(h.commit(a));  // no change, no entry
  EXPECT_TRUE(h.commit(b));
  EXPECT_TRUE(h.commit(c, ChangeOrigin::Preset, "reform_led", 845));
  EXPECT_EQ(h.entry(2).origin, ChangeOrigin::Preset);
  EXPECT_EQ(h.entry(2).detail, "reform_led");
  EXPECT_EQ(h.entry(2).minuteOfDay, 845);
  EXPECT_EQ(h.undo(), b);
  EXPECT_EQ(h.undo(), a);
  EXPECT_FALSE(h.canUndo());
  EXPECT_EQ(h.redo(), b);
  EXPECT_EQ(h.jumpTo(2), c);  // the list steps forward as far as the redo branch goes
  EXPECT_EQ(h.jumpTo(0), a);
  EXPECT_TRUE(h.canRedo());
  EXPECT_TRUE(h.commit(b));  // a new change drops the redo branch
  EXPECT_FALSE(h.canRedo());
  EXPECT_EQ(h.size(), 2u);
}

TEST(DocumentHistory, KeepsTheNewestEntries) {
  DocumentHistory h;
  ScenarioDocument d;
  for (size_t i = 0; i < DocumentHistory::kMaxEntries + 10; ++i) {
    d.name = "step " + std::to_string(i);
    EXPECT_TRUE(h.commit(d));
  }
  EXPECT_EQ(h.size(), DocumentHistory::kMaxEntries);
  EXPECT_EQ(h.current().name, "step " + std::to_string(DocumentHistory::kMaxEntries + 9));
  EXPECT_EQ(h.entry(0).document.name, "step 10");
}

}  // namespace
}  // namespace h2045::app
