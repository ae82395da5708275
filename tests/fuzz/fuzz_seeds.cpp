// Writes the fuzzers' seed corpora and dictionary from the presets, so nothing binary is
// committed: each preset's file and documents (scenario_reader/), each preset's links and
// their raw records (share_link/), the document's keys and ids (scenario.dict), and the
// planted bug's seed (canary/).
//   h2045_fuzz_seeds ASSET_DIR FIXTURE_DIR OUT_DIR
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "scenario/presets.h"
#include "scenario/share_link.h"

namespace fs = std::filesystem;
using namespace h2045;

namespace {

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) {
    std::fprintf(stderr, "h2045_fuzz_seeds: cannot write %s\n", path.string().c_str());
    std::exit(2);
  }
}

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The bytes a code stands for (the fuzzer's record form: without the checksum).
std::string recordOf(const std::string& code) {
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : code) {
    int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52 : c == '-' ? 62 : 63;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out.size() >= 4 ? out.substr(0, out.size() - 4) : out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: h2045_fuzz_seeds ASSET_DIR FIXTURE_DIR OUT_DIR\n");
    return 2;
  }
  const fs::path assets = argv[1], fixtures = argv[2], out = argv[3];
  std::string error;
  auto presets = loadPresets((assets / "scenarios").string(), error);
  if (!presets) {
    std::fprintf(stderr, "h2045_fuzz_seeds: %s\n", error.c_str());
    return 1;
  }
  const fs::path reader = out / "scenario_reader", link = out / "share_link";
  for (const fs::path& dir : {reader, link}) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  int files = 0, links = 0;
  write(reader / "v1_fixture.json", readAll(fixtures / "v1_reform.json"));
  ++files;
  for (const Preset& p : *presets) {
    write(reader / (p.id + ".preset.json"), presetToJson(p));
    ++files;
    for (Language lang : {Language::English, Language::Vietnamese}) {
      const ScenarioDocument doc = p.documentIn(lang);
      const std::string tag = p.id + "." + languageCode(lang);
      write(reader / (tag + ".all.json"), scenarioToJson(doc, ScenarioEntries::All));
      write(reader / (tag + ".changed.json"), scenarioToJson(doc, ScenarioEntries::Changed));
      files += 2;
      const std::string code = shareLinkCode(doc);
      write(link / (tag + ".fragment"), "#s=" + code);
      write(link / (tag + ".record"), recordOf(code));
      links += 2;
    }
  }
  std::string dict;
  for (const char* key : {"format", "version", "hanoi2045-scenario", "hanoi2045-preset", "name", "description",
                          "base_year", "target_set", "custom_targets", "year", "low_usd", "high_usd", "approximate",
                          "levers", "assumptions", "value", "start_year", "phase_in_years", "custom", "congress17_2020",
                          "id", "name_en", "name_vi", "description_en", "description_vi", "sources", "en", "vi"})
    dict += "\"\\\"" + std::string(key) + "\\\"\"\n";
  for (const ParamSpec& p : paramSpecs()) dict += "\"\\\"" + std::string(p.id) + "\\\"\"\n";
  write(out / "scenario.dict", dict);
  const fs::path canary = out / "canary";
  fs::remove_all(canary);
  fs::create_directories(canary);
  write(canary / "seed", "FUZ");
  std::printf("h2045_fuzz_seeds: %d documents in %s, %d links in %s\n", files, reader.string().c_str(), links,
              link.string().c_str());
  return 0;
}
