// The interactive simulator's interface layer (Dear ImGui). The platform layer owns the
// window, the GL context and the main loop; it calls App between ImGui::NewFrame() and
// ImGui::Render(). App reads the model and never duplicates its logic.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace h2045::app {

// What the platform offers the interface (window, browser, files). Implemented in src/platform.
class Platform {
 public:
  virtual ~Platform() = default;
  virtual bool isFullscreen() const = 0;
  virtual void setFullscreen(bool on) = 0;
  virtual void requestQuit() = 0;
  // Small named texts that outlive the app: the browser's localStorage, files in the user's
  // config folder natively. loadText gives "" when there is none.
  virtual std::string loadText(const std::string& /*key*/) { return {}; }
  // False when the person (or a scripted run) turned the autosave off: nothing is written and
  // nothing is said about it. Saving on purpose still tries, and says why when it cannot.
  virtual bool autosaves() const { return true; }
  virtual bool storeText(const std::string& /*key*/, const std::string& /*text*/, std::string& error) {
    error = "no storage on this platform";
    return false;
  }
  // The system clipboard (the share link's copy button).
  virtual bool copyText(const std::string& /*text*/) { return false; }
  // The address a share link starts with: the page's own on the web.
  virtual std::string pageUrl() const { return {}; }  // "" → the link is the fragment alone
  // Hands a file to the person: a download in the browser, a file in the working folder
  // natively. `where` says where it went (for the notice); false with a message.
  virtual bool saveFile(const std::string& /*fileName*/, const std::string& /*mimeType*/,
                        const std::string& /*bytes*/, std::string& /*where*/, std::string& error) {
    error = "no files on this platform";
    return false;
  }
  // The address bar follows the document (web: the fragment is replaced, no new history entry).
  virtual void showLink(const std::string& /*fragment*/) {}
  // The browser's own file picker for a scenario file (the choice arrives through
  // App::openScenarioText); false where there is none (the app shows a path field instead).
  virtual bool hasFilePicker() const { return false; }
  virtual void pickScenarioFile() {}
  // Local time, minutes since midnight (the history list's "14:05"); -1 when unknown.
  virtual int minuteOfDay() const { return -1; }
};

// A part of the screen the app wants as a picture, in window points from the top left. The
// platform reads it from the framebuffer once the frame is rendered (App::imageTaken).
struct ImageRequest {
  float x = 0, y = 0, width = 0, height = 0;
};

struct AppInit {
  std::string assetDir;         // folder holding data/, i18n/ (and fonts/ in the web bundle)
  std::string fontPath;         // a TTF with Vietnamese coverage (NotoSans)
  std::string preferredLanguage;  // "vi", "en", or a locale such as "vi-VN"; "" → English
  float contentScale = 1.0f;    // high-DPI factor (framebuffer pixels per window point)
  // Where the document comes from, first that works: a share link (the page's URL fragment
  // "#s=…"), a scenario file (--scenario), the autosave, the defaults. A damaged link or file
  // is reported in the app and the next source is used.
  std::string startLink;
  std::string startScenarioFile;
  Platform* platform = nullptr;
};

class App {
 public:
  App();
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Loads data, translations and fonts (into ImGui's atlas). On failure returns false and
  // error() says what is missing; the platform shows it and exits non-zero.
  bool init(const AppInit& init);
  const std::string& error() const;

  // Builds one ImGui frame (call between ImGui::NewFrame and ImGui::Render).
  void frame();

  // True while something animates or a result is pending: the platform keeps drawing.
  // When false, the platform may sleep until the next input event.
  bool wantsContinuousFrames() const;

  // True when the font atlas was rebuilt (e.g. presenter mode, DPI change) and the
  // renderer must re-upload its font texture before the next frame. Call it between
  // frames (before NewFrame): a pending rebuild happens here, while the atlas is unlocked.
  bool consumeFontsChanged();
  void setContentScale(float scale);
  // What the pointer is (call before each frame): a finger, and whether it rested long
  // enough for a long press. Touch shows a lever's meaning and source on a long press only.
  void setPointer(bool touch, bool longPress);

  // Automation API (browser tests, embedding, workshop tooling). JSON in, JSON out.
  // Errors return false with a message in `error`; nothing changes on error.
  std::string leversJson() const;                       // lever and assumption table + current values
  bool setLever(const std::string& id, double value, std::string& error);
  std::string resultJson() const;                       // same JSON as `hanoi2045-cli run`
  // The Monte Carlo of the current scenario against its targets: the same JSON as
  // `hanoi2045-cli montecarlo --paths N --seed S` (and, on every machine, the same numbers).
  // Empty when `paths` is outside 1..kMaxMonteCarloPaths.
  std::string monteCarloJson(int paths, std::uint64_t seed) const;
  // The gap explained for a year (the same JSON as `hanoi2045-cli explain`); "" when the year
  // is outside the projection.
  std::string explainJson(int year) const;
  std::string scenarioJson() const;                     // current scenario document (file format)
  bool loadScenario(const std::string& json, std::string& error);  // undoable; names kept
  std::string presetsJson() const;                      // [{id, name, description, sources}]
  std::string shareLink() const;                        // page URL + "#s=…" of the document
  // A link someone pasted or the browser navigated to (Back/Forward): the document it holds,
  // undoable. A damaged link changes nothing; the message says why.
  bool openLink(const std::string& text, std::string& error);
  // A scenario file the person opened (dropped on the window, picked in the browser): its
  // text, or a path to read. Success and failure are said in the app's notice as well.
  bool openScenarioText(const std::string& text, const std::string& name, std::string& error);
  bool openScenarioFile(const std::string& path, std::string& error);
  // Test hook: language, view, units, target set, presenter/predict/revealed/help, undo
  // state, headline text, tabs, per-target shown status, charts drawn (id, series, points,
  // checksum of plotted values), translated strings drawn this frame, missing keys,
  // display size, font size, screen rectangles of the main controls, what's-needed answer,
  // the lever whose tooltip is shown, the lever panel's scroll position and maximum.
  std::string uiStateJson() const;
  // Runs one interface action by name: the command table in app/commands.cpp lists them
  // with their arguments (also in uiStateJson()["commands"]); view ids come from the view
  // table in app/views/views.cpp. Unknown names or bad arguments change nothing.
  bool command(const std::string& name, const std::string& arg, std::string& error);

  // Exports. The CSV is `hanoi2045-cli run --format csv` of the current scenario in the
  // language shown (UTF-8 with a byte-order mark).
  std::string exportCsv() const;
  // How long the model takes here, in milliseconds (the same workloads as bench/model_bench.cpp):
  // {"simulate_ms", "monte_carlo_1000_ms", "monte_carlo_10000_ms", "interface_paths"}. For the
  // web build's hanoi2045.bench(); it blocks for about a second.
  std::string benchJson() const;
  // The chart's picture: requestChartImage() asks for it; after the next frame is rendered the
  // platform sees imageRequest() and answers with imageTaken() (RGBA rows from the top, or an
  // error); chartImage() then holds the PNG, or false with the message.
  void requestChartImage();
  bool imageRequest(ImageRequest& request) const;
  void imageTaken(int width, int height, const std::vector<unsigned char>& rgba, const std::string& error);
  bool chartImage(std::string& png, std::string& error) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace h2045::app
