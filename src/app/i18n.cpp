#include "app/i18n.h"

#include <algorithm>
#include <cmath>

#include "app/commands.h"
#include "app/i18n_keys.h"
#include "app/views/views.h"
#include "scenario/text.h"

namespace h2045::app {

bool Translator::load(const std::string& dir, std::string& error) { return loadTranslationFolder(dir, all_, error); }

void Translator::setTables(TranslationTable en, TranslationTable vi) {
  all_.english = std::move(en);
  all_.vietnamese = std::move(vi);
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
    keys.push_back(paramNameKey(s));
    keys.push_back(paramDescriptionKey(s));
    keys.push_back("unit." + std::string(s.unit));
    if (!s.prior && s.source != "prior") keys.push_back(paramSourceKey(s));  // shown in its tooltip
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
  for (SolveStatus st : {SolveStatus::Found, SolveStatus::AlreadyMet, SolveStatus::Unreachable, SolveStatus::Invalid,
                         SolveStatus::TooEarly})
    keys.push_back(solveSentenceKey(st));
  for (const char* k : kContributionKeys) keys.emplace_back(k);
  for (int w = 0; w < kWarningKindCount; ++w) keys.push_back(warningSentenceKey(static_cast<WarningKind>(w)));
  for (char flag : {'A', 'B', 'C', 'U'}) keys.push_back(reliabilityKey(flag));
  keys.emplace_back("lever.years_value_one");
  keys.emplace_back("unit.years_one");
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace h2045::app
