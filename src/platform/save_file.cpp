#include "platform/save_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace h2045::platform {

bool saveNumberedFile(const std::string& fileName, const std::string& bytes, std::string& where, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path folder = fs::current_path(ec);
  if (ec) {
    error = "no working folder: " + ec.message();
    return false;
  }
  const fs::path name(fileName);
  const std::string stem = name.stem().string(), extension = name.extension().string();
  for (int n = 1; n < 1000; ++n) {
    const fs::path path = folder / (n == 1 ? fileName : stem + "-" + std::to_string(n) + extension);
    // "x": fails when the file exists, so two exports never race onto one name.
    std::FILE* file = std::fopen(path.c_str(), "wbx");
    if (!file) {
      if (errno == EEXIST) continue;
      error = path.string() + ": " + std::strerror(errno);
      return false;
    }
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    if (std::fclose(file) != 0 || !written) {
      error = path.string() + ": could not write the whole file";
      return false;
    }
    where = path.string();
    return true;
  }
  error = "too many earlier exports named " + fileName + " in " + folder.string();
  return false;
}

}  // namespace h2045::platform
