// Scenarios in the app: presets, the whole document (name, targets) through load and save,
// the history list, the autosave across a restart, share links in and out, opened files.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app_frames.h"
#include "scenario/presets.h"
#include "scenario/scenario_file.h"
#include "scenario/share_link.h"

namespace h2045::app {
namespace {

class Scenarios : public AppFrames {
 protected:
  ScenarioDocument current() {
    std::string error;
    std::optional<ScenarioDocument> d = parseScenarioJson(app->scenarioJson(), error);
    EXPECT_TRUE(d) << error;
    return d ? *d : ScenarioDocument{};
  }
  std::vector<Preset> presets() {
    std::string error;
    std::optional<std::vector<Preset>> p = loadPresets(std::string(H2045_SOURCE_DIR) + "/assets/scenarios", error);
    EXPECT_TRUE(p) << error;
    return p ? *p : std::vector<Preset>{};
  }
  std::vector<std::string> historyLabels() { return state()["history"].get<std::vector<std::string>>(); }
  std::string notice() { return state()["notice"]["text"].get<std::string>(); }
};

TEST_F(Scenarios, EveryPresetLoadsFromTheMenuAndIsOneUndoableStep) {
  const ScenarioDocument before = current();
  for (const Preset& p : presets()) {
    SCOPED_TRACE(p.id);
    run("preset", p.id);
    EXPECT_EQ(current().scenario, p.document.scenario);
    EXPECT_EQ(current().targetSetId, p.document.targetSetId);
    EXPECT_EQ(state()["name"], p.nameEn);
    EXPECT_EQ(historyLabels().back(), "14:05  Preset: " + p.nameEn);
  }
  for (size_t i = 0; i < presets().size(); ++i) run("undo", "");
  EXPECT_EQ(current(), before);
  run("redo", "");
  EXPECT_EQ(current().scenario, presets().front().document.scenario);

  std::string error;
  const std::string json = app->scenarioJson();
  EXPECT_FALSE(app->command("preset", "no_such_preset", error));
  EXPECT_NE(error.find("no_such_preset"), std::string::npos) << error;
  EXPECT_NE(error.find("congress17"), std::string::npos) << "the message lists the known ones: " << error;
  EXPECT_EQ(app->scenarioJson(), json);
}

TEST_F(Scenarios, ThePresetMenuShowsEveryPresetInTheLanguageOfTheScreen) {
  frames();
  const nlohmann::json controls = state()["controls"];
  ASSERT_TRUE(controls.contains("scenario")) << "the Scenarios menu is in the top bar";
  const float x = controls["scenario"][0].get<float>() + 5, y = controls["scenario"][1].get<float>() + 5;
  hover(x, y);
  ImGui::GetIO().MouseDown[0] = true;
  frames(1);
  ImGui::GetIO().MouseDown[0] = false;
  frames(2);
  for (const Preset& p : presets()) EXPECT_TRUE(drew(p.nameEn)) << p.nameEn;
  run("lang", "vi");
  frames(2);
  for (const Preset& p : presets()) EXPECT_TRUE(drew(p.nameVi)) << p.nameVi;
  // A click on one loads it.
  const nlohmann::json open = state()["controls"];
  ASSERT_TRUE(open.contains("preset:reform_led"));
  hover(open["preset:reform_led"][0].get<float>() + 5, open["preset:reform_led"][1].get<float>() + 5);
  ImGui::GetIO().MouseDown[0] = true;
  frames(1);
  ImGui::GetIO().MouseDown[0] = false;
  frames(2);
  EXPECT_EQ(current().scenario, findPreset(presets(), "reform_led")->document.scenario);
  EXPECT_EQ(state()["name"], findPreset(presets(), "reform_led")->nameVi);
}

TEST_F(Scenarios, ALoadedDocumentKeepsItsNameDescriptionAndTargets) {
  ScenarioDocument d;
  d.name = "Nhóm 3: hạ tầng trước";
  d.description = "Đề xuất của nhóm 3";
  d.scenario.at(ParamId::PublicInvestmentPct).value = 9;
  d.targetSetId = "custom";
  d.customTargets = {Target{2035, 20000, 25000, false}, Target{2045, 40000, HUGE_VAL, false}};
  std::string error;
  ASSERT_TRUE(app->loadScenario(scenarioToJson(d), error)) << error;
  EXPECT_EQ(current(), d);
  EXPECT_EQ(state()["target_set"], "custom");
  EXPECT_EQ(state()["targets"].size(), 2u);
  // And undo takes all of it back, targets included.
  run("undo", "");
  EXPECT_EQ(current(), ScenarioDocument{});
  EXPECT_EQ(state()["target_set"], std::string(kDefaultTargetSetId));
}

TEST_F(Scenarios, ABadFileChangesNothingAndSaysWhy) {
  run("set", "infra.public_investment_pct=7");
  const std::string before = app->scenarioJson();
  const size_t steps = state()["history_size"].get<size_t>();
  std::string error;
  EXPECT_FALSE(app->openScenarioText("{\"format\": \"hanoi2045-scenario\", \"version\": 2, \"levers\": "
                                     "{\"infra.public_investment_pct\": 99}}",
                                     "/home/me/group3.json", error));
  EXPECT_NE(error.find("levers.infra.public_investment_pct"), std::string::npos) << error;
  EXPECT_EQ(app->scenarioJson(), before);
  EXPECT_EQ(state()["history_size"].get<size_t>(), steps);
  EXPECT_NE(notice().find("group3.json"), std::string::npos) << notice();
  EXPECT_TRUE(state()["notice"]["error"].get<bool>());
  frames();
  EXPECT_TRUE(drew("group3.json")) << "the notice is on screen";

  ScenarioDocument good;
  good.name = "Group 3";
  good.scenario.at(ParamId::PublicInvestmentPct).value = 10;
  ASSERT_TRUE(app->openScenarioText(scenarioToJson(good), "/home/me/group3.json", error)) << error;
  EXPECT_EQ(current(), good);
  EXPECT_EQ(historyLabels().back(), "14:05  Opened group3.json");
  EXPECT_FALSE(state()["notice"]["error"].get<bool>());
}

TEST_F(Scenarios, TheHistoryListNamesEachChangeAndStepsBackToIt) {
  platform.minute = 9 * 60 + 30;
  run("set", "infra.public_investment_pct=8");
  platform.minute = 9 * 60 + 31;
  run("targets", "master_plan_2024");
  const std::vector<std::string> labels = historyLabels();
  ASSERT_EQ(labels.size(), 3u);
  EXPECT_EQ(labels[0], "14:05  Start");
  EXPECT_NE(labels[1].find("09:30  Public"), std::string::npos) << labels[1];
  EXPECT_NE(labels[1].find("→ 8"), std::string::npos) << labels[1];
  EXPECT_EQ(labels[2].rfind("09:31  Targets: ", 0), 0u) << labels[2];
  // The list on screen, newest first; a click on the first step goes back to it.
  run("history", "open");
  frames();
  EXPECT_TRUE(drew(labels[1]));
  const nlohmann::json controls = state()["controls"];
  ASSERT_TRUE(controls.contains("history:0")) << "the list draws every step";
  EXPECT_LT(controls["history:2"][1].get<float>(), controls["history:0"][1].get<float>()) << "newest first";
  hover(controls["history:0"][0].get<float>() + 5, controls["history:0"][1].get<float>() + 5);
  ImGui::GetIO().MouseDown[0] = true;
  frames(1);
  ImGui::GetIO().MouseDown[0] = false;
  frames(2);
  EXPECT_EQ(current(), ScenarioDocument{});
  EXPECT_EQ(state()["history_cursor"], 0);
  EXPECT_TRUE(state()["can_redo"].get<bool>()) << "later steps stay for redo";
  run("history", "2");
  EXPECT_EQ(current().targetSetId, "master_plan_2024");
  std::string error;
  EXPECT_FALSE(app->command("history", "3", error));
  EXPECT_NE(error.find("0 to 2"), std::string::npos) << error;
  run("lang", "vi");
  EXPECT_NE(historyLabels()[1].find("Đầu tư công"), std::string::npos) << historyLabels()[1];
}

TEST_F(Scenarios, TheAutosaveBringsTheScenarioBackAfterARestart) {
  run("preset", "reform_led");
  run("set", "hc.rnd_pct=2");
  frames();
  ASSERT_FALSE(platform.stored["autosave"].empty());
  const ScenarioDocument before = current();
  start();  // a reload: a new app on the same storage
  EXPECT_EQ(current(), before);
  EXPECT_EQ(historyLabels(), std::vector<std::string>{"14:05  Restored from the last session"});
  EXPECT_EQ(notice(), "");
  // Nothing changed, nothing is written again.
  const int writes = platform.writes;
  frames(5);
  EXPECT_EQ(platform.writes, writes);
}

// In Vietnamese the notice says what is wrong in Vietnamese, naming the lever as the screen
// names it; the reader's English message is only its detail (a tooltip), never drawn as text.
TEST_F(Scenarios, ABadFileIsExplainedInVietnamese) {
  const std::string broken =
      "{\"format\": \"hanoi2045-scenario\", \"version\": 2, \"levers\": {\"infra.public_investment_pct\": 99}}";
  run("lang", "vi");
  std::string error;
  EXPECT_FALSE(app->openScenarioText(broken, "/home/me/nhom3.json", error));
  const std::string english = error.substr(error.find(": ") + 2);  // after the file's name
  frames();
  EXPECT_NE(notice().find("nhom3.json"), std::string::npos) << notice();
  EXPECT_NE(notice().find("Đầu tư công cho hạ tầng"), std::string::npos) << notice();
  EXPECT_EQ(notice().find("out of range"), std::string::npos) << notice();
  const nlohmann::json st = state();
  for (const auto& text : st["drawn"]) EXPECT_EQ(text.get<std::string>().find(english), std::string::npos) << text;
  // Read from disk (a dropped or typed file), the same: the lever named, the path not in it.
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "h2045_nhom3_test.json";
  {
    std::ofstream out(file);
    out << broken;
  }
  EXPECT_FALSE(app->openScenarioFile(file.string(), error));
  std::filesystem::remove(file);
  EXPECT_NE(notice().find("Đầu tư công cho hạ tầng"), std::string::npos) << notice();
  EXPECT_EQ(notice().find(file.parent_path().string()), std::string::npos) << notice();
  EXPECT_EQ(error.find(file.string() + ": " + file.string()), std::string::npos) << "named once: " << error;
  // Refused actions of the Scenarios menu too: a name is needed to save.
  run("notice", "close");
  EXPECT_FALSE(app->command("save", "", error));
  // The same file in English gives the reader's own message.
  run("lang", "en");
  EXPECT_FALSE(app->openScenarioText(broken, "/home/me/nhom3.json", error));
  EXPECT_NE(notice().find("out of range"), std::string::npos) << notice();
}

TEST_F(Scenarios, ARefusedWriteIsSaidOnceAndTheScenarioStaysInMemory) {
  platform.refuseWrites = true;
  run("set", "infra.public_investment_pct=9");
  frames();
  EXPECT_NE(notice().find("QuotaExceededError"), std::string::npos) << notice();
  run("notice", "close");
  run("set", "infra.public_investment_pct=10");
  frames();
  EXPECT_EQ(notice(), "") << "said once";
  EXPECT_EQ(current().scenario.at(ParamId::PublicInvestmentPct).value, 10);
  platform.refuseWrites = false;
  run("set", "infra.public_investment_pct=11");
  frames();
  EXPECT_NE(platform.stored["autosave"].find("11"), std::string::npos);
}

TEST_F(Scenarios, TheShareLinkIsCopiedAndTheAddressBarFollowsTheDocument) {
  run("preset", "congress17");
  frames();
  run("share_link", "");
  const std::string link = platform.clipboard;
  ASSERT_EQ(link.rfind("https://example.org/hanoi2045/#s=", 0), 0u) << link;
  EXPECT_EQ(link, app->shareLink());
  std::string error;
  std::optional<ScenarioDocument> decoded = decodeShareLink(link, error);
  ASSERT_TRUE(decoded) << error;
  EXPECT_EQ(*decoded, current());
  EXPECT_NE(notice().find(link), std::string::npos) << "the notice shows what was copied";
  EXPECT_EQ(platform.addressBar, shareLinkFragment(current()));
}

TEST_F(Scenarios, ALinkOpensItsDocumentAndADamagedOneStartsFromTheAutosave) {
  run("preset", "downside");
  frames();
  const ScenarioDocument autosaved = current();
  const std::vector<Preset> all = presets();
  const Preset& reform = *findPreset(all, "reform_led");
  const std::string link = "https://example.org/hanoi2045/" + shareLinkFragment(reform.documentIn(Language::English));

  start(link);
  EXPECT_EQ(current(), reform.documentIn(Language::English));
  EXPECT_EQ(historyLabels(), std::vector<std::string>{"14:05  Opened a shared link"});

  std::string damaged = link;
  damaged[damaged.size() - 3] = damaged[damaged.size() - 3] == 'A' ? 'B' : 'A';
  frames();  // the autosave now holds the linked document
  start(damaged);
  EXPECT_EQ(current(), reform.documentIn(Language::English)) << "the last autosave";
  EXPECT_NE(notice().find("link"), std::string::npos) << notice();
  EXPECT_TRUE(state()["notice"]["error"].get<bool>());

  // Opened while running (a pasted link, Back and Forward): undoable; a bad one changes nothing.
  std::string error;
  ASSERT_TRUE(app->openLink(shareLinkFragment(autosaved), error)) << error;
  EXPECT_EQ(current(), autosaved);
  const std::string json = app->scenarioJson();
  EXPECT_FALSE(app->openLink("#s=AQ<script>", error));
  EXPECT_EQ(app->scenarioJson(), json);
  run("undo", "");
  EXPECT_EQ(current(), reform.documentIn(Language::English));
}

TEST_F(Scenarios, AScenarioFileGivenAtStartIsOpened) {
  const std::string path = ::testing::TempDir() + "/h2045_start_scenario.json";
  ScenarioDocument d;
  d.name = "Workshop start";
  d.scenario.at(ParamId::PublicInvestmentPct).value = 6.5;
  {
    std::ofstream(path) << scenarioToJson(d);
  }
  start("", path);
  EXPECT_EQ(current(), d);
  EXPECT_EQ(historyLabels(), std::vector<std::string>{"14:05  Opened h2045_start_scenario.json"});
  frames();  // the autosave now holds it
  start("", path + ".missing");
  EXPECT_EQ(current(), d) << "a missing file: the autosave";
  EXPECT_NE(notice().find(".missing"), std::string::npos) << notice();
  std::remove(path.c_str());
}


TEST_F(Scenarios, SavedScenariosOutliveARestartAndOpenAsOneStep) {
  run("preset", "reform_led");
  run("save", "  Group 1 ");  // trimmed
  run("preset", "infrastructure_led");
  run("set", "infra.public_investment_pct=9");
  run("save", "Nhóm 2");
  EXPECT_EQ(state()["saved"], nlohmann::json::array({"Group 1", "Nhóm 2"}));
  EXPECT_EQ(state()["name"], "Nhóm 2");
  const ScenarioDocument group2 = current();
  EXPECT_NE(notice().find("Nhóm 2"), std::string::npos) << notice();
  frames();  // the autosave follows the frame

  start();  // a restart: both are still there
  EXPECT_EQ(state()["saved"], nlohmann::json::array({"Group 1", "Nhóm 2"}));
  run("open_saved", "Group 1");
  EXPECT_EQ(current().scenario, findPreset(presets(), "reform_led")->document.scenario);
  EXPECT_EQ(state()["name"], "Group 1");
  run("undo", "");
  EXPECT_EQ(current(), group2);
  // Saving under a used name replaces it; a bad name or a missing one says so.
  run("save", "Group 1");
  EXPECT_EQ(state()["saved"].size(), 2u);
  std::string error;
  EXPECT_FALSE(app->command("save", "   ", error));
  EXPECT_NE(error.find("name"), std::string::npos) << error;
  EXPECT_FALSE(app->command("open_saved", "Group 9", error));
  run("delete_saved", "Group 1");
  EXPECT_EQ(state()["saved"], nlohmann::json::array({"Nhóm 2"}));
  start();
  EXPECT_EQ(state()["saved"], nlohmann::json::array({"Nhóm 2"}));
}

TEST_F(Scenarios, ADamagedSavedListIsSaidAndLeftAsItIs) {
  platform.stored["saved"] = "{\"format\": \"hanoi2045-saved\", \"version\": 1, \"scenarios\": [{\"name\": 5}]}";
  start();
  EXPECT_NE(notice().find("scenarios[0]"), std::string::npos) << notice();
  EXPECT_EQ(state()["saved"].size(), 0u);
  EXPECT_NE(platform.stored["saved"].find("\"name\": 5"), std::string::npos) << "not overwritten";
}

TEST_F(Scenarios, FourComparedScenariosAreNamedLinesOnTheChartAndColumnsInTheTable) {
  run("view", "chart");
  frames();
  const int seriesAlone = chart("main")["series"].get<int>();
  const char* ids[] = {"congress17", "infrastructure_led", "reform_led", "human_capital_led"};
  for (const char* id : ids) {
    run("preset", id);
    run("save", findPreset(presets(), id)->nameEn);
  }
  run("preset", "baseline");
  for (const char* id : ids) run("compare", findPreset(presets(), id)->nameEn);
  frames();
  EXPECT_EQ(chart("main")["series"].get<int>(), seriesAlone + 4);
  for (const char* id : ids) EXPECT_TRUE(drew(findPreset(presets(), id)->nameEn)) << "the legend names " << id;
  std::string error;
  run("preset", "downside");
  const std::string fifth = shareLinkFragment(current());
  EXPECT_FALSE(app->command("compare", fifth, error));
  EXPECT_NE(error.find("at most 4"), std::string::npos) << error;

  // The table: outcomes in the chosen units, targets, the levers that differ.
  run("units", "vnd");
  run("view", "compare");
  frames();
  EXPECT_TRUE(drew("GRDP per person 2045"));
  EXPECT_TRUE(drew("Target 2045: > 36,000 USD"));
  EXPECT_TRUE(drew("Public infrastructure investment"));
  const nlohmann::json drawn = state()["drawn"];  // kept: a range-for over a temporary's member dangles
  bool millionVnd = false;
  for (const auto& text : drawn) millionVnd |= text.get<std::string>().find(" million VND") != std::string::npos;
  EXPECT_TRUE(millionVnd) << "outcomes follow the chosen units";

  // All or nothing through the API's compare_set.
  EXPECT_FALSE(app->command("compare_set", "17th Congress plan\n#s=broken", error));
  EXPECT_EQ(state()["compared"].size(), 4u);
  run("compare_set", "Reform-led\n" + fifth);
  EXPECT_EQ(state()["compared"], nlohmann::json::array({"Reform-led", "Downside: slow reform and weak disbursement"}));
  run("compare_remove", "Reform-led");
  EXPECT_EQ(state()["compared"].size(), 1u);
}

TEST_F(Scenarios, TheDesktopSavesToAndOpensFromAPath) {
  const std::string path = ::testing::TempDir() + "/h2045 group 4.json";
  run("preset", "human_capital_led");
  run("set", "infra.public_investment_pct=7.5");
  const ScenarioDocument saved = current();
  run("save_file", "  " + path + " ");
  EXPECT_NE(notice().find(path), std::string::npos) << notice();
  std::string error;
  std::optional<ScenarioDocument> onDisk = readScenarioFile(path, error);
  ASSERT_TRUE(onDisk) << error;
  EXPECT_EQ(*onDisk, saved);
  run("preset", "downside");
  run("open_file", path);
  EXPECT_EQ(current(), saved);
  EXPECT_EQ(historyLabels().back(), "14:05  Opened h2045 group 4.json");
  EXPECT_FALSE(app->command("save_file", ::testing::TempDir() + "/no/such/folder/x.json", error));
  EXPECT_TRUE(state()["notice"]["error"].get<bool>());
  EXPECT_EQ(current(), saved) << "a failed save changes nothing";
  std::remove(path.c_str());
}

}  // namespace
}  // namespace h2045::app
