// The shared words: number text per language, message patterns, locale detection, and the
// sentences for lever names, warnings and solver answers, read from the project's translations.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "scenario/messages.h"
#include "scenario/scenario_file.h"
#include "project_words.h"

namespace h2045 {
namespace {

const Translations& translations() { return test::projectTranslations(); }

bool hasNonAscii(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0x80) return true;
  return false;
}

TEST(FormatLocalNumber, EnglishAndVietnameseSeparators) {
  EXPECT_EQ(formatLocalNumber(36000, 0, Language::English), "36,000");
  EXPECT_EQ(formatLocalNumber(36000, 0, Language::Vietnamese), "36.000");
  EXPECT_EQ(formatLocalNumber(1234567.25, 2, Language::English), "1,234,567.25");
  EXPECT_EQ(formatLocalNumber(1234567.25, 2, Language::Vietnamese), "1.234.567,25");
  EXPECT_EQ(formatLocalNumber(8.4, 1, Language::Vietnamese), "8,4");
  EXPECT_EQ(formatLocalNumber(999, 0, Language::English), "999");
  EXPECT_EQ(formatLocalNumber(-1500, 0, Language::English), "-1,500");
  EXPECT_EQ(formatLocalNumber(-0.04, 1, Language::English), "0.0");  // no "-0.0"
}

TEST(FormatLocalNumber, RoundsTheValueTheDoubleHoldsWhateverTheLocale) {
  EXPECT_EQ(formatLocalNumber(2.675, 2, Language::English), "2.67");     // the double is 2.67499999...
  EXPECT_EQ(formatLocalNumber(0.125, 2, Language::Vietnamese), "0,12");  // an exact tie goes to even
  EXPECT_EQ(formatLocalNumber(-0.5, 0, Language::English), "0");         // and is zero: no "-0"
  EXPECT_EQ(formatLocalNumber(-0.51, 0, Language::English), "-1");
  EXPECT_EQ(formatLocalNumber(1e21, 0, Language::Vietnamese), "1.000.000.000.000.000.000.000");
  EXPECT_EQ(formatLocalNumber(0.1, 9, Language::English), "0.100000");   // at most 6 decimals
  EXPECT_EQ(formatLocalNumber(7.5, -2, Language::English), "8");
}

TEST(FormatLocalNumber, NeverPrintsNan) {
  EXPECT_EQ(formatLocalNumber(std::nan(""), 1, Language::English), "\xE2\x80\x93");
  EXPECT_EQ(formatLocalNumber(HUGE_VAL, 0, Language::Vietnamese), "\xE2\x80\x93");
}

TEST(FormatMessage, FillsNumberedSlots) {
  EXPECT_EQ(formatMessage("{1} then {0}", {"a", "b"}), "b then a");
  EXPECT_EQ(formatMessage("{0} {5}", {"x"}), "x {5}");  // unknown slot stays visible
}

TEST(Locale, VietnameseOnlyForVietnameseLocales) {
  EXPECT_EQ(languageFromLocale("vi"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("vi-VN"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("vi_VN.UTF-8"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("VI"), Language::Vietnamese);
  EXPECT_EQ(languageFromLocale("en-US"), Language::English);
  EXPECT_EQ(languageFromLocale(""), Language::English);
  EXPECT_EQ(languageFromLocale("vie"), Language::English);  // not a tag we know
  EXPECT_EQ(languageFromLocale("fr"), Language::English);
}

TEST(ParamWords, EveryParameterHasANameAndDescriptionInBothLanguages) {
  const TranslationTable& en = translations().english;
  const TranslationTable& vi = translations().vietnamese;
  for (const ParamSpec& p : paramSpecs()) {
    SCOPED_TRACE(std::string(p.id));
    ASSERT_TRUE(en.count(paramNameKey(p)) && vi.count(paramNameKey(p)));
    ASSERT_TRUE(en.count(paramDescriptionKey(p)) && vi.count(paramDescriptionKey(p)));
    EXPECT_FALSE(paramName(en, p).empty());
    EXPECT_FALSE(paramDescription(en, p).empty());
    // Vietnamese is written with diacritics, not stripped ASCII, and is not the English text.
    EXPECT_TRUE(hasNonAscii(paramName(vi, p))) << paramName(vi, p);
    EXPECT_TRUE(hasNonAscii(paramDescription(vi, p))) << paramDescription(vi, p);
    EXPECT_NE(paramName(vi, p), paramName(en, p));
  }
}

TEST(ParamWords, ValueTextUsesTheLanguagesNumbersAndUnits) {
  const ParamSpec& investment = spec(ParamId::PublicInvestmentPct);
  EXPECT_EQ(paramValueText(translations().english, Language::English, investment, 8.5),
            "8.5 " + lookup(translations().english, "unit.pct_grdp"));
  EXPECT_EQ(paramValueText(translations().vietnamese, Language::Vietnamese, investment, 8.5),
            "8,5 " + lookup(translations().vietnamese, "unit.pct_grdp"));
  // A choice reads as its label, not a number.
  const ParamSpec& returns = spec(ParamId::SchoolingReturns);
  EXPECT_EQ(paramValueText(translations().english, Language::English, returns, 1),
            lookup(translations().english, "choice.assume.schooling_returns.1"));
}

TEST(ModelReports, WarningSentencesFillYearValueAndThreshold) {
  const Warning w{WarningKind::InvestmentShareHigh, 2031, 41.26, 39};
  const std::string en = warningSentence(w, translations().english, Language::English);
  const std::string vi = warningSentence(w, translations().vietnamese, Language::Vietnamese);
  for (const std::string& text : {en, vi}) {
    EXPECT_NE(text.find("2031"), std::string::npos) << text;
    EXPECT_EQ(text.find('{'), std::string::npos) << "every slot filled: " << text;
  }
  EXPECT_NE(en.find("41.3"), std::string::npos) << en;  // one decimal
  EXPECT_NE(vi.find("41,3"), std::string::npos) << vi;  // Vietnamese decimal comma
  EXPECT_NE(en, vi);
  // Every kind has its sentence in both languages.
  for (int kind = 0; kind < kWarningKindCount; ++kind) {
    const WarningKind k = static_cast<WarningKind>(kind);
    EXPECT_TRUE(translations().english.count(warningSentenceKey(k))) << warningSentenceKey(k);
    EXPECT_TRUE(translations().vietnamese.count(warningSentenceKey(k))) << warningSentenceKey(k);
  }
}

TEST(ModelReports, SolverSentencesUseTheirOwnPieces) {
  SolveWording w;
  w.lever = "LEVER";
  w.value = "VALUE";
  w.startYear = "2026";
  w.phaseInYears = "3";
  w.goal = "GOAL";
  w.year = "2045";
  w.minValue = "MIN";
  w.maxValue = "MAX";
  w.achieved = "BEST";
  for (Language lang : {Language::English, Language::Vietnamese}) {
    const TranslationTable& table = translations().of(lang);
    const std::string found = solveSentence(SolveStatus::Found, w, table);
    for (const char* piece : {"LEVER", "VALUE", "2026", "GOAL", "2045"})
      EXPECT_NE(found.find(piece), std::string::npos) << piece << " in " << found;
    const std::string met = solveSentence(SolveStatus::AlreadyMet, w, table);
    EXPECT_NE(met.find("VALUE"), std::string::npos) << met;
    const std::string unreachable = solveSentence(SolveStatus::Unreachable, w, table);
    for (const char* piece : {"GOAL", "MIN", "MAX", "BEST"})
      EXPECT_NE(unreachable.find(piece), std::string::npos) << piece << " in " << unreachable;
    w.firstActingYear = "2029";
    const std::string early = solveSentence(SolveStatus::TooEarly, w, table);
    for (const char* piece : {"GOAL", "2045", "LEVER", "2029"})
      EXPECT_NE(early.find(piece), std::string::npos) << piece << " in " << early;
    EXPECT_EQ(solveSentence(SolveStatus::Invalid, w, table), lookup(table, "needed.invalid"));
    for (const std::string& text : {found, met, unreachable, early}) EXPECT_EQ(text.find('{'), std::string::npos) << text;
  }
}

TEST(Lookup, MissingKeysShowThemselves) {
  EXPECT_EQ(lookup(translations().english, "no.such.key"), "no.such.key");
  Translations none;
  std::string error;
  EXPECT_FALSE(loadTranslationFolder("/nonexistent-folder", none, error));
  EXPECT_NE(error.find("en.json"), std::string::npos) << error;
}

}  // namespace
}  // namespace h2045

namespace h2045 {

// What a Vietnamese reader is told when a scenario cannot be read: the reader's real messages,
// from broken documents, each become their own sentence naming the lever in Vietnamese, and no
// English detail comes along.
TEST(ScenarioProblems, EachReadersMessageBecomesASentenceInThePersonsLanguage) {
  const TranslationTable& vi = test::projectTranslations().vietnamese;
  const TranslationTable& en = test::projectTranslations().english;
  const std::string head = R"({"format":"hanoi2045-scenario","version":2,)";
  struct Case {
    std::string document;
    const char* key;
    std::string argument;  // what the sentence must name, when it names something
  };
  const std::string lever = paramName(vi, spec(ParamId::PublicInvestmentPct));
  const std::vector<Case> cases = {
      {"{bad", "problem.syntax", ""},
      {"[]", "problem.not_scenario", ""},
      {R"({"format":"x"})", "problem.not_scenario", ""},
      {R"({"format":"hanoi2045-scenario","version":9})", "problem.newer_version", ""},
      {head + R"("levers":{"infra.public_investment_pct":150}})", "problem.param", lever},
      {head + R"("levers":{"infra.public_investment_pct":{"value":5,"start_year":1990}}})", "problem.param", lever},
      {head + R"("levers":{"infra.public_investment_pct":"many"}})", "problem.param", lever},
      {head + R"("assumptions":{"assume.alpha":2}})", "problem.param", paramName(vi, spec(ParamId::Alpha))},
      {head + R"("levers":{"nope":1}})", "problem.unknown_param", "nope"},
      {head + R"("custom_targets":[{"year":2040}]})", "problem.custom_targets", "custom_targets[0]"},
      {head + R"("base_year":1900})", "problem.base_year", ""},
      {head + R"("foo":1})", "problem.unknown_field", ""},
      {std::string(kMaxScenarioBytes + 10, ' '), "problem.too_large", ""},
  };
  for (const Case& c : cases) {
    std::string error;
    ASSERT_FALSE(parseScenarioJson(c.document, error)) << c.document.substr(0, 80);
    const std::string sentence = scenarioProblemSentence(vi, error);
    const std::string pattern = lookup(vi, c.key);
    const std::string start = pattern.substr(0, pattern.find('{'));
    EXPECT_EQ(sentence.rfind(start, 0), 0u) << error << "\n  gave: " << sentence << "\n  wanted " << c.key;
    if (!c.argument.empty()) {
      EXPECT_NE(sentence.find(c.argument), std::string::npos) << sentence;
    }
    // The English reason stays out (the field path is the only technical word allowed in).
    const std::string detail = error.substr(error.find(':') + 1);
    EXPECT_EQ(sentence.find(detail), std::string::npos) << sentence;
    EXPECT_NE(scenarioProblemSentence(en, error), sentence);
  }
  EXPECT_EQ(scenarioProblemSentence(vi, "cannot open scenario file 'x.json': No such file or directory"),
            lookup(vi, "problem.unreadable"));
  EXPECT_EQ(scenarioProblemSentence(vi, "something unforeseen"), lookup(vi, "problem.other"));
  // An entry of a saved list is told by its own message.
  const std::string entry = scenarioProblemSentence(
      vi, "scenarios[2]: levers.infra.public_investment_pct = 150: out of range; allowed 2 to 15 (% of GRDP)");
  EXPECT_NE(entry.find(lever), std::string::npos) << entry;
  EXPECT_EQ(scenarioProblemSentence(vi, "at most 4 scenarios are compared: remove one first"),
            formatMessage(lookup(vi, "problem.too_many_compared"), {"4"}));
  // A target set is checked when the document is opened, against the sets the data files hold.
  ScenarioDocument unknownSet;
  unknownSet.targetSetId = "elsewhere";
  TargetSet chosen;
  std::string error;
  ASSERT_FALSE(documentTargets(unknownSet, {}, test::projectTranslations(), chosen, error));
  EXPECT_EQ(scenarioProblemSentence(vi, error), lookup(vi, "problem.target_set")) << error;
}

}  // namespace h2045
