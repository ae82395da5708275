// The presets in assets/scenarios: every file loads, saves back to the same bytes, gives the
// same trajectory after the round trip and through its share link, stays inside the lever
// ranges with sensible results, and has a link under 200 characters (printed for the record).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenario/data.h"
#include "scenario/presets.h"
#include "scenario/safe_text.h"
#include "scenario/share_link.h"

namespace h2045 {
namespace {

namespace fs = std::filesystem;
const std::string kPresetDir = std::string(H2045_TEST_ASSET_DIR) + "/scenarios";

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::vector<Preset>& presets() {
  static const std::vector<Preset> all = [] {
    std::string error;
    auto loaded = loadPresets(kPresetDir, error);
    if (!loaded) ADD_FAILURE() << error;
    return loaded ? *loaded : std::vector<Preset>{};
  }();
  return all;
}

const HistoricalData& history() {
  static const HistoricalData data = [] {
    std::string error;
    auto d = loadHistoricalData(std::string(H2045_TEST_ASSET_DIR) + "/data", error);
    if (!d) ADD_FAILURE() << error;
    return d ? *d : HistoricalData{};
  }();
  return data;
}

bool sameTrajectory(const Trajectory& a, const Trajectory& b) {
  if (a.count != b.count || a.baseYear != b.baseYear) return false;
  for (int i = 0; i < a.count; ++i)
    if (a.rows[i].grdpPerCapitaUsd != b.rows[i].grdpPerCapitaUsd || a.rows[i].realGrowthPct != b.rows[i].realGrowthPct)
      return false;
  return true;
}

TEST(Presets, AllLoadInTheDocumentedOrder) {
  ASSERT_EQ(presets().size(), kPresetIds.size());
  for (std::size_t i = 0; i < kPresetIds.size(); ++i) EXPECT_EQ(presets()[i].id, kPresetIds[i]);
}

TEST(Presets, FileLoadSaveGivesIdenticalBytes) {
  for (const Preset& p : presets()) {
    const std::string path = kPresetDir + "/" + p.id + ".json";
    EXPECT_EQ(presetToJson(p), readAll(path)) << path << " is not in canonical form";
    std::string error;
    auto again = parsePresetJson(presetToJson(p), error);
    ASSERT_TRUE(again) << error;
    EXPECT_EQ(*again, p);
  }
}

TEST(Presets, RoundTripsGiveTheSameTrajectory) {
  for (const Preset& p : presets()) {
    const Trajectory direct = simulate(p.document.scenario, history());
    ASSERT_GT(direct.count, 0) << p.id;
    std::string error;
    auto reread = parsePresetJson(presetToJson(p), error);
    ASSERT_TRUE(reread) << error;
    EXPECT_TRUE(sameTrajectory(simulate(reread->document.scenario, history()), direct)) << p.id;
    for (Language lang : {Language::English, Language::Vietnamese}) {
      const ScenarioDocument doc = p.documentIn(lang);
      // As a scenario file...
      auto file = parseScenarioJson(scenarioToJson(doc), error);
      ASSERT_TRUE(file) << error;
      EXPECT_EQ(*file, doc);
      EXPECT_EQ(scenarioToJson(*file), scenarioToJson(doc));
      // ...and as a link.
      auto linked = decodeShareLink(shareLinkFragment(doc), error);
      ASSERT_TRUE(linked) << p.id << ": " << error;
      EXPECT_EQ(*linked, doc);
      EXPECT_TRUE(sameTrajectory(simulate(linked->scenario, history()), direct)) << p.id;
    }
  }
}

TEST(Presets, LinksAreUnder200Characters) {
  for (const Preset& p : presets()) {
    for (Language lang : {Language::English, Language::Vietnamese}) {
      const std::string link = shareLinkFragment(p.documentIn(lang));
      EXPECT_LT(link.size(), 200u) << p.id << " (" << languageCode(lang) << "): " << link;
      std::printf("[preset link] %-20s %s %3zu chars  %s\n", p.id.c_str(), languageCode(lang), link.size(), link.c_str());
      ::testing::Test::RecordProperty(p.id + "_link_chars_" + languageCode(lang), static_cast<int>(link.size()));
    }
  }
}

TEST(Presets, WordsAndSourcesInBothLanguages) {
  for (const Preset& p : presets()) {
    for (const std::string* text : {&p.nameEn, &p.nameVi, &p.descriptionEn, &p.descriptionVi, &p.sourcesEn, &p.sourcesVi})
      EXPECT_FALSE(text->empty()) << p.id;
    EXPECT_NE(p.nameEn, p.nameVi) << p.id << ": the Vietnamese name must be Vietnamese";
    // Vietnamese text carries diacritics: at least one character outside ASCII in each.
    for (const std::string* vi : {&p.nameVi, &p.descriptionVi, &p.sourcesVi})
      EXPECT_NE(utf8Length(*vi), vi->size()) << p.id << ": no diacritics in " << *vi;
    EXPECT_TRUE(p.document.name.empty() && p.document.description.empty()) << p.id;
  }
}

// Every non-default value is named in the sources note, so a reader can check where it came from.
TEST(Presets, SourcesNameEveryChangedValue) {
  const Scenario defaults = Scenario::defaults();
  for (const Preset& p : presets()) {
    for (const ParamSpec& spec : paramSpecs()) {
      const ParamSetting& set = p.document.scenario.at(spec.param);
      if (set == defaults.at(spec.param)) continue;
      // As a person writes it: "80", "0.8", "0.02" (Vietnamese "0,8").
      const std::string value = formatNumber(set.value);
      EXPECT_NE(p.sourcesEn.find(value), std::string::npos)
          << p.id << ": " << spec.id << " = " << value << " not mentioned in the English sources";
      std::string valueVi = value;
      for (char& c : valueVi)
        if (c == '.') c = ',';
      EXPECT_NE(p.sourcesVi.find(valueVi), std::string::npos)
          << p.id << ": " << spec.id << " = " << valueVi << " not mentioned in the Vietnamese sources";
    }
    if (p.document.targetSetId != kDefaultTargetSetId) {
      EXPECT_NE(p.sourcesEn.find(p.document.targetSetId), std::string::npos) << p.id;
    }
  }
}

TEST(Presets, ResultsAreSensible) {
  const Trajectory baseline = simulate(Scenario::defaults(), history());
  const double base2045 = baseline.find(2045)->grdpPerCapitaUsd;
  for (const Preset& p : presets()) {
    ASSERT_FALSE(validate(p.document.scenario, history())) << p.id;
    const Trajectory t = simulate(p.document.scenario, history());
    for (const YearResult& row : t) {
      ASSERT_TRUE(std::isfinite(row.grdpPerCapitaUsd)) << p.id << " " << row.year;
      if (!row.projected) continue;
      EXPECT_GT(row.realGrowthPct, 0) << p.id << " " << row.year;
      EXPECT_LT(row.realGrowthPct, 12) << p.id << " " << row.year;
    }
    const double v2045 = t.find(2045)->grdpPerCapitaUsd;
    std::printf("[preset result] %-20s 2030 %6.0f USD  2045 %6.0f USD\n", p.id.c_str(), t.find(2030)->grdpPerCapitaUsd,
                v2045);
    if (p.id == "baseline") {
      EXPECT_EQ(v2045, base2045);
    } else if (p.id == "downside") {
      EXPECT_LT(v2045, base2045);
    } else {
      EXPECT_GT(v2045, base2045) << p.id << " should do better than the baseline";
    }
  }
}

// --- The loader is all or nothing -------------------------------------------------------

struct PresetFolder {
  fs::path dir;
  PresetFolder() {
    dir = fs::path(::testing::TempDir()) / ("h2045_presets_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (std::string_view id : kPresetIds) fs::copy_file(kPresetDir + "/" + std::string(id) + ".json", dir / (std::string(id) + ".json"));
  }
  ~PresetFolder() { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; }
  void expectRefused(std::initializer_list<std::string> fragments) {
    std::string error;
    EXPECT_FALSE(loadPresets(dir.string(), error));
    std::string problem;
    EXPECT_TRUE(isPlainText(error, "", problem)) << problem;
    for (const std::string& f : fragments) EXPECT_NE(error.find(f), std::string::npos) << "'" << f << "' not in: " << error;
  }
};

TEST(PresetLoader, RefusesMissingStrayMisnamedAndInvalidFiles) {
  {
    PresetFolder f;
    std::string error;
    EXPECT_TRUE(loadPresets(f.dir.string(), error)) << error;
    fs::remove(f.dir / "reform_led.json");
    f.expectRefused({"reform_led.json", "cannot open"});
  }
  {
    PresetFolder f;
    f.write("extra.json", "{}");
    f.expectRefused({"extra.json", "not a known preset"});
  }
  {
    PresetFolder f;
    std::string text = readAll((f.dir / "downside.json").string());
    text.replace(text.find("\"downside\""), 10, "\"baseline\"");
    f.write("downside.json", text);
    f.expectRefused({"downside.json", "must have that id"});
  }
  {
    PresetFolder f;
    std::string text = readAll((f.dir / "reform_led.json").string());
    text.replace(text.find("80.0"), 4, "99.0");
    f.write("reform_led.json", text);
    f.expectRefused({"reform_led.json", "levers.inst.quality_target.value = 99", "out of range"});
  }
  {
    PresetFolder f;
    f.write("baseline.json", "{\"format\":\"hanoi2045-preset\",\"version\":2,\"id\":\"baseline\",\"name_en\":\"B\xff\"}");
    f.expectRefused({"baseline.json", "malformed JSON", "\\xFF"});
  }
  std::string error;
  EXPECT_FALSE(loadPresets("/nonexistent/h2045", error));
  EXPECT_NE(error.find("not found"), std::string::npos);
}

TEST(PresetReader, FieldErrors) {
  const std::string good = readAll(kPresetDir + "/baseline.json");
  std::string error;
  ASSERT_TRUE(parsePresetJson(good, error)) << error;
  const auto swap = [&](const std::string& from, const std::string& to) {
    std::string t = good;
    const std::size_t at = t.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? t : t.replace(at, from.size(), to);
  };
  const auto refused = [&](const std::string& text, const std::string& fragment) {
    std::string why;
    EXPECT_FALSE(parsePresetJson(text, why)) << text;
    EXPECT_NE(why.find(fragment), std::string::npos) << "'" << fragment << "' not in: " << why;
  };
  refused(swap("\"name_vi\"", "\"name_xx\""), "name_vi: missing");
  refused(swap("\"version\": 2", "\"version\": 3"), "newer release");
  refused(swap("\"format\": \"hanoi2045-preset\"", "\"format\": \"hanoi2045-scenario\""), "not a preset file");
  refused(swap("\"base_year\"", "\"name\": \"x\", \"base_year\""), "unknown field \"name\"");
  refused(swap("\"vi\":", "\"fr\":"), "sources: unknown field \"fr\"");
  refused(swap("\"id\": \"baseline\"", "\"id\": \"base\""), "unknown preset");
}

}  // namespace
}  // namespace h2045
