#include "platform/storage.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace h2045::platform {

namespace {
constexpr std::size_t kMaxStoredBytes = 1 << 20;  // a document is a few kB
}

bool isStorageKey(const std::string& key) {
  if (key.empty() || key.size() > 64) return false;
  for (char c : key)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  return true;
}

std::string loadStoredText(const std::string& folder, const std::string& key) {
  if (folder.empty() || !isStorageKey(key)) return "";
  std::ifstream in(folder + "/" + key + ".json", std::ios::binary);
  if (!in) return "";
  std::ostringstream text;
  text << in.rdbuf();
  std::string out = text.str();
  return out.size() > kMaxStoredBytes ? std::string() : out;
}

bool storeText(const std::string& folder, const std::string& key, const std::string& text, std::string& error) {
  namespace fs = std::filesystem;
  if (folder.empty()) {
    error = "no config folder (set $XDG_CONFIG_HOME or $HOME, or pass --config-dir)";
    return false;
  }
  if (!isStorageKey(key)) {
    error = "bad storage key \"" + key + "\"";
    return false;
  }
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    error = folder + ": " + ec.message();
    return false;
  }
  const std::string path = folder + "/" + key + ".json";
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = temporary + ": " + std::strerror(errno);
      return false;
    }
    out << text;
    out.flush();
    if (!out) {
      error = temporary + ": could not write (disk full?)";
      out.close();
      fs::remove(temporary, ec);
      return false;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    error = path + ": " + ec.message();
    fs::remove(temporary, ec);
    return false;
  }
  return true;
}

}  // namespace h2045::platform
