// Machine-readable output: the result JSON shared by `hanoi2045-cli run` and the app's
// automation API (App::resultJson()), plus the lever table, the target sets, a solve
// answer and the trajectory CSV.
//
// The UI calls:
//   resultJson(scenario, trajectory, &targetSet, name)  -> App::resultJson()
//   leversJson(&scenario)                               -> App::leversJson()
//   scenarioToJson(...) / loadScenarioJson(...)         -> App::scenarioJson() / loadScenario()
//                                                          (see scenario_file.h)
//   trajectoryCsv(trajectory, options)                  -> CSV export
//
// Every number is finite or null: NaN and infinity never reach the output. Every sentence
// (lever names, "message" fields) comes from the translations in `OutputWords`.
// Field names and meanings are documented in docs/cli.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "model/explain.h"
#include "model/sensitivity.h"
#include "model/uncertainty.h"
#include "scenario/messages.h"

namespace h2045 {

using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kResultFormat = "hanoi2045-result";
constexpr int kResultVersion = 1;

// The words an output carries: lever names in both languages, and "message" fields in one.
struct OutputWords {
  const Translations& translations;
  Language language = Language::English;
  const TranslationTable& messages() const { return translations.of(language); }
};

// --- Result of one run --------------------------------------------------------
// {"format", "version", "scenario": {...changed entries...}, "base_year",
//  "target_set": {"id", "name_en", "name_vi"} | null,
//  "years": [{"year", "projected", "grdp_per_capita_usd", ..., "contributions_pp": {...}}],
//  "targets": [{"year", "low_usd", "high_usd", "label", "value_usd", "met", ...}],
//  "warnings": [{"kind", "year", "value", "threshold", "message"}]}
// `targets` may be null (then "targets" is an empty array).
OrderedJson resultToJson(const Scenario& s, const Trajectory& t, const TargetSet* targets, const OutputWords& words,
                         std::string_view scenarioName = "");
std::string resultJson(const Scenario& s, const Trajectory& t, const TargetSet* targets, const OutputWords& words,
                       std::string_view scenarioName = "", int indent = 2);

// --- Monte Carlo bands ------------------------------------------------------------
// {"format": "hanoi2045-montecarlo", "version", "scenario", "paths", "seed", "percentiles",
//  "years": [{"year", "grdp_per_capita_usd": [p5, p25, p50, p75, p95],
//             "grdp_per_capita_usd_2025": [...], "grdp_per_capita_mvnd": [...]}],
//  "targets": [{"year", "low_usd", "high_usd", "label", "probability"}]}
OrderedJson monteCarloToJson(const Scenario& s, const MonteCarloResult& mc);
// One row per year and percentile: year, percentile, then the value in each unit.
std::string monteCarloCsv(const MonteCarloResult& mc);

// --- Sensitivity (tornado) --------------------------------------------------------
// {"format": "hanoi2045-tornado", "version", "scenario", "year", "grdp_per_capita_usd",
//  "entries": [{"id", "name", "min", "max", "at_min_usd", "at_max_usd", "swing_usd", "drawn"}],
//  "sources": [{"id", "spread"}] (ln of p95/p5 in current USD, each source alone), "spread_all"}
OrderedJson tornadoToJson(const Scenario& s, const Sensitivity& t, const std::vector<SourceSpread>& sources,
                          double spreadAll, const OutputWords& words);

// --- The gap explained --------------------------------------------------------------
// {"format": "hanoi2045-explain", "version", "scenario", "year",
//  "baseline": {unit: value}, "scenario_value": {unit: value},
//  "groups": [{"id", "value": {unit: value}, "changed": [{"id", "name", "value", "start_year", "phase_in_years"}]}],
//  "target": {"year", "low_usd", "high_usd", "label", "low": {unit: value}, "remaining": {unit: value}} or null,
//  "past_miss": {"year", "from_year", "target_usd", "target_mvnd", "implied_vnd_per_usd", "actual_usd",
//                "actual_mvnd", "actual_vnd_per_usd", "parts": [{"id", "log_share", "usd"}]} or null}
// Units are "grdp_per_capita_usd", "grdp_per_capita_usd_2025", "grdp_per_capita_mvnd".
OrderedJson explainToJson(const Scenario& s, const GapExplanation& e, const PastMiss* past, const OutputWords& words);

// One row of "years" (also used by tests and other tools).
OrderedJson yearToJson(const YearResult& y);

// The per-year results, one table for the JSON rows and the CSV columns: a new result is one
// row here plus its title in assets/i18n ("column.<id>"). `contribution` set: the JSON nests
// it under "contributions_pp" by that name.
struct YearColumn {
  std::string_view id;  // JSON field and CSV column, e.g. "grdp_per_capita_usd"
  int decimals;         // CSV precision
  const char* contribution;
  double (*get)(const YearResult&);
};
const std::vector<YearColumn>& yearColumns();
std::string columnTitleKey(const YearColumn& c);  // "column.<id>"

// --- Lever and assumption table ----------------------------------------------
// {"levers": [...], "assumptions": [...], "timing": {...}}; each entry carries id, names,
// descriptions (en, vi), unit, default, min, max, step, decimals, prior, source and,
// when `current` is given, its current value (and start year / phase-in for levers).
OrderedJson leversToJson(const OutputWords& words, const Scenario* current = nullptr);
std::string leversJson(const OutputWords& words, const Scenario* current = nullptr, int indent = 2);

// --- Target sets ----------------------------------------------------------------
OrderedJson targetSetToJson(const TargetSet& set);
std::string targetSetsJson(const std::vector<TargetSet>& sets, int indent = 2);
std::string targetLabel(const Target& t);  // "12,000–13,000 USD", "> 36,000 USD", "≈ 45,000 USD"

// --- What's needed (solver) ------------------------------------------------------
std::string_view solveStatusKey(SolveStatus s);  // "found", "already_met", "unreachable", "invalid"
// The same sentence the app's "What's needed?" view shows, with values in current USD.
std::string solveMessage(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                         const OutputWords& words);
OrderedJson solveToJson(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                        const OutputWords& words);
std::string solveJson(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                      const OutputWords& words, int indent = 2);

// --- CSV of the trajectory ---------------------------------------------------------
// UTF-8 with a byte-order mark (so spreadsheet programs detect Vietnamese text), CRLF
// line ends, RFC 4180 quoting. Empty cell where a value is unknown.
// Headers in the language of `words`.
struct CsvOptions {
  bool decimalComma = false;  // ";" separator and "," decimals (Vietnamese/European locales)
  bool byteOrderMark = true;
};
std::string trajectoryCsv(const Trajectory& t, const OutputWords& words, const CsvOptions& options = {});
std::string csvField(std::string_view text, char separator = ',');  // quotes when needed

// Dumps JSON as UTF-8 text; invalid UTF-8 in strings is replaced, never thrown.
std::string dumpJson(const OrderedJson& j, int indent = 2);

}  // namespace h2045
