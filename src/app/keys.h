// Translation keys the interface composes at run time, in enum order.
#pragma once

namespace h2045::app {

// Indexed by ParamGroup.
inline constexpr const char* kGroupKeys[] = {"group.infrastructure", "group.institutions", "group.human_capital",
                                             "group.assumptions"};
// Indexed by ValueUnit.
inline constexpr const char* kUnitsKeys[] = {"units.current_usd", "units.constant_usd", "units.million_vnd"};
inline constexpr const char* kUnitsShortKeys[] = {"units_short.current_usd", "units_short.constant_usd",
                                                  "units_short.million_vnd"};
// Indexed by SolveStatus.
inline constexpr const char* kSolveStatusKeys[] = {"needed.found", "needed.already_met", "needed.unreachable",
                                                   "needed.invalid", "needed.too_early"};
// Order of GrowthContributions' fields.
inline constexpr const char* kContributionKeys[] = {"contrib.tfp", "contrib.private_capital", "contrib.infrastructure",
                                                    "contrib.human_capital", "contrib.labour"};

}  // namespace h2045::app
