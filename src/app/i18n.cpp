#include "app/i18n.h"

#include <algorithm>
#include <cmath>

#include "app/commands.h"
#include "app/keys.h"
#include "app/views/views.h"
#include "scenario/text.h"

namespace h2045::app {

Language languageFromLocale(std::string_view locale) {
  if (locale.size() >= 2 && (locale[0] == 'v' || locale[0] == 'V') && (locale[1] == 'i' || locale[1] == 'I') &&
      (locale.size() == 2 || locale[2] == '-' || locale[2] == '_' || locale[2] == '.'))
    return Language::Vietnamese;
  return Language::English;
}

const char* languageCode(Language lang) { return lang == Language::Vietnamese ? "vi" : "en"; }

std::string formatNumber(double value, int decimals, Language lang) {
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

bool Translator::load(const std::string& dir, std::string& error) {
  TranslationTable en, vi;
  if (!loadTranslations(dir + "/en.json", en, error)) return false;
  if (!loadTranslations(dir + "/vi.json", vi, error)) return false;
  setTables(std::move(en), std::move(vi));
  return true;
}

void Translator::setTables(TranslationTable en, TranslationTable vi) {
  en_ = std::move(en);
  vi_ = std::move(vi);
}

const char* Translator::tr(const char* key) const {
  const TranslationTable& t = table(language_);
  auto it = t.find(key);
  if (it == t.end()) {
    if (std::find(missing_.begin(), missing_.end(), key) == missing_.end()) missing_.emplace_back(key);
    record(key);
    return key;
  }
  record(it->second);
  return it->second.c_str();
}

bool Translator::has(Language lang, const std::string& key) const { return table(lang).count(key) > 0; }

std::vector<std::string> dynamicTranslationKeys() {
  std::vector<std::string> keys;
  for (const ParamSpec& s : paramSpecs()) {
    keys.push_back("unit." + std::string(s.unit));
    if (s.kind == ParamKind::Choice)
      for (int v = static_cast<int>(s.minValue); v <= static_cast<int>(s.maxValue); ++v)
        keys.push_back("choice." + std::string(s.id) + "." + std::to_string(v));
  }
  for (const char* k : kGroupKeys) keys.emplace_back(k);
  for (const ViewSpec& v : viewTable()) keys.emplace_back(v.titleKey);
  for (const CommandSpec& c : commandTable())
    if (c.helpKey) keys.emplace_back(c.helpKey);
  for (const char* k : kUnitsKeys) keys.emplace_back(k);
  for (const char* k : kUnitsShortKeys) keys.emplace_back(k);
  for (const char* k : kSolveStatusKeys) keys.emplace_back(k);
  for (const char* k : kContributionKeys) keys.emplace_back(k);
  for (int w = 0; w < kWarningKindCount; ++w)
    keys.push_back("warning." + std::string(warningKey(static_cast<WarningKind>(w))));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace h2045::app
