// Where the app and the CLI find the asset folder (data/, i18n/, and fonts/ in a bundle): one
// lookup for both. A folder the person named is taken as given, so a typo is reported instead
// of being hidden by a silent fallback; otherwise next to the executable (../assets, assets),
// then the source tree the program was built from.
#pragma once

#include <string>
#include <vector>

namespace h2045 {

struct AssetDirChoice {
  std::string path;                // the asset folder; empty when none was found
  std::string origin;              // the named origin, "executable" or "source tree"
  std::vector<std::string> tried;  // every folder looked at, for the error message
};

// `named` (from an option or a variable called `namedOrigin`) wins when not empty. A candidate
// counts when it holds the folder `required` (e.g. "data").
AssetDirChoice findAssetDir(const std::string& named, const std::string& namedOrigin, const std::string& executableDir,
                            const std::string& sourceTreeDir, const std::string& required);

// The running program's folder: /proc/self/exe where there is one, else argv[0]; "" if unknown.
std::string executableDir(const char* argv0);

}  // namespace h2045
