// Mincer returns to schooling, shared by the single run (simulate.cpp) and the Monte Carlo's
// batch of paths (uncertainty.cpp), which passes its own pow (model/portable_math.h).
#pragma once

#include <algorithm>

namespace h2045 {

enum SchoolingSchedule { kHallJones = 0, kFlatTenPercent = 1, kBilsKlenow = 2 };

// Bils & Klenow (2000): φ(S) = θ/(1−ψ)·S^(1−ψ), marginal return θ·S^−ψ.
constexpr double kBilsKlenowTheta = 0.32, kBilsKlenowPsi = 0.58;

// Hall & Jones (1999) piecewise, a flat 10 % (Patrinos et al. 2018), or the smooth Bils–Klenow
// schedule (the default: no kink, so the base-year schooling has no threshold effect).
template <class Pow>
double schoolingReturn(double years, int schedule, Pow pow) {
  if (schedule == kFlatTenPercent) return 0.10 * years;
  if (schedule == kBilsKlenow)
    return kBilsKlenowTheta / (1.0 - kBilsKlenowPsi) * pow(std::max(years, 0.0), 1.0 - kBilsKlenowPsi);
  if (years <= 4.0) return 0.134 * years;
  if (years <= 8.0) return 0.536 + 0.101 * (years - 4.0);
  return 0.940 + 0.068 * (years - 8.0);
}

}  // namespace h2045
