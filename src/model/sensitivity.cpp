#include "model/sensitivity.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

double SensitivityEntry::swing(ValueUnit u) const {
  return std::fabs(atMax[static_cast<size_t>(u)] - atMin[static_cast<size_t>(u)]);
}

bool drawnInMonteCarlo(ParamId p) {
  switch (p) {
    case ParamId::Beta:
    case ParamId::GammaInstitutions:
    case ParamId::GammaRnd:
    case ParamId::GammaDigital:
    case ParamId::Lambda:
    case ParamId::UsdDriftPct:
    case ParamId::VndDeflatorPct:
    case ParamId::Alpha:
    case ParamId::ConstructionLagYears:
      return true;
    default:
      return false;
  }
}

namespace {

bool valuesIn(const Trajectory& t, int year, std::array<double, static_cast<size_t>(ValueUnit::Count)>& out) {
  const YearResult* row = t.find(year);
  if (!row) return false;
  for (size_t u = 0; u < out.size(); ++u) out[u] = perCapitaValue(*row, static_cast<ValueUnit>(u));
  return true;
}

}  // namespace

Sensitivity sensitivity(const Scenario& s, const HistoricalData& data, int year) {
  Sensitivity out;
  if (year <= s.baseYear || year > kLastYear || validate(s, data)) return out;
  Trajectory t;
  RunCache cache;  // remade only for the assumptions' ends
  simulate(s, data, cache, nullptr, t);
  if (!valuesIn(t, year, out.scenario)) return out;
  out.year = year;
  for (const ParamSpec& p : paramSpecs()) {
    SensitivityEntry e;
    e.param = p.param;
    e.drawnInMonteCarlo = drawnInMonteCarlo(p.param);
    bool ok = true;
    for (const bool top : {false, true}) {
      Scenario at = s;
      at.at(p.param).value = top ? p.maxValue : p.minValue;
      if (validate(at, data)) {
        ok = false;
        break;
      }
      simulate(at, data, cache, nullptr, t);
      ok = ok && valuesIn(t, year, top ? e.atMax : e.atMin);
    }
    // Parameters that do not move the year (the Monte Carlo's own, a warning's limit) are left out.
    if (ok && e.swing(ValueUnit::CurrentUsd) > 0) out.entries.push_back(e);
  }
  std::stable_sort(out.entries.begin(), out.entries.end(), [](const SensitivityEntry& a, const SensitivityEntry& b) {
    return a.swing(ValueUnit::CurrentUsd) > b.swing(ValueUnit::CurrentUsd);
  });
  return out;
}

const char* uncertaintySourceId(UncertaintySource s) {
  switch (s) {
    case UncertaintySource::YearlyShocks: return "yearly_shocks";
    case UncertaintySource::Disasters: return "disasters";
    case UncertaintySource::TrendShift: return "trend_shift";
    case UncertaintySource::UsdDrift: return "usd_drift";
    case UncertaintySource::Beta: return "beta";
    case UncertaintySource::GammaInstitutions: return "gamma_inst";
    case UncertaintySource::GammaRnd: return "gamma_rnd";
    case UncertaintySource::GammaDigital: return "gamma_digital";
    case UncertaintySource::Lambda: return "lambda";
    case UncertaintySource::Alpha: return "alpha";
    case UncertaintySource::ConstructionLag: return "lag";
    case UncertaintySource::Count: break;
  }
  return "";
}

UncertaintyAssumptions onlySource(const UncertaintyAssumptions& u, UncertaintySource source) {
  UncertaintyAssumptions only = u;
  auto keep = [&](UncertaintySource s) { return s == source; };
  if (!keep(UncertaintySource::YearlyShocks)) only.yearlyShockSdPp = 0;
  if (!keep(UncertaintySource::Disasters)) only.disasterProbability = 0;
  if (!keep(UncertaintySource::TrendShift)) only.trendShiftSdPp = 0;
  if (!keep(UncertaintySource::UsdDrift)) only.usdDriftSdPp = 0;
  if (!keep(UncertaintySource::Beta)) only.betaSd = 0;
  if (!keep(UncertaintySource::GammaInstitutions)) only.gammaInstitutionsSpread = 0;
  if (!keep(UncertaintySource::GammaRnd)) only.gammaRndHalfWidth = 0;
  if (!keep(UncertaintySource::GammaDigital)) only.gammaDigitalHalfWidth = 0;
  if (!keep(UncertaintySource::Lambda)) only.lambdaHalfWidth = 0;
  if (!keep(UncertaintySource::Alpha)) only.alphaSd = 0;
  if (!keep(UncertaintySource::ConstructionLag)) only.lagOffsetProbabilities = {0, 1, 0, 0, 0};  // offset 0 only
  only.vndDeflatorSdPp = 0;
  return only;
}

namespace {
double logSpread(const MonteCarloResult& mc, int year) {
  const YearBands* y = mc.find(year);
  if (!y) return kMissing;
  const double lo = y->at(ValueUnit::CurrentUsd, 0), hi = y->at(ValueUnit::CurrentUsd, 4);
  return lo > 0 && hi > 0 ? std::log(hi / lo) : kMissing;
}
}  // namespace

std::vector<SourceSpread> spreadBySource(const Scenario& s, const HistoricalData& data, const UncertaintyAssumptions& u,
                                         int year, int paths, std::uint64_t seed, double* all) {
  std::vector<SourceSpread> out;
  const TargetSet none;
  MonteCarloResult mc;
  for (int i = 0; i < kUncertaintySourceCount; ++i) {
    const auto source = static_cast<UncertaintySource>(i);
    runMonteCarlo(s, data, none, onlySource(u, source), MonteCarloOptions{paths, seed}, mc);
    if (!mc.ok()) return {};
    out.push_back(SourceSpread{source, logSpread(mc, year)});
  }
  std::stable_sort(out.begin(), out.end(), [](const SourceSpread& a, const SourceSpread& b) { return a.spread > b.spread; });
  if (all) {
    runMonteCarlo(s, data, none, u, MonteCarloOptions{paths, seed}, mc);
    *all = mc.ok() ? logSpread(mc, year) : kMissing;
  }
  return out;
}

}  // namespace h2045
