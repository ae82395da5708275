// The words around the numbers, in Vietnamese or English, for the app, the CLI and the API
// alike: languages, locale-aware number text, "{0}" patterns, and the sentences for what the
// model reports (lever names, plausibility warnings, solver answers). Every sentence comes
// from assets/i18n/<lang>.json; the model only hands over ids and numbers.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "model/model.h"
#include "scenario/translations.h"

namespace h2045 {

enum class Language { English, Vietnamese };

// "vi", "vi-VN", "vi_VN.UTF-8" → Vietnamese; anything else (or "") → English.
Language languageFromLocale(std::string_view locale);
const char* languageCode(Language lang);  // "en", "vi"

// Both languages' tables.
struct Translations {
  TranslationTable english, vietnamese;
  const TranslationTable& of(Language lang) const { return lang == Language::Vietnamese ? vietnamese : english; }
};
// Reads <dir>/en.json and <dir>/vi.json; false with a message naming the file when either fails.
bool loadTranslationFolder(const std::string& dir, Translations& out, std::string& error);

// The string for `key`, or the key itself when the table lacks it (visible, never empty).
std::string lookup(const TranslationTable& table, std::string_view key);

// Thousands separators and a decimal mark per language: English 36,000.5 · Vietnamese
// 36.000,5; 0 to 6 decimals, correctly rounded, no "-0". Non-finite values print as "–".
std::string formatLocalNumber(double value, int decimals, Language lang);

// Replaces {0}, {1}, ... in `pattern` with `args`; an unknown slot stays visible.
std::string formatMessage(std::string_view pattern, std::initializer_list<std::string> args);

// --- The model's reports in words -------------------------------------------------
// Translation keys of a parameter's name and one-line description: "param.<id>.name", ".desc".
std::string paramNameKey(const ParamSpec& p);
std::string paramDescriptionKey(const ParamSpec& p);
std::string paramName(const TranslationTable& table, const ParamSpec& p);
std::string paramDescription(const TranslationTable& table, const ParamSpec& p);
// A parameter's value as people read it: "8.5 % of GRDP", "13.0 years", "1 year", or a choice's label.
std::string paramValueText(const TranslationTable& table, Language lang, const ParamSpec& p, double value);
// A whole number of years: "1 year", "3 years" / "3 năm" (keys lever.years_value[_one]).
std::string yearsText(const TranslationTable& table, int years);

// --- Sources and their reliability ------------------------------------------------
// Reliability flags A (official), B (preliminary or press), C (calculated from published
// figures), U (not confirmed) as words: key "reliability.<flag>"; "" for anything else.
std::string reliabilityKey(char flag);
// "A", "B/C", ... as words joined by " / "; "" when `flags` holds no flag letter.
std::string reliabilityWords(const TranslationTable& table, std::string_view flags);
// A citation that opens with its flags ("C: Hanoi ...", "A/B: ..."): the flags and the rest.
struct RatedSource {
  std::string flags;  // "C", "A/B", or "" when the citation carries none
  std::string text;
};
RatedSource splitSourceFlags(std::string_view source);
// Translation key of a parameter's source, without its flags: "param.<id>.source" (only for
// parameters with a firm source; the model's ParamSpec::source is the English original).
std::string paramSourceKey(const ParamSpec& p);
// A scenario reader's or writer's message ("levers.infra.public_investment_pct = 150: out of
// range; ...", "malformed JSON: ...", "cannot open ...") told in a person's language: what is
// wrong and where, by the lever's translated name, without the English detail. The readers'
// messages start with the field they are about, or name a problem with the whole document.
std::string scenarioProblemSentence(const TranslationTable& table, std::string_view message);
// A prior's reason in the model's words ("prior (a working life of about 40 years)" gives "a
// working life of about 40 years"; a bare "prior" gives ""), and its key in the translations.
std::string priorNoteOf(const ParamSpec& p);
std::string paramPriorNoteKey(const ParamSpec& p);
// The sentence a lever's tooltip shows: "Source (calculated from published figures): ...".
std::string paramSourceSentence(const TranslationTable& table, const ParamSpec& p);
// The citation of a data point in the language (the data files' source or source_vi column).
const std::string& historySource(const HistoryYear& y, HistoryField f, Language lang);

// "From 2031, total investment reaches 41.2 % of GRDP, above ..." (key "warning.<kind>").
std::string warningSentenceKey(WarningKind kind);
std::string warningSentence(const Warning& w, const TranslationTable& table, Language lang);

// A solver answer. The caller formats the pieces in its own units (the app in the unit the
// person chose, the CLI in current USD); the sentence is the same everywhere.
struct SolveWording {
  std::string lever;      // the lever's name
  std::string value;      // the setting found (or the current one when already met)
  std::string startYear;  // the lever's start year and phase-in, as set
  std::string phaseInYears;  // "3 years" (yearsText)
  std::string goal;       // the target value with its unit
  std::string year;       // the target year
  std::string minValue, maxValue;  // the lever's range
  std::string achieved;   // the best value reached (unreachable)
  std::string firstActingYear;  // the first year the lever can move GRDP (too early)
};
std::string solveSentenceKey(SolveStatus status);  // "needed.found", ...
std::string solveSentence(SolveStatus status, const SolveWording& w, const TranslationTable& table);

}  // namespace h2045
