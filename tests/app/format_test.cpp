// Number formatting per language, locale detection, chart ticks, undo history.
#include <gtest/gtest.h>

#include <cmath>

#include "app/chart.h"
#include "app/i18n.h"
#include "app/session.h"

namespace h2045::app {
namespace {

TEST(FormatNumber, EnglishAndVietnameseSeparators) {
  EXPECT_EQ(formatNumber(36000, 0, Language::English), "36,000");
  EXPECT_EQ(formatNumber(36000, 0, Language::Vietnamese), "36.000");
  EXPECT_EQ(formatNumber(1234567.25, 2, Language::English), "1,234,567.25");
  EXPECT_EQ(formatNumber(1234567.25, 2, Language::Vietnamese), "1.234.567,25");
  EXPECT_EQ(formatNumber(8.4, 1, Language::Vietnamese), "8,4");
  EXPECT_EQ(formatNumber(999, 0, Language::English), "999");
  EXPECT_EQ(formatNumber(-1500, 0, Language::English), "-1,500");
  EXPECT_EQ(formatNumber(-0.04, 1, Language::English), "0.0");  // no "-0.0"
}

TEST(FormatNumber, RoundsTheValueTheDoubleHoldsWhateverTheLocale) {
  EXPECT_EQ(formatNumber(2.675, 2, Language::English), "2.67");     // the double is 2.67499999...
  EXPECT_EQ(formatNumber(0.125, 2, Language::Vietnamese), "0,12");  // an exact tie goes to even
  EXPECT_EQ(formatNumber(-0.5, 0, Language::English), "0");         // and is zero: no "-0"
  EXPECT_EQ(formatNumber(-0.51, 0, Language::English), "-1");
  EXPECT_EQ(formatNumber(1e21, 0, Language::Vietnamese), "1.000.000.000.000.000.000.000");
  EXPECT_EQ(formatNumber(0.1, 9, Language::English), "0.100000");   // at most 6 decimals
  EXPECT_EQ(formatNumber(7.5, -2, Language::English), "8");
}

TEST(FormatNumber, NeverPrintsNan) {
  EXPECT_EQ(formatNumber(std::nan(""), 1, Language::English), "\xE2\x80\x93");
  EXPECT_EQ(formatNumber(HUGE_VAL, 0, Language::Vietnamese), "\xE2\x80\x93");
}

TEST(FormatMessage, FillsNumberedSlots) {
  EXPECT_EQ(formatMessage("{1} then {0}", {"a", "b"}), "b then a");
  EXPECT_EQ(formatMessage("{0} {5}", {"x"}), "x {5}");  // unknown slot stays visible
}

TEST(Locale, VietnameseOnlyForVietnameseLocales) {
  EXPECT_EQ(languageFromLocale("vi"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("vi-VN"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("vi_VN.UTF-8"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("VI"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("en-US"), Language::English);
  EXPECT_EQ(languageFromLocale(""), Language::English);
  EXPECT_EQ(languageFromLocale("vie"), Language::English);  // not a tag we know
  EXPECT_EQ(languageFromLocale("fr"), Language::English);
}

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
