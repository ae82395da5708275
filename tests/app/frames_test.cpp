// Whole frames with ImGui's null backend: every view, both languages, presenter on and
// off, at projector and desktop sizes. ImGui's asserts are on, so a broken ID stack,
// unbalanced Begin/End or Push/Pop aborts the test.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/theme.h"
#include "app_frames.h"
#include "model/model.h"
#include "model/results.h"
#include "model/explain.h"
#include "model/target_map.h"
#include "model/sensitivity.h"
#include "model/uncertainty.h"
#include "scenario/data.h"
#include "scenario/messages.h"
#include "scenario/scenario_file.h"

namespace h2045::app {
namespace {

class Frames : public AppFrames {};

// Everything a Vietnamese screen can draw, tooltips included, is Vietnamese: no English source
// from the data files or the lever table, no English interface text, no key without its
// Vietnamese translation; reliability is words, not letters.
TEST_F(Frames, VietnameseScreensDrawNoEnglishSourceOrUntranslatedText) {
  std::string error;
  Translations words;
  ASSERT_TRUE(loadTranslationFolder(std::string(H2045_SOURCE_DIR) + "/assets/i18n", words, error)) << error;
  const std::optional<HistoricalData> data = loadHistoricalData(std::string(H2045_SOURCE_DIR) + "/assets/data", error);
  ASSERT_TRUE(data) << error;
  // The English originals that must never appear on a Vietnamese screen.
  std::set<std::string> englishSources;
  for (const HistoryYear& y : data->years)
    for (int f = 0; f < kHistoryFieldCount; ++f)
      if (!y.source[size_t(f)].empty()) englishSources.insert(y.source[size_t(f)]);
  for (const ParamSpec& p : paramSpecs()) {
    if (!p.prior && p.source != "prior") englishSources.insert(splitSourceFlags(p.source).text);
    if (!priorNoteOf(p).empty()) englishSources.insert(priorNoteOf(p));  // a prior's reason
  }
  std::set<std::string> englishTexts;  // interface texts that differ in Vietnamese
  for (const auto& [key, text] : words.english) {
    const std::string vi = lookup(words.vietnamese, key);
    if (vi != text && text.size() >= 4 && text.find('{') == std::string::npos) englishTexts.insert(text);
  }

  resize(1600, 4000);  // tall enough that every lever and assumption is on screen to hover
  run("lang", "vi");
  run("assumptions", "on");
  std::set<std::string> drawn, missing;
  auto collect = [&] {
    const nlohmann::json st = state();
    for (const auto& text : st["drawn"]) drawn.insert(text.get<std::string>());
    for (const auto& key : st["missing_keys"]) missing.insert(key.get<std::string>());
  };
  frames(1);
  const nlohmann::json views = state()["views"];
  for (const auto& v : views) {
    run("view", v["id"].get<std::string>());
    hover(-1, -1);
    collect();
  }
  // Every lever's and assumption's tooltip.
  run("view", "chart");
  frames();
  int levers = 0;
  const nlohmann::json controls = state()["controls"];
  for (const auto& [name, rect] : controls.items()) {
    if (name.rfind("lever:", 0) != 0) continue;
    ++levers;
    hover(rect[0].get<float>() + rect[2].get<float>() * 0.5f, rect[1].get<float>() + rect[3].get<float>() * 0.5f);
    collect();
  }
  EXPECT_GE(levers, 30);
  // Every year of the main chart and the growth chart, history tooltips included.
  for (const char* view : {"chart", "growth"}) {
    run("view", view);
    hover(-1, -1);
    const nlohmann::json c = chart(view == std::string("chart") ? "main" : "growth");
    ASSERT_TRUE(c.is_object()) << view;
    const auto plot = c["plot"];
    const float x0 = plot[0], y0 = plot[1], x1 = plot[2], y1 = plot[3];
    for (double year = c["x_min"].get<double>(); year <= c["x_max"].get<double>(); ++year) {
      const double t = (year - c["x_min"].get<double>()) / (c["x_max"].get<double>() - c["x_min"].get<double>());
      hover(x0 + float(t) * (x1 - x0), (y0 + y1) * 0.5f, 2);
      collect();
    }
  }
  // Predict-then-reveal with the room's guesses, before and after the reveal.
  run("view", "chart");
  run("predict", "on");
  frames();
  collect();
  run("predict.add", "Nhóm 1:30000");
  hover(-1, -1);
  collect();
  run("reveal", "");
  frames();
  collect();
  EXPECT_TRUE(missing.empty()) << nlohmann::json(missing).dump();
  for (const std::string& text : drawn) {
    for (const std::string& english : englishSources)
      EXPECT_EQ(text.find(english), std::string::npos) << "English source \"" << english << "\" in \"" << text << "\"";
    EXPECT_EQ(englishTexts.count(text), 0u) << "English text drawn: " << text;
  }
  // The tooltips were really drawn: a Vietnamese data source, a lever source with its
  // reliability in words and Vietnamese digit grouping, the reliability of a history point.
  auto any = [&](const std::string& needle) {
    for (const std::string& text : drawn)
      if (text.find(needle) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(any("Cục Thống kê Hà Nội"));
  EXPECT_TRUE(any("Nguồn (tính từ số liệu đã công bố): Kế hoạch đầu tư công 2025 của Hà Nội > 87 nghìn tỷ đồng / "
                  "GRDP ≈ 1.580 nghìn tỷ đồng"));
  EXPECT_TRUE(any("Độ tin cậy: số liệu chính thức"));
  EXPECT_TRUE(any("Độ tin cậy: số liệu sơ bộ hoặc từ báo chí"));
  EXPECT_FALSE(any("1,580"));
  EXPECT_TRUE(any("Dự đoán của các nhóm cho năm 2045 (USD)"));
  EXPECT_TRUE(any("Nhóm 1: 30.000"));
}

TEST_F(Frames, EveryViewLanguagePresenterAndSizeBuildsCleanly) {
  // The views come from the app's own table, so a new view is drawn here without a list to edit.
  frames(1);
  std::vector<std::string> kViews;
  const nlohmann::json first = state();
  for (const auto& v : first["views"]) kViews.push_back(v["id"].get<std::string>());
  ASSERT_GE(kViews.size(), 7u);
  for (auto [w, h] : {std::pair{1024.f, 768.f}, std::pair{1920.f, 1080.f}, std::pair{600.f, 400.f}}) {
    resize(w, h);
    for (const char* lang : {"en", "vi"}) {
      run("lang", lang);
      for (const char* presenter : {"off", "on"}) {
        run("presenter", presenter);
        for (const std::string& view : kViews) {
          run("view", view);
          frames(3);
          nlohmann::json s = state();
          EXPECT_EQ(s["view"], view);
          EXPECT_EQ(s["language"], lang);
          EXPECT_TRUE(s["missing_keys"].empty()) << s["missing_keys"].dump();
          EXPECT_EQ(s["tabs"].size(), kViews.size());
        }
      }
    }
  }
  // Also the overlays and the hidden-results state.
  run("help", "on");
  run("predict", "on");
  for (const std::string& view : kViews) {
    run("view", view);
    frames(2);
  }
  EXPECT_TRUE(state()["help"]);
}

TEST_F(Frames, TinyAndZeroSizedWindowsDoNotBreak) {
  for (auto [w, h] : {std::pair{0.f, 0.f}, std::pair{1.f, 1.f}, std::pair{320.f, 240.f}}) {
    resize(w, h);
    frames(2);
  }
}

TEST_F(Frames, LanguageSwitchChangesVisibleStrings) {
  frames();
  EXPECT_TRUE(drew("Policy levers"));
  EXPECT_TRUE(drew("Infrastructure"));
  EXPECT_FALSE(drew("Hạ tầng"));
  run("lang", "vi");
  frames();
  EXPECT_TRUE(drew("Đòn bẩy chính sách"));
  EXPECT_TRUE(drew("Hạ tầng"));
  EXPECT_TRUE(drew("Thể chế"));
  EXPECT_TRUE(drew("Nhân lực"));
  EXPECT_FALSE(drew("Policy levers"));
  // Numbers follow the language: Vietnamese groups thousands with '.'.
  const std::string headline = state()["headline"];
  EXPECT_NE(headline.find("USD"), std::string::npos);
  EXPECT_NE(headline.find("36.000"), std::string::npos) << headline;
}

TEST_F(Frames, LeverMovesResultAndChartRedraws) {
  frames();
  const double before = result2045();
  const double checksum = mainChartChecksum();
  std::string error;
  ASSERT_TRUE(app->setLever("infra.public_investment_pct", 10, error)) << error;
  frames();
  EXPECT_GT(result2045(), before);
  EXPECT_NE(mainChartChecksum(), checksum);
  EXPECT_TRUE(state()["can_undo"]);
}

TEST_F(Frames, BadLeverInputChangesNothing) {
  frames();
  const std::string before = app->scenarioJson();
  std::string error;
  EXPECT_FALSE(app->setLever("infra.public_investment_pct", 99, error));
  EXPECT_NE(error.find("infra.public_investment_pct"), std::string::npos) << error;
  EXPECT_FALSE(app->setLever("no.such_lever", 1, error));
  EXPECT_FALSE(app->setLever("infra.public_investment_pct", std::nan(""), error));
  EXPECT_FALSE(app->command("view", "nonsense", error));
  EXPECT_FALSE(app->command("nonsense", "", error));
  EXPECT_FALSE(app->loadScenario("{not json", error));
  EXPECT_EQ(app->scenarioJson(), before);
  EXPECT_FALSE(state()["can_undo"]);
}

TEST_F(Frames, UndoRedoStepThroughScenarios) {
  frames();
  const std::string original = app->scenarioJson();
  std::string error;
  ASSERT_TRUE(app->setLever("infra.public_investment_pct", 9, error));
  const std::string changed = app->scenarioJson();
  ASSERT_NE(changed, original);
  run("undo", "");
  EXPECT_EQ(app->scenarioJson(), original);
  run("redo", "");
  EXPECT_EQ(app->scenarioJson(), changed);
  ASSERT_TRUE(app->loadScenario(original, error)) << error;
  EXPECT_EQ(app->scenarioJson(), original);
  run("undo", "");
  EXPECT_EQ(app->scenarioJson(), changed);
}

TEST_F(Frames, PresenterModeRebuildsLargerFonts) {
  frames();
  const double normal = state()["font_size"];
  run("presenter", "on");
  EXPECT_TRUE(app->consumeFontsChanged());
  frames();
  EXPECT_GT(state()["font_size"].get<double>(), normal * 1.3);
  EXPECT_TRUE(state()["presenter"]);
  // Assumptions are hidden in presenter mode.
  run("lang", "en");
  frames();
  EXPECT_FALSE(drew("Model assumptions"));
  run("presenter", "off");
  frames();
  EXPECT_TRUE(drew("Model assumptions"));
}

TEST_F(Frames, HighDpiRebuildsFontsAtScale) {
  frames();
  app->setContentScale(2.0f);
  EXPECT_TRUE(app->consumeFontsChanged());
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 0.5f);
  frames();
  EXPECT_FALSE(app->consumeFontsChanged());
}

TEST_F(Frames, PredictThenReveal) {
  run("predict", "on");
  frames();
  EXPECT_FALSE(state()["revealed"]);
  // Hidden: no value, no status; the targets themselves stay visible.
  auto showsResults = [&] {
    const nlohmann::json s = state();
    const std::string headline = s["headline"];
    bool shown = headline.find("missed by") != std::string::npos || headline.find("met ·") != std::string::npos;
    for (const auto& t : s["targets"]) EXPECT_EQ(t["shown"] == "hidden", !shown) << t;
    return shown;
  };
  EXPECT_FALSE(showsResults()) << state()["headline"];
  EXPECT_NE(state()["headline"].get<std::string>().find("36,000"), std::string::npos);
  run("reveal", "");
  frames();
  EXPECT_TRUE(state()["revealed"]);
  EXPECT_TRUE(showsResults()) << state()["headline"];
  // A new proposal hides the results again.
  std::string error;
  ASSERT_TRUE(app->setLever("inst.quality_target", 80, error)) << error;
  frames();
  EXPECT_FALSE(state()["revealed"]);
}

// Before the reveal nothing about the result shows, not even how many warnings there are.
TEST_F(Frames, PredictModeHidesTheWarningsCount) {
  std::string error;
  ASSERT_TRUE(app->setLever("assume.private_investment_pct", 38, error)) << error;
  frames();
  auto warningsTab = [&] {
    const nlohmann::json tabs = state()["tabs"];
    for (const auto& tab : tabs)
      if (tab.get<std::string>().rfind("Warnings", 0) == 0) return tab.get<std::string>();
    return std::string("?");
  };
  ASSERT_GT(state()["warnings"].get<int>(), 0);
  EXPECT_NE(warningsTab().find("("), std::string::npos) << warningsTab();
  run("predict", "on");
  frames();
  EXPECT_EQ(warningsTab(), "Warnings");
  EXPECT_TRUE(state()["warnings"].is_null()) << "the test hook gives the count away before the reveal";
  const nlohmann::json hidden = state();  // kept alive: a range over a temporary's member dangles
  for (const auto& text : hidden["drawn"]) EXPECT_EQ(text.get<std::string>().find("Warnings ("), std::string::npos);
  run("reveal", "");
  frames();
  EXPECT_EQ(warningsTab().find("Warnings ("), 0u) << warningsTab();
  EXPECT_GT(state()["warnings"].get<int>(), 0);
}

// The facilitator records each group's guess before the reveal; the reveal shows them on the
// main chart at the headline's year, in the unit shown, against the result.
TEST_F(Frames, PredictionsAreRecordedAndShownAtTheReveal) {
  run("predict", "on");
  run("predict.add", "Group A:30000");
  run("predict.add", "Ward 3: optimists:45000");  // the last ':' separates the value
  run("predict.add", "Group A:31000");            // the same group again: replaced
  std::string error;
  for (const char* bad : {"", "Nobody", ":5000", "X:-1", "X:abc", "X:nan"})
    EXPECT_FALSE(app->command("predict.add", bad, error)) << bad;
  for (int i = 0; i < 6; ++i) run("predict.add", "G" + std::to_string(i) + ":20000");
  EXPECT_FALSE(app->command("predict.add", "One too many:20000", error));
  EXPECT_NE(error.find("at most 8"), std::string::npos) << error;
  run("predict.remove", "G5");
  EXPECT_FALSE(app->command("predict.remove", "G5", error));
  frames();
  nlohmann::json st = state();
  ASSERT_EQ(st["predictions"].size(), 7u);
  EXPECT_EQ(st["predictions"][0]["group"], "Group A");
  EXPECT_EQ(st["predictions"][0]["value"], 31000);
  EXPECT_EQ(st["predictions"][1]["group"], "Ward 3: optimists");
  EXPECT_EQ(st["prediction_year"], 2045);
  // Listed while hidden, but not on the chart, and no result anywhere.
  EXPECT_TRUE(drew("Group A: 31,000"));
  EXPECT_TRUE(chart("main")["markers"].empty());
  EXPECT_FALSE(drew("missed by"));
  run("reveal", "");
  frames();
  const nlohmann::json markers = chart("main")["markers"];
  ASSERT_EQ(markers.size(), 7u);
  EXPECT_EQ(markers[0]["label"], "Group A");
  EXPECT_EQ(markers[0]["x"], 2045);
  EXPECT_EQ(markers[0]["y"], 31000);
  // In another unit the guesses move with the model's own conversion at 2045.
  run("units", "vnd");
  frames();
  const nlohmann::json result = nlohmann::json::parse(app->resultJson());
  double factor = 0;
  for (const auto& y : result["years"])
    if (y["year"] == 2045) factor = y["grdp_per_capita_mvnd"].get<double>() / y["grdp_per_capita_usd"].get<double>();
  EXPECT_NEAR(chart("main")["markers"][0]["y"].get<double>(), 31000 * factor, 1e-6 * 31000 * factor);
  // Switching predict mode off takes them off the chart; clearing empties the list.
  run("predict", "off");
  frames();
  EXPECT_TRUE(chart("main")["markers"].empty());
  run("predict.clear", "");
  EXPECT_TRUE(state()["predictions"].empty());
}

// Each answer is pinned by a target made from the model's own outcomes: what the baseline
// already reaches, what investment at 9 % of GRDP reaches, and ten times that.
TEST_F(Frames, WhatsNeededAnswersEachStatusAndApplies) {
  frames();
  auto resultIn = [&](int year) {
    nlohmann::json r = nlohmann::json::parse(app->resultJson());
    for (const auto& y : r["years"])
      if (y["year"] == year) return y["grdp_per_capita_usd"].get<double>();
    ADD_FAILURE() << "no row " << year;
    return 0.0;
  };
  const double baseline = resultIn(2040);
  std::string error;
  ASSERT_TRUE(app->setLever("infra.public_investment_pct", 9, error)) << error;
  const double withNine = resultIn(2040);
  run("undo", "");
  ASSERT_GT(withNine, baseline);
  run("needed.lever", "infra.public_investment_pct");
  run("view", "needed");
  auto ask = [&](double usd) {
    run("custom_target", "2040:" + std::to_string(static_cast<long long>(std::ceil(usd))));
    run("needed.target", "2040");
    frames();
    return state()["needed"];
  };
  EXPECT_EQ(ask(baseline * 0.9)["status"], "already_met");
  EXPECT_EQ(ask(withNine * 10)["status"], "unreachable");
  const nlohmann::json found = ask(withNine);
  ASSERT_EQ(found["status"], "found");
  // The answer is drawn as the shared sentence: "<lever name> must reach ..." in English.
  Translations words;
  ASSERT_TRUE(loadTranslationFolder(std::string(H2045_SOURCE_DIR) + "/assets/i18n", words, error)) << error;
  const std::string pattern = lookup(words.english, "needed.found");
  const std::string opening = formatMessage(pattern.substr(0, pattern.find("{1}")),
                                            {paramName(words.english, spec(ParamId::PublicInvestmentPct))});
  EXPECT_TRUE(drew(opening)) << opening;
  run("needed.apply", "");
  frames();
  EXPECT_GE(resultIn(2040), std::ceil(withNine) * 0.999);
  EXPECT_NEAR(nlohmann::json::parse(app->scenarioJson())["levers"]["infra.public_investment_pct"]["value"].get<double>(),
              9.0, 0.1 + 1e-9);
  run("undo", "");
  EXPECT_NEAR(resultIn(2040), baseline, 1e-6 * baseline);
}

// The Warnings view draws exactly the sentence the API's result carries.
TEST_F(Frames, WarningSentencesMatchTheApi) {
  std::string error;
  ASSERT_TRUE(app->setLever("assume.private_investment_pct", 38, error)) << error;
  for (const char* lang : {"en", "vi"}) {
    run("lang", lang);
    run("view", "warnings");
    frames();
    const nlohmann::json r = nlohmann::json::parse(app->resultJson());
    ASSERT_FALSE(r["warnings"].empty());
    for (const auto& w : r["warnings"]) EXPECT_TRUE(drew(w["message"].get<std::string>())) << lang << ": " << w["message"];
  }
}

TEST_F(Frames, IdleAppStopsAskingForFrames) {
  frames(10);
  EXPECT_FALSE(app->wantsContinuousFrames());
  run("view", "growth");
  EXPECT_TRUE(app->wantsContinuousFrames());
  frames(10);
  EXPECT_FALSE(app->wantsContinuousFrames());
}

TEST_F(Frames, TargetSetsAndUnits) {
  for (const char* set : {"congress17_2020", "master_plan_2024", "revised_plan_2026", "custom"})
    for (const char* units : {"usd", "usd2025", "vnd"}) {
      run("targets", set);
      run("units", units);
      frames(2);
      EXPECT_EQ(state()["target_set"], set);
      EXPECT_EQ(state()["units"], units);
    }
  // Every unit shows the same official history points (constant 2025 USD chained from the
  // data), so the main chart plots as many points in each.
  int points[3] = {};
  int i = 0;
  for (const char* units : {"usd", "usd2025", "vnd"}) {
    run("units", units);
    frames(2);
    const nlohmann::json ui = state();
    for (const auto& c : ui["charts"])
      if (c["id"] == "main") points[i] = c["points"].get<int>();
    ++i;
  }
  EXPECT_GT(points[0], 0);
  EXPECT_EQ(points[1], points[0]);
  EXPECT_EQ(points[2], points[0]);
}

// The headline, the target cards, their tooltips and the what's-needed answer follow the unit
// chosen, with the model's own figures in that unit.
TEST_F(Frames, UnitsSwitchHeadlineCardsAndAnswer) {
  const nlohmann::json result = nlohmann::json::parse(app->resultJson());
  auto row = [&](int year) {
    for (const auto& y : result["years"])
      if (y["year"] == year) return y;
    ADD_FAILURE() << "no row " << year;
    return nlohmann::json();
  };
  struct Case {
    const char* id;
    const char* column;
    const char* unit;
    int decimals;
  };
  std::string previous;
  for (const Case& c : {Case{"usd", "grdp_per_capita_usd", "USD", 0},
                        Case{"usd2025", "grdp_per_capita_usd_2025", "USD (2025)", 0},
                        Case{"vnd", "grdp_per_capita_mvnd", "million VND", 1}}) {
    run("units", c.id);
    run("view", "needed");
    frames();
    const std::string headline = state()["headline"];
    EXPECT_NE(headline, previous);
    previous = headline;
    // The big number: the model's 2045 value in this unit.
    const std::string value = formatLocalNumber(row(2045)[c.column].get<double>(), c.decimals, Language::English);
    EXPECT_EQ(headline.find("GRDP per person in 2045 " + value + " " + c.unit + " "), 0u) << headline;
    // The 2030 card: 12,000–13,000 USD converted on the model's own 2030 prices.
    const double factor = row(2030)[c.column].get<double>() / row(2030)["grdp_per_capita_usd"].get<double>();
    const int decimals = c.decimals && 12000 * factor < 100 ? 1 : 0;
    const std::string card = "| 2030 " + formatLocalNumber(12000 * factor, decimals, Language::English) + "–" +
                             formatLocalNumber(13000 * factor, decimals, Language::English) + " " + c.unit;
    EXPECT_NE(headline.find(card), std::string::npos) << card << " in " << headline;
    if (std::string(c.id) != "usd") {
      EXPECT_EQ(headline.find("USD |"), std::string::npos) << headline;
    }
    // The solver's answer names its goal in the same unit.
    const double goal = 36000 * row(2045)[c.column].get<double>() / row(2045)["grdp_per_capita_usd"].get<double>();
    EXPECT_TRUE(drew(formatLocalNumber(goal, c.decimals, Language::English) + " " + c.unit + " in 2045")) << c.id;
  }
  // The required growth says where it is counted from.
  EXPECT_TRUE(drew("%/yr from 2025"));
  // A card's tooltip, hovered, carries the value in the unit and says the levers do not move it.
  run("units", "vnd");
  frames();
  ImGui::GetIO().MousePos = ImVec2(-1, -1);
  const nlohmann::json headlineRect = state()["controls"]["headline"];
  ASSERT_TRUE(headlineRect.is_array());
  ImGui::GetIO().MousePos = ImVec2(headlineRect[0].get<float>() + headlineRect[2].get<float>() - 20,
                                   headlineRect[1].get<float>() + headlineRect[3].get<float>() * 0.5f);
  frames();
  const std::string value2045 = formatLocalNumber(row(2045)["grdp_per_capita_mvnd"].get<double>(), 1, Language::English);
  EXPECT_TRUE(drew("Model value in 2045: " + value2045 + " million VND")) << value2045;
  EXPECT_TRUE(drew("does not depend on the levers"));
}

// The main chart's time axis starts at the first year the data files have GRDP per person for
// (2019), not at an empty 2010; the growth chart at its first growth figure.
TEST_F(Frames, ChartTimeAxisStartsWhereTheDataStart) {
  std::string error;
  const std::optional<HistoricalData> data = loadHistoricalData(std::string(H2045_SOURCE_DIR) + "/assets/data", error);
  ASSERT_TRUE(data) << error;
  for (const char* units : {"usd", "usd2025", "vnd"}) {
    run("units", units);
    run("view", "chart");
    frames();
    int first = 0;
    for (int year = kFirstHistoryYear; year <= 2025 && !first; ++year)
      if (std::isfinite(historicalPerCapita(*data, year, *findValueUnit(units)))) first = year;
    EXPECT_EQ(first, 2019) << units;
    EXPECT_EQ(chart("main")["x_min"], first) << units;
    EXPECT_EQ(chart("main")["x_max"], kLastYear);
    EXPECT_TRUE(drew("GRDP per person, 2019–2050")) << units;
  }
  run("view", "growth");
  frames();
  int firstGrowth = 0;
  for (const HistoryYear& y : data->years)
    if (!firstGrowth && std::isfinite(y.realGrowthPct)) firstGrowth = y.year;
  EXPECT_GT(firstGrowth, kFirstHistoryYear);
  EXPECT_LE(chart("growth")["x_min"].get<double>(), firstGrowth);
  EXPECT_GT(chart("growth")["x_min"].get<double>(), kFirstHistoryYear);
}

TEST_F(Frames, CustomTargetsAreEditable) {
  run("custom_target", "2040:30000");
  run("custom_target", "2030:15000:16000");
  frames();
  nlohmann::json s = state();
  EXPECT_EQ(s["target_set"], "custom");
  std::vector<int> years;
  for (const auto& t : s["targets"]) years.push_back(t["year"]);
  EXPECT_NE(std::find(years.begin(), years.end(), 2040), years.end());
  EXPECT_TRUE(std::is_sorted(years.begin(), years.end()));
  const std::string headline = s["headline"];
  EXPECT_NE(headline.find("15,000–16,000"), std::string::npos) << headline;
  EXPECT_NE(headline.find("> 30,000"), std::string::npos) << headline;
  std::string error;
  for (const char* bad : {"2040", "1990:5000", "2040:-5", "2040:5000:4000", "x:y", "2040:5000:6000:7000"})
    EXPECT_FALSE(app->command("custom_target", bad, error)) << bad;
  run("custom_target", "edit");
  frames();  // the editor popup draws without asserts
}

TEST_F(Frames, AssumptionsLiveInTheirOwnCollapsedPanel) {
  frames();
  EXPECT_FALSE(state()["assumptions_open"]);
  EXPECT_TRUE(drew("Model assumptions"));
  EXPECT_FALSE(drew("Reset assumptions"));  // collapsed: only its header line
  run("assumptions", "on");
  frames();
  EXPECT_TRUE(state()["assumptions_open"]);
  EXPECT_TRUE(drew("Reset assumptions"));
  // The schooling-returns choice is an assumption: its current label is drawn in the panel.
  Translations words;
  std::string error;
  ASSERT_TRUE(loadTranslationFolder(std::string(H2045_SOURCE_DIR) + "/assets/i18n", words, error)) << error;
  const ParamSpec& returns = spec(ParamId::SchoolingReturns);
  EXPECT_TRUE(drew(paramValueText(words.english, Language::English, returns, returns.defaultValue)));
  // Values without a firm source carry a visible tag, one per prior parameter drawn.
  int priorTags = 0, priors = 0;
  const nlohmann::json drawn = state()["drawn"];
  for (const auto& text : drawn) priorTags += text == "prior";
  for (const ParamSpec& spec : paramSpecs()) priors += spec.prior && spec.kind != ParamKind::Choice;
  EXPECT_GT(priorTags, 0);
  EXPECT_LE(priorTags, priors);
  // Its own panel at the foot of the left column, in the lower half of the window.
  const nlohmann::json header = state()["controls"]["assumptions"];
  ASSERT_TRUE(header.is_array());
  EXPECT_GT(header[1].get<double>(), 400.0);
  EXPECT_LT(header[1].get<double>(), 800.0);
  run("presenter", "on");
  frames();
  EXPECT_FALSE(drew("Model assumptions"));
  run("presenter", "off");
  frames();
  EXPECT_TRUE(drew("Reset assumptions"));
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// Every target ahead has its chance on its card, or (the last) beside the headline number,
// also where the cards are narrow: a phone, a 1024 × 768 projector in presenter mode, in
// both languages (on a narrow card under the pill, in the shorter wording where needed).
TEST_F(Frames, EveryTargetAheadShowsItsChanceOnNarrowCards) {
  struct Screen {
    float w, h;
    bool presenter;
  };
  for (const Screen screen : {Screen{390, 844, false}, Screen{1024, 768, true}, Screen{1280, 800, false}})
    for (const char* lang : {"en", "vi"}) {
      SCOPED_TRACE(std::string(lang) + " " + std::to_string(int(screen.w)) + (screen.presenter ? " presenter" : ""));
      run("preset", "congress17");
      run("lang", lang);
      run("presenter", screen.presenter ? "on" : "off");
      resize(screen.w, screen.h);
      frames(6);
      const nlohmann::json st = state();
      int ahead = 0;
      for (const auto& target : st["uncertainty"]["targets"]) ahead += target["year"].get<int>() > 2025 ? 1 : 0;
      ASSERT_GE(ahead, 2);
      const std::string headline = st["headline"];
      int shown = 0;
      for (const std::string word : {std::string("% chance"), std::string("khả năng "), std::string("cơ hội ")})
        for (size_t at = headline.find(word); at != std::string::npos; at = headline.find(word, at + 1)) ++shown;
      EXPECT_EQ(shown, ahead) << headline;
    }
}

// The fan and the chances: on by default, from the same Monte Carlo the model gives for this
// scenario; a lever that raises growth raises the band and the 2045 chance; M (the command
// fan) hides the fan but not the chances; nothing shows before a reveal.
TEST_F(Frames, TheFanAndTheChancesFollowTheScenario) {
  frames();
  nlohmann::json st = state();
  ASSERT_TRUE(st["uncertainty"].is_object());
  EXPECT_TRUE(st["uncertainty"]["fan"].get<bool>());
  EXPECT_GE(st["uncertainty"]["paths"].get<int>(), 500) << "enough paths for a chance to the point";
  EXPECT_TRUE(drew("Half the paths (25–75 %)"));
  EXPECT_TRUE(drew("% chance"));
  // The same numbers as the model's own run.
  ASSERT_FALSE(projectTargetSets().empty());
  MonteCarloResult mc;
  const MonteCarloOptions options{st["uncertainty"]["paths"].get<int>(), st["uncertainty"]["seed"].get<std::uint64_t>()};
  runMonteCarlo(Scenario::defaults(), projectData(), projectTargetSets().front(),
                uncertaintyAssumptions(Scenario::defaults()), options, mc);
  ASSERT_EQ(st["target_set"], projectTargetSets().front().id);
  EXPECT_DOUBLE_EQ(st["uncertainty"]["band_2045"][2].get<double>(), mc.find(2045)->at(ValueUnit::CurrentUsd, 2));
  const double median = st["uncertainty"]["band_2045"][2], chance = st["uncertainty"]["targets"].back()["probability"];

  run("set", "infra.public_investment_pct=12");
  frames();
  st = state();
  EXPECT_GT(st["uncertainty"]["band_2045"][2].get<double>(), median);
  EXPECT_GT(st["uncertainty"]["targets"].back()["probability"].get<double>(), chance);

  run("fan", "off");
  frames();
  EXPECT_FALSE(drew("Half the paths (25–75 %)"));
  EXPECT_TRUE(drew("% chance")) << "the chances stay with the fan off";
  run("fan", "on");
  run("predict", "on");
  frames();
  EXPECT_TRUE(state()["uncertainty"].is_null());
  const nlohmann::json hidden = state();
  for (const auto& text : hidden["drawn"]) EXPECT_EQ(text.get<std::string>().find("% chance"), std::string::npos) << text;
  EXPECT_FALSE(drew("Half the paths (25–75 %)"));
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// What matters most: the rows are the model's tornado in its order, each named as the levers
// panel names it; the sources of the spread follow once the view has been shown still.
TEST_F(Frames, TheSensitivityViewShowsTheModelsTornadoInOrder) {
  run("view", "sensitivity");
  frames(4);
  const Sensitivity model = sensitivity(Scenario::defaults(), projectData(), 2045);
  ASSERT_TRUE(model.ok());
  const nlohmann::json st = state();
  std::vector<std::pair<float, std::string>> rows;
  for (const auto& [name, rect] : st["controls"].items())
    if (name.rfind("sensitivity:", 0) == 0) rows.push_back({rect[1].get<float>(), name.substr(12)});
  std::sort(rows.begin(), rows.end());
  ASSERT_GE(rows.size(), 10u);
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].second, spec(model.entries[i].param).id) << i;
  EXPECT_TRUE(drew("Your scenario: 26,826 USD")) << "the single line's value";
  EXPECT_TRUE(drew("What makes the range wide"));
  EXPECT_TRUE(drew("A lasting shift of trend growth"));
  // A lever moved: the rows follow.
  run("set", "assume.usd_drift_pct=1");
  frames(4);
  EXPECT_FALSE(drew("Your scenario: 26,826 USD"));
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

nlohmann::json controlRect(const nlohmann::json& st, const std::string& name) {
  return st["controls"].contains(name) ? st["controls"][name] : nlohmann::json();
}

// The gap explained: the hook's waterfall is the model's, in the unit shown; each group's row
// tells on hover what it changed; the 2025 miss is there with its parts.
TEST_F(Frames, TheGapViewShowsTheModelsWaterfallAndWhatEachGroupChanged) {
  run("set", "infra.public_investment_pct=9");
  run("set", "inst.quality_target=85");
  run("set", "assume.usd_drift_pct=1");
  run("view", "gap");
  frames(4);
  nlohmann::json st = state();
  ASSERT_TRUE(st["gap"].is_object());
  Scenario s = Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = 9;
  s.at(ParamId::InstitutionalQualityTarget).value = 85;
  s.at(ParamId::UsdDriftPct).value = 1;
  const GapExplanation model = explainGap(s, projectData(), projectTargetSets().front(), 2045);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(st["gap"]["year"], 2045);
  EXPECT_DOUBLE_EQ(st["gap"]["baseline"].get<double>(), model.baseline[0]);
  EXPECT_DOUBLE_EQ(st["gap"]["scenario"].get<double>(), model.scenario[0]);
  for (const GroupShare& g : model.groups)
    EXPECT_DOUBLE_EQ(st["gap"]["groups"][changeGroupId(g.group)].get<double>(), g.value[0]) << changeGroupId(g.group);
  EXPECT_DOUBLE_EQ(st["gap"]["remaining"].get<double>(), model.remaining[0]);
  EXPECT_TRUE(drew("Prices and exchange rate"));
  EXPECT_TRUE(drew("The 2025 target, missed: why"));
  for (const char* row : {"gap:baseline", "gap:infrastructure", "gap:prices", "gap:scenario", "gap:remaining",
                          "past:target", "past:exchange_rate", "past:actual"})
    EXPECT_FALSE(controlRect(st, row).is_null()) << row;
  // Point at the infrastructure row: its tooltip names the lever and its setting.
  const nlohmann::json rect = controlRect(st, "gap:infrastructure");
  hover(rect[0].get<float>() + rect[2].get<float>() * 0.5f, rect[1].get<float>() + rect[3].get<float>() * 0.5f, 4);
  EXPECT_TRUE(drew("Changed from the baseline:"));
  EXPECT_TRUE(drew("Public infrastructure investment: 9.0 % of GRDP (from 2026, over 3 years)"));
  // In million VND the bars follow the unit.
  run("units", "vnd");
  frames(3);
  st = state();
  EXPECT_DOUBLE_EQ(st["gap"]["scenario"].get<double>(), model.scenario[static_cast<size_t>(ValueUnit::MillionVnd)]);
  // The 2030 target's waterfall.
  run("reset", "all");
  frames(3);
  EXPECT_EQ(state()["gap"]["groups"]["infrastructure"].get<double>(), 0.0) << "nothing changed";
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// The target map: its grid is the model's; dragging the point moves both levers in one
// history step; a click sets both to the clicked cell's pair; another lever recomputes it.
TEST_F(Frames, TheTargetMapDragsBothLeversAndAClickAppliesACell) {
  run("view", "map");
  frames(4);
  nlohmann::json st = state();
  ASSERT_TRUE(st["target_map"].is_object());
  EXPECT_EQ(st["target_map"]["x"], "infra.public_investment_pct");
  EXPECT_EQ(st["target_map"]["y"], "inst.quality_target");
  EXPECT_EQ(st["target_map"]["columns"], 40);
  const nlohmann::json c = chart("target_map");
  ASSERT_FALSE(c.is_null());
  TargetMap model;
  computeTargetMap(Scenario::defaults(), projectData(), ParamId::PublicInvestmentPct, ParamId::InstitutionalQualityTarget,
                   40, 40, 2045, model);
  double sum = 0;
  for (double v : model.value[0]) sum += v;
  EXPECT_NEAR(c["checksum"].get<double>() - sum, 0, 1e-6 * sum + 200) << "the cells (and the point and line) as the model has them";
  EXPECT_TRUE(drew("Which pairs of settings reach 36,000 USD in 2045"));

  // Drag from the point to the top right of the plot: both levers follow, one step of history.
  const float x0 = c["plot"][0].get<float>(), y0 = c["plot"][1].get<float>();
  const float x1 = c["plot"][2].get<float>(), y1 = c["plot"][3].get<float>();
  const ParamSpec &xs = spec(ParamId::PublicInvestmentPct), &ys = spec(ParamId::InstitutionalQualityTarget);
  auto screenX = [&](double v) { return x0 + static_cast<float>((v - xs.minValue) / (xs.maxValue - xs.minValue)) * (x1 - x0); };
  auto screenY = [&](double v) { return y1 - static_cast<float>((v - ys.minValue) / (ys.maxValue - ys.minValue)) * (y1 - y0); };
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(screenX(xs.defaultValue), screenY(ys.defaultValue));
  frames(2);
  io.MouseDown[0] = true;
  frames(2);
  for (int i = 1; i <= 5; ++i) {
    io.MousePos = ImVec2(screenX(xs.defaultValue + i * 1.0), screenY(ys.defaultValue + i * 3.0));
    frames(1);
  }
  io.MouseDown[0] = false;
  frames(3);
  nlohmann::json scenario = nlohmann::json::parse(app->scenarioJson());
  const auto valueOf = [&](const std::string& id) -> double {
    for (const auto& [key, v] : scenario["levers"].items())
      if (key == id) return v.is_object() ? v["value"].get<double>() : v.get<double>();
    return NAN;
  };
  EXPECT_NEAR(valueOf("infra.public_investment_pct"), xs.defaultValue + 5.0, xs.step * 1.01);
  EXPECT_NEAR(valueOf("inst.quality_target"), ys.defaultValue + 15.0, ys.step * 1.01 + 0.2);
  run("undo", "");
  frames(2);
  scenario = nlohmann::json::parse(app->scenarioJson());
  EXPECT_DOUBLE_EQ(valueOf("infra.public_investment_pct"), xs.defaultValue) << "one undo takes the whole drag back";
  EXPECT_DOUBLE_EQ(valueOf("inst.quality_target"), ys.defaultValue);

  // A click (no movement) on a cell: both levers set to that cell's pair, snapped to their steps.
  const int column = 30, row = 10;
  io.MousePos = ImVec2(screenX(model.xValues[column]), screenY(model.yValues[row]));
  frames(2);
  io.MouseDown[0] = true;
  frames(1);
  io.MouseDown[0] = false;
  frames(3);
  scenario = nlohmann::json::parse(app->scenarioJson());
  EXPECT_DOUBLE_EQ(valueOf("infra.public_investment_pct"), snapToStep(xs, model.xValues[column]));
  EXPECT_DOUBLE_EQ(valueOf("inst.quality_target"), snapToStep(ys, model.yValues[row]));

  // A third lever moved: the grid is computed again (its checksum changes).
  const double before = chart("target_map")["checksum"].get<double>();
  run("set", "hc.entrant_schooling_years=15");
  frames(3);
  EXPECT_NE(chart("target_map")["checksum"].get<double>(), before);
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// What's needed of every lever at once: the table is the model's; the push applies as one
// undoable change and reaches the target.
TEST_F(Frames, EveryLeverAtOnceShowsEachAloneAndAppliesThePush) {
  run("view", "needed");
  run("needed.all", "on");
  frames(4);
  const AllLeversNeed model = solveAllLevers(Scenario::defaults(), projectData(), 2045, 36000);
  ASSERT_EQ(model.pushStatus, SolveStatus::Found);
  const nlohmann::json st = state();
  for (const LeverNeed& n : model.alone)
    EXPECT_TRUE(st["controls"].contains("needed_all:" + std::string(spec(n.lever).id))) << spec(n.lever).id;
  EXPECT_TRUE(drew("All levers together: " + std::to_string(static_cast<int>(std::lround(100 * model.pushShare))) + " % of the way"));
  EXPECT_TRUE(drew("not reachable in its range: at best"));
  run("needed.push", "");
  frames(3);
  EXPECT_GE(result2045(), 36000) << "applied, the push reaches the target";
  run("undo", "");
  frames(3);
  EXPECT_LT(result2045(), 36000) << "one undo takes it back";
  run("needed.all", "off");
  frames(2);
  EXPECT_FALSE(drew("All levers together"));
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// While another lever's slider is dragged the map is a 20 × 20 grid (within a frame in a
// browser); let go, the full 40 × 40 again.
TEST_F(Frames, TheTargetMapFollowsAnotherLeverWhileItIsDragged) {
  run("view", "map");
  frames(4);
  nlohmann::json st = state();
  ASSERT_EQ(st["target_map"]["columns"], 40);
  const nlohmann::json slider = st["controls"]["lever:infra.disbursement_pct"];
  ASSERT_FALSE(slider.is_null());
  const float y = slider[1].get<float>() + slider[3].get<float>() * 0.5f;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(slider[0].get<float>() + slider[2].get<float>() * 0.3f, y);
  frames(2);
  io.MouseDown[0] = true;
  frames(2);
  const nlohmann::json pressed = state()["target_map"];
  io.MousePos = ImVec2(slider[0].get<float>() + slider[2].get<float>() * 0.8f, y);
  frames(2);
  const nlohmann::json dragged = state()["target_map"];
  EXPECT_TRUE(ImGui::IsAnyItemActive()) << "still dragging";
  EXPECT_EQ(dragged["columns"], 40) << "the full grid while dragging";
  EXPECT_GT(dragged["computations"].get<int>(), pressed["computations"].get<int>()) << "recomputed while dragging";
  EXPECT_GT(dragged["first_cell_usd"].get<double>(), pressed["first_cell_usd"].get<double>())
      << "more of the plan disbursed: a higher value in the grid's first cell";
  // The grid is the model's for the dragged setting.
  std::string error;
  const std::optional<HistoricalData> data = loadHistoricalData(std::string(H2045_SOURCE_DIR) + "/assets/data", error);
  const std::optional<ScenarioDocument> doc = parseScenarioJson(app->scenarioJson(), error);
  ASSERT_TRUE(data && doc) << error;
  TargetMap expected;
  computeTargetMap(doc->scenario, *data, ParamId::PublicInvestmentPct, ParamId::InstitutionalQualityTarget, 40, 40,
                   dragged["year"].get<int>(), expected);
  ASSERT_TRUE(expected.ok());
  EXPECT_EQ(dragged["first_cell_usd"].get<double>(), expected.at(ValueUnit::CurrentUsd, 0, 0));
  io.MouseDown[0] = false;
  frames(3);
  EXPECT_EQ(state()["target_map"]["computations"], dragged["computations"]) << "letting go changes nothing";
}


}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// The web build's fonts hold only the glyphs the font atlas asks for (src/platform/CMakeLists.txt
// cuts them): every code point of the atlas's ranges must be in the cut's list, or the browser
// would draw a missing glyph where the desktop draws the letter.
std::vector<std::pair<unsigned, unsigned>> webFontCut(const std::string& variable) {
  std::ifstream in(std::string(H2045_SOURCE_DIR) + "/src/platform/CMakeLists.txt");
  std::stringstream text;
  text << in.rdbuf();
  const std::string cmake = text.str();
  const std::string start = "set(" + variable + " \"";
  const size_t at = cmake.find(start);
  std::vector<std::pair<unsigned, unsigned>> ranges;
  if (at == std::string::npos) return ranges;
  std::stringstream list(cmake.substr(at + start.size(), cmake.find('"', at + start.size()) - at - start.size()));
  for (std::string item; std::getline(list, item, ',');) {
    const size_t dash = item.find('-');
    const unsigned first = std::stoul(item.substr(2, dash == std::string::npos ? std::string::npos : dash - 2), nullptr, 16);
    const unsigned last = dash == std::string::npos ? first : std::stoul(item.substr(dash + 1), nullptr, 16);
    ranges.emplace_back(first, last);
  }
  return ranges;
}

void expectCovered(const ImWchar* atlas, const std::vector<std::pair<unsigned, unsigned>>& cut, const char* what,
                   int atLeast) {
  ASSERT_FALSE(cut.empty()) << what << " not found in src/platform/CMakeLists.txt";
  int checked = 0;
  for (const ImWchar* r = atlas; r[0] != 0; r += 2)
    for (unsigned c = r[0]; c <= r[1]; ++c, ++checked) {
      bool in = false;
      for (const auto& [first, last] : cut) in = in || (c >= first && c <= last);
      EXPECT_TRUE(in) << what << " lacks U+" << std::hex << c;
    }
  EXPECT_GE(checked, atLeast) << what;
}

TEST_F(Frames, TheWebFontsHoldEveryGlyphTheAtlasAsksFor) {
  expectCovered(interfaceGlyphRanges(), webFontCut("text_unicodes"), "text_unicodes", 300);
  expectCovered(symbolGlyphRanges(), webFontCut("math_unicodes"), "math_unicodes", 10);
}

}  // namespace
}  // namespace h2045::app
