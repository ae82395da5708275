// Everything the interface knows between frames: data, the scenario and its results,
// the undo history and the interface state. Panels read and change it; App owns it.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/chart.h"
#include "app/i18n.h"
#include "app/theme.h"
#include "model/model.h"

namespace h2045::app {

enum class View { Chart, Decomposition, Growth, Investment, People, Warnings, Needed, Count };
enum class Units { CurrentUsd, ConstantUsd2025, MillionVnd, Count };
constexpr int kViewCount = static_cast<int>(View::Count);
constexpr int kUnitsCount = static_cast<int>(Units::Count);

const char* viewId(View v);    // "chart", "decomposition", ... (automation names)
const char* unitsId(Units u);  // "usd", "usd2025", "vnd"

// "What's needed": the solver's question and its answer for the current scenario.
struct NeededState {
  int targetIndex = -1;  // into the current target set; -1 = its last target
  ParamId lever = ParamId::PublicInvestmentPct;
  bool solved = false;
  Scenario solvedFor;
  ParamId solvedLever = ParamId::Count;
  int solvedSet = -1, solvedYear = 0;
  double solvedTargetUsd = 0;
  SolveResult result;
};

// Undo/redo over whole scenarios (they are small plain values).
class ScenarioHistory {
 public:
  void reset(const Scenario& s) {
    entries_.assign(1, s);
    cursor_ = 0;
  }
  // Records `s` when it differs from the current entry; drops any redo branch.
  bool commit(const Scenario& s);
  bool canUndo() const { return cursor_ > 0; }
  bool canRedo() const { return cursor_ + 1 < entries_.size(); }
  const Scenario& undo() { return entries_[canUndo() ? --cursor_ : cursor_]; }
  const Scenario& redo() { return entries_[canRedo() ? ++cursor_ : cursor_]; }
  const Scenario& current() const { return entries_[cursor_]; }
  size_t size() const { return entries_.size(); }
  size_t cursor() const { return cursor_; }

 private:
  static constexpr size_t kMaxEntries = 200;
  std::vector<Scenario> entries_{Scenario::defaults()};
  size_t cursor_ = 0;
};

struct Session {
  // Inputs.
  AppInit init;
  HistoricalData data;
  std::vector<TargetSet> targetSets;  // the documents' sets, then "custom"
  int targetSet = 0;

  // Scenario and results (recomputed when the scenario or target set changes).
  Scenario scenario = Scenario::defaults();
  ScenarioHistory history;
  Trajectory trajectory, baseline;
  std::vector<TargetStatus> targets, baselineTargets;
  std::vector<Warning> warnings;
  Scenario computedFor;
  int computedSet = -1;
  bool computed = false;

  // Interface state.
  Translator i18n;
  View view = View::Chart;
  bool selectViewTab = true;  // make the tab bar follow `view` on the next frame
  Units units = Units::CurrentUsd;
  bool presenter = false;
  bool predict = false;   // predict-then-reveal: results hidden until revealed
  bool revealed = true;
  bool help = false;
  bool customTargetsOpen = false;
  bool assumptionsOpen = false;  // the assumptions panel under the levers; collapsed by default
  NeededState needed;
  FontSet fonts;
  bool fontsDirty = false;
  WindowClass window = WindowClass::Regular;  // type sizes follow it (fonts rebuilt when it changes)  // presenter mode or DPI changed: rebuild the atlas between frames
  float topBarHeight = 0;  // measured last frame
  std::string leverMessage;  // last rejected entry, shown under the lever
  ParamId leverMessageParam = ParamId::Count;
  std::vector<char> leverDetailsOpen = std::vector<char>(kParamCount, 0);
  std::vector<std::string> leverEntry = std::vector<std::string>(kParamCount);

  // Redraw bookkeeping.
  int framesToDraw = 2;  // keep drawing a few frames after any change so layout settles
  long frameCount = 0;

  // Test hook: what the last frame drew.
  std::vector<ChartRecord> charts;
  std::vector<std::string> tabs;
  std::string headline;
  std::vector<std::string> drawn;
  struct Control {
    std::string name;
    ImVec2 min, max;
  };
  std::vector<Control> controls;  // where the main controls are, so tests can click them
  void recordControl(const std::string& name) {
    controls.push_back({name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
  }

  const Palette& palette() const { return presenter ? presenterPalette() : lightPalette(); }
  const TargetSet& currentTargets() const { return targetSets[static_cast<size_t>(targetSet)]; }
  bool resultsVisible() const { return !predict || revealed; }
  void touch() { framesToDraw = std::max(framesToDraw, 3); }

  Scenario baselineScenario() const;  // levers at defaults, assumptions as set
  void recompute();                   // only when inputs changed
  void setScenario(const Scenario& s);  // from an action: commits to the history
  void commitScenario();
  void undo();
  void redo();
  int findTargetSet(const std::string& id) const;
};

// Panels (each in its own file). `area` is in screen coordinates, computed every frame
// from the viewport size.
struct Rect {
  ImVec2 min, max;
  ImVec2 size() const { return ImVec2(max.x - min.x, max.y - min.y); }
};
void drawTopBar(Session& s, const Rect& area);
void drawLeversPanel(Session& s, const Rect& area);
void drawHeadline(Session& s, const Rect& area);
void drawViews(Session& s, const Rect& area);
void drawHelpOverlay(Session& s);
void handleShortcuts(Session& s);

// Shared helpers.
double unitValue(const YearResult& row, Units u);
std::string money(const Session& s, double value, Units u);  // "36,000 USD" / "36.000 USD" / "1.234 tr. đồng"
std::string targetText(const Session& s, const Target& t);  // "12,000–13,000 USD", "> 36,000 USD"
// The same target in other units, its USD values multiplied by `factor`.
std::string targetText(const Session& s, const Target& t, double factor, Units units);
std::string leverValueText(const Session& s, const ParamSpec& spec, double value);
void mainChart(Session& s, ImVec2 size);
void hiddenResultsCard(Session& s, ImVec2 size);
double historyValue(const HistoryYear& y, Units units);
void historySource(const Session& s, const HistoryYear& y, Units units);
bool solveNeeded(Session& s);  // refreshes the answer when the question or scenario changed

// Actions shared by the panels, the shortcuts and App::command.
void setLanguage(Session& s, Language lang);
void setView(Session& s, View v);
void setPresenter(Session& s, bool on);
void setPredict(Session& s, bool on);
void reveal(Session& s);
void resetLevers(Session& s);
void resetAssumptions(Session& s);
void toggleFullscreen(Session& s);
bool applyNeeded(Session& s);

}  // namespace h2045::app
