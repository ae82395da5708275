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

TEST(ScenarioHistory, UndoRedoAndBranching) {
  ScenarioHistory h;
  Scenario a = Scenario::defaults(), b = a, c = a;
  b.at(ParamId::PublicInvestmentPct).value += 1;
  c.at(ParamId::PublicInvestmentPct).value += 2;
  h.reset(a);
  EXPECT_FALSE(h.commit(a));  // no change, no entry
  EXPECT_TRUE(h.commit(b));
  EXPECT_TRUE(h.commit(c));
  EXPECT_EQ(h.undo(), b);
  EXPECT_EQ(h.undo(), a);
  EXPECT_FALSE(h.canUndo());
  EXPECT_EQ(h.redo(), b);
  EXPECT_TRUE(h.commit(a));  // a new change drops the redo branch
  EXPECT_FALSE(h.canRedo());
  EXPECT_EQ(h.size(), 3u);
}

}  // namespace
}  // namespace h2045::app
