// Translation files: a flat JSON object mapping keys to strings (assets/i18n/<lang>.json).
#pragma once

#include <map>
#include <string>

namespace h2045 {

using TranslationTable = std::map<std::string, std::string>;

// Parses `json`: every member must be a string. On error returns false, leaves `out`
// unchanged and says what is wrong (position, offending key) in `error`.
bool parseTranslations(const std::string& json, TranslationTable& out, std::string& error);

// Reads and parses a translation file; the error names the file.
bool loadTranslations(const std::string& path, TranslationTable& out, std::string& error);

}  // namespace h2045
