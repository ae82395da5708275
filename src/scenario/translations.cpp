#include "scenario/translations.h"

#include <nlohmann/json.hpp>

#include "scenario/text.h"

namespace h2045 {

bool parseTranslations(const std::string& json, TranslationTable& out, std::string& error) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    error = "not valid JSON";
    return false;
  }
  if (!doc.is_object()) {
    error = "expected a JSON object of key: string pairs";
    return false;
  }
  TranslationTable table;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (it.key().empty()) {
      error = "empty key";
      return false;
    }
    if (!it.value().is_string()) {
      error = "value of \"" + it.key() + "\" is not a string";
      return false;
    }
    table.emplace(it.key(), it.value().get<std::string>());
  }
  out = std::move(table);
  return true;
}

bool loadTranslations(const std::string& path, TranslationTable& out, std::string& error) {
  std::string text;
  if (!text::readFile(path, text, error, "translation file")) return false;
  std::string why;
  if (!parseTranslations(text, out, why)) {
    error = path + ": " + why;
    return false;
  }
  return true;
}

}  // namespace h2045
