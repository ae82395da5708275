// The interface's strings in the current language. Every visible string comes from
// assets/i18n/<lang>.json through tr(), which also records what a frame drew for the tests;
// languages, number text and the shared sentences are in scenario/messages.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "scenario/messages.h"

namespace h2045::app {

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
  const TranslationTable& table(Language lang) const { return all_.of(lang); }
  const TranslationTable& current() const { return all_.of(language_); }
  const Translations& all() const { return all_; }

  // A lever's name and one-line description (keys param.<id>.name and .desc).
  const char* paramName(const ParamSpec& s) const { return tr(paramNameKey(s)); }
  const char* paramDescription(const ParamSpec& s) const { return tr(paramDescriptionKey(s)); }

  std::string number(double value, int decimals) const { return formatLocalNumber(value, decimals, language_); }

  // Test hook: every translated string looked up since the last clear (what a frame drew).
  void startRecording() { recorded_.clear(); recording_ = true; }
  void stopRecording() { recording_ = false; }
  // Composed sentences (scenario/messages.h) are recorded by the view that draws them.
  void record(const std::string& text) const {
    if (recording_) recorded_.push_back(text);
  }
  const std::vector<std::string>& recorded() const { return recorded_; }
  const std::vector<std::string>& missingKeys() const { return missing_; }

 private:
  Translations all_;
  Language language_ = Language::English;
  mutable std::vector<std::string> recorded_;
  mutable std::vector<std::string> missing_;
  bool recording_ = false;
};

// Keys the interface builds at run time (units, groups, warnings, views, ...): the
// translation test checks these exist in both languages, alongside the literal tr("...") keys.
std::vector<std::string> dynamicTranslationKeys();

}  // namespace h2045::app
