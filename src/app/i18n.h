// Interface strings and number formatting for Vietnamese and English.
// Every visible string comes from assets/i18n/<lang>.json through tr(); lever names and
// descriptions come from the model's parameter table.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "scenario/translations.h"

namespace h2045::app {

enum class Language { English, Vietnamese };

// "vi", "vi-VN", "vi_VN.UTF-8" → Vietnamese; anything else (or "") → English.
Language languageFromLocale(std::string_view locale);
const char* languageCode(Language lang);

// Formats with thousands separators and a decimal mark per language:
// English 36,000.5 · Vietnamese 36.000,5. Non-finite values print as "–".
std::string formatNumber(double value, int decimals, Language lang);

// Replaces {0}, {1}, ... in `pattern` with `args`.
std::string formatMessage(std::string_view pattern, std::initializer_list<std::string> args);

class Translator {
 public:
  // Loads <dir>/en.json and <dir>/vi.json; false with a message when either is missing or bad.
  bool load(const std::string& dir, std::string& error);
  void setTables(TranslationTable en, TranslationTable vi);

  Language language() const { return language_; }
  void setLanguage(Language lang) { language_ = lang; }

  // The string for `key` in the current language; the key itself when missing (and noted).
  const char* tr(const char* key) const;
  const char* tr(const std::string& key) const { return tr(key.c_str()); }
  bool has(Language lang, const std::string& key) const;
  const TranslationTable& table(Language lang) const { return lang == Language::Vietnamese ? vi_ : en_; }

  // Lever names and descriptions from the model's table.
  std::string_view paramName(const ParamSpec& s) const { return isVi() ? s.nameVi : s.nameEn; }
  std::string_view paramDescription(const ParamSpec& s) const { return isVi() ? s.descVi : s.descEn; }

  std::string number(double value, int decimals) const { return formatNumber(value, decimals, language_); }

  // Test hook: every translated string looked up since the last clear (what a frame drew).
  void startRecording() { recorded_.clear(); recording_ = true; }
  void stopRecording() { recording_ = false; }
  void record(const std::string& text) const {
    if (recording_) recorded_.push_back(text);
  }
  const std::vector<std::string>& recorded() const { return recorded_; }
  const std::vector<std::string>& missingKeys() const { return missing_; }

 private:
  bool isVi() const { return language_ == Language::Vietnamese; }
  TranslationTable en_, vi_;
  Language language_ = Language::English;
  mutable std::vector<std::string> recorded_;
  mutable std::vector<std::string> missing_;
  bool recording_ = false;
};

// Keys the interface builds at run time (units, groups, warnings, views, ...): the
// translation test checks these exist in both languages, alongside the literal tr("...") keys.
std::vector<std::string> dynamicTranslationKeys();

}  // namespace h2045::app
