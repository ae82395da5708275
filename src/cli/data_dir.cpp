#include "cli/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace h2045::cli {

namespace fs = std::filesystem;

static bool isDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// The running executable's folder: /proc/self/exe on Linux, argv[0] elsewhere.
static fs::path executableDir(const char* argv0) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0 && *argv0) exe = fs::absolute(argv0, ec);
  if (ec || exe.empty()) return {};
  return exe.parent_path();
}

static DataDirChoice given(const std::string& dir, const char* origin) {
  DataDirChoice c;
  c.tried.push_back(dir + " (" + origin + ")");
  if (isDir(dir)) {
    c.path = dir;
    c.origin = origin;
  }
  return c;
}

DataDirChoice findDataDir(const std::string& explicitDir, const char* argv0) {
  if (!explicitDir.empty()) return given(explicitDir, "--data-dir");
  if (const char* env = std::getenv("H2045_DATA_DIR"); env && *env) return given(env, "H2045_DATA_DIR");

  DataDirChoice c;
  const fs::path exeDir = executableDir(argv0);
  if (!exeDir.empty()) {
    for (const fs::path& candidate : {exeDir / ".." / "assets" / "data", exeDir / "assets" / "data"}) {
      c.tried.push_back(candidate.lexically_normal().string());
      if (isDir(candidate)) {
        c.path = candidate.lexically_normal().string();
        c.origin = "executable";
        return c;
      }
    }
  }
#ifdef H2045_SOURCE_DATA_DIR
  c.tried.push_back(H2045_SOURCE_DATA_DIR);
  if (isDir(H2045_SOURCE_DATA_DIR)) {
    c.path = H2045_SOURCE_DATA_DIR;
    c.origin = "source tree";
  }
#endif
  return c;
}

}  // namespace h2045::cli
