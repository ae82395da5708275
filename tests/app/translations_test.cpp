// Translation files: the parser, and completeness of both languages against the code.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/i18n.h"
#include "scenario/translations.h"

namespace h2045::app {
namespace {

const std::string kSourceDir = H2045_SOURCE_DIR;

TranslationTable load(const std::string& lang) {
  TranslationTable table;
  std::string error;
  EXPECT_TRUE(loadTranslations(kSourceDir + "/assets/i18n/" + lang + ".json", table, error)) << error;
  return table;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every quoted "group.name" literal in src/app and its views is a translation key.
std::set<std::string> keysUsedInCode() {
  std::set<std::string> keys;
  const std::regex literal("\"([a-z][a-z0-9_]*\\.[a-z0-9_.]+)\"");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSourceDir + "/src/app")) {
    if (!entry.is_regular_file()) continue;
    const std::string text = readFile(entry.path());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator(); ++it)
      keys.insert((*it)[1]);
  }
  return keys;
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> found;
  const std::regex slot("\\{[0-9]\\}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), slot); it != std::sregex_iterator(); ++it)
    found.insert(it->str());
  return found;
}

TEST(TranslationParser, ReadsFlatObject) {
  TranslationTable table;
  std::string error;
  ASSERT_TRUE(parseTranslations(R"({"a.b": "x", "c": "Hà Nội"})", table, error)) << error;
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table["c"], "Hà Nội");
}

TEST(TranslationParser, RejectsBadInputAndKeepsOldTable) {
  TranslationTable table{{"kept", "yes"}};
  std::string error;
  EXPECT_FALSE(parseTranslations("{\"a\": 3}", table, error));
  EXPECT_NE(error.find("\"a\""), std::string::npos);
  EXPECT_FALSE(parseTranslations("[\"a\"]", table, error));
  EXPECT_FALSE(parseTranslations("{\"a\": \"x\"", table, error));
  EXPECT_FALSE(parseTranslations("{\"a\": {\"nested\": \"x\"}}", table, error));
  EXPECT_FALSE(parseTranslations("{\"\": \"x\"}", table, error));
  ASSERT_EQ(table.size(), 1u);
  EXPECT_EQ(table["kept"], "yes");
}

TEST(TranslationParser, MissingFileIsNamed) {
  TranslationTable table;
  std::string error;
  EXPECT_FALSE(loadTranslations("/nonexistent/xx.json", table, error));
  EXPECT_NE(error.find("/nonexistent/xx.json"), std::string::npos);
}

TEST(TranslationFiles, BothLanguagesHaveTheSameKeys) {
  const TranslationTable en = load("en"), vi = load("vi");
  ASSERT_FALSE(en.empty());
  for (const auto& [key, text] : en) EXPECT_TRUE(vi.count(key)) << "missing in vi.json: " << key;
  for (const auto& [key, text] : vi) EXPECT_TRUE(en.count(key)) << "missing in en.json: " << key;
}

TEST(TranslationFiles, EveryKeyTheCodeUsesExists) {
  const TranslationTable en = load("en"), vi = load("vi");
  std::set<std::string> keys = keysUsedInCode();
  for (const std::string& k : dynamicTranslationKeys()) keys.insert(k);
  ASSERT_GT(keys.size(), 50u);
  for (const std::string& key : keys) {
    EXPECT_TRUE(en.count(key)) << "en.json lacks " << key;
    EXPECT_TRUE(vi.count(key)) << "vi.json lacks " << key;
  }
}

TEST(TranslationFiles, PlaceholdersMatchAndTextIsNotEmpty) {
  const TranslationTable en = load("en"), vi = load("vi");
  for (const auto& [key, text] : en) {
    auto other = vi.find(key);
    if (other == vi.end()) continue;
    EXPECT_EQ(placeholders(text), placeholders(other->second)) << key;
    // Only unit words may be empty (a share has no unit).
    if (key.rfind("unit.", 0) != 0) {
      EXPECT_FALSE(text.empty()) << key;
      EXPECT_FALSE(other->second.empty()) << key;
    }
  }
}

TEST(TranslationFiles, VietnameseIsReallyTranslated) {
  const TranslationTable en = load("en"), vi = load("vi");
  int same = 0, total = 0;
  for (const auto& [key, text] : en) {
    if (text.size() < 12) continue;  // short symbols and units may coincide
    ++total;
    if (vi.at(key) == text) ++same;
  }
  EXPECT_LT(same * 10, total) << same << " of " << total << " longer strings are identical in en and vi";
}

// A prior's reason: English is the model's own note, Vietnamese its own text, for every prior
// that gives one.
TEST(TranslationFiles, PriorNotesInBothLanguagesMatchTheModel) {
  const TranslationTable en = load("en"), vi = load("vi");
  int notes = 0;
  for (const ParamSpec& p : paramSpecs()) {
    const std::string note = priorNoteOf(p);
    const std::string key = paramPriorNoteKey(p);
    if (note.empty()) {
      EXPECT_FALSE(en.count(key)) << key << " has no note in the model";
      continue;
    }
    ++notes;
    ASSERT_TRUE(en.count(key)) << key;
    ASSERT_TRUE(vi.count(key)) << key;
    EXPECT_EQ(en.at(key), note) << key;
    EXPECT_NE(vi.at(key), note) << key;
  }
  EXPECT_GE(notes, 10);
}

// Sources: the English table holds the model's own citation (without its reliability flags),
// so the two cannot drift apart; Vietnamese has its own text for every shown source.
TEST(TranslationFiles, ParameterSourcesInBothLanguagesMatchTheModel) {
  const TranslationTable en = load("en"), vi = load("vi");
  int shown = 0;
  for (const ParamSpec& p : paramSpecs()) {
    if (p.prior || p.source == "prior") continue;
    ++shown;
    const std::string key = paramSourceKey(p);
    ASSERT_TRUE(en.count(key)) << key;
    ASSERT_TRUE(vi.count(key)) << key;
    EXPECT_EQ(en.at(key), splitSourceFlags(p.source).text) << key;
    EXPECT_NE(vi.at(key), en.at(key)) << key;
  }
  EXPECT_GE(shown, 10);
  // Vietnamese writes 1.580 nghìn tỷ, not the English 1,580.
  EXPECT_NE(vi.at("param.infra.public_investment_pct.source").find("1.580 nghìn tỷ đồng"), std::string::npos);
}

TEST(SourceWords, FlagsBecomeWordsInBothLanguages) {
  const TranslationTable en = load("en"), vi = load("vi");
  EXPECT_EQ(splitSourceFlags("C: Hanoi plan").flags, "C");
  EXPECT_EQ(splitSourceFlags("C: Hanoi plan").text, "Hanoi plan");
  EXPECT_EQ(splitSourceFlags("A/B: yearly data").flags, "A/B");
  EXPECT_EQ(splitSourceFlags("A/B: yearly data").text, "yearly data");
  // Not flags: a choice number, an author's initial, a bare letter.
  EXPECT_EQ(splitSourceFlags("2: Bils & Klenow").flags, "");
  EXPECT_EQ(splitSourceFlags("Bom & Ligthart (2014)").flags, "");
  EXPECT_EQ(splitSourceFlags("IMF (2015)").text, "IMF (2015)");
  EXPECT_EQ(splitSourceFlags("A/: x").flags, "");
  EXPECT_EQ(reliabilityWords(en, "A"), "official figure");
  EXPECT_EQ(reliabilityWords(vi, "A"), "số liệu chính thức");
  EXPECT_EQ(reliabilityWords(en, "A/B"), "official figure / preliminary or press figure");
  EXPECT_EQ(reliabilityWords(vi, "U"), "chưa xác nhận");
  EXPECT_EQ(reliabilityWords(en, "X"), "");
  const ParamSpec& investment = spec(ParamId::PublicInvestmentPct);
  EXPECT_EQ(paramSourceSentence(en, investment),
            "Source (calculated from published figures): Hanoi 2025 public investment plan > 87 trillion VND / GRDP "
            "≈ 1,580 trillion VND");
  const std::string vietnamese = paramSourceSentence(vi, investment);
  EXPECT_EQ(vietnamese.rfind("Nguồn (tính từ số liệu đã công bố): ", 0), 0u) << vietnamese;
  EXPECT_EQ(vietnamese.find("1,580"), std::string::npos) << vietnamese;
}

TEST(SourceWords, EnglishPluralsAreRight) {
  const TranslationTable en = load("en"), vi = load("vi");
  EXPECT_EQ(yearsText(en, 1), "1 year");
  EXPECT_EQ(yearsText(en, 3), "3 years");
  EXPECT_EQ(yearsText(vi, 1), "1 năm");
  const ParamSpec& lag = spec(ParamId::ConstructionLagYears);
  EXPECT_EQ(paramValueText(en, Language::English, lag, 1), "1 year");
  EXPECT_EQ(paramValueText(en, Language::English, lag, 0), "0 years");
  EXPECT_EQ(paramValueText(en, Language::English, lag, 3), "3 years");
  EXPECT_EQ(paramValueText(en, Language::English, spec(ParamId::EntrantSchoolingYears), 13), "13.0 years");
  EXPECT_EQ(paramValueText(vi, Language::Vietnamese, lag, 1), "1 năm");
  // The solver's sentence says "over 1 year" when the phase-in is one year.
  SolveWording w;
  w.lever = "X", w.value = "9", w.startYear = "2026", w.phaseInYears = yearsText(en, 1), w.goal = "G", w.year = "2045";
  EXPECT_NE(solveSentence(SolveStatus::Found, w, en).find("phased in over 1 year)"), std::string::npos)
      << solveSentence(SolveStatus::Found, w, en);
}

TEST(Translator, LooksUpCurrentLanguageAndNotesMissingKeys) {
  Translator t;
  t.setTables({{"a", "Apple"}}, {{"a", "Táo"}});
  EXPECT_STREQ(t.tr("a"), "Apple");
  t.setLanguage(Language::Vietnamese);
  EXPECT_STREQ(t.tr("a"), "Táo");
  EXPECT_STREQ(t.tr("no.such"), "no.such");
  ASSERT_EQ(t.missingKeys().size(), 1u);
  EXPECT_EQ(t.missingKeys()[0], "no.such");
}

}  // namespace
}  // namespace h2045::app
