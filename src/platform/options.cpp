#include "platform/options.h"

#include <cctype>
#include <cstdlib>
#include <sys/stat.h>

namespace h2045::platform {
namespace {

bool parseInt(std::string_view text, int minValue, int maxValue, int& out) {
  if (text.empty() || text.size() > 9) return false;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    value = value * 10 + (c - '0');
  }
  if (value < minValue || value > maxValue) return false;
  out = value;
  return true;
}

bool parseSize(std::string_view text, int& width, int& height) {
  size_t x = text.find_first_of("xX");
  if (x == std::string_view::npos) return false;
  int w = 0, h = 0;
  if (!parseInt(text.substr(0, x), 320, 16384, w) || !parseInt(text.substr(x + 1), 240, 16384, h))
    return false;
  width = w;
  height = h;
  return true;
}

bool hasPngExtension(std::string_view path) {
  if (path.size() < 5) return false;
  std::string_view ext = path.substr(path.size() - 4);
  return ext == ".png" || ext == ".PNG";
}

}  // namespace

bool isLanguageTag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 35) return false;
  size_t letters = 0;
  while (letters < tag.size() && std::isalpha(static_cast<unsigned char>(tag[letters]))) letters++;
  if (letters < 2 || letters > 3) return false;
  for (char c : tag)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return letters == tag.size() || tag[letters] == '-' || tag[letters] == '_';
}

bool parseOptions(int argc, const char* const* argv, Options& out, std::string& error) {
  Options parsed = out;
  for (int i = 1; i < argc; i++) {
    std::string_view arg = argv[i];
    std::string_view value;
    bool hasInlineValue = false;
    // Accept both "--frames 30" and "--frames=30".
    if (size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string_view::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      hasInlineValue = true;
    }
    auto takeValue = [&](std::string_view& v) {
      if (hasInlineValue) { v = value; return true; }
      if (i + 1 >= argc) { error = std::string(arg) + " needs a value (see --help)"; return false; }
      v = argv[++i];
      return true;
    };
    auto noValue = [&]() {
      if (hasInlineValue) { error = std::string(arg) + " takes no value"; return false; }
      return true;
    };

    std::string_view v;
    if (arg == "--help" || arg == "-h") {
      if (!noValue()) return false;
      parsed.showHelp = true;
    } else if (arg == "--fullscreen") {
      if (!noValue()) return false;
      parsed.fullscreen = true;
    } else if (arg == "--frames") {
      if (!takeValue(v)) return false;
      if (!parseInt(v, 1, 1000000, parsed.frames)) {
        error = "--frames expects a whole number from 1 to 1000000, got '" + std::string(v) + "'";
        return false;
      }
    } else if (arg == "--screenshot") {
      if (!takeValue(v)) return false;
      if (!hasPngExtension(v)) {
        error = "--screenshot expects a file name ending in .png, got '" + std::string(v) + "'";
        return false;
      }
      parsed.screenshotPath = std::string(v);
    } else if (arg == "--size") {
      if (!takeValue(v)) return false;
      if (!parseSize(v, parsed.width, parsed.height)) {
        error = "--size expects WIDTHxHEIGHT, at least 320x240 and at most 16384x16384, got '" +
                std::string(v) + "'";
        return false;
      }
    } else if (arg == "--lang") {
      if (!takeValue(v)) return false;
      if (!isLanguageTag(v)) {
        error = "--lang expects vi, en or a locale such as vi-VN, got '" + std::string(v) + "'";
        return false;
      }
      parsed.language = std::string(v);
    } else if (arg == "--command") {
      if (!takeValue(v)) return false;
      const size_t eq = v.find('=');
      const std::string_view name = v.substr(0, eq);
      if (name.empty() || name.find_first_of(" \t") != std::string_view::npos) {
        error = "--command expects NAME or NAME=ARGUMENT (a command of the automation API), got '" + std::string(v) + "'";
        return false;
      }
      parsed.commands.emplace_back(std::string(name), eq == std::string_view::npos ? "" : std::string(v.substr(eq + 1)));
    } else if (arg == "--assets") {
      if (!takeValue(v)) return false;
      parsed.assetDir = std::string(v);
    } else if (arg == "--font") {
      if (!takeValue(v)) return false;
      parsed.fontPath = std::string(v);
    } else if (arg == "--scenario") {
      if (!takeValue(v)) return false;
      parsed.scenarioFile = std::string(v);
    } else if (arg == "--link") {
      if (!takeValue(v)) return false;
      parsed.link = std::string(v);
    } else if (arg == "--config-dir") {
      if (!takeValue(v)) return false;
      if (v.empty()) {
        error = "--config-dir expects a folder";
        return false;
      }
      parsed.configDir = std::string(v);
    } else if (arg == "--no-autosave") {
      if (!noValue()) return false;
      parsed.noAutosave = true;
    } else {
      error = "unknown option '" + std::string(argv[i]) + "' (see --help)";
      return false;
    }
  }
  if (!parsed.screenshotPath.empty() && parsed.frames == 0) {
    error = "--screenshot needs --frames N: the picture is taken after the last frame";
    return false;
  }
  out = parsed;
  return true;
}

std::string usage(std::string_view program) {
  std::string text = "Usage: " + std::string(program) + " [options]\n";
  text +=
      "Hanoi 2045 Pathways: interactive simulator of Hanoi's GRDP per person to 2045.\n"
      "\n"
      "  --lang vi|en         interface language (default: from LC_ALL / LANG)\n"
      "  --size WxH           window size in points (default 1280x800)\n"
      "  --fullscreen         start full screen\n"
      "  --frames N           draw N frames, then exit (for tests and screenshots)\n"
      "  --screenshot FILE    with --frames: save the last frame as a PNG\n"
      "  --command NAME[=ARG] run an interface command before the first frame, e.g.\n"
      "                       --command qr=on, --command export=png (repeatable)\n"
      "  --assets DIR         folder with data/ and i18n/ (default: found automatically)\n"
      "  --font FILE          TTF font with Vietnamese coverage (default: NotoSans)\n"
      "  --scenario FILE      start from this scenario file (hanoi2045-scenario JSON)\n"
      "  --link TEXT          start from a share link (a URL ending in #s=..., or the code)\n"
      "  --config-dir DIR     where the last session is kept (default:\n"
      "                       $XDG_CONFIG_HOME/hanoi2045, else ~/.config/hanoi2045)\n"
      "  --no-autosave        neither restore nor keep the last session\n"
      "                       (implied by --frames unless --config-dir is given)\n"
      "  --help               this text\n";
  return text;
}

std::string languageTagFromLocale(std::string_view locale) {
  // Drop the encoding and modifier: "vi_VN.UTF-8@euro" → "vi_VN".
  size_t end = locale.find_first_of(".@");
  if (end != std::string_view::npos) locale = locale.substr(0, end);
  if (locale == "C" || locale == "POSIX" || !isLanguageTag(locale)) return "";
  std::string tag(locale);
  for (char& c : tag)
    if (c == '_') c = '-';
  return tag;
}

std::string languageFromEnvironment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) {
      // The first variable that is set decides, as in setlocale(); "C" means no preference.
      return languageTagFromLocale(value);
    }
  }
  return "";
}

bool autosaveWanted(const Options& o) { return !o.noAutosave && (o.frames == 0 || !o.configDir.empty()); }

std::string configFolder(const Options& o, const char* xdgConfigHome, const char* home) {
  if (o.noAutosave) return "";
  if (!o.configDir.empty()) return o.configDir;
  if (o.frames > 0) return "";
  // The XDG base-directory rule: a relative $XDG_CONFIG_HOME is to be ignored.
  if (xdgConfigHome && xdgConfigHome[0] == '/') return std::string(xdgConfigHome) + "/hanoi2045";
  if (home && home[0] == '/') return std::string(home) + "/.config/hanoi2045";
  return "";
}

std::string firstExistingFile(const std::vector<std::string>& candidates) {
  struct stat info {};
  for (const std::string& file : candidates)
    if (!file.empty() && stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode)) return file;
  return "";
}

}  // namespace h2045::platform
