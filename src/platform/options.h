// Command-line options of the interactive app and the start-up lookups that depend on the
// environment (asset folder, font, language). Pure functions: the native tests cover them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace h2045::platform {

struct Options {
  int frames = 0;                 // > 0: draw exactly this many frames, then exit 0
  std::string screenshotPath;     // PNG of the last frame (needs --frames)
  int width = 1280, height = 800; // window size in points
  std::string language;           // "vi", "en" or a locale ("vi-VN"); "" → from the environment
  bool fullscreen = false;
  std::string assetDir;           // "" → found next to the executable or in the source tree
  std::string fontPath;           // "" → bundled copy, then Debian's fonts-noto-core
  std::string scenarioFile;       // --scenario FILE: the document to start from
  std::string link;               // --link TEXT: a share link to start from
  std::string configDir;          // --config-dir DIR: where the autosave lives
  bool noAutosave = false;        // --no-autosave (also implied by --frames without --config-dir)
  bool showHelp = false;
  // Interface commands run after start-up, before the first frame (as the automation API runs
  // them): {"qr", "on"}, {"export", "png"}. From --command NAME[=ARG], in order.
  std::vector<std::pair<std::string, std::string>> commands;
};

// Parses argv[1..]. On bad input returns false with a one-line message in `error`
// and leaves `out` as it was.
bool parseOptions(int argc, const char* const* argv, Options& out, std::string& error);
std::string usage(std::string_view program);

// "vi_VN.UTF-8" → "vi-VN", "en_US" → "en-US", "C" / "POSIX" / "" → "".
std::string languageTagFromLocale(std::string_view locale);
// Language preference from LC_ALL, LC_MESSAGES, LANG (first one set and meaningful).
std::string languageFromEnvironment();
// Letters, digits, '-' and '_' only, starting with two or three letters ("vi", "en-GB", "vi_VN").
bool isLanguageTag(std::string_view tag);

// The autosave's folder: --config-dir, else $XDG_CONFIG_HOME/hanoi2045, else
// $HOME/.config/hanoi2045; "" when the autosave is off (--no-autosave, or a scripted run with
// --frames, which must neither depend on nor change the person's last session).
std::string configFolder(const Options& o, const char* xdgConfigHome, const char* home);
// Whether the autosave is meant to run: not with --no-autosave, not in a scripted --frames run
// without --config-dir. (With no folder to write to otherwise, the app says so once.)
bool autosaveWanted(const Options& o);

// First regular file of `candidates` that exists, or "" when none does.
std::string firstExistingFile(const std::vector<std::string>& candidates);

}  // namespace h2045::platform
