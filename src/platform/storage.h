// The desktop's lasting storage: one small text file per key in the config folder
// (options.h: configFolder). Writes go to a temporary file renamed over the old one, so a
// crash or a full disk never leaves half a document.
#pragma once

#include <string>

namespace h2045::platform {

// Keys are short names: letters, digits, '_' and '-' ("autosave" → autosave.json).
bool isStorageKey(const std::string& key);
// "" when the folder is empty, the key bad, or the file missing or unreadable.
std::string loadStoredText(const std::string& folder, const std::string& key);
// Creates the folder when needed. False with a message naming the path and the reason.
bool storeText(const std::string& folder, const std::string& key, const std::string& text, std::string& error);

}  // namespace h2045::platform
