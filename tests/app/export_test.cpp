// Exports (CSV, PNG, JSON) and the share link's QR code, in whole frames with ImGui's null
// backend and a platform double that keeps the files it is handed.
#include <gtest/gtest.h>

#include <qrcodegen.hpp>
#include <stb_image.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "scenario/data.h"
#include "scenario/output_json.h"
#include "scenario/png.h"
#include "scenario/scenario_file.h"
#include "scenario/share_link.h"
#include "scenario/messages.h"

namespace h2045::app {
namespace {

const std::string kFont = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
const std::string kAssets = std::string(H2045_SOURCE_DIR) + "/assets";
const std::string kPageUrl = "https://workshop.example/hanoi/";

class FilePlatform : public Platform {
 public:
  bool isFullscreen() const override { return false; }
  void setFullscreen(bool) override {}
  void requestQuit() override {}
  bool saveFile(const std::string& fileName, const std::string& mimeType, const std::string& bytes, std::string& where,
                std::string& error) override {
    if (refuse) {
      error = "disk full";
      return false;
    }
    files[fileName] = bytes;
    mimeTypes[fileName] = mimeType;
    where = "/exports/" + fileName;
    return true;
  }
  std::string pageUrl() const override { return page; }
  std::string page = kPageUrl;  // where the app says it is published
  std::map<std::string, std::string> files, mimeTypes;
  bool refuse = false;
};

class Export : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(kFont)) << kFont << " not found: install Debian's fonts-noto-core";
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    AppInit init;
    init.assetDir = kAssets;
    init.fontPath = kFont;
    init.preferredLanguage = "en-US";
    init.platform = &platform;
    app = std::make_unique<App>();
    ASSERT_TRUE(app->init(init)) << app->error();
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    frames();
  }
  void TearDown() override {
    app.reset();
    ImGui::DestroyContext();
  }
  void frames(int n = 3) {
    for (int i = 0; i < n; ++i) {
      if (app->consumeFontsChanged()) {
        unsigned char* pixels;
        int w, h;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
      }
      ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      app->frame();
      ImGui::Render();
    }
  }
  void run(const std::string& name, const std::string& arg) {
    std::string error;
    ASSERT_TRUE(app->command(name, arg, error)) << name << " " << arg << ": " << error;
  }
  nlohmann::json state() { return nlohmann::json::parse(app->uiStateJson()); }
  void click(float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    io.MouseDown[0] = true;
    frames(1);
    io.MouseDown[0] = false;
    frames(2);
  }
  // A scenario away from the defaults, so an export that ignored it would show.
  void changeScenario() {
    run("set", "infra.public_investment_pct=9");
    run("set", "inst.digital_gov_pct=80");
  }
  static std::optional<HistoricalData> data() {
    std::string error;
    return loadHistoricalData(kAssets + "/data", error);
  }

  FilePlatform platform;
  std::unique_ptr<App> app;
};

#ifdef H2045_CLI_PATH
std::string runCli(const std::string& arguments) {
  std::string out;
  FILE* pipe = ::popen((std::string(H2045_CLI_PATH) + " " + arguments).c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  EXPECT_EQ(::pclose(pipe), 0) << arguments;
  return out;
}
#endif

TEST_F(Export, CsvIsTheClisCsvOfTheSameScenarioInTheLanguageShown) {
  changeScenario();
  run("lang", "vi");
  frames();
  run("export", "csv");
  ASSERT_EQ(platform.files.count("hanoi2045-trajectory.csv"), 1u);
  const std::string csv = platform.files["hanoi2045-trajectory.csv"];
  EXPECT_EQ(platform.mimeTypes["hanoi2045-trajectory.csv"].rfind("text/csv", 0), 0u);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 byte-order mark";
  EXPECT_EQ(csv, app->exportCsv());

#ifdef H2045_CLI_PATH
  // The same bytes as the CLI for the exported scenario.
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "h2045_export_test_scenario.json";
  std::ofstream(file) << app->scenarioJson();
  EXPECT_EQ(csv, runCli("--lang vi run --format csv --scenario '" + file.string() + "'"));
  std::filesystem::remove(file);
#endif

  // And the scenario's own trajectory, Vietnamese headers.
  std::string error;
  Translations words;
  ASSERT_TRUE(loadTranslationFolder(kAssets + "/i18n", words, error)) << error;
  ScenarioFile loaded;
  ASSERT_TRUE(loadScenarioJson(app->scenarioJson(), loaded, error)) << error;
  EXPECT_NE(loaded.scenario, Scenario::defaults());
  const std::optional<HistoricalData> history = data();
  ASSERT_TRUE(history);
  EXPECT_EQ(csv, trajectoryCsv(simulate(loaded.scenario, *history), OutputWords{words, Language::Vietnamese}));
  EXPECT_NE(csv, trajectoryCsv(simulate(loaded.scenario, *history), OutputWords{words, Language::English}));

  frames();
  const std::string notice = state()["notice"]["text"];
  EXPECT_NE(notice.find("/exports/hanoi2045-trajectory.csv"), std::string::npos) << notice;
}

TEST_F(Export, JsonLoadsBackToTheSameScenario) {
  changeScenario();
  run("export", "json");
  ASSERT_EQ(platform.files.count("hanoi2045-scenario.json"), 1u);
  const std::string json = platform.files["hanoi2045-scenario.json"];
  EXPECT_EQ(json, app->scenarioJson());
  ScenarioFile loaded;
  std::string error;
  ASSERT_TRUE(loadScenarioJson(json, loaded, error)) << error;
  EXPECT_NE(loaded.scenario, Scenario::defaults());
  const double before = nlohmann::json::parse(app->resultJson())["years"].back()["grdp_per_capita_usd"];
  run("reset", "all");
  ASSERT_TRUE(app->loadScenario(json, error)) << error;
  EXPECT_EQ(app->scenarioJson(), json);
  EXPECT_EQ(nlohmann::json::parse(app->resultJson())["years"].back()["grdp_per_capita_usd"], before);
}

TEST_F(Export, PngIsTheChartAreaTheFrameAfterTheRequest) {
  ImageRequest request;
  EXPECT_FALSE(app->imageRequest(request)) << "nothing asked for";
  run("export", "png");
  EXPECT_FALSE(app->imageRequest(request)) << "the frame that asked is not the picture";
  frames(1);
  ASSERT_TRUE(app->imageRequest(request));
  const nlohmann::json st = state();
  nlohmann::json chartFrame;
  for (const auto& c : st["charts"])
    if (c["id"] == "main") chartFrame = c["frame"];
  ASSERT_FALSE(chartFrame.is_null());
  EXPECT_FLOAT_EQ(request.x, chartFrame[0].get<float>());
  EXPECT_FLOAT_EQ(request.y, chartFrame[1].get<float>());
  EXPECT_FLOAT_EQ(request.width, chartFrame[2].get<float>() - chartFrame[0].get<float>());
  EXPECT_GT(request.width, 200);
  EXPECT_GT(request.height, 100);

  // The platform's pixels (a gradient here) come back as a PNG file of that size.
  const int w = static_cast<int>(request.width), h = static_cast<int>(request.height);
  std::vector<unsigned char> rgba(static_cast<size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      unsigned char* p = &rgba[(static_cast<size_t>(y) * w + x) * 4];
      p[0] = static_cast<unsigned char>(x), p[1] = static_cast<unsigned char>(y), p[2] = 200, p[3] = 255;
    }
  app->imageTaken(w, h, rgba, "");
  EXPECT_FALSE(app->imageRequest(request)) << "one picture per request";
  ASSERT_EQ(platform.files.count("hanoi2045-chart.png"), 1u);
  const std::string png = platform.files["hanoi2045-chart.png"];
  EXPECT_EQ(platform.mimeTypes["hanoi2045-chart.png"], "image/png");
  EXPECT_EQ(png.compare(0, 8, "\x89PNG\r\n\x1a\n"), 0);
  int pw = 0, ph = 0;
  ASSERT_TRUE(pngSize(png, pw, ph));
  EXPECT_EQ(pw, w);
  EXPECT_EQ(ph, h);
  int dw = 0, dh = 0, channels = 0;
  unsigned char* decoded = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                 static_cast<int>(png.size()), &dw, &dh, &channels, 4);
  ASSERT_NE(decoded, nullptr);
  EXPECT_TRUE(std::equal(rgba.begin(), rgba.end(), decoded)) << "rows from the top, as given";
  stbi_image_free(decoded);
  std::string again, error;
  ASSERT_TRUE(app->chartImage(again, error)) << error;
  EXPECT_EQ(again, png);
}

TEST_F(Export, ApiPictureIsNoDownloadAndFailuresAreTold) {
  std::string png, error;
  EXPECT_FALSE(app->chartImage(png, error));
  app->requestChartImage();
  frames(1);
  ImageRequest request;
  ASSERT_TRUE(app->imageRequest(request));
  EXPECT_FALSE(app->chartImage(png, error));
  EXPECT_NE(error.find("not taken yet"), std::string::npos) << error;
  app->imageTaken(2, 1, {0, 0, 0, 255, 255, 255, 255, 255}, "");
  ASSERT_TRUE(app->chartImage(png, error)) << error;
  EXPECT_TRUE(platform.files.empty()) << "the automation API's picture is no download";

  // A capture that failed, and a file the platform refused: the notice says so.
  run("export", "png");
  frames(1);
  app->imageTaken(0, 0, {}, "could not read the framebuffer");
  EXPECT_FALSE(app->chartImage(png, error));
  EXPECT_EQ(error, "could not read the framebuffer");
  frames();
  EXPECT_EQ(state()["notice"]["text"], "Could not save: could not read the framebuffer");
  EXPECT_EQ(state()["notice"]["error"], true);
  platform.refuse = true;
  EXPECT_FALSE(app->command("export", "csv", error));
  EXPECT_EQ(error, "disk full");
  EXPECT_FALSE(app->command("export", "pdf", error));
  EXPECT_NE(error.find("csv, png, json"), std::string::npos) << error;
}

TEST_F(Export, TopBarMenuExportsTheCsv) {
  const nlohmann::json controls = state()["controls"];
  ASSERT_TRUE(controls.contains("export"));
  ASSERT_TRUE(controls.contains("qr"));
  const auto& combo = controls["export"];
  click(combo[0].get<float>() + combo[2].get<float>() / 2, combo[1].get<float>() + combo[3].get<float>() / 2);
  // The first entry of the open list, just under the combo.
  click(combo[0].get<float>() + 10, combo[1].get<float>() + combo[3].get<float>() * 1.6f);
  ASSERT_EQ(platform.files.count("hanoi2045-trajectory.csv"), 1u);
  EXPECT_EQ(platform.files["hanoi2045-trajectory.csv"], app->exportCsv());
}

// The QR code says the page's address and the share link of the current work, and what is
// drawn is the matrix qrcodegen's C++ library makes of that text (the app draws the C
// library's: two encoders of the standard agree).
void expectQrOf(const nlohmann::json& qr, const std::string& text, ImVec2 display) {
  ASSERT_TRUE(qr.is_object());
  EXPECT_EQ(qr["text"], text);
  const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
  ASSERT_EQ(qr["size"], code.getSize());
  ASSERT_EQ(qr["modules"].size(), static_cast<size_t>(code.getSize()));
  for (int y = 0; y < code.getSize(); ++y) {
    std::string row;
    for (int x = 0; x < code.getSize(); ++x) row += code.getModule(x, y) ? '1' : '0';
    EXPECT_EQ(qr["modules"][static_cast<size_t>(y)], row) << "row " << y;
  }
  const auto& rect = qr["rect"];
  EXPECT_GE(rect[0].get<float>(), 0);
  EXPECT_GE(rect[1].get<float>(), 0);
  EXPECT_LE(rect[0].get<float>() + rect[2].get<float>(), display.x);
  EXPECT_LE(rect[1].get<float>() + rect[3].get<float>(), display.y);
  EXPECT_FLOAT_EQ(rect[2].get<float>(), rect[3].get<float>()) << "square";
  // Large: at least half the shorter side, with whole modules and the quiet zone.
  EXPECT_GE(rect[2].get<float>(), std::min(display.x, display.y) * 0.5f);
}

// A link longer than the largest QR code holds (published at an absurdly long address): the
// overlay says so instead of a code, and nothing breaks.
TEST_F(Export, QrOverlaySaysWhenTheLinkIsTooLongForACode) {
  platform.page = "https://example.org/" + std::string(3000, 'a') + "/";
  run("qr", "on");
  frames();
  const nlohmann::json st = state();
  EXPECT_TRUE(st["qr"].is_null()) << "no code drawn: " << st["qr"].dump();
  bool said = false;
  for (const auto& text : st["drawn"]) said = said || text.get<std::string>().find("too long") != std::string::npos;
  EXPECT_TRUE(said) << "the overlay says the link is too long for a code";
  run("qr", "off");
  frames();
}

TEST_F(Export, QrOverlayShowsTheShareLinkAndCloses) {
  EXPECT_TRUE(state()["qr"].is_null());
  changeScenario();
  run("targets", "custom");
  run("qr", "on");
  frames();
  const nlohmann::json qr = state()["qr"];
  ASSERT_TRUE(qr.is_object());
  const std::string text = qr["text"];
  ASSERT_EQ(text.rfind(kPageUrl + "#s=", 0), 0u) << text;
  // The link carries the scenario and the target set.
  std::string error;
  const std::optional<ScenarioDocument> doc = decodeShareLink(text, error);
  ASSERT_TRUE(doc) << error;
  ScenarioFile current;
  ASSERT_TRUE(loadScenarioJson(app->scenarioJson(), current, error)) << error;
  EXPECT_EQ(doc->scenario, current.scenario);
  EXPECT_EQ(doc->targetSetId, "custom");
  EXPECT_FALSE(doc->customTargets.empty());
  expectQrOf(qr, text, ImVec2(1280, 800));
  bool hintDrawn = false;
  const nlohmann::json st = state();
  for (const auto& s : st["drawn"]) hintDrawn |= s.get<std::string>().find("Scan") != std::string::npos;
  EXPECT_TRUE(hintDrawn);

  // A click anywhere closes it, and does not reach what is under it.
  const std::string scenarioBefore = app->scenarioJson();
  click(640, 400);
  EXPECT_TRUE(state()["qr"].is_null());
  EXPECT_FALSE(state()["qr_open"].get<bool>());
  EXPECT_EQ(app->scenarioJson(), scenarioBefore);
  run("qr", "toggle");
  frames();
  EXPECT_TRUE(state()["qr_open"].get<bool>());
  run("qr", "off");
  frames();
  EXPECT_TRUE(state()["qr"].is_null());
}

TEST_F(Export, QrFitsPhonesAndProjectors) {
  for (const auto& [size, presenter] : {std::pair{ImVec2(360, 640), false}, std::pair{ImVec2(1024, 768), true},
                                        std::pair{ImVec2(640, 360), false}}) {
    ImGui::GetIO().DisplaySize = size;
    run("presenter", presenter ? "on" : "off");
    run("qr", "on");
    frames(4);
    const nlohmann::json st = state();
    expectQrOf(st["qr"], st["qr"]["text"], size);
    run("qr", "off");
  }
}

}  // namespace
}  // namespace h2045::app
