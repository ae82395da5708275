// Scenario files: reading (with migration and validation) and writing.
#include "scenario/scenario_file.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/results.h"
#include "scenario/document_json.h"
#include "scenario/safe_text.h"
#include "scenario/text.h"

namespace h2045 {

using OrderedJson = nlohmann::ordered_json;

// ---------------------------------------------------------------------------
// Numbers and messages
// ---------------------------------------------------------------------------

std::string formatNumber(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "infinity" : "-infinity";
  if (v == 0) return "0";  // not "-0"
  return text::formatShortest(v);
}

std::optional<double> parseNumber(std::string_view input) {
  while (!input.empty() && (input.front() == ' ' || input.front() == '\t')) input.remove_prefix(1);
  while (!input.empty() && (input.back() == ' ' || input.back() == '\t')) input.remove_suffix(1);
  // People type "+0.12": one '+' before the number is allowed here; the rest is text::parseDouble's.
  if (input.size() > 1 && input.front() == '+' && input[1] != '-') input.remove_prefix(1);
  return text::parseDouble(input);
}

std::optional<int> parseInteger(std::string_view text) {
  auto v = parseNumber(text);
  if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e9) return std::nullopt;
  return static_cast<int>(*v);
}

std::string unitText(std::string_view unitKey) {
  if (unitKey == "pct_grdp") return "% of GRDP";
  if (unitKey == "pct") return "%";
  if (unitKey == "years") return "years";
  if (unitKey == "index") return "index points";
  if (unitKey == "share") return "share, 0-1";
  if (unitKey == "pp") return "percentage points";
  if (unitKey == "per_year") return "per year";
  if (unitKey == "choice") return "choice";
  return std::string(unitKey);
}

std::string allowedRangeText(const ParamSpec& p) {
  std::string s = "allowed ";
  if (p.kind != ParamKind::Continuous) s += "a whole number ";
  s += formatNumber(p.minValue) + " to " + formatNumber(p.maxValue);
  s += " (" + unitText(p.unit) + ")";
  return s;
}

// Why `value` is not acceptable for `p` ("out of range; allowed ..."), or "".
static std::string paramProblem(const ParamSpec& p, double value) {
  if (!std::isfinite(value)) return "not a finite number; " + allowedRangeText(p);
  if (value < p.minValue || value > p.maxValue) return "out of range; " + allowedRangeText(p);
  if (p.kind != ParamKind::Continuous && value != std::floor(value))
    return "must be a whole number; " + allowedRangeText(p);
  return {};
}

std::string checkParamValue(const ParamSpec& p, double value) {
  std::string problem = paramProblem(p, value);
  if (problem.empty()) return {};
  return std::string(p.id) + " = " + formatNumber(value) + ": " + problem;
}

static std::string wholeRangeText(std::string_view what, int first, int last) {
  return "allowed a whole " + std::string(what) + " " + std::to_string(first) + " to " + std::to_string(last);
}
static std::string baseYearRangeText() { return wholeRangeText("year", kFirstBaseYear, kLastBaseYear); }
static std::string startYearRangeText() { return wholeRangeText("year", kFirstStartYear, kLastStartYear); }
static std::string phaseInRangeText() {
  return wholeRangeText("number", kMinPhaseInYears, kMaxPhaseInYears) + " (years)";
}

std::string describeValidationError(const ValidationError& e) {
  using P = ValidationProblem;
  const std::string value = formatNumber(e.value);
  switch (e.problem) {
    case P::BaseYearOutOfRange: return "base_year = " + value + ": " + baseYearRangeText();
    case P::BaseYearWithoutData:
      return "base_year = " + value + ": the data lack GRDP/person, population, conversion rate or growth for it";
    case P::TfpShockOutOfRange:
      return "TFP shock = " + value + " pp: allowed a finite number -" + formatNumber(kMaxTfpShockPp) + " to " +
             formatNumber(kMaxTfpShockPp);
    default: break;
  }
  const ParamSpec& p = spec(e.param);
  const std::string head = std::string(p.id);
  switch (e.problem) {
    case P::NotFinite: return head + " = " + value + ": not a finite number; " + allowedRangeText(p);
    case P::OutOfRange: return head + " = " + value + ": out of range; " + allowedRangeText(p);
    case P::NotWhole: return head + " = " + value + ": must be a whole number; " + allowedRangeText(p);
    case P::StartYearOutOfRange: return head + ".start_year = " + value + ": " + startYearRangeText();
    case P::PhaseInOutOfRange: return head + ".phase_in_years = " + value + ": " + phaseInRangeText();
    default: break;
  }
  return head + " = " + value + ": invalid";
}

std::string checkBaseYear(double year) {
  if (std::isfinite(year) && year == std::floor(year) && year >= kFirstBaseYear && year <= kLastBaseYear) return {};
  return "base_year = " + formatNumber(year) + ": " + baseYearRangeText();
}

static bool isWholeIn(double x, double lo, double hi) {
  return std::isfinite(x) && x == std::floor(x) && x >= lo && x <= hi;
}

static std::string checkStartYear(std::string_view id, double year) {
  if (isWholeIn(year, kFirstStartYear, kLastStartYear)) return {};
  return std::string(id) + ".start_year = " + formatNumber(year) + ": " + startYearRangeText();
}

static std::string checkPhaseIn(std::string_view id, double years) {
  if (isWholeIn(years, kMinPhaseInYears, kMaxPhaseInYears)) return {};
  return std::string(id) + ".phase_in_years = " + formatNumber(years) + ": " + phaseInRangeText();
}

// ---------------------------------------------------------------------------
// The document's rules
// ---------------------------------------------------------------------------

bool ScenarioDocument::operator==(const ScenarioDocument& o) const {
  if (name != o.name || description != o.description || scenario != o.scenario || targetSetId != o.targetSetId ||
      customTargets.size() != o.customTargets.size())
    return false;
  for (std::size_t i = 0; i < customTargets.size(); ++i) {
    const Target &a = customTargets[i], &b = o.customTargets[i];
    if (a.year != b.year || a.lowUsd != b.lowUsd || a.highUsd != b.highUsd || a.approximate != b.approximate)
      return false;
  }
  return true;
}

// The path of a parameter's value in a document: levers.<id>.value or assumptions.<id>.
static std::string valuePath(const ParamSpec& p) {
  return isLever(p.group) ? "levers." + std::string(p.id) + ".value" : "assumptions." + std::string(p.id);
}

static std::string documentValidationMessage(const ValidationError& e) {
  using P = ValidationProblem;
  if (e.param == ParamId::Count) return describeValidationError(e);  // base year: already its field name
  const ParamSpec& p = spec(e.param);
  const std::string value = formatNumber(e.value);
  switch (e.problem) {
    case P::StartYearOutOfRange: return "levers." + describeValidationError(e);
    case P::PhaseInOutOfRange: return "levers." + describeValidationError(e);
    default: break;
  }
  std::string problem = paramProblem(p, e.value);
  return valuePath(p) + " = " + value + ": " + (problem.empty() ? "invalid" : problem);
}

static std::string textRule(std::string_view field, const std::string& text, std::size_t maxChars,
                            std::string_view allowedControls) {
  std::string problem;
  if (!isPlainText(text, allowedControls, problem)) return std::string(field) + " = " + quotedText(text, 40) + ": " + problem;
  const std::size_t chars = utf8Length(text);
  if (chars > maxChars)
    return std::string(field) + ": " + std::to_string(chars) + " characters; allowed up to " + std::to_string(maxChars);
  return {};
}

static bool isTargetSetId(std::string_view id) {
  if (id.empty() || id.size() > kMaxTargetSetIdChars) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

static std::string targetSetIdRule(const std::string& id) {
  if (isTargetSetId(id)) return {};
  return "target_set = " + quotedText(id, 40) + ": expected \"custom\" or a target set id (lower-case letters, " +
         "digits and _, at most " + std::to_string(kMaxTargetSetIdChars) + "; run `hanoi2045-cli targets`)";
}

static std::string usdRangeText() {
  return "allowed more than 0 and less than " + formatNumber(kMaxTargetUsd) + " (current USD per person)";
}

// One custom target against the base year; `where` is custom_targets[i].
static std::string targetRule(const std::string& where, const Target& t, int baseYear) {
  switch (checkTarget(t, baseYear)) {
    case TargetProblem::None: return {};
    case TargetProblem::YearOutOfRange:
      return where + ".year = " + std::to_string(t.year) + ": allowed a whole year " + std::to_string(baseYear + 1) +
             " to " + std::to_string(kLastYear) + " (after the base year " + std::to_string(baseYear) + ")";
    case TargetProblem::LowNotPositive:
    case TargetProblem::LowTooHigh:
      if (!(t.lowUsd > 0) || !(t.lowUsd < kMaxTargetUsd))
        return where + ".low_usd = " + formatNumber(t.lowUsd) + ": " + usdRangeText();
      return where + ".high_usd = " + formatNumber(t.highUsd) + ": " + usdRangeText();
    case TargetProblem::HighBelowLow:
      return where + ".high_usd = " + formatNumber(t.highUsd) + ": below low_usd = " + formatNumber(t.lowUsd) +
             "; leave it out (or null) for an open \"> low\" target";
  }
  return where + ": invalid";
}

std::string checkDocument(const ScenarioDocument& doc) {
  if (auto invalid = validate(doc.scenario)) return documentValidationMessage(*invalid);
  std::string msg = textRule("name", doc.name, kMaxNameChars, "");
  if (msg.empty()) msg = textRule("description", doc.description, kMaxDescriptionChars, "\n\t");
  if (msg.empty()) msg = targetSetIdRule(doc.targetSetId);
  if (!msg.empty()) return msg;
  if (doc.customTargets.size() > static_cast<std::size_t>(kMaxCustomTargets))
    return "custom_targets: " + std::to_string(doc.customTargets.size()) + " targets; allowed at most " +
           std::to_string(kMaxCustomTargets);
  for (std::size_t i = 0; i < doc.customTargets.size(); ++i) {
    const std::string where = "custom_targets[" + std::to_string(i) + "]";
    msg = targetRule(where, doc.customTargets[i], doc.scenario.baseYear);
    if (!msg.empty()) return msg;
    if (i > 0 && doc.customTargets[i].year <= doc.customTargets[i - 1].year)
      return where + ".year = " + std::to_string(doc.customTargets[i].year) +
             ": one target per year, in ascending order of years";
  }
  return {};
}

bool documentTargets(const ScenarioDocument& doc, const std::vector<TargetSet>& official, const Translations& words,
                     TargetSet& out, std::string& error) {
  if (doc.targetSetId == kCustomTargetSetId) {
    TargetSet custom;
    custom.id = std::string(kCustomTargetSetId);
    custom.nameEn = lookup(words.english, "custom.name");
    custom.nameVi = lookup(words.vietnamese, "custom.name");
    custom.targets = doc.customTargets;
    out = std::move(custom);
    return true;
  }
  std::string known;
  for (const TargetSet& set : official) {
    if (set.id == doc.targetSetId) {
      out = set;
      return true;
    }
    known += (known.empty() ? "" : ", ") + set.id;
  }
  error = "target_set = " + quotedText(doc.targetSetId, 40) + ": unknown target set; allowed custom" +
          (known.empty() ? "" : ", " + known);
  return false;
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

// Integer and choice parameters are written without a fraction ("3", not "3.0").
static OrderedJson paramValueJson(const ParamSpec& p, double v) {
  if (p.kind != ParamKind::Continuous && std::isfinite(v) && std::fabs(v) < 1e9)
    return static_cast<long long>(v);
  if (!std::isfinite(v)) return nullptr;
  return v;
}

// Whole amounts without a fraction (12000, not 12000.0): what a person would type.
static OrderedJson amountJson(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (v == std::floor(v) && std::fabs(v) < 1e15) return static_cast<long long>(v);
  return v;
}

static OrderedJson customTargetsJson(const std::vector<Target>& targets) {
  std::vector<Target> sorted = targets;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Target& a, const Target& b) { return a.year < b.year; });
  OrderedJson list = OrderedJson::array();
  for (const Target& t : sorted) {
    OrderedJson entry;
    entry["year"] = t.year;
    entry["low_usd"] = amountJson(t.lowUsd);
    if (std::isfinite(t.highUsd)) entry["high_usd"] = amountJson(t.highUsd);
    if (t.approximate) entry["approximate"] = true;
    list.push_back(entry);
  }
  return list;
}

// The document's fields after "format" and "version", in the canonical order.
void putDocumentFields(OrderedJson& doc, const ScenarioDocument& file, ScenarioEntries entries) {
  const Scenario defaults = Scenario::defaults();
  const bool all = entries == ScenarioEntries::All;
  doc["name"] = file.name;
  if (!file.description.empty()) doc["description"] = file.description;
  doc["base_year"] = file.scenario.baseYear;
  if (all || file.targetSetId != kDefaultTargetSetId) doc["target_set"] = file.targetSetId;
  if (!file.customTargets.empty()) doc["custom_targets"] = customTargetsJson(file.customTargets);
  OrderedJson levers = OrderedJson::object(), assumptions = OrderedJson::object();
  for (const ParamSpec& p : paramSpecs()) {
    const ParamSetting& set = file.scenario.at(p.param);
    if (!all && set == defaults.at(p.param)) continue;
    if (isLever(p.group)) {
      OrderedJson entry;
      entry["value"] = paramValueJson(p, set.value);
      entry["start_year"] = set.startYear;
      entry["phase_in_years"] = set.phaseInYears;
      levers[std::string(p.id)] = entry;
    } else {
      assumptions[std::string(p.id)] = paramValueJson(p, set.value);
    }
  }
  doc["levers"] = levers;
  doc["assumptions"] = assumptions;
}

std::string scenarioToJson(const ScenarioDocument& file, ScenarioEntries entries) {
  OrderedJson doc;
  doc["format"] = kScenarioFormat;
  doc["version"] = kScenarioVersion;
  putDocumentFields(doc, file, entries);
  return doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::string scenarioToJson(const Scenario& s, ScenarioEntries entries) {
  ScenarioDocument file;
  file.scenario = s;
  return scenarioToJson(file, entries);
}

bool writeScenarioFile(const std::string& path, const ScenarioDocument& file, std::string& error,
                       ScenarioEntries entries) {
  return text::writeFile(path, scenarioToJson(file, entries), error, "scenario file");
}

// ---------------------------------------------------------------------------
// Migration: each entry upgrades a document from version v to v + 1 in place.
// When the format changes, bump kScenarioVersion and append the step from the old version.
// ---------------------------------------------------------------------------

using MigrationStep = bool (*)(Json& doc, std::string& error);
struct Migration {
  int fromVersion;
  MigrationStep step;
};

// Version 2 added "target_set" and "custom_targets"; a version-1 document had neither, so
// the fields must not appear in one (they would have been unknown then), and its scenario is
// judged against the default target set, as the program that wrote it did.
static bool migrateV1ToV2(Json& doc, std::string& error) {
  for (const char* added : {"target_set", "custom_targets"}) {
    if (doc.contains(added)) {
      error = std::string("unknown field \"") + added + "\" in a version-1 document (added in version 2)";
      return false;
    }
  }
  return true;
}

constexpr std::array<Migration, 1> kMigrations{{{1, migrateV1ToV2}}};

static const Migration* migrationFrom(int version) {
  for (const Migration& m : kMigrations)
    if (m.fromVersion == version && m.step) return &m;
  return nullptr;
}

static std::string versionRangeText() {
  return "allowed " + std::to_string(kFirstScenarioVersion) + " to " + std::to_string(kScenarioVersion);
}

static bool migrateToCurrent(Json& doc, int version, std::string& error) {
  while (version < kScenarioVersion) {
    const Migration* m = migrationFrom(version);
    if (!m) {
      error = "version = " + std::to_string(version) + ": no known scenario format has this version; " +
              versionRangeText();
      return false;
    }
    if (!m->step(doc, error)) return false;
    ++version;
    doc["version"] = version;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

static std::string typeName(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

// Short printable rendering of an offending JSON value for messages.
static std::string shown(const Json& j) {
  if (j.is_string()) return quotedText(j.get_ref<const std::string&>(), 40);
  return printableText(j.dump(-1, ' ', false, Json::error_handler_t::replace), 40);
}

// Reads a number field; NaN/inf cannot come from JSON text, but overflowing literals can.
static bool readNumber(const Json& j, const std::string& where, double& out, std::string& error) {
  if (!j.is_number()) {
    error = where + " = " + shown(j) + ": expected a number, found " + typeName(j);
    return false;
  }
  out = j.get<double>();
  if (!std::isfinite(out)) {
    error = where + ": not a finite number";
    return false;
  }
  return true;
}

static bool readWholeNumber(const Json& j, const std::string& where, double& out, std::string& error) {
  if (!readNumber(j, where, out, error)) return false;
  if (out != std::floor(out) || std::fabs(out) > 1e9) {
    error = where + " = " + shown(j) + ": expected a whole number";
    return false;
  }
  return true;
}

static bool readParamValue(const ParamSpec& p, const Json& j, const std::string& where, double& out,
                           std::string& error) {
  if (!j.is_number()) {
    error = where + " = " + shown(j) + ": expected a number, found " + typeName(j) + "; " + allowedRangeText(p);
    return false;
  }
  if (!readNumber(j, where, out, error)) return false;
  std::string problem = paramProblem(p, out);
  if (!problem.empty()) {
    error = where + " = " + formatNumber(out) + ": " + problem;
    return false;
  }
  // Kept exactly as written: a file is a record, and every value this program writes came
  // through snapToStep already (a slider, a typed value, setParamValue).
  return true;
}

static bool readLever(const ParamSpec& p, const Json& j, ParamSetting& out, std::string& error) {
  const std::string path = "levers." + std::string(p.id);
  if (j.is_number()) return readParamValue(p, j, path, out.value, error);  // shorthand
  if (!j.is_object()) {
    error = path + " = " + shown(j) + ": expected a number or an object " +
            "{\"value\", \"start_year\", \"phase_in_years\"}, found " + typeName(j) + "; " + allowedRangeText(p);
    return false;
  }
  if (!j.contains("value")) {
    error = path + ": missing \"value\"; " + allowedRangeText(p);
    return false;
  }
  for (const auto& [key, v] : j.items()) {
    if (key == "value") {
      if (!readParamValue(p, v, path + ".value", out.value, error)) return false;
    } else if (key == "start_year" || key == "phase_in_years") {
      const std::string where = path + "." + key;
      double x = 0;
      if (!readNumber(v, where, x, error)) return false;
      std::string msg = key == "start_year" ? checkStartYear(p.id, x) : checkPhaseIn(p.id, x);
      if (!msg.empty()) {
        error = "levers." + msg;
        return false;
      }
      (key == "start_year" ? out.startYear : out.phaseInYears) = static_cast<int>(x);
    } else {
      error = path + ": unknown field " + quotedText(key, 40) + "; allowed fields: value, start_year, phase_in_years";
      return false;
    }
  }
  return true;
}

// Reads "levers" or "assumptions" into `s`.
static bool readSection(const Json& section, bool leverSection, Scenario& s, std::string& error) {
  const char* name = leverSection ? "levers" : "assumptions";
  if (!section.is_object()) {
    error = std::string(name) + ": expected an object of id: value entries, found " + typeName(section);
    return false;
  }
  for (const auto& [id, v] : section.items()) {
    std::optional<ParamId> param = findParam(id);
    if (!param) {
      error = std::string(name) + ": unknown id " + quotedText(id, 60) + " (run `hanoi2045-cli levers` for the list)";
      return false;
    }
    const ParamSpec& p = spec(*param);
    if (isLever(p.group) != leverSection) {
      error = std::string(name) + ": \"" + id + "\" is " + (leverSection ? "an assumption" : "a lever") +
              "; put it under \"" + (leverSection ? "assumptions" : "levers") + "\"";
      return false;
    }
    ParamSetting& setting = s.at(*param);
    if (leverSection) {
      if (!readLever(p, v, setting, error)) return false;
    } else if (!readParamValue(p, v, "assumptions." + id, setting.value, error)) {
      return false;
    }
  }
  return true;
}

static bool readString(const Json& j, const std::string& where, std::string& out, std::string& error) {
  if (!j.is_string()) {
    error = where + " = " + shown(j) + ": expected a string, found " + typeName(j);
    return false;
  }
  out = j.get<std::string>();
  return true;
}

static bool readCustomTargets(const Json& list, int baseYear, std::vector<Target>& out, std::string& error) {
  if (!list.is_array()) {
    error = "custom_targets: expected an array of {\"year\", \"low_usd\", \"high_usd\"} entries, found " +
            typeName(list);
    return false;
  }
  if (list.size() > static_cast<std::size_t>(kMaxCustomTargets)) {
    error = "custom_targets: " + std::to_string(list.size()) + " targets; allowed at most " +
            std::to_string(kMaxCustomTargets);
    return false;
  }
  std::vector<Target> targets;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "custom_targets[" + std::to_string(i) + "]";
    const Json& entry = list[i];
    if (!entry.is_object()) {
      error = where + " = " + shown(entry) + ": expected an object {\"year\", \"low_usd\", \"high_usd\"}, found " +
              typeName(entry);
      return false;
    }
    Target t;
    t.highUsd = std::numeric_limits<double>::infinity();
    bool hasYear = false, hasLow = false;
    for (const auto& [key, v] : entry.items()) {
      double x = 0;
      if (key == "year") {
        if (!readWholeNumber(v, where + ".year", x, error)) return false;
        if (x < kFirstHistoryYear || x > kLastYear) {
          error = where + ".year = " + formatNumber(x) + ": allowed a whole year " + std::to_string(baseYear + 1) +
                  " to " + std::to_string(kLastYear) + " (after the base year " + std::to_string(baseYear) + ")";
          return false;
        }
        t.year = static_cast<int>(x);
        hasYear = true;
      } else if (key == "low_usd") {
        if (!readNumber(v, where + ".low_usd", x, error)) return false;
        t.lowUsd = x;
        hasLow = true;
      } else if (key == "high_usd") {
        if (v.is_null()) continue;  // an open target, written either way
        if (!readNumber(v, where + ".high_usd", x, error)) return false;
        t.highUsd = x;
      } else if (key == "approximate") {
        if (!v.is_boolean()) {
          error = where + ".approximate = " + shown(v) + ": expected true or false, found " + typeName(v);
          return false;
        }
        t.approximate = v.get<bool>();
      } else {
        error = where + ": unknown field " + quotedText(key, 40) + "; allowed fields: year, low_usd, high_usd, approximate";
        return false;
      }
    }
    if (!hasYear || !hasLow) {
      error = where + ": missing \"" + (hasYear ? "low_usd" : "year") + "\"";
      return false;
    }
    std::string msg = targetRule(where, t, baseYear);
    if (!msg.empty()) {
      error = msg;
      return false;
    }
    for (const Target& earlier : targets) {
      if (earlier.year == t.year) {
        error = where + ".year = " + std::to_string(t.year) + ": a target for this year comes earlier in the list; " +
                "one target per year";
        return false;
      }
    }
    targets.push_back(t);
  }
  std::sort(targets.begin(), targets.end(), [](const Target& a, const Target& b) { return a.year < b.year; });
  out = std::move(targets);
  return true;
}

static const char* const kDocumentFields[] = {"name", "description", "base_year", "target_set", "custom_targets",
                                               "levers", "assumptions"};

bool readDocumentFields(const Json& doc, const std::vector<std::string>& callerKeys, ScenarioDocument& out,
                        std::string& error) {
  ScenarioDocument file;  // built aside: the caller's data changes only on success
  for (const auto& [key, value] : doc.items()) {
    (void)value;
    if (key == "format" || key == "version") continue;
    if (std::find(callerKeys.begin(), callerKeys.end(), key) != callerKeys.end()) continue;
    if (std::find(std::begin(kDocumentFields), std::end(kDocumentFields), key) != std::end(kDocumentFields)) continue;
    std::string allowed = "format, version";
    for (const std::string& k : callerKeys) allowed += ", " + k;
    for (const char* k : kDocumentFields) allowed += std::string(", ") + k;
    error = "unknown field " + quotedText(key, 40) + "; allowed: " + allowed;
    return false;
  }
  // The base year first: custom targets are checked against it.
  if (doc.contains("base_year")) {
    const Json& value = doc["base_year"];
    if (!value.is_number()) {
      error = "base_year = " + shown(value) + ": expected a year, found " + typeName(value);
      return false;
    }
    double y = value.get<double>();
    std::string msg = checkBaseYear(y);
    if (!msg.empty()) {
      error = msg;
      return false;
    }
    file.scenario.baseYear = static_cast<int>(y);
  }
  for (const auto& [key, value] : doc.items()) {
    if (key == "name" || key == "description") {
      std::string& text = key == "name" ? file.name : file.description;
      if (!readString(value, key, text, error)) return false;
      std::string msg = key == "name" ? textRule("name", text, kMaxNameChars, "")
                                      : textRule("description", text, kMaxDescriptionChars, "\n\t");
      if (!msg.empty()) {
        error = msg;
        return false;
      }
    } else if (key == "target_set") {
      if (!readString(value, "target_set", file.targetSetId, error)) return false;
      std::string msg = targetSetIdRule(file.targetSetId);
      if (!msg.empty()) {
        error = msg;
        return false;
      }
    } else if (key == "custom_targets") {
      if (!readCustomTargets(value, file.scenario.baseYear, file.customTargets, error)) return false;
    } else if (key == "levers" || key == "assumptions") {
      if (!readSection(value, key == "levers", file.scenario, error)) return false;
    }
  }
  std::string msg = checkDocument(file);  // what only the whole can tell (validate())
  if (!msg.empty()) {
    error = msg;
    return false;
  }
  out = std::move(file);
  return true;
}

// Syntax check that reports the parser's message without throwing: the web build
// runs with exception catching disabled, so a throw there would end the app.
namespace {
struct SyntaxCheck final : nlohmann::json_sax<Json> {
  std::string message;
  std::vector<std::set<std::string>> keysOfOpenObjects;  // a repeated key would silently win
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    keysOfOpenObjects.emplace_back();
    return true;
  }
  bool key(string_t& k) override {
    if (keysOfOpenObjects.back().insert(k).second) return true;
    message = "key " + quotedText(k, 40) + " appears twice in the same object";
    return false;
  }
  bool end_object() override {
    keysOfOpenObjects.pop_back();
    return true;
  }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    message = e.what();
    auto bracket = message.find("] ");  // drop nlohmann's "[json.exception.parse_error.101] "
    if (bracket != std::string::npos) message.erase(0, bracket + 2);
    return false;
  }
};
}  // namespace

static bool checkSyntax(std::string_view text, std::string& error) {
  SyntaxCheck check;
  if (Json::sax_parse(text.begin(), text.end(), &check)) return true;
  error = check.message.empty() ? "syntax error" : check.message;
  return false;
}

bool parseVersionedJson(std::string_view text, std::string_view format, std::string_view what, int firstVersion,
                        int lastVersion, Json& doc, int& version, std::string& error) {
  if (text.size() > kMaxScenarioBytes) {
    error = "document is " + std::to_string(text.size()) + " bytes; allowed up to " + std::to_string(kMaxScenarioBytes);
    return false;
  }
  std::string syntaxError;
  if (!checkSyntax(text, syntaxError)) {
    // The parser quotes the bytes it stopped at, which may be anything.
    error = "malformed JSON: " + printableMessage(syntaxError, 300);
    return false;
  }
  doc = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    error = "malformed JSON";
    return false;
  }
  const std::string expected = "\"format\": \"" + std::string(format) + "\"";
  if (!doc.is_object()) {
    error = "expected a JSON object with " + expected + ", found " + typeName(doc);
    return false;
  }
  if (!doc.contains("format") || doc["format"] != format) {
    error = std::string("format = ") + (doc.contains("format") ? shown(doc["format"]) : "(missing)") +
            ": not a " + std::string(what) + "; expected " + expected;
    return false;
  }
  const std::string range = "allowed " + std::to_string(firstVersion) + " to " + std::to_string(lastVersion);
  if (!doc.contains("version")) {
    error = "version: missing; " + range;
    return false;
  }
  const Json& v = doc["version"];
  if (!v.is_number_integer()) {
    error = "version = " + shown(v) + ": expected a whole number; " + range;
    return false;
  }
  const long long n = v.get<long long>();
  if (n > lastVersion) {
    error = "version = " + std::to_string(n) + ": written by a newer release; this one reads versions up to " +
            std::to_string(lastVersion);
    return false;
  }
  if (n < firstVersion) {
    error = "version = " + std::to_string(n) + ": " + range;
    return false;
  }
  version = static_cast<int>(n);
  return true;
}

std::optional<ScenarioDocument> parseScenarioJson(std::string_view text, std::string& error) {
  Json doc;
  int version = 0;
  std::string why;
  if (!parseVersionedJson(text, kScenarioFormat, "scenario file", kFirstScenarioVersion, kScenarioVersion, doc, version,
                          why) ||
      !migrateToCurrent(doc, version, why)) {
    error = printableMessage(why);
    return std::nullopt;
  }
  ScenarioDocument file;
  if (!readDocumentFields(doc, {}, file, why)) {
    error = printableMessage(why);
    return std::nullopt;
  }
  return file;
}

std::optional<ScenarioDocument> readScenarioFile(const std::string& path, std::string& error) {
  std::string text;
  if (!text::readFile(path, text, error, "scenario file", kMaxScenarioBytes)) {
    error = printableMessage(error, 600);
    return std::nullopt;
  }
  // Editors on Windows may add a UTF-8 byte-order mark.
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  auto file = parseScenarioJson(text, error);
  if (!file) error = printableText(path, 200) + ": " + error;
  return file;
}

bool loadScenarioJson(std::string_view json, ScenarioDocument& target, std::string& error) {
  auto file = parseScenarioJson(json, error);
  if (!file) return false;
  target = std::move(*file);
  return true;
}

// ---------------------------------------------------------------------------
// Single settings
// ---------------------------------------------------------------------------

bool setParamValue(Scenario& s, std::string_view id, double value, std::string& error) {
  std::optional<ParamId> param = findParam(id);
  if (!param) {
    error = "unknown id \"" + std::string(id) + "\" (run `hanoi2045-cli levers` for the list)";
    return false;
  }
  const ParamSpec& p = spec(*param);
  std::string msg = checkParamValue(p, value);
  if (!msg.empty()) {
    error = msg;
    return false;
  }
  Scenario next = s;
  next.at(*param).value = snapToStep(p, value);  // the same rounding as a slider or a typed value
  if (auto invalid = validate(next)) {
    error = describeValidationError(*invalid);
    return false;
  }
  s = next;
  return true;
}

static bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool applySetting(Scenario& s, std::string_view assignment, std::string& error) {
  const std::size_t eq = assignment.find('=');
  if (eq == std::string_view::npos) {
    error = "\"" + std::string(assignment) + "\": expected ID=VALUE, e.g. infra.public_investment_pct=8";
    return false;
  }
  std::string_view id = assignment.substr(0, eq), text = assignment.substr(eq + 1);
  while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
  while (!id.empty() && id.front() == ' ') id.remove_prefix(1);

  // Timing fields of a lever: ID.start_year=YEAR, ID.phase_in_years=YEARS.
  for (std::string_view field : {std::string_view(".start_year"), std::string_view(".phase_in_years")}) {
    if (!endsWith(id, field) || findParam(id)) continue;
    std::string_view leverId = id.substr(0, id.size() - field.size());
    std::optional<ParamId> param = findParam(leverId);
    if (!param) {
      error = "unknown id \"" + std::string(leverId) + "\" (run `hanoi2045-cli levers` for the list)";
      return false;
    }
    if (!isLever(spec(*param).group)) {
      error = std::string(id) + ": \"" + std::string(leverId) +
              "\" is an assumption; only levers have a start year and phase-in";
      return false;
    }
    const bool start = field == ".start_year";
    std::optional<double> x = parseNumber(text);
    std::string msg;
    if (!x)
      msg = std::string(id) + " = \"" + std::string(text) + "\": not a number; " +
            (start ? startYearRangeText() : phaseInRangeText());
    else
      msg = start ? checkStartYear(leverId, *x) : checkPhaseIn(leverId, *x);
    if (!msg.empty()) {
      error = msg;
      return false;
    }
    Scenario next = s;
    (start ? next.at(*param).startYear : next.at(*param).phaseInYears) = static_cast<int>(*x);
    if (auto invalid = validate(next)) {
      error = describeValidationError(*invalid);
      return false;
    }
    s = next;
    return true;
  }

  std::optional<ParamId> param = findParam(id);
  if (!param) {
    error = "unknown id \"" + std::string(id) + "\" (run `hanoi2045-cli levers` for the list)";
    return false;
  }
  std::optional<double> value = parseNumber(text);
  if (!value) {
    error = std::string(id) + " = \"" + std::string(text) + "\": not a number; " + allowedRangeText(spec(*param));
    return false;
  }
  return setParamValue(s, id, *value, error);
}

}  // namespace h2045
