// Scenario files: versioned, human-readable JSON.
//
//   {
//     "format": "hanoi2045-scenario",
//     "version": 1,
//     "name": "Faster infrastructure",
//     "base_year": 2025,
//     "levers": {
//       "infra.public_investment_pct": {"value": 8, "start_year": 2026, "phase_in_years": 3},
//       "inst.quality_target": 80                      <- shorthand: value only
//     },
//     "assumptions": {"assume.beta": 0.1}
//   }
//
// Only non-default entries need be present; missing ones take the table default.
// Every reader here is all-or-nothing: on error it returns false / nothing, fills
// `error` with a message naming the id, the value and the allowed range, and leaves
// the caller's scenario untouched.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/model.h"

namespace h2045 {

constexpr std::string_view kScenarioFormat = "hanoi2045-scenario";
constexpr int kScenarioVersion = 1;              // written by this build
constexpr std::size_t kMaxScenarioBytes = 1 << 20;  // a real file is a few kB

// A scenario together with the text a person gave it.
struct ScenarioFile {
  std::string name;
  std::string description;
  Scenario scenario = Scenario::defaults();
  bool operator==(const ScenarioFile& o) const {
    return name == o.name && description == o.description && scenario == o.scenario;
  }
};

enum class ScenarioEntries {
  All,      // every lever and assumption (readable: the file documents the whole setting)
  Changed,  // only entries that differ from the table defaults (short, diff-friendly)
};

// --- Writing ----------------------------------------------------------------
std::string scenarioToJson(const ScenarioFile& file, ScenarioEntries entries = ScenarioEntries::All);
std::string scenarioToJson(const Scenario& s, ScenarioEntries entries = ScenarioEntries::All);
bool writeScenarioFile(const std::string& path, const ScenarioFile& file, std::string& error,
                       ScenarioEntries entries = ScenarioEntries::All);

// --- Reading ----------------------------------------------------------------
// Parses a scenario document (any known version, migrated to the current one) and
// validates it with the model's validate(). Returns nothing and fills `error` on failure.
std::optional<ScenarioFile> parseScenarioJson(std::string_view json, std::string& error);
std::optional<ScenarioFile> readScenarioFile(const std::string& path, std::string& error);

// Replaces `target` with the parsed scenario only when the whole document is valid.
bool loadScenarioJson(std::string_view json, ScenarioFile& target, std::string& error);

// --- Single settings (CLI --set, UI exact-value entry, automation setLever) ---
// Accepts "ID=VALUE", "ID.start_year=YEAR" and "ID.phase_in_years=YEARS" (levers only).
// VALUE is a plain decimal number ("8", "8.5", "-0.5", "1e-2"); anything else is malformed.
bool applySetting(Scenario& s, std::string_view assignment, std::string& error);
// Sets one parameter's value after the same checks as applySetting.
bool setParamValue(Scenario& s, std::string_view id, double value, std::string& error);

// Strict, locale-independent number parsing (text::parseDouble): the whole text must be one
// finite number; spaces and tabs around it and one leading '+' are allowed.
std::optional<double> parseNumber(std::string_view text);
std::optional<int> parseInteger(std::string_view text);

// --- Messages shared with the UI and the CLI ---------------------------------
std::string formatNumber(double v);           // shortest text that reads back the same value
std::string unitText(std::string_view unitKey);  // "pct_grdp" -> "% of GRDP"
std::string allowedRangeText(const ParamSpec& p);  // "allowed 2 to 15 (% of GRDP)"
// Checks one value against the table (finite, inside the range, whole for integer kinds);
// returns the message, or "" when the value is acceptable.
std::string checkParamValue(const ParamSpec& p, double value);
// The timing fields and the base year are checked against the model's limits
// (kFirstBaseYear.., kFirstStartYear.., kMinPhaseInYears.. in model.h).
std::string checkBaseYear(double year);  // message naming the year and the range, or ""
// Turns the model's validate() answer into a message with id, value and range.
std::string describeValidationError(const ValidationError& e);

}  // namespace h2045
