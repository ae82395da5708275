// What every view, the CLI and the automation API show, derived from one scenario in one place:
// the baseline it is compared with, both trajectories, target status, warnings, period
// averages, values in the unit a person chose, and the rules for settings and custom targets.
// Pure like the rest of the core: no UI, no I/O, no globals.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace h2045 {

// ---------------------------------------------------------------------------
// Units a GRDP-per-person figure is shown in.
// ---------------------------------------------------------------------------

enum class ValueUnit : std::uint8_t { CurrentUsd, ConstantUsd2025, MillionVnd, Count };
constexpr int kValueUnitCount = static_cast<int>(ValueUnit::Count);
std::string_view valueUnitId(ValueUnit u);  // "usd", "usd2025", "vnd" (file and API names)
std::optional<ValueUnit> findValueUnit(std::string_view id);
int valueUnitDecimals(ValueUnit u);  // what the figure is worth showing: 0 for USD, 1 for million VND

// A projected or base-year row's GRDP per person in `u`.
double perCapitaValue(const YearResult& row, ValueUnit u);
// Official GRDP per person of a past year in `u` (see historicalPerCapitaUsd2025 and friends).
double historicalPerCapita(const HistoricalData& data, int year, ValueUnit u);
// Targets are written in current USD. The factor that turns a USD target of `year` into `u` on
// the trajectory's own prices and exchange rate that year (1 for current USD; NaN when the
// trajectory does not reach the year).
double targetUnitFactor(const Trajectory& t, int year, ValueUnit u);
// A current-USD amount of `year` (a target, a value, a gap) in `u`, on the trajectory's prices.
inline double usdInUnit(const Trajectory& t, int year, double usd, ValueUnit u) {
  return usd * targetUnitFactor(t, year, u);
}

// ---------------------------------------------------------------------------
// Settings.
// ---------------------------------------------------------------------------

// The baseline a scenario is compared with: every lever at its default, assumptions and base
// year as set (the status quo under the same view of the world).
Scenario baselineOf(const Scenario& s);
// The same scenario with every assumption back at its default (levers and base year kept).
Scenario withDefaultAssumptions(const Scenario& s);

// The one rounding rule for a parameter's value, wherever it comes from (slider, typed entry,
// file, link, API): the nearest step from the minimum, printed decimals kept exact (141 × 0.1
// is 14.1, not 14.100000000000001), whole numbers for integer and choice kinds, inside the range.
// Non-finite values are returned unchanged so that validate() can name them.
double snapToStep(const ParamSpec& p, double value);

// ---------------------------------------------------------------------------
// Custom targets: one rule set for the editor, the API and files.
// ---------------------------------------------------------------------------

constexpr double kMaxTargetUsd = 1e7;  // far above any plausible GRDP per person
constexpr int kMaxCustomTargets = 6;

enum class TargetProblem : std::uint8_t { None, YearOutOfRange, LowNotPositive, LowTooHigh, HighBelowLow };
// A target is valid for a scenario when its year lies after the base year and no later than
// kLastYear, 0 < low < kMaxTargetUsd and low <= high (high may be +inf for "> low").
TargetProblem checkTarget(const Target& t, int baseYear);
std::string_view targetProblemKey(TargetProblem p);  // "year_out_of_range", ...
// Adds `t` to `set` or replaces the target of the same year; keeps the set sorted by year.
// Returns the problem (and leaves the set unchanged) when `t` is invalid or the set is full.
enum class TargetEdit : std::uint8_t { Added, Replaced, Invalid, Full };
TargetEdit putTarget(TargetSet& set, const Target& t, int baseYear);

// ---------------------------------------------------------------------------
// Period averages (the decomposition view, the CLI and exports).
// ---------------------------------------------------------------------------

struct PeriodAverage {
  int firstYear = 0, lastYear = 0;
  int years = 0;                      // projected years inside the period
  GrowthContributions contributions;  // average pp per year
  double realGrowthPct = 0;           // average real GRDP growth
};
constexpr int kPeriodYears = 5;
constexpr int kMaxPeriods = (kMaxYears + kPeriodYears - 1) / kPeriodYears;
struct PeriodAverages {
  std::array<PeriodAverage, kMaxPeriods> periods{};
  int count = 0;
  const PeriodAverage* begin() const { return periods.data(); }
  const PeriodAverage* end() const { return periods.data() + count; }
};
// Five-year periods from the first projected year (2026–30, 2031–35, ...; the last may be shorter).
PeriodAverages periodAverages(const Trajectory& t);

// ---------------------------------------------------------------------------
// Plausibility ranges read from the data (drawn as bands, used by the warnings).
// ---------------------------------------------------------------------------

struct Range {
  double low = kMissing, high = kMissing;
  bool known() const { return low == low && high == high; }
};
// Hanoi's total social investment as a share of GRDP (facts total_investment_share_low/high).
Range totalInvestmentRange(const HistoricalData& data);

// ---------------------------------------------------------------------------
// Everything derived from one scenario, recomputed once per change.
// ---------------------------------------------------------------------------

struct Results {
  Trajectory scenario, baseline;
  std::vector<TargetStatus> targets, baselineTargets;
  std::vector<Warning> warnings;
  PeriodAverages periods, baselinePeriods;
  Range totalInvestment;
  bool ok() const { return scenario.count > 0; }
};
// Runs the scenario and its baseline and derives the rest. The scenario must be valid.
void computeResults(const Scenario& s, const TargetSet& targets, const HistoricalData& data, Results& out);

}  // namespace h2045
