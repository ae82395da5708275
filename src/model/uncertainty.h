// Monte Carlo over the scenario: the spread of GRDP per person that no single line shows, and
// the chance of meeting each target. Every path runs the same model (simulate) with its own
// yearly TFP shocks and its own draw of the uncertain assumptions; the distributions are
// documented in docs/model.md ("Uncertainty"). Seeded and reproducible: the same scenario,
// data, options and seed give the same bands, on every run.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "model/results.h"

namespace h2045 {

// The distributions, with their defaults. Shocks are in percentage points of TFP growth; the
// draws of assumptions are centred on the scenario's own value (so a changed assumption moves
// the whole fan) and kept within the assumption's range.
struct UncertaintyAssumptions {
  // Ordinary yearly shocks, N(0, s.d.): Hanoi's own record without the COVID years
  // (facts.csv growth_sd_hanoi_no_covid, 0.94 pp; the scenario's assume.yearly_shock_sd_pp).
  double yearlyShockSdPp = 0.94;
  // A rare disaster sized on 2020–21: in a year with this probability, then a second year.
  double disasterProbability = 0.03;
  double disasterFirstYearPp = -3.5;
  double disasterSecondYearLowPp = -4.0, disasterSecondYearHighPp = -2.0;
  // A persistent shift of trend growth, drawn once per path, N(0, s.d.): decades of growth
  // correlate only weakly, so a path's whole trend is uncertain, not only its years.
  double trendShiftSdPp = 0.75;
  // The US price drift (assume.usd_drift_pct) over the period, N(scenario, s.d.), correlated
  // with the trend shift.
  double usdDriftSdPp = 0.8;
  double usdDriftTrendCorrelation = 0.3;
  // The VND price of output (assume.vnd_deflator_pct), N(scenario, s.d.): with the drift it
  // sets the conversion rate, so it moves the million-VND figures only.
  double vndDeflatorSdPp = 1.0;
  // The output elasticities of public capital (assume.beta) and of private capital
  // (assume.alpha), normal around the scenario's value, truncated to their ranges.
  double betaSd = 0.03;
  double alphaSd = 0.03;
  // Half-widths of uniform draws around the scenario's value: γ for R&D and digital
  // government, the convergence rate λ.
  double gammaRndHalfWidth = 0.2, gammaDigitalHalfWidth = 0.3, lambdaHalfWidth = 0.01;
  // γ for institutions: triangular around the scenario's value v, from v·(1 − k) to v·(1 + k),
  // peaking at v: with k = 1, from 0 to twice the value (0 switches the draw off).
  double gammaInstitutionsSpread = 1.0;
  // The construction lag of the city's projects (infra.lag_years): the scenario's lag plus
  // −1, 0, +1, +2 or +3 years with these probabilities (projects run late more often than
  // early; with the default lag of 3, lags 2 to 6). All weight on 0 switches it off.
  std::array<double, 5> lagOffsetProbabilities{0.15, 0.30, 0.30, 0.15, 0.10};
  static constexpr int kFirstLagOffset = -1;
};
// The scenario's own: the yearly shocks' s.d., the trend shift's and the disaster risk are
// assumptions of the scenario (assume.yearly_shock_sd_pp, trend_shift_sd_pp, disaster_risk_pct),
// shown and set with the others; the rest are the defaults above.
UncertaintyAssumptions uncertaintyAssumptions(const Scenario& s);

struct MonteCarloOptions {
  int paths = 1000;
  std::uint64_t seed = 2045;
};
constexpr int kMaxMonteCarloPaths = 100000;

// The percentiles reported per year.
constexpr std::array<double, 5> kBandPercentiles = {5, 25, 50, 75, 95};

struct YearBands {
  int year = 0;
  // [unit][percentile]: GRDP per person at the 5th, 25th, 50th, 75th and 95th percentile.
  std::array<std::array<double, kBandPercentiles.size()>, static_cast<size_t>(ValueUnit::Count)> value{};
  double at(ValueUnit u, size_t percentile) const { return value[static_cast<size_t>(u)][percentile]; }
};

struct TargetChance {
  Target target;
  double probability = 0;  // share of paths at or above the target's low end in its year
};

struct MonteCarloResult {
  int paths = 0;           // paths run (all valid)
  std::uint64_t seed = 0;
  std::vector<YearBands> years;       // base year to the last projected year
  std::vector<TargetChance> targets;  // the targets after the base year
  bool ok() const { return paths > 0 && !years.empty(); }
  const YearBands* find(int year) const;
};

// Runs `options.paths` paths of the scenario in one batch (all paths advance a year at a time,
// so the compiler runs several at once). The scenario must be valid; an invalid one (or paths
// outside 1..kMaxMonteCarloPaths) gives an empty result.
void runMonteCarlo(const Scenario& s, const HistoricalData& data, const TargetSet& targets,
                   const UncertaintyAssumptions& u, const MonteCarloOptions& options, MonteCarloResult& out);

// The random numbers: eight xoshiro256** streams side by side (seeded through splitmix64), so
// that filling a buffer runs on several lanes at once; normals by Box–Muller on the portable
// functions (model/portable_math.h), so the same seed gives the same bits on every build.
class RandomStream {
 public:
  static constexpr int kLanes = 8;
  explicit RandomStream(std::uint64_t seed);
  void raw(std::uint64_t* out, size_t n);
  void uniforms(double* out, size_t n);  // [0, 1)
  void normals(double* out, size_t n);   // N(0, 1)

 private:
  std::array<std::array<std::uint64_t, kLanes>, 4> state_{};
};

// The draws of many paths, one array per quantity, one entry per path (the layout the batch
// of paths runs on). Each path's scenario is the scenario with these values in place.
struct PathDraws {
  int count = 0;
  int baseYear = 0;
  std::vector<double> trendShiftPp, usdDriftPct, vndDeflatorPct, alpha, beta, lambda;
  std::vector<double> gammaInstitutions, gammaRnd, gammaDigital;  // in the scenario's units (pp)
  std::vector<int> lagYears;
  // Yearly TFP shocks in pp, [year − baseYear − 1][path] for the projected years.
  std::vector<double> shockPp;
  // Scratch for the draws (kept to spare allocations on the next draw).
  std::vector<double> scratch;
  double shock(int year, int path) const {
    return shockPp[static_cast<size_t>(year - baseYear - 1) * static_cast<size_t>(count) + static_cast<size_t>(path)];
  }
  Scenario scenarioOf(const Scenario& s, int path) const;
  TfpShocks shocksOf(int path) const;
};
void drawPaths(const Scenario& s, const UncertaintyAssumptions& u, std::uint64_t seed, int paths, PathDraws& out);

// Every path's GRDP per person, for tests and for callers that want the paths themselves:
// value(unit, year, path), the base year to kLastYear. `ok` false when the scenario is invalid.
struct PathValues {
  int count = 0, baseYear = 0;
  bool ok = false;
  std::array<std::vector<double>, static_cast<size_t>(ValueUnit::Count)> values;
  double value(ValueUnit u, int year, int path) const {
    return values[static_cast<size_t>(u)][static_cast<size_t>(year - baseYear) * static_cast<size_t>(count) +
                                          static_cast<size_t>(path)];
  }
};
void simulatePaths(const Scenario& s, const HistoricalData& data, const PathDraws& draws, PathValues& out);

// Buffers a caller may keep between runs, so that a warm run allocates nothing.
struct MonteCarloWork {
  PathDraws draws;
  std::vector<double> paths;           // the batch's state, one array per quantity
  std::vector<int> slots;              // each path's pipeline slot and lag
  std::vector<std::uint16_t> buckets;  // the percentiles' coarse sort
  std::vector<double> candidates;
};
void runMonteCarlo(const Scenario& s, const HistoricalData& data, const TargetSet& targets,
                   const UncertaintyAssumptions& u, const MonteCarloOptions& options, MonteCarloWork& work,
                   MonteCarloResult& out);

}  // namespace h2045
