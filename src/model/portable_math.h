// exp, log, pow and a quarter-circle sin/cos made of +, −, ×, ÷ and bit moves only, for the
// Monte Carlo. Two reasons: every one of these is IEEE-exact step by step, so the same inputs
// give the same bits natively and in WebAssembly (the C libraries of the two builds differ
// in the last bit of exp, log and pow for some arguments); and they are branch-free inline
// code, so the compiler can run them on several paths at once. Accuracy: within 2 units in
// the last place over the model's ranges (tests/model/portable_math_test.cpp).
#pragma once

#include <cstdint>
#include <cstring>

namespace h2045::portable {

inline std::uint64_t bitsOf(double x) {
  std::uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}
inline double fromBits(std::uint64_t b) {
  double x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}

// ln 2 split so that n·kLn2High is exact for |n| < 2^20.
constexpr double kLn2High = 6.93147180369123816490e-01;
constexpr double kLn2Low = 1.90821492927058770002e-10;
// Adding 1.5·2^52 rounds a double of magnitude below 2^51 to an integer held in the low bits.
constexpr double kRoundShift = 0x1.8p52;

// e^x for −700 ≤ x ≤ 700: x = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series to
// r^13 (truncation below 10^−17), times 2^n built in the exponent. Outside that domain the
// result means nothing; the callers' arguments are growth rates and elasticities times
// logarithms, far inside. (A clamp here would stop the compiler running it on several
// values at once.)
inline double exp(double x) {
  const double shifted = x * 1.44269504088896340736 + kRoundShift;
  const double n = shifted - kRoundShift;
  const double r = (x - n * kLn2High) - n * kLn2Low;
  double p = 1.0 / 6227020800.0;  // 1/13!
  p = p * r + 1.0 / 479001600.0;
  p = p * r + 1.0 / 39916800.0;
  p = p * r + 1.0 / 3628800.0;
  p = p * r + 1.0 / 362880.0;
  p = p * r + 1.0 / 40320.0;
  p = p * r + 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 0.5;
  // 1 + r + r²·(…): the small part added last keeps the rounding at the end.
  const double er = 1.0 + (r + r * r * p);
  // The low bits of `shifted` hold n; n + 1023 moved into the exponent field is 2^n.
  const double scale = fromBits((bitsOf(shifted) + 1023u) << 52);
  return er * scale;
}

// ln x for positive, normal x: x = 2^e · m with √½ ≤ m < √2, and ln m = 2·atanh(s) with
// s = (m − 1)/(m + 1), |s| ≤ 0.172, by its series to s^23.
inline double log(double x) {
  constexpr std::uint64_t kSqrtHalfBits = 0x3fe6a09e667f3bcdULL;
  constexpr std::uint64_t kBias = 1024ULL << 52;  // keeps the subtraction positive for any x > 0
  const std::uint64_t bits = bitsOf(x);
  const std::uint64_t biasedExponent = (bits - kSqrtHalfBits + kBias) >> 52;  // e + 1024
  const std::uint64_t mantissaBits = bits - ((biasedExponent << 52) - kBias);
  const double m = fromBits(mantissaBits);
  // e as a double without an integer conversion: 1.5·2^52 + (e + 1024), less the offsets.
  const double e = fromBits(0x4338000000000000ULL + biasedExponent) - (kRoundShift + 1024.0);
  const double f = m - 1.0;
  const double s = f / (2.0 + f);
  const double z = s * s;
  double series = 2.0 / 23.0;
  series = series * z + 2.0 / 21.0;
  series = series * z + 2.0 / 19.0;
  series = series * z + 2.0 / 17.0;
  series = series * z + 2.0 / 15.0;
  series = series * z + 2.0 / 13.0;
  series = series * z + 2.0 / 11.0;
  series = series * z + 2.0 / 9.0;
  series = series * z + 2.0 / 7.0;
  series = series * z + 2.0 / 5.0;
  series = series * z + 2.0 / 3.0;
  const double R = z * series;  // 2·atanh(s) = 2s + s·R
  // 2s = f − f²/2 + s·f²/2 exactly, so ln m = f − h + s·(h + R) with h = f²/2: the large part
  // f stays exact and only small terms round.
  const double half = 0.5 * f * f;
  return e * kLn2High - ((half - (s * (half + R) + e * kLn2Low)) - f);
}

// a^b for a > 0.
inline double pow(double a, double b) { return exp(b * log(a)); }

// cos x and sin x for |x| ≤ π/4, by their Taylor series (to x^18 and x^17).
inline void sinCosQuarter(double x, double& sine, double& cosine) {
  const double z = x * x;
  double c = 1.0 / 6402373705728000.0;  // 1/18!
  c = c * -z + 1.0 / 20922789888000.0;
  c = c * -z + 1.0 / 87178291200.0;
  c = c * -z + 1.0 / 479001600.0;
  c = c * -z + 1.0 / 3628800.0;
  c = c * -z + 1.0 / 40320.0;
  c = c * -z + 1.0 / 720.0;
  c = c * -z + 1.0 / 24.0;
  c = c * -z + 0.5;
  cosine = 1.0 - z * c;
  double s = 1.0 / 355687428096000.0;  // 1/17!
  s = s * -z + 1.0 / 1307674368000.0;
  s = s * -z + 1.0 / 6227020800.0;
  s = s * -z + 1.0 / 39916800.0;
  s = s * -z + 1.0 / 362880.0;
  s = s * -z + 1.0 / 5040.0;
  s = s * -z + 1.0 / 120.0;
  s = s * -z + 1.0 / 6.0;
  sine = x - x * z * s;
}

}  // namespace h2045::portable
