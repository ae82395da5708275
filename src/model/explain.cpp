#include "model/explain.h"

#include <cmath>

namespace h2045 {

ChangeGroup changeGroupOf(ParamId p) {
  switch (spec(p).group) {
    case ParamGroup::Infrastructure: return ChangeGroup::Infrastructure;
    case ParamGroup::Institutions: return ChangeGroup::Institutions;
    case ParamGroup::HumanCapital: return ChangeGroup::HumanCapital;
    case ParamGroup::Assumptions: break;
  }
  return p == ParamId::UsdDriftPct || p == ParamId::VndDeflatorPct ? ChangeGroup::Prices : ChangeGroup::OtherAssumptions;
}

const char* changeGroupId(ChangeGroup g) {
  switch (g) {
    case ChangeGroup::Infrastructure: return "infrastructure";
    case ChangeGroup::Institutions: return "institutions";
    case ChangeGroup::HumanCapital: return "human_capital";
    case ChangeGroup::Prices: return "prices";
    case ChangeGroup::OtherAssumptions: return "other_assumptions";
    case ChangeGroup::Count: break;
  }
  return "";
}

namespace {

constexpr size_t kUnits = static_cast<size_t>(ValueUnit::Count);
constexpr int kSubsets = 1 << kChangeGroupCount;

bool valuesIn(const Trajectory& t, int year, UnitValues& out) {
  const YearResult* row = t.find(year);
  if (!row) return false;
  for (size_t u = 0; u < kUnits; ++u) out[u] = perCapitaValue(*row, static_cast<ValueUnit>(u));
  return true;
}

int bitCount(int mask) {
  int n = 0;
  for (; mask; mask &= mask - 1) ++n;
  return n;
}

double factorial(int n) { return n <= 1 ? 1.0 : double(n) * factorial(n - 1); }

}  // namespace

GapExplanation explainGap(const Scenario& s, const HistoricalData& data, const TargetSet& targets, int year) {
  GapExplanation out;
  if (year <= s.baseYear || year > kLastYear || validate(s, data)) return out;
  Scenario baseline = Scenario::defaults();
  baseline.baseYear = s.baseYear;
  for (int g = 0; g < kChangeGroupCount; ++g) out.groups[static_cast<size_t>(g)].group = static_cast<ChangeGroup>(g);
  for (const ParamSpec& p : paramSpecs())
    if (s.at(p.param) != baseline.at(p.param))
      out.groups[static_cast<size_t>(changeGroupOf(p.param))].changed.push_back(p.param);

  // The model's value with each subset of the groups changed (bit g: group g as in the scenario,
  // else as in the baseline). A group with no change gives the same scenario, the same bits.
  std::array<UnitValues, kSubsets> value{};
  Trajectory t;
  Trajectory scenarioRun;
  for (int mask = 0; mask < kSubsets; ++mask) {
    Scenario mixed = baseline;
    for (const ParamSpec& p : paramSpecs())
      if (mask & (1 << static_cast<int>(changeGroupOf(p.param)))) mixed.at(p.param) = s.at(p.param);
    if (validate(mixed, data)) return GapExplanation{};
    simulate(mixed, data, t);
    if (!valuesIn(t, year, value[static_cast<size_t>(mask)])) return GapExplanation{};
    if (mask == kSubsets - 1) scenarioRun = t;
  }
  // Shapley: each group's change averaged over every order of applying the groups, i.e. over
  // the subsets S of the others weighted |S|!(n − |S| − 1)!/n!.
  const double orders = factorial(kChangeGroupCount);
  for (int g = 0; g < kChangeGroupCount; ++g) {
    UnitValues& share = out.groups[static_cast<size_t>(g)].value;
    if (out.groups[static_cast<size_t>(g)].changed.empty()) continue;  // exactly zero
    for (int mask = 0; mask < kSubsets; ++mask) {
      if (mask & (1 << g)) continue;
      const int k = bitCount(mask);
      const double weight = factorial(k) * factorial(kChangeGroupCount - k - 1) / orders;
      for (size_t u = 0; u < kUnits; ++u)
        share[u] += weight * (value[static_cast<size_t>(mask | (1 << g))][u] - value[static_cast<size_t>(mask)][u]);
    }
  }
  out.baseline = value[0];
  out.scenario = value[kSubsets - 1];
  for (const Target& target : targets.targets) {
    if (target.year != year) continue;
    out.target = target;
    for (size_t u = 0; u < kUnits; ++u) {
      out.targetLow[u] = usdInUnit(scenarioRun, year, target.lowUsd, static_cast<ValueUnit>(u));
      out.remaining[u] = out.targetLow[u] - out.scenario[u];
    }
  }
  out.year = year;
  return out;
}

PastMiss explainPastMiss(const HistoricalData& data, const Target& target) {
  PastMiss out;
  constexpr int from = 2020, year = 2025;
  const DataFact* targetMvnd = data.fact("congress17_target_2025_mvnd");
  const DataFact* plannedGrowth = data.fact("congress17_growth_target_2021_2025");
  const DataFact* populationTrend = data.fact("population_growth_2009_2019");
  const double pcFrom = historicalPerCapitaMvnd(data, from), pcYear = historicalPerCapitaMvnd(data, year);
  const double popFrom = data.value(from, HistoryField::PopulationMillions);
  const double popYear = data.value(year, HistoryField::PopulationMillions);
  const double rate = data.value(year, HistoryField::VndPerUsd);
  double realGrowth = 1.0;
  for (int t = from + 1; t <= year; ++t) realGrowth *= 1.0 + historicalGrowthPct(data, t) / 100.0;
  if (target.year != year || !(target.lowUsd > 0) || !targetMvnd || !plannedGrowth || !populationTrend || !std::isfinite(pcFrom) || !std::isfinite(pcYear) ||
      !std::isfinite(popFrom) || !std::isfinite(popYear) || !(rate > 0) || !std::isfinite(realGrowth))
    return out;
  // The target at its low end (8,300 USD), the figure the plan was met or missed by.
  out.targetUsd = target.lowUsd;
  out.targetMvnd = targetMvnd->value;
  out.impliedVndPerUsd = out.targetMvnd * 1e6 / out.targetUsd;
  out.actualMvnd = pcYear;
  out.actualVndPerUsd = rate;
  out.actualUsd = pcYear * 1e6 / rate;
  // The target's path from 2020: real GRDP at the planned growth, population on the trend of
  // the decade before, and the domestic prices that make up the rest of its VND figure.
  const int years = year - from;
  const double plannedReal = std::pow(1.0 + plannedGrowth->value / 100.0, years);
  const double plannedPopulation = std::pow(1.0 + populationTrend->value / 100.0, years);
  const double plannedPrices = out.targetMvnd / (pcFrom * plannedReal / plannedPopulation);
  const double actualPopulation = popYear / popFrom;
  const double actualPrices = pcYear / (pcFrom * realGrowth / actualPopulation);
  const double total = std::log(out.actualUsd / out.targetUsd);
  const double miss = out.actualUsd - out.targetUsd;
  auto part = [&](const char* id, double logShare) {
    out.parts.push_back(PastMissPart{id, logShare, total != 0 ? logShare / total * miss : 0.0});
  };
  part("real_growth", std::log(realGrowth / plannedReal));
  part("population", -std::log(actualPopulation / plannedPopulation));
  part("domestic_prices", std::log(actualPrices / plannedPrices));
  part("exchange_rate", -std::log(rate / out.impliedVndPerUsd));
  out.year = year;
  out.fromYear = from;
  return out;
}

PastMiss explainPastMiss(const HistoricalData& data, const std::vector<TargetSet>& sets) {
  for (const TargetSet& set : sets)
    if (set.id == "congress17_2020")
      for (const Target& t : set.targets)
        if (t.year == 2025) return explainPastMiss(data, t);
  return PastMiss{};
}

}  // namespace h2045
