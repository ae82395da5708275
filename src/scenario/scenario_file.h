// Scenario documents: versioned, human-readable JSON, the one format the app, the CLI, the
// presets (presets.h) and share links (share_link.h) read and write.
//
//   {
//     "format": "hanoi2045-scenario",
//     "version": 2,
//     "name": "Faster infrastructure",
//     "description": "optional free text",
//     "base_year": 2025,
//     "target_set": "congress17_2020",                 <- a targets.csv id, or "custom"
//     "custom_targets": [{"year": 2030, "low_usd": 12000, "high_usd": 13000}],
//     "levers": {
//       "infra.public_investment_pct": {"value": 8, "start_year": 2026, "phase_in_years": 3},
//       "inst.quality_target": 80                      <- shorthand: value only
//     },
//     "assumptions": {"assume.beta": 0.1}
//   }
//
// Only non-default entries need be present; missing ones take the table default. Version 1
// (no target set, no custom targets) is migrated on reading.
// Every reader here is all-or-nothing: on error it returns false / nothing, fills `error`
// with a message naming the field path (levers.infra.efficiency.value), the value and the
// reason, quoting the input's bytes printably (safe_text.h), and leaves the caller's
// document untouched.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "scenario/messages.h"

namespace h2045 {

constexpr std::string_view kScenarioFormat = "hanoi2045-scenario";
constexpr int kScenarioVersion = 2;              // written by this build
constexpr int kFirstScenarioVersion = 1;         // the oldest one read (and migrated)
constexpr std::size_t kMaxScenarioBytes = 1 << 20;  // a real file is a few kB
// Text limits (code points): a name is a label on a chart legend, a description a paragraph.
constexpr std::size_t kMaxNameChars = 120;
constexpr std::size_t kMaxDescriptionChars = 2000;
constexpr std::string_view kDefaultTargetSetId = "congress17_2020";  // the app's and the CLI's default
constexpr std::string_view kCustomTargetSetId = "custom";
constexpr std::size_t kMaxTargetSetIdChars = 40;

// A scenario together with what a person gave it: its name and description, and the targets
// it is judged against (a targets.csv set by id, or "custom" for `customTargets`).
struct ScenarioDocument {
  std::string name;
  std::string description;
  Scenario scenario = Scenario::defaults();
  std::string targetSetId = std::string(kDefaultTargetSetId);
  // Kept whatever set is chosen (the editor's list survives switching sets); sorted by year,
  // one per year, at most kMaxCustomTargets, each valid for the base year (checkTarget).
  // highUsd is +infinity for an open "> low" target.
  std::vector<Target> customTargets;
  bool operator==(const ScenarioDocument& o) const;
  bool operator!=(const ScenarioDocument& o) const { return !(*this == o); }
};
using ScenarioFile = ScenarioDocument;  // the earlier name, kept for existing callers

// The whole document's rules (every parameter and timing, base year, text limits, target set
// id, custom targets), for documents built in memory or decoded from a link: "" when valid,
// else the message with the field path.
std::string checkDocument(const ScenarioDocument& doc);

enum class ScenarioEntries {
  All,      // every lever and assumption (readable: the file documents the whole setting)
  Changed,  // only entries that differ from the table defaults (short, diff-friendly)
};

// --- Writing ----------------------------------------------------------------
// The canonical text: fixed key order, two-space indent, one final newline. Reading it back
// gives the same document, and writing that gives the same bytes.
std::string scenarioToJson(const ScenarioDocument& doc, ScenarioEntries entries = ScenarioEntries::All);
std::string scenarioToJson(const Scenario& s, ScenarioEntries entries = ScenarioEntries::All);
bool writeScenarioFile(const std::string& path, const ScenarioDocument& doc, std::string& error,
                       ScenarioEntries entries = ScenarioEntries::All);

// --- Reading ----------------------------------------------------------------
// Parses a scenario document (any known version, migrated to the current one) and
// validates it with the model's validate(). Returns nothing and fills `error` on failure.
std::optional<ScenarioDocument> parseScenarioJson(std::string_view json, std::string& error);
// A file (at most kMaxScenarioBytes; a UTF-8 byte-order mark is skipped); errors start with the path.
std::optional<ScenarioDocument> readScenarioFile(const std::string& path, std::string& error);

// Replaces `target` with the parsed document only when the whole document is valid.
bool loadScenarioJson(std::string_view json, ScenarioDocument& target, std::string& error);

// The targets a document is judged against: its custom targets when the id is "custom"
// (named as the app names them, "custom.name" in `words`), else the set with that id from
// `official` (targets.csv). False with a message naming the id and the known ones when the
// id is unknown.
bool documentTargets(const ScenarioDocument& doc, const std::vector<TargetSet>& official, const Translations& words,
                     TargetSet& out, std::string& error);

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
