// Explain the gap: how much of the distance from the baseline to the scenario (and on to a
// target) each group of changes makes, in a way that does not depend on the order the changes
// are applied in — Shapley values over the groups (2^5 = 32 runs of the model) — and the miss
// of a past target split into its causes from the data.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "model/model.h"
#include "model/results.h"

namespace h2045 {

// The groups of the waterfall: the three breakthroughs' levers, and the assumptions split into
// prices and the exchange rate (the USD price drift and the VND price of output, which together
// set the conversion rate) and the others.
enum class ChangeGroup : int { Infrastructure, Institutions, HumanCapital, Prices, OtherAssumptions, Count };
constexpr int kChangeGroupCount = static_cast<int>(ChangeGroup::Count);
ChangeGroup changeGroupOf(ParamId p);
const char* changeGroupId(ChangeGroup g);  // "infrastructure", "institutions", "human_capital", "prices", "other_assumptions"

using UnitValues = std::array<double, static_cast<size_t>(ValueUnit::Count)>;

struct GroupShare {
  ChangeGroup group = ChangeGroup::Count;
  UnitValues value{};             // its Shapley value: GRDP per person it adds (negative: takes away)
  std::vector<ParamId> changed;   // its parameters set differently from the baseline
};

struct GapExplanation {
  int year = 0;
  UnitValues baseline{};  // every lever and assumption at its default (the scenario's base year)
  UnitValues scenario{};
  std::array<GroupShare, kChangeGroupCount> groups{};  // in ChangeGroup order; they sum to scenario − baseline
  // The target of that year in the chosen set, if any: its low end in each unit (at the
  // scenario's prices and rate, as the charts draw it) and what remains (target − scenario;
  // negative when the scenario is above it).
  std::optional<Target> target;
  UnitValues targetLow{}, remaining{};
  bool ok() const { return year > 0; }
};

// Shapley values of the five groups for GRDP per person in `year`, from the baseline
// (Scenario::defaults() with the scenario's base year) to the scenario. Empty (year 0) when the
// scenario is invalid or the year outside its projection.
GapExplanation explainGap(const Scenario& s, const HistoricalData& data, const TargetSet& targets, int year);

// The 17th Congress's 2025 target missed, split multiplicatively in logarithms so that the
// parts add up exactly: actual / target (current USD) = real growth × population × domestic
// prices × exchange rate. The target's own path: its USD figure (the low end) and its VND
// figure (facts.csv congress17_target_2025_mvnd; together the rate they imply), the growth it
// planned for 2021–25 (congress17_growth_target_2021_2025) and the population trend of the
// decade before (population_growth_2009_2019); the actual path is the data's from 2020. Empty
// when `target` is not a 2025 target or the data lack a figure.
struct PastMissPart {
  const char* id;     // "real_growth", "population", "domestic_prices", "exchange_rate"
  double logShare;    // ln factor; the parts sum to ln(actual / target)
  double usd;         // the same in USD, each part its share of the miss (logShare / total · miss)
};
struct PastMiss {
  int year = 0, fromYear = 0;
  double targetUsd = 0, targetMvnd = 0, impliedVndPerUsd = 0;
  double actualUsd = 0, actualMvnd = 0, actualVndPerUsd = 0;
  std::vector<PastMissPart> parts;
  bool ok() const { return year > 0 && !parts.empty(); }
};
PastMiss explainPastMiss(const HistoricalData& data, const Target& target);
// The same for the 2025 target of the 17th Congress's set (id "congress17_2020") among `sets`;
// empty when the sets lack it.
PastMiss explainPastMiss(const HistoricalData& data, const std::vector<TargetSet>& sets);

}  // namespace h2045
