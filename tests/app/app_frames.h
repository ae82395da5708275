// The app's frames with ImGui's null backend, on a platform kept in memory: the fixture the
// interface tests share.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "scenario/data.h"

namespace h2045::app {

inline const std::string kFont = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";

// The project's data files, read once, for the tests that hold the screen against the model.
inline const HistoricalData& projectData() {
  static const HistoricalData data = [] {
    std::string error;
    std::optional<HistoricalData> d = loadHistoricalData(std::string(H2045_SOURCE_DIR) + "/assets/data", error);
    if (!d) ADD_FAILURE() << error;
    return d ? *d : HistoricalData{};
  }();
  return data;
}
inline const std::vector<TargetSet>& projectTargetSets() {
  static const std::vector<TargetSet> sets = [] {
    std::string error;
    std::optional<std::vector<TargetSet>> s = loadTargetSets(std::string(H2045_SOURCE_DIR) + "/assets/data", error);
    if (!s || s->empty()) ADD_FAILURE() << error;
    return s ? *s : std::vector<TargetSet>{};
  }();
  return sets;
}

// The platform as the app sees it, in memory: lasting storage is a map (kept by the test
// between two apps, as a browser keeps localStorage between two visits), the clipboard a string.
class FakePlatform : public Platform {
 public:
  bool isFullscreen() const override { return fullscreen; }
  void setFullscreen(bool on) override { fullscreen = on; }
  void requestQuit() override {}
  std::string loadText(const std::string& key) override {
    auto it = stored.find(key);
    return it == stored.end() ? std::string() : it->second;
  }
  bool storeText(const std::string& key, const std::string& text, std::string& error) override {
    ++writes;
    if (refuseWrites) {
      error = "QuotaExceededError";
      return false;
    }
    stored[key] = text;
    return true;
  }
  bool copyText(const std::string& text) override {
    clipboard = text;
    return true;
  }
  std::string pageUrl() const override { return "https://example.org/hanoi2045/"; }
  void showLink(const std::string& fragment) override { addressBar = fragment; }
  int minuteOfDay() const override { return minute; }

  bool fullscreen = false;
  std::map<std::string, std::string> stored;
  bool refuseWrites = false;
  int writes = 0;
  std::string clipboard, addressBar;
  int minute = 14 * 60 + 5;
};

class AppFrames : public ::testing::Test {
 protected:
  void SetUp() override { start(); }
  // Starts (or restarts, as a reload would) the app on the same platform.
  void start(const std::string& link = "", const std::string& scenarioFile = "") {
    app.reset();
    if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
    // The frames need the font the app ships with; without it they would test nothing.
    ASSERT_TRUE(std::filesystem::exists(kFont))
        << kFont << " not found: install Debian's fonts-noto-core (tools/setup.sh does)";
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    AppInit init;
    init.assetDir = std::string(H2045_SOURCE_DIR) + "/assets";
    init.fontPath = kFont;
    init.preferredLanguage = "en-US";
    init.platform = &platform;
    init.startLink = link;
    init.startScenarioFile = scenarioFile;
    app = std::make_unique<App>();
    ASSERT_TRUE(app->init(init)) << app->error();
    resize(1280, 800);
  }
  void TearDown() override {
    app.reset();
    if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
  }
  void resize(float w, float h) { ImGui::GetIO().DisplaySize = ImVec2(w, h); }
  // As the platform does: fonts between frames, then NewFrame / frame / Render.
  void frames(int n = 3) {
    for (int i = 0; i < n; ++i) {
      if (app->consumeFontsChanged()) {
        unsigned char* pixels;
        int w, h;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
      }
      ImGuiIO& io = ImGui::GetIO();
      io.DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      app->frame();
      ImGui::Render();
    }
  }
  nlohmann::json state() { return nlohmann::json::parse(app->uiStateJson()); }
  void run(const std::string& name, const std::string& arg) {
    std::string error;
    ASSERT_TRUE(app->command(name, arg, error)) << name << " " << arg << ": " << error;
  }
  bool drew(const std::string& needle) {
    const nlohmann::json s = state();
    for (const auto& text : s["drawn"])
      if (text.get<std::string>().find(needle) != std::string::npos) return true;
    return false;
  }
  double result2045() {
    nlohmann::json r = nlohmann::json::parse(app->resultJson());
    for (const auto& y : r["years"])
      if (y["year"] == 2045) return y["grdp_per_capita_usd"].get<double>();
    ADD_FAILURE() << "no 2045 row";
    return 0;
  }
  double mainChartChecksum() {
    const nlohmann::json s = state();
    for (const auto& c : s["charts"])
      if (c["id"] == "main") return c["checksum"].get<double>();
    return -1;
  }

  // Moves the pointer (as the platform would) and draws a few frames there.
  void hover(float x, float y, int n = 3) {
    ImGui::GetIO().MousePos = ImVec2(x, y);
    frames(n);
  }
  nlohmann::json chart(const std::string& id) {
    const nlohmann::json st = state();
    for (const auto& c : st["charts"])
      if (c["id"] == id) return c;
    return nullptr;
  }

  FakePlatform platform;
  std::unique_ptr<App> app;
};

}  // namespace h2045::app
