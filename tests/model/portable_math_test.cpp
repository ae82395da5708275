// The portable exp, log and pow: within two units in the last place of the C library's over
// the ranges the model uses, exact where the answer is exact.
#include "model/portable_math.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

namespace h2045 {
namespace {

double ulpsApart(double a, double b) {
  if (a == b) return 0;
  return std::fabs(a - b) / (std::nextafter(std::fabs(b), INFINITY) - std::fabs(b));
}

// A deterministic sweep: x = lo + (hi − lo)·k/n, plus a scatter of irregular points.
template <class F>
void sweep(double lo, double hi, F&& check) {
  constexpr int n = 20000;
  for (int k = 0; k <= n; ++k) check(lo + (hi - lo) * k / n);
  std::uint64_t state = 88172645463325252ULL;
  for (int k = 0; k < n; ++k) {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    check(lo + (hi - lo) * double(state >> 11) * 0x1.0p-53);
  }
}

TEST(PortableMath, ExpIsWithinTwoUlpsOfTheLibrary) {
  double worst = 0;
  sweep(-50.0, 50.0, [&](double x) { worst = std::max(worst, ulpsApart(portable::exp(x), std::exp(x))); });
  sweep(-0.1, 0.1, [&](double x) { worst = std::max(worst, ulpsApart(portable::exp(x), std::exp(x))); });
  EXPECT_LE(worst, 2.0);
  EXPECT_EQ(portable::exp(0.0), 1.0);
  sweep(-700.0, 700.0, [&](double x) { worst = std::max(worst, ulpsApart(portable::exp(x), std::exp(x))); });
  EXPECT_LE(worst, 2.0) << "over the whole domain";
}

TEST(PortableMath, LogIsWithinTwoUlpsOfTheLibrary) {
  double worst = 0;
  sweep(1e-6, 1e6, [&](double x) { worst = std::max(worst, ulpsApart(portable::log(x), std::log(x))); });
  sweep(0.5, 2.0, [&](double x) { worst = std::max(worst, ulpsApart(portable::log(x), std::log(x))); });
  sweep(1e3, 1e9, [&](double x) { worst = std::max(worst, ulpsApart(portable::log(x), std::log(x))); });
  EXPECT_LE(worst, 2.0);
  EXPECT_EQ(portable::log(1.0), 0.0);
  EXPECT_EQ(portable::log(2.0), std::log(2.0));
  EXPECT_EQ(portable::log(0.25), std::log(0.25));
  // Near 1 the absolute error matters (ln(1 + g) of a growth rate).
  for (double g : {1e-9, -1e-9, 0.031, -0.42, 0.3})
    EXPECT_NEAR(portable::log(1.0 + g), std::log(1.0 + g), 4e-17 + 1e-16 * std::fabs(std::log(1.0 + g))) << g;
}

TEST(PortableMath, PowAndTheQuarterSineAndCosine) {
  for (double a : {0.5, 1.03, 8.1, 12.7})
    for (double b : {-3.0, 0.42, 0.65, 1.0})
      EXPECT_NEAR(portable::pow(a, b) / std::pow(a, b), 1.0, 1e-14) << a << "^" << b;
  double worst = 0;
  sweep(-0.7853981633974483, 0.7853981633974483, [&](double x) {
    double s, c;
    portable::sinCosQuarter(x, s, c);
    worst = std::max({worst, std::fabs(s - std::sin(x)), std::fabs(c - std::cos(x))});
  });
  EXPECT_LT(worst, 3e-16);
}

}  // namespace
}  // namespace h2045
