// Scenario files: round trips, every error path of the reader, --set parsing, and a
// mutation loop over damaged documents that must never crash or half-apply.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "scenario/scenario_file.h"

namespace h2045 {
namespace {

using Json = nlohmann::json;

const ParamSpec& publicInvestment() { return spec(ParamId::PublicInvestmentPct); }

// A scenario with every entry moved off its default, inside its range.
Scenario variedScenario(unsigned seed) {
  std::mt19937 rng(seed);
  Scenario s = Scenario::defaults();
  s.baseYear = kFirstBaseYear;
  for (const ParamSpec& p : paramSpecs()) {
    std::uniform_real_distribution<double> pick(p.minValue, p.maxValue);
    double v = pick(rng);
    if (p.kind != ParamKind::Continuous) v = std::round(v);
    s.at(p.param).value = v;
    if (isLever(p.group)) {
      s.at(p.param).startYear = std::uniform_int_distribution<int>(kFirstStartYear, kLastStartYear)(rng);
      s.at(p.param).phaseInYears = std::uniform_int_distribution<int>(kMinPhaseInYears, kMaxPhaseInYears)(rng);
    }
  }
  return s;
}

std::string minimalDoc(const std::string& body) {
  return R"({"format":"hanoi2045-scenario","version":1)" + (body.empty() ? "" : "," + body) + "}";
}

// Expects the document to be rejected with a message holding every fragment, and the
// target scenario left exactly as it was.
void expectRejected(const std::string& doc, std::initializer_list<std::string> fragments) {
  ScenarioFile target;
  target.name = "untouched";
  target.scenario = variedScenario(7);
  const ScenarioFile before = target;
  std::string error;
  EXPECT_FALSE(loadScenarioJson(doc, target, error)) << doc;
  EXPECT_EQ(target, before) << "scenario changed by a rejected document: " << doc;
  EXPECT_FALSE(error.empty());
  for (const std::string& f : fragments) EXPECT_NE(error.find(f), std::string::npos) << "'" << f << "' not in: " << error;
}

// --- Round trips ---------------------------------------------------------------

TEST(ScenarioFile, DefaultsRoundTrip) {
  std::string error;
  auto file = parseScenarioJson(scenarioToJson(Scenario::defaults()), error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(file->scenario, Scenario::defaults());
}

TEST(ScenarioFile, VariedScenariosRoundTripInBothModes) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    ScenarioFile original;
    original.name = "Kịch bản \"nhanh\", hạ tầng";  // Vietnamese, quotes and a comma
    original.description = "line one\nline two";
    original.scenario = variedScenario(seed);
    ASSERT_FALSE(validate(original.scenario)) << "test scenario must be valid";
    for (ScenarioEntries mode : {ScenarioEntries::All, ScenarioEntries::Changed}) {
      std::string error;
      auto back = parseScenarioJson(scenarioToJson(original, mode), error);
      ASSERT_TRUE(back) << error;
      EXPECT_EQ(*back, original) << "seed " << seed;
    }
  }
}

TEST(ScenarioFile, WritesEveryEntryOrOnlyChangedOnes) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = publicInvestment().maxValue;
  Json all = Json::parse(scenarioToJson(s, ScenarioEntries::All));
  Json changed = Json::parse(scenarioToJson(s, ScenarioEntries::Changed));
  EXPECT_EQ(all["levers"].size() + all["assumptions"].size(), static_cast<std::size_t>(kParamCount));
  EXPECT_EQ(changed["levers"].size(), 1u);
  EXPECT_EQ(changed["assumptions"].size(), 0u);
  EXPECT_EQ(changed["levers"][std::string(publicInvestment().id)]["value"].get<double>(), publicInvestment().maxValue);
  EXPECT_EQ(all["format"], "hanoi2045-scenario");
  EXPECT_EQ(all["version"], kScenarioVersion);
}

TEST(ScenarioFile, IntegerParametersAreWrittenWithoutFraction) {
  Json doc = Json::parse(scenarioToJson(Scenario::defaults()));
  for (const ParamSpec& p : paramSpecs()) {
    if (p.kind == ParamKind::Continuous) continue;
    const Json& v = isLever(p.group) ? doc["levers"][std::string(p.id)]["value"] : doc["assumptions"][std::string(p.id)];
    EXPECT_TRUE(v.is_number_integer()) << p.id;
  }
}

TEST(ScenarioFile, MissingEntriesTakeDefaultsAndShorthandSetsValue) {
  const std::string id(publicInvestment().id);
  const double v = publicInvestment().minValue + publicInvestment().step * 3;
  std::string error;
  auto file = parseScenarioJson(minimalDoc(R"("levers":{")" + id + R"(":)" + formatNumber(v) + "}"), error);
  ASSERT_TRUE(file) << error;
  Scenario expected = Scenario::defaults();
  expected.at(ParamId::PublicInvestmentPct).value = v;
  EXPECT_EQ(file->scenario, expected);
}

TEST(ScenarioFile, EmptyDocumentIsTheDefaultScenario) {
  std::string error;
  auto file = parseScenarioJson(minimalDoc(""), error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(file->scenario, Scenario::defaults());
  EXPECT_EQ(file->name, "");
}

TEST(ScenarioFile, AFileThatCannotBeWrittenSaysWhichAndWhy) {
  ScenarioFile original;
  original.scenario = variedScenario(2);
  const std::string path = ::testing::TempDir() + "h2045_no_such_folder/scenario.json";
  std::string error;
  EXPECT_FALSE(writeScenarioFile(path, original, error));
  EXPECT_NE(error.find("scenario file '" + path + "'"), std::string::npos) << error;
  EXPECT_NE(error.find("No such file or directory"), std::string::npos) << error;
}

TEST(ScenarioFile, FileRoundTripAndByteOrderMark) {
  ScenarioFile original;
  original.name = "Hà Nội";
  original.scenario = variedScenario(3);
  const std::string path = ::testing::TempDir() + "h2045_scenario_roundtrip.json";
  std::string error;
  ASSERT_TRUE(writeScenarioFile(path, original, error)) << error;
  auto back = readScenarioFile(path, error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(*back, original);

  // The same text saved by an editor that adds a byte-order mark still reads.
  const std::string bomPath = ::testing::TempDir() + "h2045_scenario_bom.json";
  std::FILE* f = std::fopen(bomPath.c_str(), "wb");
  ASSERT_TRUE(f);
  const std::string text = "\xEF\xBB\xBF" + scenarioToJson(original);
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  back = readScenarioFile(bomPath, error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(*back, original);
  std::remove(path.c_str());
  std::remove(bomPath.c_str());
}

// --- Errors of the reader ----------------------------------------------------------

TEST(ScenarioFileErrors, MalformedJson) {
  expectRejected(R"({"format":"hanoi2045-scenario","version":1,)", {"malformed JSON"});
  expectRejected("", {"malformed JSON"});
  expectRejected("{'format': 1}", {"malformed JSON"});
}

TEST(ScenarioFileErrors, NaNAndInfinityAreNotJsonNumbers) {
  const std::string id(publicInvestment().id);
  expectRejected(minimalDoc(R"("levers":{")" + id + R"(":NaN})"), {"malformed JSON"});
  expectRejected(minimalDoc(R"("levers":{")" + id + R"(":Infinity})"), {"malformed JSON"});
}

TEST(ScenarioFileErrors, OverflowingNumber) {
  // 1e999 is valid JSON syntax but no finite double: rejected either by the parser or as non-finite.
  std::string error;
  ScenarioFile target;
  EXPECT_FALSE(loadScenarioJson(minimalDoc(R"("levers":{"infra.public_investment_pct":1e999})"), target, error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(target, ScenarioFile{});
}

TEST(ScenarioFileErrors, RepeatedKey) {
  expectRejected(minimalDoc(R"("levers":{"infra.public_investment_pct":8,"infra.public_investment_pct":9})"),
                 {"malformed JSON", "infra.public_investment_pct", "twice"});
  expectRejected(minimalDoc(R"("name":"a","name":"b")"), {"\"name\"", "twice"});
}

TEST(ScenarioFileErrors, NotAnObject) {
  expectRejected("[1,2,3]", {"expected a JSON object", "an array"});
  expectRejected("42", {"expected a JSON object"});
}

TEST(ScenarioFileErrors, FormatAndVersion) {
  expectRejected(R"({"version":1})", {"format", "(missing)"});
  expectRejected(R"({"format":"other","version":1})", {"format", "\"other\""});
  expectRejected(R"({"format":"hanoi2045-scenario"})", {"version", "missing"});
  expectRejected(R"({"format":"hanoi2045-scenario","version":"1"})", {"version", "\"1\"", "whole number"});
  expectRejected(R"({"format":"hanoi2045-scenario","version":1.5})", {"version", "1.5"});
  expectRejected(R"({"format":"hanoi2045-scenario","version":)" + std::to_string(kScenarioVersion + 1) + "}",
                 {"version = " + std::to_string(kScenarioVersion + 1), "newer"});
  expectRejected(R"({"format":"hanoi2045-scenario","version":0})", {"version = 0", "allowed 1 to"});
  expectRejected(R"({"format":"hanoi2045-scenario","version":-3})", {"version = -3"});
}

TEST(ScenarioFileErrors, UnknownTopLevelField) {
  expectRejected(minimalDoc(R"("lever":{})"), {"unknown field \"lever\"", "levers"});
}

TEST(ScenarioFileErrors, WrongTypes) {
  expectRejected(minimalDoc(R"("name":5)"), {"name", "expected a string"});
  expectRejected(minimalDoc(R"("levers":[])"), {"levers", "expected an object"});
  expectRejected(minimalDoc(R"("assumptions":"x")"), {"assumptions", "expected an object"});
  expectRejected(minimalDoc(R"("levers":{"infra.public_investment_pct":"8"})"),
                 {"infra.public_investment_pct", "\"8\"", "expected a number", "allowed"});
  expectRejected(minimalDoc(R"("levers":{"infra.public_investment_pct":true})"),
                 {"infra.public_investment_pct", "expected a number"});
  expectRejected(minimalDoc(R"("levers":{"infra.public_investment_pct":{"value":null}})"),
                 {"infra.public_investment_pct", "null"});
  expectRejected(minimalDoc(R"("levers":{"infra.public_investment_pct":{"value":8,"start_year":"2026"}})"),
                 {"infra.public_investment_pct.start_year", "expected a number"});
}

TEST(ScenarioFileErrors, BaseYear) {
  const std::string range = std::to_string(kFirstBaseYear) + " to " + std::to_string(kLastBaseYear);
  expectRejected(minimalDoc(R"("base_year":"2025")"), {"base_year", "expected a year"});
  expectRejected(minimalDoc(R"("base_year":)" + std::to_string(kLastBaseYear + 5)), {"base_year = " + std::to_string(kLastBaseYear + 5), range});
  expectRejected(minimalDoc(R"("base_year":)" + std::to_string(kFirstBaseYear - 1)), {"base_year = " + std::to_string(kFirstBaseYear - 1), range});
  expectRejected(minimalDoc(R"("base_year":2020.5)"), {"base_year = 2020.5", range});
}

TEST(ScenarioFileErrors, UnknownIdAndWrongSection) {
  expectRejected(minimalDoc(R"("levers":{"infra.public_investmnt_pct":8})"), {"unknown id", "infra.public_investmnt_pct"});
  expectRejected(minimalDoc(R"("assumptions":{"assume.gamma":0.1})"), {"unknown id", "assume.gamma"});
  expectRejected(minimalDoc(R"("levers":{"assume.beta":0.1})"), {"assume.beta", "assumption", "\"assumptions\""});
  expectRejected(minimalDoc(R"("assumptions":{"infra.public_investment_pct":8})"),
                 {"infra.public_investment_pct", "lever", "\"levers\""});
}

TEST(ScenarioFileErrors, OutOfRangeNamesIdValueAndRange) {
  for (const ParamSpec& p : paramSpecs()) {
    const double above = p.maxValue + std::max(1.0, p.maxValue);
    const std::string id(p.id);
    const std::string section = isLever(p.group) ? "levers" : "assumptions";
    expectRejected(minimalDoc("\"" + section + "\":{\"" + id + "\":" + formatNumber(above) + "}"),
                   {id, formatNumber(above), formatNumber(p.minValue) + " to " + formatNumber(p.maxValue)});
    const double below = p.minValue - 1.0;
    expectRejected(minimalDoc("\"" + section + "\":{\"" + id + "\":" + formatNumber(below) + "}"),
                   {id, formatNumber(below), "out of range"});
  }
}

TEST(ScenarioFileErrors, FractionForWholeNumberParameter) {
  for (const ParamSpec& p : paramSpecs()) {
    if (p.kind == ParamKind::Continuous || p.maxValue - p.minValue < 1) continue;
    const double v = p.minValue + 0.5;
    const std::string section = isLever(p.group) ? "levers" : "assumptions";
    expectRejected(minimalDoc("\"" + section + "\":{\"" + std::string(p.id) + "\":" + formatNumber(v) + "}"),
                   {std::string(p.id), formatNumber(v), "whole number"});
  }
}

TEST(ScenarioFileErrors, LeverObjectFields) {
  const std::string id(publicInvestment().id);
  auto lever = [&](const std::string& body) { return minimalDoc(R"("levers":{")" + id + "\":{" + body + "}}"); };
  expectRejected(lever(R"("start_year":2026)"), {id, "missing \"value\""});
  expectRejected(lever(R"("value":8,"phase_in":3)"), {id, "unknown field \"phase_in\""});
  expectRejected(lever(R"("value":8,"start_year":)" + std::to_string(kLastStartYear + 1)),
                 {id + ".start_year = " + std::to_string(kLastStartYear + 1), std::to_string(kFirstStartYear)});
  expectRejected(lever(R"("value":8,"start_year":2030.5)"), {id + ".start_year = 2030.5"});
  expectRejected(lever(R"("value":8,"phase_in_years":-1)"), {id + ".phase_in_years = -1", "allowed"});
  expectRejected(lever(R"("value":8,"phase_in_years":)" + std::to_string(kMaxPhaseInYears + 1)),
                 {id + ".phase_in_years", std::to_string(kMaxPhaseInYears)});
  expectRejected(minimalDoc(R"("levers":{")" + id + R"(":[8]})"), {id, "expected a number or an object"});
}

TEST(ScenarioFileErrors, TooLarge) {
  std::string big = minimalDoc(R"("description":")" + std::string(kMaxScenarioBytes, 'x') + "\"");
  expectRejected(big, {"bytes", "allowed up to"});
}

TEST(ScenarioFileErrors, MissingFile) {
  std::string error;
  auto file = readScenarioFile("/nonexistent/h2045/none.json", error);
  EXPECT_FALSE(file);
  EXPECT_NE(error.find("/nonexistent/h2045/none.json"), std::string::npos) << error;
}

TEST(ScenarioFileErrors, FileErrorsNameThePath) {
  const std::string path = ::testing::TempDir() + "h2045_bad_scenario.json";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_TRUE(f);
  const std::string text = minimalDoc(R"("levers":{"no.such_lever":1})");
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  std::string error;
  EXPECT_FALSE(readScenarioFile(path, error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("no.such_lever"), std::string::npos) << error;
  std::remove(path.c_str());
}

// --- Single settings ------------------------------------------------------------------

TEST(ApplySetting, SetsValueAndTiming) {
  const ParamSpec& p = publicInvestment();
  const std::string id(p.id);
  Scenario s = Scenario::defaults();
  std::string error;
  ASSERT_TRUE(applySetting(s, id + "=" + formatNumber(p.maxValue), error)) << error;
  EXPECT_EQ(s.value(p.param), p.maxValue);
  ASSERT_TRUE(applySetting(s, " " + id + " = 4.5 ", error)) << error;
  EXPECT_EQ(s.value(p.param), 4.5);
  ASSERT_TRUE(applySetting(s, id + ".start_year=2030", error)) << error;
  EXPECT_EQ(s.at(p.param).startYear, 2030);
  ASSERT_TRUE(applySetting(s, id + ".phase_in_years=0", error)) << error;
  EXPECT_EQ(s.at(p.param).phaseInYears, 0);
  ASSERT_TRUE(applySetting(s, "assume.beta=+0.12", error)) << error;
  EXPECT_EQ(s.value(ParamId::Beta), 0.12);
}

void expectSettingRejected(const std::string& assignment, std::initializer_list<std::string> fragments) {
  Scenario s = variedScenario(11);
  const Scenario before = s;
  std::string error;
  EXPECT_FALSE(applySetting(s, assignment, error)) << assignment;
  EXPECT_EQ(s, before) << assignment;
  for (const std::string& f : fragments) EXPECT_NE(error.find(f), std::string::npos) << "'" << f << "' not in: " << error;
}

TEST(ApplySetting, Errors) {
  const ParamSpec& p = publicInvestment();
  const std::string id(p.id), range = formatNumber(p.minValue) + " to " + formatNumber(p.maxValue);
  expectSettingRejected("no.such=1", {"unknown id", "no.such"});
  expectSettingRejected(id, {"expected ID=VALUE"});
  expectSettingRejected(id + "=99", {id, "99", "out of range", range});
  expectSettingRejected(id + "=-1", {id, "-1", range});
  for (const char* bad : {"", "abc", "8x", "8,5", "nan", "inf", "-inf", "0x10", "1e999", "8 8", "--8"})
    expectSettingRejected(id + "=" + bad, {id, "\"" + std::string(bad) + "\"", "not a number", range});
  expectSettingRejected(id + ".start_year=1999", {id + ".start_year = 1999", std::to_string(kFirstStartYear)});
  expectSettingRejected(id + ".start_year=soon", {id + ".start_year", "\"soon\"", "not a number"});
  expectSettingRejected(id + ".phase_in_years=2.5", {id + ".phase_in_years = 2.5"});
  expectSettingRejected("assume.beta.start_year=2030", {"assume.beta", "assumption"});
  expectSettingRejected("no.such.start_year=2030", {"unknown id", "no.such"});
  expectSettingRejected("infra.lag_years=2.5", {"infra.lag_years", "2.5", "whole number"});
}

TEST(ParseNumber, StrictAndLocaleFree) {
  EXPECT_EQ(parseNumber("8"), 8.0);
  EXPECT_EQ(parseNumber("-0.25"), -0.25);
  EXPECT_EQ(parseNumber("1e-2"), 0.01);
  EXPECT_EQ(parseNumber("+3"), 3.0);
  EXPECT_FALSE(parseNumber("3,5"));
  EXPECT_FALSE(parseNumber("nan"));
  EXPECT_FALSE(parseNumber("infinity"));
  EXPECT_FALSE(parseNumber("1e400"));
  EXPECT_FALSE(parseNumber("."));
  EXPECT_EQ(parseInteger("2030"), 2030);
  EXPECT_FALSE(parseInteger("2030.5"));
}

TEST(Messages, FormatNumberReadsBack) {
  for (double v : {0.1, 1.0 / 3.0, 36000.0, -2.5e-7, 1e300}) EXPECT_EQ(*parseNumber(formatNumber(v)), v);
  EXPECT_EQ(formatNumber(8.0), "8");
}

// --- Damaged documents ----------------------------------------------------------------

// Mutates a valid document thousands of ways (truncation, byte flips, insertions,
// deletions, swapped spans). The reader must never crash; it either rejects the text
// with a message and leaves the target alone, or accepts a scenario the model validates.
TEST(ScenarioFileFuzz, MutatedDocumentsNeverCrashOrHalfApply) {
  ScenarioFile seedFile;
  seedFile.name = "Hạ tầng trước";
  seedFile.scenario = variedScenario(5);
  const std::string valid = scenarioToJson(seedFile);
  const std::string alphabet = "{}[]\":,.-+0123456789eEnulltruefalse \n\\x\xC3\xA1\xFF";
  std::mt19937 rng(2045);
  int accepted = 0, rejected = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string doc = valid;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !doc.empty(); ++e) {
      const std::size_t pos = rng() % doc.size();
      switch (rng() % 5) {
        case 0: doc.resize(pos); break;
        case 1: doc[pos] = alphabet[rng() % alphabet.size()]; break;
        case 2: doc.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
        case 3: doc.erase(pos, 1 + rng() % 8); break;
        case 4: {
          const std::size_t from = rng() % doc.size();
          doc.insert(pos, doc.substr(from, 1 + rng() % 20));
          break;
        }
      }
    }
    ScenarioFile target = seedFile;
    target.name = "before";
    const ScenarioFile before = target;
    std::string error;
    if (loadScenarioJson(doc, target, error)) {
      ++accepted;
      EXPECT_FALSE(validate(target.scenario)) << doc;
      for (const ParamSetting& p : target.scenario.params) EXPECT_TRUE(std::isfinite(p.value));
    } else {
      ++rejected;
      EXPECT_EQ(target, before);
      EXPECT_FALSE(error.empty());
    }
  }
  EXPECT_GT(rejected, 0);
  EXPECT_GT(accepted, 0);  // some mutations (e.g. of a digit) stay valid
}

TEST(ScenarioFileFuzz, DeepNestingAndGarbage) {
  std::string error;
  EXPECT_FALSE(parseScenarioJson(std::string(100000, '['), error));
  EXPECT_FALSE(parseScenarioJson(std::string(5000, '[') + std::string(5000, ']'), error));
  EXPECT_FALSE(parseScenarioJson(std::string("\0\0\0", 3), error));
  EXPECT_FALSE(parseScenarioJson(minimalDoc(R"("name":"\ud800")"), error));  // lone surrogate
}


// Random --set text: never a crash, never a half-applied change.
TEST(ApplySettingFuzz, RandomAssignments) {
  const std::string pieces[] = {"infra.public_investment_pct", "assume.beta", "inst.years_to_target", ".start_year",
                                ".phase_in_years", "=", "==", "8", "-", "1e", "5", ".", "2030", " ", "x", "\xC3\xA1",
                                "e9", "+", "0", "nan"};
  std::mt19937 rng(45);
  int accepted = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < n; ++k) text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    Scenario s = Scenario::defaults();
    const Scenario before = s;
    std::string error;
    if (applySetting(s, text, error)) {
      ++accepted;
      EXPECT_FALSE(validate(s)) << text;
    } else {
      EXPECT_EQ(s, before) << text;
      EXPECT_FALSE(error.empty()) << text;
    }
  }
  EXPECT_GT(accepted, 0);
}

}  // namespace
}  // namespace h2045
