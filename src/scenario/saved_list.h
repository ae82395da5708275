// The saved scenarios: the named documents a person keeps on this device (the app's Save,
// the comparison's choices), kept as one JSON text:
//
//   {"format": "hanoi2045-saved", "version": 1,
//    "scenarios": [{"name": "Group 3", "base_year": 2025, "levers": {...}, ...}, ...]}
//
// Each entry holds a scenario document's fields (scenario_file.h) with its rules; names are
// non-empty and unique. Reading is all-or-nothing, messages name the entry
// ("scenarios[2]: levers.infra.efficiency.value = ...").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario_file.h"

namespace h2045 {

constexpr std::string_view kSavedListFormat = "hanoi2045-saved";
constexpr int kSavedListVersion = 1;
constexpr std::size_t kMaxSavedScenarios = 50;

std::string savedListToJson(const std::vector<ScenarioDocument>& list);
std::optional<std::vector<ScenarioDocument>> parseSavedList(std::string_view json, std::string& error);

// Puts `doc` in the list under its name (replacing one of that name, else appending).
// False with a message when the name is empty or the list is full.
bool putSaved(std::vector<ScenarioDocument>& list, const ScenarioDocument& doc, std::string& error);

}  // namespace h2045
