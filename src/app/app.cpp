// App: owns the session, lays out the panels from the viewport size every frame, and
// serves the automation API (browser tests, embedding, workshop tooling).
#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include <imgui.h>

#include "app/commands.h"
#include "app/session.h"
#include "app/text_audit.h"
#include "app/views/views.h"
#include "scenario/data.h"
#include "scenario/output_json.h"
#include "scenario/presets.h"
#include "scenario/png.h"
#include "scenario/scenario_file.h"
#include "scenario/share_link.h"

namespace h2045::app {

struct App::Impl {
  Session session;
  std::string error;
  bool initialized = false;
  bool fontsChanged = false;
  float contentScale = 1.0f;

  bool rebuildFonts(std::string& why) {
    Session& s = session;
    if (!buildFonts(s.in.init.fontPath, s.ui.presenter, s.layout.window, contentScale, s.layout.fonts, why)) return false;
    applyStyle(s.ui.presenter, s.ui.presenter ? 1.15f : 1.0f);
    s.layout.fontsDirty = false;
    fontsChanged = true;
    return true;
  }
};

namespace {

// The custom set starts as a copy of the first official set so there is something to edit.
TargetSet customTargetSet(const std::vector<TargetSet>& sets, const Translator& i18n) {
  TargetSet custom;
  custom.id = "custom";
  custom.nameEn = i18n.table(Language::English).at("custom.name");
  custom.nameVi = i18n.table(Language::Vietnamese).at("custom.name");
  if (!sets.empty()) custom.targets = sets.front().targets;
  if (custom.targets.empty())
    custom.targets.push_back(Target{2045, 36000, std::numeric_limits<double>::infinity(), false});
  return custom;
}

constexpr const char* kAutosaveKey = "autosave";

// The document at start: a link, a file, the autosave, the defaults, the first that works. What
// did not work is said in the notice (the last one said wins; a link is the likelier cause).
void openStartDocument(Session& s) {
  const AppInit& init = s.in.init;
  std::string error, notice, detail;
  auto start = [&](const ScenarioDocument& d, ChangeOrigin origin, const std::string& detail) {
    if (!s.openDocument(d, origin, detail, error)) return false;
    s.doc.history.reset(s.document(), origin, detail, init.platform ? init.platform->minuteOfDay() : -1);
    return true;
  };
  bool opened = false;
  if (!init.startLink.empty()) {
    std::optional<ScenarioDocument> d = decodeShareLink(init.startLink, error);
    if (d && start(*d, ChangeOrigin::Link, {})) {
      opened = true;
    } else {
      notice = s.i18n.tr("notice.link_failed");  // the technical reason goes to the API's error
    }
  }
  if (!opened && !init.startScenarioFile.empty()) {
    std::optional<ScenarioDocument> d = readScenarioFile(init.startScenarioFile, error);
    if (!d) error = withoutFilePrefix(init.startScenarioFile, error);
    if (d && start(*d, ChangeOrigin::File, fileBaseName(init.startScenarioFile))) {
      opened = true;
    } else {
      notice = formatMessage(s.i18n.tr("notice.file_failed"),
                             {fileBaseName(init.startScenarioFile), problemForPerson(s, error)});
      detail = s.ui.noticeDetail;
    }
  }
  if (!opened && init.platform) {
    const std::string saved = init.platform->loadText(kAutosaveKey);
    s.storage.lastStored = saved;
    if (!saved.empty()) {
      std::optional<ScenarioDocument> d = parseScenarioJson(saved, error);
      // A damaged autosave is not the person's doing: said once, the defaults are used.
      if (d && start(*d, ChangeOrigin::Autosave, {})) opened = true;
      else if (notice.empty()) {
        notice = formatMessage(s.i18n.tr("notice.autosave_failed"), {problemForPerson(s, error)});
        detail = s.ui.noticeDetail;
      }
    }
  }
  if (!notice.empty()) {
    s.ui.notice = notice;
    s.ui.noticeDetail = detail;
    s.ui.noticeIsError = true;
  }
}

// Writes the document where it outlives the app, when it changed; a refusal is said once and
// the document stays in memory.
void autosave(Session& s) {
  Platform* platform = s.in.init.platform;
  if (!platform) return;
  if (!platform->autosaves()) {
    platform->showLink(shareLinkFragment(s.document()));
    return;
  }
  const std::string text = scenarioToJson(s.document(), ScenarioEntries::Changed);
  if (text == s.storage.lastStored) return;
  std::string error;
  if (platform->storeText(kAutosaveKey, text, error)) {
    s.storage.lastStored = text;
    s.storage.failureReported = false;
  } else {
    s.storage.lastStored = text;  // not retried every frame; the next change tries again
    if (!s.storage.failureReported) {
      s.ui.notice = formatMessage(s.i18n.tr("notice.storage_failed"), {problemForPerson(s, error, true)});
      s.ui.noticeIsError = true;
      s.storage.failureReported = true;
      s.touch();
    }
  }
  platform->showLink(shareLinkFragment(s.document()));
}

}  // namespace

App::App() : impl_(new Impl) {}
App::~App() { delete impl_; }

bool App::init(const AppInit& init) {
  Session& s = impl_->session;
  s.in.init = init;
  impl_->contentScale = init.contentScale > 0 ? init.contentScale : 1.0f;
  std::string why;
  if (!s.i18n.load(init.assetDir + "/i18n", why)) {
    impl_->error = why;
    return false;
  }
  setLanguage(s, languageFromLocale(init.preferredLanguage));
  std::optional<HistoricalData> data = loadHistoricalData(init.assetDir + "/data", why);
  if (!data) {
    impl_->error = why;
    return false;
  }
  s.in.data = std::move(*data);
  std::optional<std::vector<TargetSet>> sets = loadTargetSets(init.assetDir + "/data", why);
  if (!sets) {
    impl_->error = why;
    return false;
  }
  s.in.officialTargetSets = std::move(*sets);
  for (Language lang : {Language::English, Language::Vietnamese})
    if (!s.i18n.has(lang, "custom.name")) {
      impl_->error = std::string(languageCode(lang)) + ".json: missing key custom.name";
      return false;
    }
  s.doc.customTargets = customTargetSet(s.in.officialTargetSets, s.i18n);
  s.in.initialCustomTargets = s.doc.customTargets.targets;
  s.doc.targetSet = 0;
  s.doc.scenario = Scenario::defaults();
  std::optional<std::vector<Preset>> presets = loadPresets(init.assetDir + "/scenarios", why);
  if (!presets) {
    impl_->error = why;
    return false;
  }
  s.in.presets = std::move(*presets);
  s.doc.history.reset(s.document(), ChangeOrigin::Start, {}, init.platform ? init.platform->minuteOfDay() : -1);
  openStartDocument(s);
  loadSavedList(s);
  if (!impl_->rebuildFonts(why)) {
    impl_->error = why;
    return false;
  }
  ImGui::GetIO().IniFilename = nullptr;
  s.recompute();
  impl_->initialized = true;
  return true;
}

const std::string& App::error() const { return impl_->error; }

void App::frame() {
  Session& s = impl_->session;
  if (!impl_->initialized) return;
  ++s.frameCount;
  s.record.clear();
  s.i18n.startRecording();

  handleShortcuts(s);
  s.recompute();

  // Layout from the viewport every frame: nothing floats, nothing is saved.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const WindowClass window = windowClass(display);
  if (window != s.layout.window) {
    s.layout.window = window;  // new type sizes from the next frame (the atlas is rebuilt between frames)
    s.layout.fontsDirty = true;
    s.touch();
  }
  if (s.ui.presenterFoldPending) {
    s.ui.presenterFoldPending = false;
    if (s.ui.presenter && window == WindowClass::Compact) {
      s.ui.leversFoldedBeforePresenter = s.ui.leversCollapsed;
      s.ui.leversCollapsed = s.ui.presenterFolded = true;
    }
  }
  const ImVec2 size(std::max(display.x, 1.0f), std::max(display.y, 1.0f));
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("Hanoi 2045", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();

  const PanelLayout panels = layoutPanels(s, display);
  drawTopBar(s, panels.top);
  if (!panels.levers.empty()) drawLeversPanel(s, panels.levers);
  s.recompute();  // levers may have moved: the headline and views show this frame's values
  drawHeadline(s, panels.headline, panels.stackedHeadline);
  if (!panels.views.empty()) drawViews(s, panels.views);
  drawHelpOverlay(s);
  ImGui::End();
  drawQrOverlay(s);
  if (!chartImagePending(s)) drawNotice(s);  // the chart's picture is taken without it

  // A slider drag is one step in the history, recorded when it ends.
  if (!ImGui::IsAnyItemActive()) {
    s.commitDocument();
    autosave(s);
  }
  s.i18n.stopRecording();
  s.record.drawn = s.i18n.recorded();
  if (s.framesToDraw > 0) --s.framesToDraw;
}

bool App::wantsContinuousFrames() const { return impl_->session.framesToDraw > 0; }

bool App::consumeFontsChanged() {
  Session& s = impl_->session;
  if (s.layout.fontsDirty && impl_->initialized && !ImGui::GetIO().Fonts->Locked) {
    std::string why;
    if (!impl_->rebuildFonts(why)) impl_->error = why;
  }
  const bool changed = impl_->fontsChanged;
  impl_->fontsChanged = false;
  return changed;
}

void App::setContentScale(float scale) {
  if (!(scale > 0) || !std::isfinite(scale) || scale == impl_->contentScale) return;
  impl_->contentScale = scale;
  impl_->session.layout.fontsDirty = true;
  impl_->session.touch();
}

void App::setPointer(bool touch, bool longPress) {
  PointerInput& p = impl_->session.pointer;
  if (p.touch != touch || p.longPress != longPress) impl_->session.touch();
  p.touch = touch;
  p.longPress = longPress;
}

std::string App::leversJson() const {
  const Session& s = impl_->session;
  return h2045::leversJson(OutputWords{s.i18n.all(), s.ui.language}, &s.doc.scenario);
}

bool App::setLever(const std::string& id, double value, std::string& error) {
  Session& s = impl_->session;
  Scenario next = s.doc.scenario;
  if (!setParamValue(next, id, value, error)) return false;
  if (auto invalid = validate(next, s.in.data)) {
    error = describeValidationError(*invalid);
    return false;
  }
  s.setScenario(next);
  s.recompute();
  return true;
}

std::string App::resultJson() const {
  Session& s = impl_->session;
  s.recompute();
  return h2045::resultJson(s.doc.scenario, s.results.scenario, &s.currentTargets(), OutputWords{s.i18n.all(), s.ui.language});
}

std::string App::monteCarloJson(int paths, std::uint64_t seed) const {
  const Session& s = impl_->session;
  if (paths < 1 || paths > kMaxMonteCarloPaths) return "";
  MonteCarloResult mc;
  runMonteCarlo(s.doc.scenario, s.in.data, s.currentTargets(), uncertaintyAssumptions(s.doc.scenario),
                MonteCarloOptions{paths, seed}, mc);
  return mc.ok() ? dumpJson(monteCarloToJson(s.doc.scenario, mc)) : "";
}

std::string App::explainJson(int year) const {
  const Session& s = impl_->session;
  const GapExplanation e = explainGap(s.doc.scenario, s.in.data, s.currentTargets(), year);
  if (!e.ok()) return "";
  const PastMiss past = explainPastMiss(s.in.data, s.in.officialTargetSets);
  return dumpJson(explainToJson(s.doc.scenario, e, &past, OutputWords{s.i18n.all(), s.ui.language}));
}

std::string App::scenarioJson() const { return scenarioToJson(impl_->session.document()); }
std::string App::exportCsv() const {
  Session& s = impl_->session;
  s.recompute();
  return trajectoryCsvText(s);
}

void App::requestChartImage() { app::requestChartImage(impl_->session, false); }

bool App::imageRequest(ImageRequest& request) const {
  const Session& s = impl_->session;
  if (!impl_->initialized || !chartImagePending(s)) return false;
  const Rect area = chartImageArea(s);
  request = ImageRequest{area.min.x, area.min.y, area.size().x, area.size().y};
  return true;
}

void App::imageTaken(int width, int height, const std::vector<unsigned char>& rgba, const std::string& error) {
  Session& s = impl_->session;
  chartImageTaken(s, error.empty() ? encodePng(width, height, rgba) : std::string(), error);
}

bool App::chartImage(std::string& png, std::string& error) const {
  const ExportState& e = impl_->session.exports;
  if (e.image.empty()) {
    error = e.imageWanted ? "the chart's picture is not taken yet" : e.imageError.empty() ? "no picture was asked for" : e.imageError;
    return false;
  }
  png = e.image;
  return true;
}

bool App::loadScenario(const std::string& json, std::string& error) {
  Session& s = impl_->session;
  std::optional<ScenarioDocument> d = parseScenarioJson(json, error);
  if (!d || !s.openDocument(*d, ChangeOrigin::File, d->name, error)) return false;
  s.recompute();
  return true;
}

std::string App::presetsJson() const {
  const Session& s = impl_->session;
  OrderedJson list = OrderedJson::array();
  for (const Preset& p : s.in.presets)
    list.push_back({{"id", p.id},
                    {"name", p.name(s.ui.language)},
                    {"description", p.description(s.ui.language)},
                    {"sources", p.sources(s.ui.language)}});
  return dumpJson(list, -1);
}

std::string App::shareLink() const {
  const Session& s = impl_->session;
  return (s.in.init.platform ? s.in.init.platform->pageUrl() : std::string()) + shareLinkFragment(s.document());
}

bool App::openLink(const std::string& text, std::string& error) {
  Session& s = impl_->session;
  std::optional<ScenarioDocument> d = decodeShareLink(text, error);
  if (!d || !s.openDocument(*d, ChangeOrigin::Link, {}, error)) {
    s.ui.notice = s.i18n.tr("notice.link_failed");
    s.ui.noticeDetail.clear();
    s.ui.noticeIsError = true;
    s.touch();
    return false;
  }
  s.ui.notice.clear();
  s.recompute();
  return true;
}

bool App::openScenarioText(const std::string& text, const std::string& name, std::string& error) {
  return openScenarioTextInto(impl_->session, text, name, error);
}

bool App::openScenarioFile(const std::string& path, std::string& error) {
  return openScenarioFileInto(impl_->session, path, error);
}

namespace {
// The last frame's text as drawn (text_audit.h): how many texts, the smallest capital letter
// in points and in the screen's pixels, and each fault with where it is.
OrderedJson textAuditJson(const Session& s, float contentScale) {
  const TextAudit audit = auditDrawnText(s.record.drawn);
  auto rect = [](const DrawnText& t) { return OrderedJson{t.min.x, t.min.y, t.max.x - t.min.x, t.max.y - t.min.y}; };
  OrderedJson faults = OrderedJson::array();
  for (const TextFault& f : audit.faults) {
    OrderedJson one = {{"kind", f.kind}, {"text", f.text.text}, {"window", f.text.window}, {"rect", rect(f.text)}};
    if (f.kind == "overlap") one["other"] = {{"text", f.other.text}, {"window", f.other.window}, {"rect", rect(f.other)}};
    faults.push_back(one);
  }
  return {{"count", audit.texts.size()},
          {"smallest_cap_height", audit.smallestCapHeight},
          {"smallest_cap_height_px", audit.smallestCapHeight * contentScale},
          {"faults", faults}};
}
}  // namespace

std::string App::benchJson() const {
  const Session& s = impl_->session;
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point from) { return std::chrono::duration<double, std::milli>(Clock::now() - from).count(); };
  const Scenario& scenario = s.doc.scenario;
  Trajectory t;
  const int runs = 200;
  Clock::time_point start = Clock::now();
  for (int i = 0; i < runs; ++i) simulate(scenario, s.in.data, t);
  const double simulateMs = ms(start) / runs;
  MonteCarloResult mc;
  const UncertaintyAssumptions u = uncertaintyAssumptions(scenario);
  auto monteCarloMs = [&](int paths, int repeats) {
    double best = 1e300;  // the least disturbed of a few runs
    for (int i = 0; i < repeats; ++i) {
      const Clock::time_point from = Clock::now();
      runMonteCarlo(scenario, s.in.data, s.currentTargets(), u, MonteCarloOptions{paths, 2045}, mc);
      best = std::min(best, ms(from));
    }
    return best;
  };
  OrderedJson j;
  j["simulate_ms"] = simulateMs;
  j["monte_carlo_1000_ms"] = monteCarloMs(1000, 5);
  j["monte_carlo_10000_ms"] = monteCarloMs(10000, 2);
  j["interface_paths"] = kInterfaceMonteCarlo.paths;
  return dumpJson(j, -1);
}

std::string App::uiStateJson() const {
  const Session& s = impl_->session;
  OrderedJson j;
  j["language"] = languageCode(s.ui.language);
  j["view"] = viewTable()[static_cast<size_t>(s.ui.view)].id;
  j["units"] = std::string(valueUnitId(s.ui.units));
  j["target_set"] = s.currentTargets().id;
  j["presenter"] = s.ui.presenter;
  j["predict"] = s.ui.predict;
  j["revealed"] = s.resultsVisible();
  j["help"] = s.ui.help;
  j["qr_open"] = s.ui.qr;
  j["assumptions_open"] = s.ui.assumptionsOpen;
  j["frame"] = s.frameCount;
  j["can_undo"] = s.doc.history.canUndo();
  j["can_redo"] = s.doc.history.canRedo();
  j["history_size"] = s.doc.history.size();
  j["history_cursor"] = s.doc.history.cursor();
  OrderedJson history = OrderedJson::array();
  for (size_t i = 0; i < s.doc.history.size(); ++i) history.push_back(historyLabel(s, i));
  j["history"] = history;
  j["name"] = s.doc.name;
  OrderedJson saved = OrderedJson::array();
  for (const ScenarioDocument& d : s.saved) saved.push_back(d.name);
  j["saved"] = saved;
  OrderedJson compared = OrderedJson::array();
  for (const ComparedScenario& c : s.compared) compared.push_back(c.document.name);
  j["compared"] = compared;
  j["notice"] = {{"text", s.ui.notice}, {"error", s.ui.noticeIsError}};
  j["headline"] = s.record.headline;
  j["tabs"] = s.record.tabs;
  j["view_navigation"] = s.record.viewNavigation;
  j["window_class"] = windowClassId(s.layout.window);
  j["levers_folded"] = s.ui.leversCollapsed;
  j["levers_drawer"] = s.ui.leversDrawer;
  j["lever_group"] = s.ui.leverGroup + 1;
  // The tables the interface is built from, so tests walk them instead of keeping copies.
  OrderedJson views = OrderedJson::array();
  for (const ViewSpec& v : viewTable())
    views.push_back({{"id", v.id}, {"shortcut", std::string(1, v.shortcut)}, {"shows_results", v.showsResults}});
  j["views"] = views;
  OrderedJson commands = OrderedJson::array();
  for (const CommandSpec& c : commandTable())
    commands.push_back({{"name", c.name}, {"argument", c.argument}, {"keys", c.keyText ? c.keyText : ""}});
  j["commands"] = commands;
  OrderedJson help = OrderedJson::array();
  for (const HelpRow& row : helpRows()) help.push_back({{"keys", row.keys}, {"text", s.i18n.tr(row.descriptionKey)}});
  j["help_rows"] = help;
  // What the headline shows for each target: "met", "missed" or "hidden" (predict mode).
  OrderedJson targets = OrderedJson::array();
  for (const TargetStatus& st : s.results.targets)
    targets.push_back({{"year", st.target.year},
                       {"shown", !s.resultsVisible() ? "hidden" : st.met ? "met" : "missed"}});
  j["targets"] = targets;
  OrderedJson charts = OrderedJson::array();
  for (const ChartRecord& c : s.record.charts)
    charts.push_back({{"id", c.id},
                      {"series", c.series},
                      {"points", c.points},
                      {"checksum", c.checksum},
                      {"x_min", c.xMin},
                      {"x_max", c.xMax},
                      {"plot", {c.plotMin.x, c.plotMin.y, c.plotMax.x, c.plotMax.y}},
                      {"frame", {c.frameMin.x, c.frameMin.y, c.frameMax.x, c.frameMax.y}},
                      {"markers", [&c] {
                         OrderedJson m = OrderedJson::array();
                         for (const ChartRecord::Marker& k : c.markers)
                           m.push_back({{"label", k.label}, {"x", k.x}, {"y", k.y}});
                         return m;
                       }()}});
  j["charts"] = charts;
  // Like the screen, the hook says nothing about results before the reveal.
  j["warnings"] = s.resultsVisible() ? OrderedJson(s.results.warnings.size()) : OrderedJson();
  // The Monte Carlo behind the fan and the chances (null before a reveal, like the results):
  // the 2045 band in the unit shown and each target's probability.
  if (s.resultsVisible() && s.uncertainty.ok()) {
    OrderedJson chances = OrderedJson::array();
    for (const TargetChance& c : s.uncertainty.targets) chances.push_back({{"year", c.target.year}, {"probability", c.probability}});
    OrderedJson band = OrderedJson::array();
    if (const YearBands* y = s.uncertainty.find(2045))
      for (size_t p = 0; p < kBandPercentiles.size(); ++p) band.push_back(y->at(s.ui.units, p));
    j["uncertainty"] = {{"fan", s.ui.fan},
                        {"paths", s.uncertainty.paths},
                        {"seed", s.uncertainty.seed},
                        {"band_2045", band},
                        {"targets", chances}};
  } else {
    j["uncertainty"] = nullptr;
  }
  OrderedJson predictions = OrderedJson::array();
  for (const Prediction& p : s.ui.predictions)
    predictions.push_back({{"group", p.group}, {"value", p.value}, {"unit", std::string(valueUnitId(p.unit))}});
  j["predictions"] = predictions;
  j["prediction_year"] = predictionYear(s);
  OrderedJson controls = OrderedJson::object();
  for (const FrameRecord::Control& c : s.record.controls)
    controls[c.name] = {c.min.x, c.min.y, c.max.x - c.min.x, c.max.y - c.min.y};
  j["controls"] = controls;
  j["tooltip"] = s.record.tooltip;
  if (s.ui.qr && s.record.qr.size > 0) {
    const FrameRecord::Qr& q = s.record.qr;
    j["qr"] = {{"text", q.text},
               {"size", q.size},
               {"modules", q.modules},
               {"rect", {q.min.x, q.min.y, q.max.x - q.min.x, q.max.y - q.min.y}}};
  } else {
    j["qr"] = nullptr;
  }
  j["levers_scroll"] = {s.record.leversScroll, s.record.leversScrollMax};
  // "inside": a pointer hovers the window (a lifted finger does not, so nothing looks hovered).
  j["pointer"] = {{"touch", s.pointer.touch}, {"long_press", s.pointer.longPress}, {"inside", ImGui::IsMousePosValid()}};
  j["drawn"] = s.record.drawn;
  j["missing_keys"] = s.i18n.missingKeys();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  j["display"] = {display.x, display.y};
  j["font_size"] = ImGui::GetFontSize();
  j["text"] = textAuditJson(s, impl_->contentScale);
  if (s.needed.solved) {
    j["needed"] = {{"lever", std::string(spec(s.needed.lever).id)},
                   {"year", s.needed.solvedYear},
                   {"target_usd", s.needed.solvedTargetUsd},
                   {"status", std::string(solveStatusKey(s.needed.result.status))},
                   {"value", std::isfinite(s.needed.result.value) ? OrderedJson(s.needed.result.value) : OrderedJson()}};
  }
  // The gap view's waterfall as it was last drawn: its year and each bar in the unit shown.
  const GapViewState& gap = s.gapView;
  if (gap.computed && gap.result.ok() && s.resultsVisible()) {
    const size_t u = static_cast<size_t>(s.ui.units);
    OrderedJson groups = OrderedJson::object();
    for (const GroupShare& g : gap.result.groups) groups[changeGroupId(g.group)] = g.value[u];
    j["gap"] = {{"year", gap.result.year},
                {"unit", std::string(valueUnitId(s.ui.units))},
                {"baseline", gap.result.baseline[u]},
                {"scenario", gap.result.scenario[u]},
                {"groups", groups},
                {"remaining", gap.result.target ? OrderedJson(gap.result.remaining[u]) : OrderedJson()}};
  } else {
    j["gap"] = nullptr;
  }
  // The target map as last drawn: its levers, year, grid and how long the grid took.
  const TargetMapViewState& map = s.targetMapView;
  if (map.computed && map.map.ok() && s.resultsVisible()) {
    j["target_map"] = {{"x", std::string(spec(map.map.x).id)},
                       {"y", std::string(spec(map.map.y).id)},
                       {"year", map.map.year},
                       {"columns", map.map.columns},
                       {"rows", map.map.rows},
                       {"ms", map.lastMs},
                       {"computations", map.computations},
                       {"first_cell_usd", map.map.at(ValueUnit::CurrentUsd, 0, 0)}};
  } else {
    j["target_map"] = nullptr;
  }
  return dumpJson(j, -1);
}

bool App::command(const std::string& name, const std::string& arg, std::string& error) {
  return runCommand(impl_->session, name, arg, error);
}

}  // namespace h2045::app
