#include "scenario/assets.h"

#include <filesystem>
#include <system_error>

namespace h2045 {

namespace fs = std::filesystem;

namespace {

bool isDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

}  // namespace

AssetDirChoice findAssetDir(const std::string& named, const std::string& namedOrigin, const std::string& executableDir,
                            const std::string& sourceTreeDir, const std::string& required) {
  AssetDirChoice c;
  auto consider = [&](const fs::path& dir, const char* origin) {
    const fs::path wanted = required.empty() ? dir : dir / required;
    c.tried.push_back(wanted.lexically_normal().string() + " (" + origin + ")");
    if (!isDir(wanted)) return false;
    c.path = dir.lexically_normal().string();
    c.origin = origin;
    return true;
  };
  if (!named.empty()) {
    consider(named, namedOrigin.c_str());
    return c;
  }
  if (!executableDir.empty()) {
    const fs::path exe(executableDir);
    if (consider(exe / ".." / "assets", "executable") || consider(exe / "assets", "executable")) return c;
  }
  if (!sourceTreeDir.empty()) consider(sourceTreeDir, "source tree");
  return c;
}

std::string executableDir(const char* argv0) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0 && *argv0) exe = fs::absolute(argv0, ec);
  if (ec || exe.empty()) return "";
  return exe.parent_path().string();
}

}  // namespace h2045
