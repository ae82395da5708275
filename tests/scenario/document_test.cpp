// The scenario document (format 2): its new fields, the version-1 migration, the rules every
// reader shares, field paths in messages and the printable quoting of damaged input.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>

#include "scenario/safe_text.h"
#include "scenario/scenario_file.h"

namespace h2045 {
namespace {

constexpr double kOpen = std::numeric_limits<double>::infinity();

std::string doc2(const std::string& body) {
  return R"({"format":"hanoi2045-scenario","version":2)" + (body.empty() ? "" : "," + body) + "}";
}

ScenarioDocument sampleDocument() {
  ScenarioDocument d;
  d.name = "Hạ tầng trước";
  d.description = "Two lines\nof text";
  d.scenario.baseYear = 2024;
  d.scenario.at(ParamId::PublicInvestmentPct) = {8.5, 2027, 5};
  d.scenario.at(ParamId::Beta).value = 0.12;
  d.targetSetId = "custom";
  d.customTargets = {{2030, 12000, 13000, false}, {2045, 36000, kOpen, false}, {2050, 45000, 45000, true}};
  return d;
}

// The message holds every fragment and is printable, and the target is untouched.
void expectRejected(const std::string& text, std::initializer_list<std::string> fragments) {
  ScenarioDocument target = sampleDocument();
  const ScenarioDocument before = target;
  std::string error;
  EXPECT_FALSE(loadScenarioJson(text, target, error)) << text;
  EXPECT_EQ(target, before) << "document changed by a rejected input: " << text;
  std::string problem;
  EXPECT_TRUE(isPlainText(error, "", problem)) << problem << " in: " << error;
  for (const std::string& f : fragments) EXPECT_NE(error.find(f), std::string::npos) << "'" << f << "' not in: " << error;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ScenarioDocument, NewFieldsRoundTripInBothModes) {
  const ScenarioDocument d = sampleDocument();
  for (ScenarioEntries mode : {ScenarioEntries::All, ScenarioEntries::Changed}) {
    const std::string text = scenarioToJson(d, mode);
    std::string error;
    auto back = parseScenarioJson(text, error);
    ASSERT_TRUE(back) << error << "\n" << text;
    EXPECT_EQ(*back, d);
    EXPECT_EQ(scenarioToJson(*back, mode), text);  // canonical: same bytes again
  }
}

TEST(ScenarioDocument, WritesVersionTwoWithTargetFields) {
  const std::string text = scenarioToJson(sampleDocument());
  EXPECT_NE(text.find("\"version\": 2"), std::string::npos);
  EXPECT_NE(text.find("\"target_set\": \"custom\""), std::string::npos);
  EXPECT_NE(text.find("\"low_usd\": 12000,"), std::string::npos) << "whole amounts without a fraction";
  EXPECT_NE(text.find("\"approximate\": true"), std::string::npos);
  // The open target has no high_usd at all.
  const std::size_t open = text.find("\"low_usd\": 36000");
  ASSERT_NE(open, std::string::npos);
  EXPECT_EQ(text.substr(open, 40).find("high_usd"), std::string::npos);
}

TEST(ScenarioDocument, CustomTargetsAreSortedOnReadingAndNullHighIsOpen) {
  std::string error;
  auto d = parseScenarioJson(doc2(R"("custom_targets":[{"year":2045,"low_usd":36000,"high_usd":null},)"
                                  R"({"year":2030,"low_usd":12000.5,"high_usd":13000}])"),
                             error);
  ASSERT_TRUE(d) << error;
  ASSERT_EQ(d->customTargets.size(), 2u);
  EXPECT_EQ(d->customTargets[0].year, 2030);
  EXPECT_EQ(d->customTargets[0].lowUsd, 12000.5);
  EXPECT_EQ(d->customTargets[1].year, 2045);
  EXPECT_TRUE(std::isinf(d->customTargets[1].highUsd));
  EXPECT_EQ(d->targetSetId, kDefaultTargetSetId);
}

TEST(ScenarioDocument, VersionOneFixtureMigrates) {
  const std::string path = std::string(H2045_TEST_SOURCE_DIR) + "/fixtures/v1_reform.json";
  const std::string text = readAll(path);
  ASSERT_NE(text.find("\"version\": 1"), std::string::npos) << "the fixture must stay a version-1 file";
  std::string error;
  auto d = readScenarioFile(path, error);
  ASSERT_TRUE(d) << error;
  EXPECT_EQ(d->name, "Cải cách thể chế và hạ tầng");
  EXPECT_EQ(d->description, "Written by release 0.1.0 in scenario format 1.");
  EXPECT_EQ(d->scenario.baseYear, 2024);
  EXPECT_EQ(d->scenario.at(ParamId::PublicInvestmentPct), (ParamSetting{8.0, 2027, 3}));
  EXPECT_EQ(d->scenario.value(ParamId::InstitutionalQualityTarget), 80.0);
  EXPECT_EQ(d->scenario.value(ParamId::Beta), 0.12);
  EXPECT_EQ(d->targetSetId, kDefaultTargetSetId) << "version 1 had no target set: the default one";
  EXPECT_TRUE(d->customTargets.empty());
  // Everything else is at its default.
  Scenario expected = Scenario::defaults();
  expected.baseYear = 2024;
  expected.at(ParamId::PublicInvestmentPct) = {8.0, 2027, 3};
  expected.at(ParamId::InstitutionalQualityTarget).value = 80.0;
  expected.at(ParamId::Beta).value = 0.12;
  EXPECT_EQ(d->scenario, expected);
  // Saved again, it is a version-2 file that reads back the same.
  const std::string v2 = scenarioToJson(*d);
  EXPECT_NE(v2.find("\"version\": 2"), std::string::npos);
  auto again = parseScenarioJson(v2, error);
  ASSERT_TRUE(again) << error;
  EXPECT_EQ(*again, *d);
}

TEST(ScenarioDocument, VersionOneCannotHoldVersionTwoFields) {
  expectRejected(R"({"format":"hanoi2045-scenario","version":1,"target_set":"custom"})",
                 {"target_set", "version-1", "version 2"});
}

TEST(ScenarioDocumentErrors, FieldPathsAndReasons) {
  expectRejected(doc2(R"("levers":{"infra.public_investment_pct":{"value":99}})"),
                 {"levers.infra.public_investment_pct.value = 99", "out of range", "allowed 2 to 15"});
  expectRejected(doc2(R"("levers":{"infra.public_investment_pct":99})"),
                 {"levers.infra.public_investment_pct = 99", "out of range"});
  expectRejected(doc2(R"("assumptions":{"assume.beta":0.9})"), {"assumptions.assume.beta = 0.9", "out of range"});
  expectRejected(doc2(R"("levers":{"infra.lag_years":{"value":2.5}})"),
                 {"levers.infra.lag_years.value = 2.5", "whole number"});
  expectRejected(doc2(R"("levers":{"infra.efficiency":{"value":0.8,"start_year":2060}})"),
                 {"levers.infra.efficiency.start_year = 2060"});
  expectRejected(doc2(R"("target_set":"Congress 17!")"), {"target_set = \"Congress 17!\"", "expected \"custom\""});
  expectRejected(doc2(R"("target_set":7)"), {"target_set", "expected a string"});
  expectRejected(doc2(R"("custom_targets":{})"), {"custom_targets", "expected an array"});
  expectRejected(doc2(R"("custom_targets":[{"year":2030}])"), {"custom_targets[0]", "missing \"low_usd\""});
  expectRejected(doc2(R"("custom_targets":[{"year":2030,"low_usd":-1}])"), {"custom_targets[0].low_usd = -1", "more than 0"});
  expectRejected(doc2(R"("custom_targets":[{"year":2030,"low_usd":5000,"high_usd":4000}])"),
                 {"custom_targets[0].high_usd = 4000", "below low_usd"});
  expectRejected(doc2(R"("custom_targets":[{"year":2020,"low_usd":5000}])"),
                 {"custom_targets[0].year = 2020", "after the base year 2025"});
  expectRejected(doc2(R"("custom_targets":[{"year":2030.5,"low_usd":5000}])"), {"custom_targets[0].year", "whole number"});
  expectRejected(doc2(R"("custom_targets":[{"year":2030,"low_usd":1},{"year":2030,"low_usd":2}])"),
                 {"custom_targets[1].year = 2030", "one target per year"});
  expectRejected(doc2(R"("custom_targets":[{"year":2030,"low_usd":1,"label":"x"}])"),
                 {"custom_targets[0]", "unknown field \"label\""});
  expectRejected(doc2(R"("custom_targets":[{"year":2030,"low_usd":1,"approximate":1}])"),
                 {"custom_targets[0].approximate", "true or false"});
  std::string seven = "[";
  for (int i = 0; i < 7; ++i) seven += std::string(i ? "," : "") + R"({"year":)" + std::to_string(2030 + i) + R"(,"low_usd":1})";
  expectRejected(doc2(R"("custom_targets":)" + seven + "]"), {"custom_targets: 7 targets", "at most 6"});
  // A target must lie after the document's own base year, wherever base_year stands.
  expectRejected(doc2(R"("custom_targets":[{"year":2022,"low_usd":1}],"base_year":2022)"),
                 {"custom_targets[0].year = 2022", "after the base year 2022"});
}

TEST(ScenarioDocumentErrors, TextRules) {
  expectRejected(doc2(R"("name":"a\u0007b")"), {"name", "control character \\x07"});
  expectRejected(doc2(R"("name":"line\nbreak")"), {"name", "control character \\x0A"});
  expectRejected(doc2(R"("name":"evil\u202Etxt")"), {"name", "\\u202E"});
  expectRejected(doc2(R"("name":")" + std::string(kMaxNameChars + 1, 'x') + "\""),
                 {"name: " + std::to_string(kMaxNameChars + 1) + " characters", "allowed up to"});
  expectRejected(doc2(R"("description":")" + std::string(kMaxDescriptionChars + 1, 'x') + "\""), {"description"});
  std::string error;
  auto d = parseScenarioJson(doc2(R"("name":"Hà Nội 2045","description":"a\nb\tc")"), error);
  ASSERT_TRUE(d) << error;  // a description keeps its line breaks and tabs
  EXPECT_EQ(d->description, "a\nb\tc");
}

TEST(ScenarioDocumentErrors, NewerVersionIsRefused) {
  expectRejected(R"({"format":"hanoi2045-scenario","version":3})", {"version = 3", "newer release", "up to 2"});
}

// A damaged file's bytes never reach a terminal raw: every message is printable UTF-8.
TEST(ScenarioDocumentErrors, DamagedBytesAreQuotedPrintably) {
  expectRejected(doc2("\"levers\":{\"infra.\xff\xfe\":1}"), {"malformed JSON"});
  expectRejected(doc2("\"na\xc3\x28me\":1"), {"malformed JSON"});
  expectRejected("{\"format\":\"hanoi2045-scenario\",\"version\":2,\"name\":\"\x1b[31mred\"}", {"malformed JSON"});
  expectRejected(doc2("\"levers\":{\"\\u001b[2J\":1}"), {"unknown id", "\\x1B[2J"});
  expectRejected(doc2("\"" + std::string(5000, 'k') + "\":1"), {"unknown field", "..."});
  std::mt19937 rng(12);
  const std::string valid = scenarioToJson(sampleDocument());
  int rejected = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = valid;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) text[rng() % text.size()] = static_cast<char>(rng() % 256);
    std::string error;
    ScenarioDocument target = sampleDocument();
    if (loadScenarioJson(text, target, error)) continue;
    ++rejected;
    std::string problem;
    ASSERT_TRUE(isPlainText(error, "", problem)) << problem << " in: " << printableText(error, 400);
    ASSERT_LE(utf8Length(error), 420u) << error;
    ASSERT_EQ(target, sampleDocument());
  }
  EXPECT_GT(rejected, 1000);
}

TEST(ScenarioDocument, CheckDocumentNamesInMemoryProblems) {
  ScenarioDocument d = sampleDocument();
  EXPECT_EQ(checkDocument(d), "");
  d.customTargets = {{2045, 1, kOpen, false}, {2030, 1, kOpen, false}};
  EXPECT_NE(checkDocument(d).find("ascending"), std::string::npos);
  d = sampleDocument();
  d.scenario.at(ParamId::Alpha).value = 0.9;
  EXPECT_NE(checkDocument(d).find("assumptions.assume.alpha = 0.9"), std::string::npos) << checkDocument(d);
  d = sampleDocument();
  d.scenario.at(ParamId::InvestmentEfficiency).phaseInYears = 99;
  EXPECT_NE(checkDocument(d).find("levers.infra.efficiency.phase_in_years = 99"), std::string::npos) << checkDocument(d);
}

TEST(ScenarioDocument, TargetsOfADocument) {
  std::vector<TargetSet> official(1);
  official[0].id = "congress17_2020";
  official[0].targets = {{2045, 36000, kOpen, false}};
  Translations words;
  words.english["custom.name"] = "Custom targets";
  words.vietnamese["custom.name"] = "Mục tiêu tự đặt";
  ScenarioDocument d = sampleDocument();
  TargetSet set;
  std::string error;
  ASSERT_TRUE(documentTargets(d, official, words, set, error)) << error;
  EXPECT_EQ(set.id, "custom");
  EXPECT_EQ(set.nameVi, "Mục tiêu tự đặt");
  EXPECT_EQ(set.targets.size(), 3u);
  d.targetSetId = "congress17_2020";
  ASSERT_TRUE(documentTargets(d, official, words, set, error)) << error;
  EXPECT_EQ(set.targets.size(), 1u);
  d.targetSetId = "nope";
  EXPECT_FALSE(documentTargets(d, official, words, set, error));
  EXPECT_NE(error.find("\"nope\""), std::string::npos);
  EXPECT_NE(error.find("congress17_2020"), std::string::npos);
}

TEST(SafeText, EscapesInvalidUtf8ControlsAndBidi) {
  EXPECT_EQ(printableText("Hà Nội"), "Hà Nội");
  EXPECT_EQ(printableText("a\xff" "b"), "a\\xFFb");
  EXPECT_EQ(printableText("\x1b[0m"), "\\x1B[0m");
  EXPECT_EQ(printableText("\xc2\x85"), "\\u0085");          // C1 control NEL
  EXPECT_EQ(printableText("\xe2\x80\xae"), "\\u202E");      // right-to-left override
  EXPECT_EQ(printableText("\xed\xa0\x80"), "\\xED\\xA0\\x80");  // UTF-16 surrogate
  EXPECT_EQ(printableText("\xc0\xaf"), "\\xC0\\xAF");       // overlong '/'
  EXPECT_EQ(printableText("\xe1\xba"), "\\xE1\\xBA");       // cut short
  EXPECT_EQ(printableText("abcdef", 3), "abc...");
  EXPECT_EQ(printableText("ệệệệ", 2), "ệệ...");              // never splits a character
  EXPECT_EQ(quotedText("x"), "\"x\"");
}

}  // namespace
}  // namespace h2045
