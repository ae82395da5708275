// Everything the interface knows between frames, in three parts kept apart:
//   Document  what a scenario file holds, with its undo history (the person's work);
//   Results   everything derived from the document, computed by src/model/ once per change;
//   UiState   how it is shown (language, units, view, presenter, predict/reveal, help).
// Around them: the inputs loaded at start, the layout (fonts, sizes), each panel's and view's
// own small state, and the test hook (what the last frame drew).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/chart.h"
#include "app/i18n.h"
#include "app/theme.h"
#include "app/views/needed.h"
#include "model/model.h"
#include "model/results.h"
#include "model/explain.h"
#include "model/target_map.h"
#include "model/sensitivity.h"
#include "model/uncertainty.h"
#include "scenario/presets.h"
#include "scenario/scenario_file.h"

namespace h2045::app {

// Where a step in the history came from; the history list names a step by its origin, or
// for an edit by what changed from the step before it.
enum class ChangeOrigin { Start, Edit, Preset, File, Link, Autosave };

struct HistoryEntry {
  ScenarioDocument document;
  ChangeOrigin origin = ChangeOrigin::Start;
  std::string detail;     // the preset's id, the file's name
  int minuteOfDay = -1;   // local time of the change (the list shows "14:05"); -1: unknown
};

// Undo/redo over whole documents (they are small plain values): levers, assumptions, target
// set, custom targets, name and description.
class DocumentHistory {
 public:
  void reset(const ScenarioDocument& d, ChangeOrigin origin = ChangeOrigin::Start, std::string detail = {},
             int minuteOfDay = -1);
  // Records `d` when it differs from the current entry; drops any redo branch.
  bool commit(const ScenarioDocument& d, ChangeOrigin origin = ChangeOrigin::Edit, std::string detail = {},
              int minuteOfDay = -1);
  bool canUndo() const { return cursor_ > 0; }
  bool canRedo() const { return cursor_ + 1 < entries_.size(); }
  const ScenarioDocument& undo() { return entries_[canUndo() ? --cursor_ : cursor_].document; }
  const ScenarioDocument& redo() { return entries_[canRedo() ? ++cursor_ : cursor_].document; }
  // Steps to entry `index` (the history list); the entries after it stay for redo.
  const ScenarioDocument& jumpTo(size_t index) {
    cursor_ = std::min(index, entries_.size() - 1);
    return entries_[cursor_].document;
  }
  const ScenarioDocument& current() const { return entries_[cursor_].document; }
  const HistoryEntry& entry(size_t index) const { return entries_[index]; }
  size_t size() const { return entries_.size(); }
  size_t cursor() const { return cursor_; }
  static constexpr size_t kMaxEntries = 200;

 private:
  std::vector<HistoryEntry> entries_{HistoryEntry{}};
  size_t cursor_ = 0;
};

// Loaded once at start; read-only afterwards.
struct Inputs {
  AppInit init;
  HistoricalData data;
  std::vector<TargetSet> officialTargetSets;  // targets.csv, in file order
  std::vector<Preset> presets;                // assets/scenarios, in menu order
  std::vector<Target> initialCustomTargets;   // what the custom set starts as
};

// The person's work: what a scenario file holds, and its history.
struct Document {
  std::string name, description;
  Scenario scenario = Scenario::defaults();
  DocumentHistory history;
  int targetSet = 0;        // index into the official sets; == their count for the custom set
  TargetSet customTargets;  // the "custom" set, edited in the top bar
};

// A group's guess of GRDP per person in the headline's year, recorded before the reveal, in
// the unit that was shown when it was typed.
struct Prediction {
  std::string group;
  double value = 0;
  ValueUnit unit = ValueUnit::CurrentUsd;
};
constexpr int kMaxPredictions = 8;
constexpr size_t kMaxGroupNameBytes = 32;

// How the document is shown. Changing any of it never changes a result.
struct UiState {
  Language language = Language::English;
  ValueUnit units = ValueUnit::CurrentUsd;
  int view = 0;               // index into viewTable()
  bool selectViewTab = true;  // make the tab bar follow `view` on the next frame
  bool presenter = false;
  bool fan = true;            // the Monte Carlo fan on the main chart (the chances show either way)
  bool predict = false;       // predict-then-reveal: results hidden until revealed
  bool revealed = true;
  std::vector<Prediction> predictions;  // the room's guesses, shown against the result on reveal
  bool help = false;
  bool assumptionsOpen = false;  // the assumptions panel under the levers; collapsed by default
  bool leversCollapsed = false;  // the lever column folded to a strip: the chart takes the screen
  bool presenterFoldPending = false, presenterFolded = false, leversFoldedBeforePresenter = false;
  bool leversDrawer = false;     // phone: the levers replace the views under the headline
  int leverGroup = 0;            // the breakthrough shown where they are shown one at a time
  bool qr = false;               // the share link's QR code over the whole screen
  bool historyOpen = false;      // the history list (open it on the next frame)
  // One line for what just happened or went wrong (a damaged link, storage refused), shown
  // until it is closed or replaced.
  std::string notice;
  std::string noticeDetail;  // the technical message behind it, in English (its tooltip)
  bool noticeIsError = false;
};

// A scenario put beside the current one (a saved one, or a participant's link): its results
// against the current target set, recomputed with the current scenario's.
struct ComparedScenario {
  ScenarioDocument document;
  Results results;
};
constexpr size_t kMaxCompared = 4;

// The sensitivity view's results, kept while the scenario stays the same.
struct SensitivityViewState {
  bool computed = false, sourcesCurrent = false;
  Scenario scenario;
  Sensitivity result;
  std::vector<SourceSpread> sources;
  double spreadAll = 0;
};

// The gap explained (views/gap.cpp): the waterfall of the chosen year, recomputed when the
// scenario, the target set or the year changes; the 2025 miss once (it is the data's).
struct GapViewState {
  bool computed = false;
  Scenario scenario;
  std::string targetSet;
  int year = 0;  // 0: the last target's year
  GapExplanation result;
  PastMiss past;
};

// The target map (views/target_map.cpp): two levers on the axes, the grid recomputed when
// anything but those two changes (dragging the point moves only the point).
struct TargetMapViewState {
  ParamId x = ParamId::PublicInvestmentPct, y = ParamId::InstitutionalQualityTarget;
  bool computed = false;
  Scenario key;  // the scenario with both axis levers at their defaults: what the grid depends on
  int year = 0;
  TargetMap map;
  ImVec2 pressedAt{};  // where a press on the map began (a click does not move from there)
  double lastMs = 0;   // how long the grid last took (the test hook reports it)
  int computations = 0;  // grids computed so far (the test hook reports it)
};

// The Scenarios menu's typing field for a name to save under.
struct ScenarioMenuState {
  char saveName[kMaxNameChars * 4 + 1] = {};  // UTF-8: up to four bytes a character
  char openPath[1024] = {};  // the desktop's path field (the browser has a file picker)
};

// The Compare view's field for a pasted link (a real one is under 200 characters).
struct CompareViewState {
  char link[1024] = {};
};

// What outlives the app: the autosaved document (Platform::loadText/storeText).
struct StorageState {
  std::string lastStored;       // the text last written, so an unchanged document is not rewritten
  bool failureReported = false;  // a refused write is said once
};

// Type and sizes follow the window; the atlas is rebuilt between frames when they change.
struct Layout {
  FontSet fonts;
  bool fontsDirty = false;  // presenter mode, window class or DPI changed
  WindowClass window = WindowClass::Regular;
  float topBarHeight = 0;   // measured last frame
  bool phone() const { return window == WindowClass::Phone; }
};

// The levers panel's own state: exact-entry text, open details, the last rejected entry.
struct LeversPanelState {
  std::string message;  // last rejected entry, shown under its lever
  ParamId messageParam = ParamId::Count;
  std::vector<char> detailsOpen = std::vector<char>(kParamCount, 0);
  std::vector<std::string> entry = std::vector<std::string>(kParamCount);
};

// The predictions panel's typing fields and its last message.
struct PredictPanelState {
  char group[kMaxGroupNameBytes + 1] = {};
  char value[24] = {};
  std::string message;
};

// Exports (CSV, PNG, JSON): the chart's picture waits for the platform to render the frame;
// the file delivered or refused is told in the notice.
struct ExportState {
  bool imageWanted = false;    // the platform captures the chart after the next frame
  bool imageDownload = false;  // ...and the app then delivers it as a file
  long imageAfterFrame = 0;    // the picture is of a frame after this one
  std::string image;           // the last picture taken (PNG bytes), for the automation API
  std::string imageError;
};

struct TopBarState {
  bool customTargetsOpen = false;  // open the custom-target editor on the next frame
  ImVec2 historyAnchor;            // where the history list opens: under its button
};

// The pointer as the platform reports it. A finger has no hover: hover-only tooltips wait
// for a long press (App::setPointer).
struct PointerInput {
  bool touch = false;      // the last pointer event came from a finger
  bool longPress = false;  // the finger rested; stays true until the next touch
  bool hoverTooltips() const { return !touch || longPress; }
};

// Test hook: what the last frame drew.
struct FrameRecord {
  std::vector<ChartRecord> charts;
  std::vector<std::string> tabs;  // every view's label, as the tab row or the menu shows it
  std::string viewNavigation;     // "tabs", "short_tabs" or "menu"
  std::string headline;
  std::vector<std::string> drawn;
  struct Control {
    std::string name;
    ImVec2 min, max;
  };
  std::vector<Control> controls;  // where the main controls are, so tests can click them
  std::string tooltip;            // id of the lever whose meaning and source are shown
  float leversScroll = 0, leversScrollMax = 0;  // the lever panel's scroll position
  struct Qr {
    std::string text;                  // what the code says (the share link)
    int size = 0;                      // modules per side, without the quiet zone
    std::vector<std::string> modules;  // the drawn rows, '1' dark, '0' light
    ImVec2 min, max;                   // the code on screen, quiet zone included
  } qr;
  void clear() {
    charts.clear();
    controls.clear();
    tooltip.clear();
    qr = Qr{};
  }
};

// The interface's Monte Carlo: enough paths for probabilities to about ±0.8 points (4,000:
// about 2.5 ms natively, 12 ms in Chromium; docs/performance.md); one seed, so the fan moves
// smoothly with a lever instead of flickering between draws.
constexpr MonteCarloOptions kInterfaceMonteCarlo{4000, 2045};
// While a slider is dragged: the first 1,000 of those paths (the same draws, so the fan does
// not jump when the slider is let go), about 3 ms a frame in Chromium; then the full run.
constexpr MonteCarloOptions kInterfaceDragMonteCarlo{1000, 2045};

struct Session {
  Inputs in;
  Document doc;
  Results results;
  MonteCarloResult uncertainty;  // the fan and the chances, with the results
  MonteCarloWork uncertaintyWork;  // its buffers, kept: a warm run allocates nothing
  bool uncertaintyDraft = false;  // computed with the drag's fewer paths
  void runUncertainty(bool draft);  // the fan's Monte Carlo: the drag's quick run or the full one
  UiState ui;
  Layout layout;
  Translator i18n;  // strings in ui.language (kept in step by setLanguage)

  LeversPanelState levers;
  SensitivityViewState sensitivityView;
  GapViewState gapView;
  TargetMapViewState targetMapView;
  TopBarState topBar;
  ExportState exports;
  ScenarioMenuState scenarioMenu;
  CompareViewState compareView;
  std::vector<ScenarioDocument> saved;     // named on this device (Platform key "saved")
  std::vector<ComparedScenario> compared;  // at most kMaxCompared, on the chart and in the table
  PredictPanelState predictPanel;
  NeededState needed;
  PointerInput pointer;
  StorageState storage;

  FrameRecord record;
  long qrOpenedFrame = 0;  // the click that opens the QR overlay does not close it
  int framesToDraw = 2;  // keep drawing a few frames after any change so layout settles
  long frameCount = 0;

  // Results bookkeeping: what they were computed for.
  Scenario computedFor;
  TargetSet computedTargets;
  bool computed = false;

  const Palette& palette() const { return ui.presenter ? presenterPalette() : lightPalette(); }
  const FontSet& fonts() const { return layout.fonts; }
  const TargetSet& currentTargets() const;
  int targetSetCount() const { return static_cast<int>(in.officialTargetSets.size()) + 1; }
  const TargetSet& targetSet(int index) const;
  int findTargetSet(const std::string& id) const;  // -1 when unknown
  bool resultsVisible() const { return !ui.predict || ui.revealed; }
  // Phones and projectors show one breakthrough at a time, picked from a row of three.
  bool oneLeverGroupAtATime() const { return layout.phone() || ui.presenter; }
  void touch() { framesToDraw = std::max(framesToDraw, 3); }
  void recordControl(const std::string& name) {
    record.controls.push_back({name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
  }

  void recompute();                     // only when the document changed since the last time
  // The current document, as files, links and the autosave hold it.
  ScenarioDocument document() const;
  // Replaces the whole document after checking it (the format's rules, the data's years, a
  // known target set): one step in the history. On error nothing changes.
  bool openDocument(const ScenarioDocument& d, ChangeOrigin origin, const std::string& detail, std::string& error);
  void setScenario(const Scenario& s);  // from an action: commits to the history
  void commitDocument();                // a slider drag or an edit ends: one step in the history
  void undo();
  void redo();
  void jumpToHistory(size_t index);     // the history list
};

// Panels (each in its own file). `area` is in screen coordinates, computed every frame
// from the viewport size.
struct Rect {
  ImVec2 min, max;
  ImVec2 size() const { return ImVec2(max.x - min.x, max.y - min.y); }
  bool empty() const { return max.x <= min.x || max.y <= min.y; }
};
// Where the panels go this frame (app/layout.cpp): from the viewport, the window class and
// the person's choices (levers folded, the phone's drawer). An empty rect is not drawn.
struct PanelLayout {
  Rect top, levers, headline, views;
  bool stackedHeadline = false;  // the big number above the target cards (narrow screens)
};
PanelLayout layoutPanels(const Session& s, ImVec2 display);
float headlineHeight(const Session& s, bool stacked);
float collapsedLeversWidth();

void drawTopBar(Session& s, const Rect& area);
void drawLeversPanel(Session& s, const Rect& area);
void drawHeadline(Session& s, const Rect& area, bool stacked);
void drawViews(Session& s, const Rect& area);
void drawHelpOverlay(Session& s);
void drawNotice(Session& s);  // the notice line, over the bottom of the window
// A reading, writing or storage problem as the notice tells it: the message itself in English;
// in Vietnamese a sentence of its own (scenarioProblemSentence), the message kept as the
// notice's detail. `storage`: the message is the device's, not the scenario reader's.
std::string problemForPerson(Session& s, const std::string& message, bool storage = false);
// The scenario reader's message without the "<path>: " it starts with.
std::string withoutFilePrefix(const std::string& path, const std::string& error);
// The history list (app/history.cpp): a step's label, and the popup the top bar opens.
std::string historyLabel(const Session& s, size_t index);
void historyPopup(Session& s);
// The scenario menu (app/scenarios.cpp): presets and the share link, in the top bar.
void scenarioMenu(Session& s, float width);
bool choosePreset(Session& s, const std::string& id, std::string& error);  // undoable
bool copyShareLink(Session& s);  // to the clipboard; the notice says so
// A scenario file opened by the person (dropped, picked, typed): undoable; the notice says
// what happened. `name` may be a path: the notice and the history show the file's own name.
bool openScenarioTextInto(Session& s, const std::string& text, const std::string& name, std::string& error);
bool openScenarioFileInto(Session& s, const std::string& path, std::string& error);
std::string fileBaseName(const std::string& path);
// Writes the document (the scenario file format) to `path`; the notice says where, or why not.
bool saveScenarioFile(Session& s, const std::string& path, std::string& error);
std::string expandHome(const std::string& typed);  // "~/x.json" → "$HOME/x.json", spaces trimmed
// Saved scenarios (app/scenarios.cpp): each change is written to lasting storage at once.
bool saveScenarioAs(Session& s, const std::string& name, std::string& error);
bool openSaved(Session& s, const std::string& name, std::string& error);  // undoable
bool deleteSaved(Session& s, const std::string& name, std::string& error);
void loadSavedList(Session& s);  // at start
// The comparison: a saved scenario's name or a share link; a second add of the same removes it.
bool addCompared(Session& s, const std::string& nameOrLink, std::string& error);
bool removeCompared(Session& s, const std::string& name);
void clearCompared(Session& s);
int findCompared(const Session& s, const std::string& name);  // -1 when not compared
// Colour-blind-safe line colours for the compared scenarios (Okabe–Ito), by index.
ImU32 comparedColor(const Session& s, size_t index);

// Text shared by the panels.
std::string money(const Session& s, double value, ValueUnit u);  // "36,000 USD" / "1.234,5 tr. đồng"
std::string targetText(const Session& s, const Target& t);   // "12,000–13,000 USD", "> 36,000 USD"
// The same target in other units, its USD values multiplied by `factor`.
std::string targetText(const Session& s, const Target& t, double factor, ValueUnit units);
std::string leverValueText(const Session& s, const ParamSpec& spec, double value);

// Actions shared by the panels and the command table (commands.h).
void setLanguage(Session& s, Language lang);
void setView(Session& s, int view);
void setUnits(Session& s, ValueUnit u);
void setTargetSet(Session& s, int index);
void setPresenter(Session& s, bool on);
void setPredict(Session& s, bool on);
void setHelp(Session& s, bool on);
void setLeversDrawer(Session& s, bool open);         // phone
void setLeversCollapsed(Session& s, bool collapsed);  // other window classes
constexpr int kLeverGroupCount = 3;                   // the three breakthroughs
void setLeverGroup(Session& s, int group);
void reveal(Session& s);
// Predictions: the year they are for (the headline's), their value in another unit (through
// the scenario's prices that year), and the edits (a group's name is unique; at most 8).
int predictionYear(const Session& s);
double predictionIn(const Session& s, const Prediction& p, ValueUnit u);
enum class PredictionEdit { Added, Replaced, Invalid, Full };
PredictionEdit putPrediction(Session& s, const std::string& group, double value);  // in s.ui.units
bool removePrediction(Session& s, const std::string& group);
void clearPredictions(Session& s);
void resetLevers(Session& s);
void resetAssumptions(Session& s);
void toggleFullscreen(Session& s);
void customTargetsChanged(Session& s);  // results depend on the set: recompute

// Exports (app/export.cpp). The texts are those of the CLI for the same scenario.
enum class ExportKind { Csv, Png, Json };
std::string trajectoryCsvText(const Session& s);  // `hanoi2045-cli run --format csv`, in the language shown
// CSV and JSON are delivered at once; the PNG after the platform has rendered the next frame.
bool exportFile(Session& s, ExportKind kind, std::string& error);
void requestChartImage(Session& s, bool download);
bool chartImagePending(const Session& s);  // the platform should capture the frame just drawn
// Where the chart is on screen (points), or the whole window when no chart is drawn.
Rect chartImageArea(const Session& s);
void chartImageTaken(Session& s, std::string png, const std::string& error);

// The QR code of the share link over the whole screen (app/qr.cpp).
void setQr(Session& s, bool on);
std::string shareUrl(const Session& s);  // the page's address + "#s=…"
void drawQrOverlay(Session& s);

}  // namespace h2045::app
