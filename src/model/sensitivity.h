// What matters most: the year's GRDP per person with each lever and assumption at either end
// of its range, all else as in the scenario (a tornado), and how much of the Monte Carlo's
// spread each source of uncertainty makes on its own.
#pragma once

#include <array>
#include <vector>

#include "model/model.h"
#include "model/results.h"
#include "model/uncertainty.h"

namespace h2045 {

struct SensitivityEntry {
  ParamId param = ParamId::Count;
  // GRDP per person in the year with the parameter at its minimum and at its maximum, by unit.
  std::array<double, static_cast<size_t>(ValueUnit::Count)> atMin{}, atMax{};
  bool drawnInMonteCarlo = false;  // one of the uncertain assumptions the fan draws
  double swing(ValueUnit u) const;  // |atMax − atMin|
};

struct Sensitivity {
  int year = 0;
  std::array<double, static_cast<size_t>(ValueUnit::Count)> scenario{};  // the scenario itself
  std::vector<SensitivityEntry> entries;  // largest swing (current USD) first
  bool ok() const { return year > 0 && !entries.empty(); }
};

// Two runs per parameter (about 80 runs, well under a millisecond). The scenario must be valid;
// `year` after its base year and at most kLastYear. A setting the validation refuses at an end
// (a start year, say) is left out.
Sensitivity sensitivity(const Scenario& s, const HistoricalData& data, int year);
// Whether the Monte Carlo draws this parameter (α, β, the γs, λ, the price drifts, the lag).
bool drawnInMonteCarlo(ParamId p);

// The sources of the Monte Carlo's spread, each alone.
enum class UncertaintySource : int {
  YearlyShocks,
  Disasters,
  TrendShift,
  UsdDrift,
  Beta,
  GammaInstitutions,
  GammaRnd,
  GammaDigital,
  Lambda,
  Alpha,
  ConstructionLag,
  Count
};
constexpr int kUncertaintySourceCount = static_cast<int>(UncertaintySource::Count);
const char* uncertaintySourceId(UncertaintySource s);  // "yearly_shocks", "trend_shift", ...
// The assumptions with only this source left uncertain. (The VND price is drawn too, but moves
// only the million-VND figures, not the current-USD spread these compare: it is no source here.)
UncertaintyAssumptions onlySource(const UncertaintyAssumptions& u, UncertaintySource source);

struct SourceSpread {
  UncertaintySource source;
  double spread = 0;  // ln(p95 / p5) of the year's GRDP per person in current USD (the targets' unit)
};
// Each source's spread alone (paths each), largest first; and the spread of all together.
std::vector<SourceSpread> spreadBySource(const Scenario& s, const HistoricalData& data, const UncertaintyAssumptions& u,
                                         int year, int paths, std::uint64_t seed, double* all = nullptr);

}  // namespace h2045
