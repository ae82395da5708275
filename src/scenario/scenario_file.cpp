// Scenario files: reading (with migration and validation) and writing.
#include "scenario/scenario_file.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/results.h"
#include "scenario/text.h"

namespace h2045 {

using Json = nlohmann::json;
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

std::string checkParamValue(const ParamSpec& p, double value) {
  std::string head = std::string(p.id) + " = " + formatNumber(value) + ": ";
  if (!std::isfinite(value)) return head + "not a finite number; " + allowedRangeText(p);
  if (value < p.minValue || value > p.maxValue) return head + "out of range; " + allowedRangeText(p);
  if (p.kind != ParamKind::Continuous && value != std::floor(value))
    return head + "must be a whole number; " + allowedRangeText(p);
  return {};
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
// Writing
// ---------------------------------------------------------------------------

// Integer and choice parameters are written without a fraction ("3", not "3.0").
static OrderedJson paramValueJson(const ParamSpec& p, double v) {
  if (p.kind != ParamKind::Continuous && std::isfinite(v) && std::fabs(v) < 1e9)
    return static_cast<long long>(v);
  if (!std::isfinite(v)) return nullptr;
  return v;
}

std::string scenarioToJson(const ScenarioFile& file, ScenarioEntries entries) {
  const Scenario defaults = Scenario::defaults();
  const bool all = entries == ScenarioEntries::All;
  OrderedJson doc;
  doc["format"] = kScenarioFormat;
  doc["version"] = kScenarioVersion;
  doc["name"] = file.name;
  if (!file.description.empty()) doc["description"] = file.description;
  doc["base_year"] = file.scenario.baseYear;
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
  return doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::string scenarioToJson(const Scenario& s, ScenarioEntries entries) {
  ScenarioFile file;
  file.scenario = s;
  return scenarioToJson(file, entries);
}

bool writeScenarioFile(const std::string& path, const ScenarioFile& file, std::string& error,
                       ScenarioEntries entries) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    error = "cannot write scenario file '" + path + "'";
    return false;
  }
  out << scenarioToJson(file, entries);
  out.flush();
  if (!out) {
    error = "writing scenario file '" + path + "' failed";
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Migration: each entry upgrades a document from version v to v + 1 in place.
// Version 1 is the first published format, so the chain is empty today; when the
// format changes, bump kScenarioVersion and append the step from the old version.
// ---------------------------------------------------------------------------

using MigrationStep = bool (*)(Json& doc, std::string& error);
struct Migration {
  int fromVersion;
  MigrationStep step;
};
// Example of a future entry: {1, migrateV1ToV2} with a function renaming an id.
constexpr std::array<Migration, 0> kMigrations{};

static const Migration* migrationFrom(int version) {
  for (const Migration& m : kMigrations)
    if (m.fromVersion == version && m.step) return &m;
  return nullptr;
}

static bool migrateToCurrent(Json& doc, int version, std::string& error) {
  while (version < kScenarioVersion) {
    const Migration* m = migrationFrom(version);
    if (!m) {
      error = "version = " + std::to_string(version) + ": no known scenario format has this version; " +
              "allowed 1 to " + std::to_string(kScenarioVersion);
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

// Short quoted rendering of an offending JSON value for messages.
static std::string shown(const Json& j) {
  std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (s.size() > 40) {
    std::size_t cut = 37;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    s = s.substr(0, cut) + "...";
  }
  return s;
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

static bool readParamValue(const ParamSpec& p, const Json& j, const std::string& where, double& out,
                           std::string& error) {
  if (!j.is_number()) {
    error = where + " = " + shown(j) + ": expected a number, found " + typeName(j) + "; " +
            allowedRangeText(p);
    return false;
  }
  if (!readNumber(j, where, out, error)) return false;
  std::string msg = checkParamValue(p, out);
  if (!msg.empty()) {
    error = (where == std::string(p.id) ? "" : where + ": ") + msg;
    return false;
  }
  // Kept exactly as written: a file is a record, and every value this program writes came
  // through snapToStep already (a slider, a typed value, setParamValue).
  return true;
}

static bool readLever(const ParamSpec& p, const Json& j, ParamSetting& out, std::string& error) {
  const std::string id(p.id);
  if (j.is_number()) return readParamValue(p, j, id, out.value, error);  // shorthand
  if (!j.is_object()) {
    error = "levers." + id + " = " + shown(j) + ": expected a number or an object " +
            "{\"value\", \"start_year\", \"phase_in_years\"}, found " + typeName(j) + "; " +
            allowedRangeText(p);
    return false;
  }
  if (!j.contains("value")) {
    error = "levers." + id + ": missing \"value\"; " + allowedRangeText(p);
    return false;
  }
  for (const auto& [key, v] : j.items()) {
    if (key == "value") {
      if (!readParamValue(p, v, id, out.value, error)) return false;
    } else if (key == "start_year" || key == "phase_in_years") {
      const std::string where = id + "." + key;
      double x = 0;
      if (!readNumber(v, where, x, error)) return false;
      std::string msg = key == "start_year" ? checkStartYear(id, x) : checkPhaseIn(id, x);
      if (!msg.empty()) {
        error = msg;
        return false;
      }
      (key == "start_year" ? out.startYear : out.phaseInYears) = static_cast<int>(x);
    } else {
      error = "levers." + id + ": unknown field \"" + key +
              "\"; allowed fields: value, start_year, phase_in_years";
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
      error = std::string(name) + ": unknown id \"" + id + "\" (run `hanoi2045-cli levers` for the list)";
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
    } else if (!readParamValue(p, v, id, setting.value, error)) {
      return false;
    }
  }
  return true;
}

static bool readString(const Json& j, const char* key, std::string& out, std::string& error) {
  if (!j.is_string()) {
    error = std::string(key) + " = " + shown(j) + ": expected a string, found " + typeName(j);
    return false;
  }
  out = j.get<std::string>();
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
    message = "key \"" + k + "\" appears twice in the same object";
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

std::optional<ScenarioFile> parseScenarioJson(std::string_view text, std::string& error) {
  if (text.size() > kMaxScenarioBytes) {
    error = "scenario is " + std::to_string(text.size()) + " bytes; allowed up to " +
            std::to_string(kMaxScenarioBytes);
    return std::nullopt;
  }
  std::string syntaxError;
  if (!checkSyntax(text, syntaxError)) {
    error = "malformed JSON: " + syntaxError;
    return std::nullopt;
  }
  Json doc = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    error = "malformed JSON";
    return std::nullopt;
  }
  if (!doc.is_object()) {
    error = "expected a JSON object with \"format\": \"hanoi2045-scenario\", found " + typeName(doc);
    return std::nullopt;
  }
  if (!doc.contains("format") || doc["format"] != kScenarioFormat) {
    error = std::string("format = ") + (doc.contains("format") ? shown(doc["format"]) : "(missing)") +
            ": not a scenario file; expected \"format\": \"hanoi2045-scenario\"";
    return std::nullopt;
  }
  if (!doc.contains("version")) {
    error = "version: missing; allowed 1 to " + std::to_string(kScenarioVersion);
    return std::nullopt;
  }
  const Json& version = doc["version"];
  if (!version.is_number_integer()) {
    error = "version = " + shown(version) + ": expected a whole number; allowed 1 to " +
            std::to_string(kScenarioVersion);
    return std::nullopt;
  }
  const long long v = version.get<long long>();
  if (v > kScenarioVersion) {
    error = "version = " + std::to_string(v) + ": written by a newer release; this one reads versions up to " +
            std::to_string(kScenarioVersion);
    return std::nullopt;
  }
  if (v < 0 || !migrateToCurrent(doc, static_cast<int>(v), error)) {
    if (v < 0)
      error = "version = " + std::to_string(v) + ": allowed 1 to " + std::to_string(kScenarioVersion);
    return std::nullopt;
  }

  ScenarioFile file;  // built aside: the caller's data changes only on success
  for (const auto& [key, value] : doc.items()) {
    if (key == "format" || key == "version") continue;
    if (key == "name") {
      if (!readString(value, "name", file.name, error)) return std::nullopt;
    } else if (key == "description") {
      if (!readString(value, "description", file.description, error)) return std::nullopt;
    } else if (key == "base_year") {
      if (!value.is_number()) {
        error = "base_year = " + shown(value) + ": expected a year, found " + typeName(value);
        return std::nullopt;
      }
      double y = value.get<double>();
      std::string msg = checkBaseYear(y);
      if (!msg.empty()) {
        error = msg;
        return std::nullopt;
      }
      file.scenario.baseYear = static_cast<int>(y);
    } else if (key == "levers" || key == "assumptions") {
      if (!readSection(value, key == "levers", file.scenario, error)) return std::nullopt;
    } else {
      error = "unknown field \"" + key +
              "\"; allowed: format, version, name, description, base_year, levers, assumptions";
      return std::nullopt;
    }
  }
  if (auto invalid = validate(file.scenario)) {
    error = describeValidationError(*invalid);
    return std::nullopt;
  }
  return file;
}

std::optional<ScenarioFile> readScenarioFile(const std::string& path, std::string& error) {
  std::string text;
  if (!text::readFile(path, text, error, "scenario file", kMaxScenarioBytes)) return std::nullopt;
  // Editors on Windows may add a UTF-8 byte-order mark.
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  auto file = parseScenarioJson(text, error);
  if (!file) error = path + ": " + error;
  return file;
}

bool loadScenarioJson(std::string_view json, ScenarioFile& target, std::string& error) {
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
