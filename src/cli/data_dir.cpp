#include "cli/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "scenario/assets.h"

namespace h2045::cli {

namespace fs = std::filesystem;

static DataDirChoice given(const std::string& dir, const char* origin) {
  DataDirChoice c;
  c.tried.push_back(dir + " (" + origin + ")");
  std::error_code ec;
  if (fs::is_directory(dir, ec)) {
    c.path = dir;
    c.origin = origin;
  }
  return c;
}

DataDirChoice findDataDir(const std::string& explicitDir, const char* argv0) {
  // --data-dir and H2045_DATA_DIR name the data folder itself.
  if (!explicitDir.empty()) return given(explicitDir, "--data-dir");
  if (const char* env = std::getenv("H2045_DATA_DIR"); env && *env) return given(env, "H2045_DATA_DIR");
  const AssetDirChoice assets = findAssetDir("", "", executableDir(argv0), H2045_SOURCE_ASSET_DIR, "data");
  DataDirChoice c;
  c.tried = assets.tried;
  if (!assets.path.empty()) {
    c.path = (fs::path(assets.path) / "data").string();
    c.origin = assets.origin;
  }
  return c;
}

DataDirChoice findTranslationDir(const char* argv0) {
  const AssetDirChoice assets = findAssetDir("", "", executableDir(argv0), H2045_SOURCE_ASSET_DIR, "i18n");
  DataDirChoice c;
  c.tried = assets.tried;
  if (!assets.path.empty()) {
    c.path = (fs::path(assets.path) / "i18n").string();
    c.origin = assets.origin;
  }
  return c;
}

}  // namespace h2045::cli
