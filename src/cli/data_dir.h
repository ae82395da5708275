// Where the CLI finds assets/data: --data-dir, else $H2045_DATA_DIR, else the asset folder
// (scenario/assets.h: next to the executable, else the source tree), its data/ folder.
#pragma once

#include <string>
#include <vector>

namespace h2045::cli {

struct DataDirChoice {
  std::string path;    // empty when nothing was found
  std::string origin;  // "--data-dir", "H2045_DATA_DIR", "executable", "source tree"
  std::vector<std::string> tried;  // for the error message
};

// `explicitDir` (from --data-dir) and the environment variable are taken as given:
// when they name a missing folder the search stops there, so a typo is never hidden
// by a silent fallback.
DataDirChoice findDataDir(const std::string& explicitDir, const char* argv0);

// The translations (assets/i18n) belong to the program, wherever its data comes from: the
// asset folder next to the executable, else the source tree.
DataDirChoice findTranslationDir(const char* argv0);

// The presets (assets/scenarios) too: next to the executable, else the source tree.
DataDirChoice findPresetDir(const char* argv0);

}  // namespace h2045::cli
