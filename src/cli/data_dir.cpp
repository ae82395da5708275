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

// The asset folder's `sub` folder (next to the executable, else the source tree).
static DataDirChoice assetSubfolder(const char* argv0, const char* sub) {
  const AssetDirChoice assets = findAssetDir("", "", executableDir(argv0), H2045_SOURCE_ASSET_DIR, sub);
  DataDirChoice c;
  c.tried = assets.tried;
  if (!assets.path.empty()) {
    c.path = (fs::path(assets.path) / sub).string();
    c.origin = assets.origin;
  }
  return c;
}

DataDirChoice findDataDir(const std::string& explicitDir, const char* argv0) {
  // --data-dir and H2045_DATA_DIR name the data folder itself.
  if (!explicitDir.empty()) return given(explicitDir, "--data-dir");
  if (const char* env = std::getenv("H2045_DATA_DIR"); env && *env) return given(env, "H2045_DATA_DIR");
  return assetSubfolder(argv0, "data");
}

DataDirChoice findTranslationDir(const char* argv0) { return assetSubfolder(argv0, "i18n"); }

DataDirChoice findPresetDir(const char* argv0) { return assetSubfolder(argv0, "scenarios"); }

}  // namespace h2045::cli
