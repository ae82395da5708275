#include "scenario/messages.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "scenario/text.h"

namespace h2045 {

Language languageFromLocale(std::string_view locale) {
  if (locale.size() >= 2 && (locale[0] == 'v' || locale[0] == 'V') && (locale[1] == 'i' || locale[1] == 'I') &&
      (locale.size() == 2 || locale[2] == '-' || locale[2] == '_' || locale[2] == '.'))
    return Language::Vietnamese;
  return Language::English;
}

const char* languageCode(Language lang) { return lang == Language::Vietnamese ? "vi" : "en"; }

bool loadTranslationFolder(const std::string& dir, Translations& out, std::string& error) {
  Translations loaded;
  if (!loadTranslations(dir + "/en.json", loaded.english, error)) return false;
  if (!loadTranslations(dir + "/vi.json", loaded.vietnamese, error)) return false;
  out = std::move(loaded);
  return true;
}

std::string lookup(const TranslationTable& table, std::string_view key) {
  auto it = table.find(std::string(key));
  return it == table.end() ? std::string(key) : it->second;
}

std::string formatLocalNumber(double value, int decimals, Language lang) {
  if (!std::isfinite(value)) return "\xE2\x80\x93";  // en dash
  decimals = std::clamp(decimals, 0, 6);
  const std::string raw = text::formatFixed(std::fabs(value), decimals);
  std::string digits = raw;
  std::string fraction;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    fraction = digits.substr(dot + 1);
    digits.resize(dot);
  }
  const char group = lang == Language::Vietnamese ? '.' : ',';
  const char mark = lang == Language::Vietnamese ? ',' : '.';
  std::string out;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    out += digits[i];
    int left = n - 1 - i;
    if (left > 0 && left % 3 == 0) out += group;
  }
  if (!fraction.empty()) out += mark + fraction;
  // No "-0" after rounding.
  bool zero = std::all_of(raw.begin(), raw.end(), [](char c) { return c == '0' || c == '.'; });
  if (value < 0 && !zero) out.insert(out.begin(), '-');
  return out;
}

std::string formatMessage(std::string_view pattern, std::initializer_list<std::string> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
        pattern[i + 1] <= '9') {
      size_t index = static_cast<size_t>(pattern[i + 1] - '0');
      if (index < args.size()) {
        out += *(args.begin() + index);
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

std::string paramNameKey(const ParamSpec& p) { return "param." + std::string(p.id) + ".name"; }
std::string paramDescriptionKey(const ParamSpec& p) { return "param." + std::string(p.id) + ".desc"; }
std::string paramName(const TranslationTable& table, const ParamSpec& p) { return lookup(table, paramNameKey(p)); }
std::string paramDescription(const TranslationTable& table, const ParamSpec& p) {
  return lookup(table, paramDescriptionKey(p));
}

std::string paramValueText(const TranslationTable& table, Language lang, const ParamSpec& p, double value) {
  if (p.kind == ParamKind::Choice)
    return lookup(table, "choice." + std::string(p.id) + "." + std::to_string(static_cast<int>(std::lround(value))));
  std::string text = formatLocalNumber(value, p.decimals, lang);
  // English says "1 year" and "1.0 years": the singular only for a number printed as 1.
  const std::string unitKey = "unit." + std::string(p.unit);
  const bool one = text == "1" && table.count(unitKey + "_one") > 0;
  const std::string unit = lookup(table, one ? unitKey + "_one" : unitKey);
  if (!unit.empty()) text += " " + unit;
  return text;
}

std::string yearsText(const TranslationTable& table, int years) {
  return formatMessage(lookup(table, years == 1 ? "lever.years_value_one" : "lever.years_value"),
                       {std::to_string(years)});
}

std::string reliabilityKey(char flag) {
  if (flag != 'A' && flag != 'B' && flag != 'C' && flag != 'U') return "";
  return std::string("reliability.") + flag;
}

std::string reliabilityWords(const TranslationTable& table, std::string_view flags) {
  std::string out;
  for (char c : flags) {
    const std::string key = reliabilityKey(c);
    if (key.empty()) continue;
    if (!out.empty()) out += " / ";
    out += lookup(table, key);
  }
  return out;
}

RatedSource splitSourceFlags(std::string_view source) {
  // One or more of A, B, C separated by '/', then ": ".
  size_t i = 0;
  std::string flags;
  while (i < source.size() && (source[i] == 'A' || source[i] == 'B' || source[i] == 'C')) {
    flags += source[i++];
    if (i < source.size() && source[i] == '/') flags += source[i++];
    else break;
  }
  if (!flags.empty() && flags.back() != '/' && source.substr(i, 2) == ": ")
    return RatedSource{flags, std::string(source.substr(i + 2))};
  return RatedSource{"", std::string(source)};
}

std::string paramSourceKey(const ParamSpec& p) { return "param." + std::string(p.id) + ".source"; }

std::string priorNoteOf(const ParamSpec& p) {
  const std::string_view source = p.source, opening = "prior (";
  if (source.size() <= opening.size() + 1 || source.substr(0, opening.size()) != opening || source.back() != ')')
    return "";
  return std::string(source.substr(opening.size(), source.size() - opening.size() - 1));
}

std::string scenarioProblemSentence(const TranslationTable& table, std::string_view message) {
  auto starts = [&](std::string_view prefix) { return message.substr(0, prefix.size()) == prefix; };
  auto has = [&](std::string_view part) { return message.find(part) != std::string_view::npos; };
  auto say = [&](const char* key, const std::string& a = {}, const std::string& b = {}) {
    return formatMessage(lookup(table, key), {a, b});
  };
  // An entry of the saved list: the entry's own message, after its place in the list.
  if (starts("scenarios[")) {
    const size_t after = message.find("]: ");
    if (after != std::string_view::npos) return scenarioProblemSentence(table, message.substr(after + 3));
  }
  // "at most 4 scenarios are compared", "at most 50 saved scenarios": the number matters.
  auto leadingNumber = [&](size_t from) {
    size_t end = from;
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') ++end;
    return std::string(message.substr(from, end - from));
  };
  if (starts("at most ") && has("saved scenarios")) return say("problem.too_many_saved", leadingNumber(8));
  if (starts("at most ") && has("compared")) return say("problem.too_many_compared", leadingNumber(8));
  if (starts("a saved scenario needs a name") || has(".name: a saved scenario needs a name"))
    return say("problem.needs_name");
  if (has("the name is already used")) return say("problem.name_used");
  if (starts("saved scenario \"") && has("not found")) return say("problem.saved_not_found");
  if (starts("compare \"") && has("neither a saved scenario nor a share link")) return say("problem.not_a_link");
  if (starts("preset \"")) return say("problem.unknown_preset");
  if (starts("no file name")) return say("problem.no_file_name");
  if (starts("cannot open") || starts("cannot read")) return say("problem.unreadable");
  if (starts("cannot write") || starts("writing ")) return say("problem.unwritable");
  if (starts("malformed JSON") || starts("syntax error")) return say("problem.syntax");
  if (starts("document is ")) return say("problem.too_large");
  if (starts("version = ") && has("newer")) return say("problem.newer_version");
  if (starts("format = ") || starts("expected a JSON object") || starts("version")) return say("problem.not_scenario");
  // The field the message is about: the text before " = " or ":".
  const size_t end = std::min(message.find(" = "), message.find(':'));
  const std::string_view field = message.substr(0, end == std::string_view::npos ? 0 : end);
  auto section = [&](std::string_view name) {
    return field == name || (field.size() > name.size() && field.substr(0, name.size()) == name &&
                             (field[name.size()] == '.' || field[name.size()] == '['));
  };
  if (section("levers") || section("assumptions")) {
    // "levers.<id>", "levers.<id>.value", "levers.<id>.start_year": the longest known id.
    const std::string_view prefix = section("levers") ? "levers." : "assumptions.";
    const std::string_view rest = field.size() > prefix.size() ? field.substr(prefix.size()) : std::string_view();
    for (const ParamSpec& p : paramSpecs()) {
      const std::string_view id = p.id;
      if (rest.substr(0, id.size()) == id && (rest.size() == id.size() || rest[id.size()] == '.'))
        return say("problem.param", paramName(table, p), std::string(field));
    }
    if (const size_t at = message.find("unknown id \""); at != std::string_view::npos) {
      const size_t from = at + 12, to = message.find('"', from);
      return say("problem.unknown_param", std::string(message.substr(from, to == std::string_view::npos ? 0 : to - from)));
    }
    return say("problem.field", std::string(field));
  }
  if (section("custom_targets")) return say("problem.custom_targets", std::string(field));
  if (section("base_year")) return say("problem.base_year");
  if (section("target_set")) return say("problem.target_set");
  if (starts("unknown field")) return say("problem.unknown_field");
  if (!field.empty() && field.find(' ') == std::string_view::npos) return say("problem.field", std::string(field));
  return say("problem.other");
}

std::string paramPriorNoteKey(const ParamSpec& p) { return "param." + std::string(p.id) + ".prior_note"; }

std::string paramSourceSentence(const TranslationTable& table, const ParamSpec& p) {
  const RatedSource rated = splitSourceFlags(p.source);
  const std::string text = lookup(table, paramSourceKey(p));
  const std::string words = reliabilityWords(table, rated.flags);
  if (words.empty()) return formatMessage(lookup(table, "lever.source"), {text});
  return formatMessage(lookup(table, "lever.source_rated"), {text, words});
}

const std::string& historySource(const HistoryYear& y, HistoryField f, Language lang) {
  const std::string& vi = y.sourceViOf(f);
  return lang == Language::Vietnamese && !vi.empty() ? vi : y.sourceOf(f);
}

std::string warningSentenceKey(WarningKind kind) { return "warning." + std::string(warningKey(kind)); }

std::string warningSentence(const Warning& w, const TranslationTable& table, Language lang) {
  return formatMessage(lookup(table, warningSentenceKey(w.kind)),
                       {std::to_string(w.year), formatLocalNumber(w.value, 1, lang),
                        formatLocalNumber(w.threshold, 1, lang)});
}

std::string solveSentenceKey(SolveStatus status) {
  switch (status) {
    case SolveStatus::Found: return "needed.found";
    case SolveStatus::AlreadyMet: return "needed.already_met";
    case SolveStatus::Unreachable: return "needed.unreachable";
    case SolveStatus::TooEarly: return "needed.too_early";
    case SolveStatus::Invalid: break;
  }
  return "needed.invalid";
}

std::string solveSentence(SolveStatus status, const SolveWording& w, const TranslationTable& table) {
  const std::string pattern = lookup(table, solveSentenceKey(status));
  switch (status) {
    case SolveStatus::Found:
      return formatMessage(pattern, {w.lever, w.value, w.startYear, w.phaseInYears, w.goal, w.year});
    case SolveStatus::AlreadyMet: return formatMessage(pattern, {w.goal, w.year, w.value});
    case SolveStatus::Unreachable:
      return formatMessage(pattern, {w.goal, w.year, w.minValue, w.maxValue, w.achieved});
    case SolveStatus::TooEarly: return formatMessage(pattern, {w.goal, w.year, w.lever, w.firstActingYear});
    case SolveStatus::Invalid: break;
  }
  return pattern;
}

}  // namespace h2045
