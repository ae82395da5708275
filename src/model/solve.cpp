// What's needed (LTGM's reverse calculator): the lever setting closest to the current one
// that reaches a target, found by bisection on a bracket, so it always stops.
#include "model/model.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

namespace {

struct Probe {
  const Scenario& base;
  const HistoricalData& data;
  ParamId lever;
  int year;
  int calls = 0;
  Scenario work;
  Trajectory trajectory;
  RunCache cache;  // the steps differ in one lever only

  double operator()(double value) {
    ++calls;
    work.at(lever).value = value;
    simulate(work, data, cache, nullptr, trajectory);
    const YearResult* row = trajectory.find(year);
    return row ? row->grdpPerCapitaUsd : kMissing;
  }
};

}  // namespace

int firstYearLeverActs(const Scenario& s, ParamId lever) {
  const int starts = std::max(s.at(lever).startYear, s.baseYear + 1);
  switch (lever) {
    // Investment builds capital the year after it is made; schooling reaches the workforce
    // with the next cohort. (The construction lag delays investment further; not counted here.)
    case ParamId::PublicInvestmentPct:
    case ParamId::DisbursementPct:
    case ParamId::InvestmentEfficiency:
    case ParamId::ConstructionLagYears:
    case ParamId::EntrantSchoolingYears:
    case ParamId::SkilledMigration:
      return starts + 1;
    case ParamId::InstitutionalYearsToTarget:  // takes its timing from the target
      return std::max(s.at(ParamId::InstitutionalQualityTarget).startYear, s.baseYear + 1);
    default:
      return starts;  // TFP drivers act in the year they are set
  }
}

SolveResult solveLever(const Scenario& s, const HistoricalData& data, ParamId lever, int year, double targetUsd) {
  SolveResult result;
  if (lever == ParamId::Count || validate(s, data)) return result;
  const ParamSpec& p = spec(lever);
  if (!isLever(p.group) || p.kind == ParamKind::Choice) return result;
  if (year <= s.baseYear || year > kLastYear || !std::isfinite(targetUsd) || targetUsd <= 0) return result;

  result.firstActingYear = firstYearLeverActs(s, lever);
  Probe probe{s, data, lever, year, 0, s, Trajectory{}, RunCache{}};
  const double current = s.value(lever);
  const double atCurrent = probe(current);
  if (!std::isfinite(atCurrent)) return result;
  if (atCurrent >= targetUsd) {
    result.status = SolveStatus::AlreadyMet;
    result.value = current;
    result.achievedUsd = atCurrent;
    result.iterations = probe.calls;
    return result;
  }
  // Not met, and the lever cannot act before the target year: say so rather than "unreachable".
  if (year < result.firstActingYear) {
    result.status = SolveStatus::TooEarly;
    result.value = current;
    result.achievedUsd = atCurrent;
    result.iterations = probe.calls;
    return result;
  }

  // Which way helps? Compare the two ends of the range (the model is monotone in each lever).
  const double atMin = probe(p.minValue), atMax = probe(p.maxValue);
  const bool raising = atMax >= atMin;
  const double end = raising ? p.maxValue : p.minValue;
  const double atEnd = raising ? atMax : atMin;
  if (!(atEnd >= targetUsd)) {
    result.status = SolveStatus::Unreachable;
    result.value = end;
    result.achievedUsd = atEnd;
    result.iterations = probe.calls;
    return result;
  }

  // Bracket: `fails` never reaches the target, `meets` does. Halve until one step apart.
  const bool integer = p.kind == ParamKind::Integer;
  const double resolution = integer ? 1.0 : p.step / 2.0;
  double fails = current, meets = end, atMeets = atEnd;
  while (std::abs(meets - fails) > resolution && probe.calls < kMaxSolveIterations - 1) {
    double mid = 0.5 * (fails + meets);
    if (integer) mid = raising ? std::floor(mid) : std::ceil(mid);
    if (mid == fails || mid == meets) break;
    const double v = probe(mid);
    if (v >= targetUsd) meets = mid, atMeets = v;
    else fails = mid;
  }

  // Report the first point of the lever's slider grid beyond `fails` that reaches the target:
  // the bracket is under half a step wide, so it is one of the next two grid points.
  if (!integer) {
    const double dir = raising ? 1.0 : -1.0;
    double k = (fails - p.minValue) / p.step;
    k = raising ? std::floor(k + 1e-9) + 1.0 : std::ceil(k - 1e-9) - 1.0;
    for (int tries = 0; tries < 2 && probe.calls < kMaxSolveIterations; ++tries, k += dir) {
      const double grid = p.minValue + k * p.step;
      if (grid < p.minValue - 1e-12 || grid > p.maxValue + 1e-12) break;
      const double v = probe(grid);
      if (v >= targetUsd) {
        meets = grid, atMeets = v;
        break;
      }
    }
  }
  result.status = SolveStatus::Found;
  result.value = meets;
  result.achievedUsd = atMeets;
  result.iterations = probe.calls;
  return result;
}

Scenario pushLevers(const Scenario& s, const std::array<double, kParamCount>& raisingEnd, double k) {
  Scenario out = s;
  for (const ParamSpec& p : paramSpecs()) {
    if (!isLever(p.group) || p.kind == ParamKind::Choice) continue;
    const double from = s.value(p.param), to = raisingEnd[static_cast<size_t>(p.param)];
    double v = from + k * (to - from);
    if (p.kind == ParamKind::Integer) v = std::round(v);
    out.at(p.param).value = std::clamp(v, p.minValue, p.maxValue);
  }
  return out;
}

AllLeversNeed solveAllLevers(const Scenario& s, const HistoricalData& data, int year, double targetUsd) {
  AllLeversNeed out;
  if (validate(s, data) || year <= s.baseYear || year > kLastYear || !std::isfinite(targetUsd) || targetUsd <= 0) return out;
  Trajectory t;
  RunCache cache;
  auto valueOf = [&](const Scenario& x) {
    simulate(x, data, cache, nullptr, t);
    const YearResult* row = t.find(year);
    return row ? row->grdpPerCapitaUsd : kMissing;
  };
  // Each lever alone, and which end of its range raises the year most.
  std::array<double, kParamCount> raisingEnd{};
  for (const ParamSpec& p : paramSpecs()) {
    raisingEnd[static_cast<size_t>(p.param)] = s.value(p.param);
    if (!isLever(p.group) || p.kind == ParamKind::Choice) continue;
    out.alone.push_back(LeverNeed{p.param, solveLever(s, data, p.param, year, targetUsd)});
    Scenario low = s, high = s;
    low.at(p.param).value = p.minValue;
    high.at(p.param).value = p.maxValue;
    const double atLow = valueOf(low), atHigh = valueOf(high);
    raisingEnd[static_cast<size_t>(p.param)] = atHigh >= atLow ? p.maxValue : p.minValue;
  }
  const double now = valueOf(s);
  if (!std::isfinite(now)) return out;
  if (now >= targetUsd) {
    out.pushStatus = SolveStatus::AlreadyMet;
    out.pushShare = 0;
    out.pushedUsd = now;
    out.pushed = s;
    return out;
  }
  const Scenario full = pushLevers(s, raisingEnd, 1.0);
  const double atFull = valueOf(full);
  if (!(atFull >= targetUsd)) {
    out.pushStatus = SolveStatus::Unreachable;
    out.pushShare = 1;
    out.pushedUsd = atFull;
    out.pushed = full;
    return out;
  }
  // Bisection on k to a thousandth: `fails` below the target, `meets` at or above it.
  double fails = 0, meets = 1, atMeets = atFull;
  for (int i = 0; i < 40 && meets - fails > 1e-3; ++i) {
    const double mid = 0.5 * (fails + meets);
    const double v = valueOf(pushLevers(s, raisingEnd, mid));
    if (v >= targetUsd) meets = mid, atMeets = v;
    else fails = mid;
  }
  out.pushStatus = SolveStatus::Found;
  out.pushShare = meets;
  out.pushedUsd = atMeets;
  out.pushed = pushLevers(s, raisingEnd, meets);
  return out;
}

}  // namespace h2045
