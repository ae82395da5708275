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
  // The output elasticity of public capital (assume.beta), N(scenario, s.d.).
  double betaSd = 0.03;
  // Half-widths of uniform draws around the scenario's value: γ for R&D and digital
  // government, the convergence rate λ.
  double gammaRndHalfWidth = 0.2, gammaDigitalHalfWidth = 0.3, lambdaHalfWidth = 0.01;
  // γ for institutions: triangular around the scenario's value v, from v·(1 − k) to v·(1 + k),
  // peaking at v: with k = 1, from 0 to twice the value (0 switches the draw off).
  double gammaInstitutionsSpread = 1.0;
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

// Runs `options.paths` paths of the scenario. The scenario must be valid; an invalid one (or
// paths outside 1..kMaxMonteCarloPaths) gives an empty result.
void runMonteCarlo(const Scenario& s, const HistoricalData& data, const TargetSet& targets,
                   const UncertaintyAssumptions& u, const MonteCarloOptions& options, MonteCarloResult& out);

// The random numbers, exposed for the sampler's tests: xoshiro256** seeded through splitmix64,
// normals by Box–Muller.
class Random {
 public:
  explicit Random(std::uint64_t seed);
  std::uint64_t next();
  double uniform();  // [0, 1)
  double normal();   // N(0, 1)

 private:
  std::array<std::uint64_t, 4> state_{};
  double spare_ = 0;
  bool hasSpare_ = false;
};

// One path's draws, exposed for tests: the yearly TFP shocks (pp, by year index from
// kFirstHistoryYear, zero up to the base year) and the scenario with its assumptions drawn.
struct PathDraw {
  TfpShocks shocks;
  Scenario scenario;
  double trendShiftPp = 0;
};
void drawPath(const Scenario& s, const UncertaintyAssumptions& u, Random& random, PathDraw& out);

}  // namespace h2045
