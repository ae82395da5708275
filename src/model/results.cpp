// Derived results shared by the views, the CLI and the automation API (see results.h).
#include "model/results.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

std::string_view valueUnitId(ValueUnit u) {
  switch (u) {
    case ValueUnit::CurrentUsd: return "usd";
    case ValueUnit::ConstantUsd2025: return "usd2025";
    case ValueUnit::MillionVnd: return "vnd";
    case ValueUnit::Count: break;
  }
  return "";
}

std::optional<ValueUnit> findValueUnit(std::string_view id) {
  for (int u = 0; u < kValueUnitCount; ++u)
    if (valueUnitId(static_cast<ValueUnit>(u)) == id) return static_cast<ValueUnit>(u);
  return std::nullopt;
}

int valueUnitDecimals(ValueUnit u) { return u == ValueUnit::MillionVnd ? 1 : 0; }

double perCapitaValue(const YearResult& row, ValueUnit u) {
  switch (u) {
    case ValueUnit::CurrentUsd: return row.grdpPerCapitaUsd;
    case ValueUnit::ConstantUsd2025: return row.grdpPerCapitaUsd2025;
    case ValueUnit::MillionVnd: return row.grdpPerCapitaMvnd;
    case ValueUnit::Count: break;
  }
  return kMissing;
}

double historicalPerCapita(const HistoricalData& data, int year, ValueUnit u) {
  switch (u) {
    case ValueUnit::CurrentUsd: return historicalPerCapitaUsd(data, year);
    case ValueUnit::ConstantUsd2025: return historicalPerCapitaUsd2025(data, year);
    case ValueUnit::MillionVnd: return historicalPerCapitaMvnd(data, year);
    case ValueUnit::Count: break;
  }
  return kMissing;
}

double targetUnitFactor(const Trajectory& t, int year, ValueUnit u) {
  if (u == ValueUnit::CurrentUsd) return 1.0;
  const YearResult* row = t.find(year);
  if (!row || !(row->grdpPerCapitaUsd > 0)) return kMissing;
  return perCapitaValue(*row, u) / row->grdpPerCapitaUsd;
}

Scenario baselineOf(const Scenario& s) {
  Scenario base = s;
  const Scenario defaults = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs())
    if (isLever(p.group)) base.at(p.param) = defaults.at(p.param);
  return base;
}

Scenario withDefaultAssumptions(const Scenario& s) {
  Scenario next = s;
  const Scenario defaults = Scenario::defaults();
  for (const ParamSpec& p : paramSpecs())
    if (!isLever(p.group)) next.at(p.param) = defaults.at(p.param);
  return next;
}

double snapToStep(const ParamSpec& p, double value) {
  if (!std::isfinite(value)) return value;
  const bool inRange = value >= p.minValue && value <= p.maxValue;
  double v = value;
  if (p.step > 0) {
    v = p.minValue + std::round((v - p.minValue) / p.step) * p.step;
    // One digit beyond the printed decimals, so the step's binary error never shows.
    const double scale = std::pow(10.0, std::clamp(p.decimals + 1, 0, 9));
    v = std::round(v * scale) / scale;
  }
  if (p.kind != ParamKind::Continuous) v = std::round(v);
  // A value inside the range stays inside it; one outside is left for validate() to name.
  return inRange ? std::clamp(v, p.minValue, p.maxValue) : value;
}

TargetProblem checkTarget(const Target& t, int baseYear) {
  if (t.year <= baseYear || t.year > kLastYear) return TargetProblem::YearOutOfRange;
  if (!(t.lowUsd > 0)) return TargetProblem::LowNotPositive;
  if (!(t.lowUsd < kMaxTargetUsd)) return TargetProblem::LowTooHigh;
  if (!(t.highUsd >= t.lowUsd)) return TargetProblem::HighBelowLow;  // also catches NaN
  if (std::isfinite(t.highUsd) && !(t.highUsd < kMaxTargetUsd)) return TargetProblem::LowTooHigh;
  return TargetProblem::None;
}

std::string_view targetProblemKey(TargetProblem p) {
  switch (p) {
    case TargetProblem::None: return "none";
    case TargetProblem::YearOutOfRange: return "year_out_of_range";
    case TargetProblem::LowNotPositive: return "low_not_positive";
    case TargetProblem::LowTooHigh: return "too_high";
    case TargetProblem::HighBelowLow: return "high_below_low";
  }
  return "";
}

TargetEdit putTarget(TargetSet& set, const Target& t, int baseYear) {
  if (checkTarget(t, baseYear) != TargetProblem::None) return TargetEdit::Invalid;
  auto same = std::find_if(set.targets.begin(), set.targets.end(), [&](const Target& x) { return x.year == t.year; });
  if (same != set.targets.end()) {
    *same = t;
    return TargetEdit::Replaced;
  }
  if (static_cast<int>(set.targets.size()) >= kMaxCustomTargets) return TargetEdit::Full;
  set.targets.push_back(t);
  std::sort(set.targets.begin(), set.targets.end(), [](const Target& a, const Target& b) { return a.year < b.year; });
  return TargetEdit::Added;
}

PeriodAverages periodAverages(const Trajectory& t) {
  PeriodAverages out;
  for (int first = t.baseYear + 1; first <= kLastYear && out.count < kMaxPeriods; first += kPeriodYears) {
    PeriodAverage p;
    p.firstYear = first;
    p.lastYear = std::min(first + kPeriodYears - 1, kLastYear);
    GrowthContributions& c = p.contributions;
    for (const YearResult& row : t) {
      if (!row.projected || row.year < p.firstYear || row.year > p.lastYear) continue;
      c.tfp += row.contributions.tfp;
      c.privateCapital += row.contributions.privateCapital;
      c.infrastructure += row.contributions.infrastructure;
      c.humanCapital += row.contributions.humanCapital;
      c.labour += row.contributions.labour;
      p.realGrowthPct += row.realGrowthPct;
      ++p.years;
    }
    if (p.years == 0) continue;
    const double n = p.years;
    c = {c.tfp / n, c.privateCapital / n, c.infrastructure / n, c.humanCapital / n, c.labour / n};
    p.realGrowthPct /= n;
    out.periods[static_cast<size_t>(out.count++)] = p;
  }
  return out;
}

Range totalInvestmentRange(const HistoricalData& data) {
  Range r;
  if (const DataFact* low = data.fact(kTotalInvestmentLowFact)) r.low = low->value;
  if (const DataFact* high = data.fact(kTotalInvestmentHighFact)) r.high = high->value;
  return r;
}

void computeResults(const Scenario& s, const TargetSet& targets, const HistoricalData& data, Results& out) {
  simulate(s, data, out.scenario);
  simulate(baselineOf(s), data, out.baseline);
  out.targets = evaluateTargets(out.scenario, targets);
  out.baselineTargets = evaluateTargets(out.baseline, targets);
  out.warnings = plausibilityWarnings(out.scenario);
  out.periods = periodAverages(out.scenario);
  out.baselinePeriods = periodAverages(out.baseline);
  out.totalInvestment = totalInvestmentRange(data);
}

}  // namespace h2045
