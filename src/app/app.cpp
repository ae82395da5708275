// App: owns the session, lays out the panels from the viewport size every frame, and
// serves the automation API (browser tests, embedding, workshop tooling).
#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <imgui.h>

#include "app/keys.h"
#include "app/session.h"
#include "scenario/data.h"
#include "scenario/output_json.h"
#include "scenario/scenario_file.h"

namespace h2045::app {

struct App::Impl {
  Session session;
  std::string error;
  bool initialized = false;
  bool fontsChanged = false;
  float contentScale = 1.0f;

  bool rebuildFonts(std::string& why) {
    Session& s = session;
    if (!buildFonts(s.init.fontPath, s.presenter, s.window, contentScale, s.fonts, why)) return false;
    applyStyle(s.presenter, s.presenter ? 1.15f : 1.0f);
    s.fontsDirty = false;
    fontsChanged = true;
    return true;
  }
};

namespace {

// The custom set starts as a copy of the 17th Congress targets so there is something to edit.
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

bool parseOnOff(const std::string& arg, bool current, bool& out) {
  if (arg == "on" || arg == "1" || arg == "true") return out = true, true;
  if (arg == "off" || arg == "0" || arg == "false") return out = false, true;
  if (arg.empty() || arg == "toggle") return out = !current, true;
  return false;
}

}  // namespace

App::App() : impl_(new Impl) {}
App::~App() { delete impl_; }

bool App::init(const AppInit& init) {
  Session& s = impl_->session;
  s.init = init;
  impl_->contentScale = init.contentScale > 0 ? init.contentScale : 1.0f;
  std::string why;
  if (!s.i18n.load(init.assetDir + "/i18n", why)) {
    impl_->error = why;
    return false;
  }
  s.i18n.setLanguage(languageFromLocale(init.preferredLanguage));
  std::optional<HistoricalData> data = loadHistoricalData(init.assetDir + "/data", why);
  if (!data) {
    impl_->error = why;
    return false;
  }
  s.data = std::move(*data);
  std::optional<std::vector<TargetSet>> sets = loadTargetSets(init.assetDir + "/data", why);
  if (!sets) {
    impl_->error = why;
    return false;
  }
  s.targetSets = std::move(*sets);
  for (Language lang : {Language::English, Language::Vietnamese})
    if (!s.i18n.has(lang, "custom.name")) {
      impl_->error = std::string(languageCode(lang)) + ".json: missing key custom.name";
      return false;
    }
  if (s.findTargetSet("custom") < 0) s.targetSets.push_back(customTargetSet(s.targetSets, s.i18n));
  s.targetSet = 0;
  s.scenario = Scenario::defaults();
  s.history.reset(s.scenario);
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
  s.charts.clear();
  s.controls.clear();
  s.i18n.startRecording();

  handleShortcuts(s);
  s.recompute();

  // Layout from the viewport every frame: nothing floats, nothing is saved.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const WindowClass window = windowClass(display);
  if (window != s.window) {
    s.window = window;  // new type sizes from the next frame (the atlas is rebuilt between frames)
    s.fontsDirty = true;
    s.touch();
  }
  const ImVec2 size(std::max(display.x, 1.0f), std::max(display.y, 1.0f));
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("Hanoi 2045", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();

  const float gap = std::round(ImGui::GetFontSize() * 0.5f);
  const float topHeight = s.topBarHeight > 0 ? s.topBarHeight : ImGui::GetFrameHeightWithSpacing() + gap * 2;
  Rect top{ImVec2(gap, gap * 0.5f), ImVec2(size.x - gap, gap * 0.5f + topHeight)};
  // Levers get about a third of the width, within readable limits.
  const float leverWidth =
      std::clamp(size.x * (s.presenter ? 0.28f : 0.30f),
                 std::min(size.x * 0.45f, ImGui::GetFontSize() * (s.presenter ? 14.0f : 18.0f)),
                 ImGui::GetFontSize() * 30);
  Rect levers{ImVec2(gap, top.max.y), ImVec2(gap + leverWidth, size.y - gap)};
  const float headlineHeight =
      (s.fonts.huge ? s.fonts.huge->FontSize * ImGui::GetIO().FontGlobalScale : 40.0f) +
      ImGui::GetTextLineHeightWithSpacing() * 2.2f + ImGui::GetStyle().WindowPadding.y * 2 +
      std::max(0.0f, static_cast<float>(s.targets.size()) - 3.0f) * ImGui::GetFrameHeight();
  Rect headline{ImVec2(levers.max.x + gap, top.max.y), ImVec2(size.x - gap, top.max.y + headlineHeight)};
  Rect views{ImVec2(headline.min.x, headline.max.y + gap), ImVec2(size.x - gap, size.y - gap)};

  drawTopBar(s, top);
  drawLeversPanel(s, levers);
  s.recompute();  // levers may have moved: the headline and views show this frame's values
  drawHeadline(s, headline);
  drawViews(s, views);
  drawHelpOverlay(s);
  ImGui::End();

  // A slider drag is one step in the history, recorded when it ends.
  if (!ImGui::IsAnyItemActive()) s.commitScenario();
  s.i18n.stopRecording();
  s.drawn = s.i18n.recorded();
  if (s.framesToDraw > 0) --s.framesToDraw;
}

bool App::wantsContinuousFrames() const { return impl_->session.framesToDraw > 0; }

bool App::consumeFontsChanged() {
  Session& s = impl_->session;
  if (s.fontsDirty && impl_->initialized && !ImGui::GetIO().Fonts->Locked) {
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
  impl_->session.fontsDirty = true;
  impl_->session.touch();
}

std::string App::leversJson() const { return h2045::leversJson(&impl_->session.scenario); }

bool App::setLever(const std::string& id, double value, std::string& error) {
  Session& s = impl_->session;
  Scenario next = s.scenario;
  if (!setParamValue(next, id, value, error)) return false;
  if (auto invalid = validate(next, s.data)) {
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
  return h2045::resultJson(s.scenario, s.trajectory, &s.currentTargets());
}

std::string App::scenarioJson() const { return scenarioToJson(impl_->session.scenario); }

bool App::loadScenario(const std::string& json, std::string& error) {
  Session& s = impl_->session;
  ScenarioFile file;
  if (!loadScenarioJson(json, file, error)) return false;
  if (auto invalid = validate(file.scenario, s.data)) {
    error = describeValidationError(*invalid);
    return false;
  }
  s.setScenario(file.scenario);
  s.recompute();
  return true;
}

std::string App::uiStateJson() const {
  const Session& s = impl_->session;
  OrderedJson j;
  j["language"] = languageCode(s.i18n.language());
  j["view"] = viewId(s.view);
  j["units"] = unitsId(s.units);
  j["target_set"] = s.currentTargets().id;
  j["presenter"] = s.presenter;
  j["predict"] = s.predict;
  j["revealed"] = s.resultsVisible();
  j["help"] = s.help;
  j["assumptions_open"] = s.assumptionsOpen;
  j["frame"] = s.frameCount;
  j["can_undo"] = s.history.canUndo();
  j["can_redo"] = s.history.canRedo();
  j["history_size"] = s.history.size();
  j["headline"] = s.headline;
  j["tabs"] = s.tabs;
  // What the headline shows for each target: "met", "missed" or "hidden" (predict mode).
  OrderedJson targets = OrderedJson::array();
  for (const TargetStatus& st : s.targets)
    targets.push_back({{"year", st.target.year},
                       {"shown", !s.resultsVisible() ? "hidden" : st.met ? "met" : "missed"}});
  j["targets"] = targets;
  OrderedJson charts = OrderedJson::array();
  for (const ChartRecord& c : s.charts)
    charts.push_back({{"id", c.id}, {"series", c.series}, {"points", c.points}, {"checksum", c.checksum}});
  j["charts"] = charts;
  j["warnings"] = s.warnings.size();
  OrderedJson controls = OrderedJson::object();
  for (const Session::Control& c : s.controls)
    controls[c.name] = {c.min.x, c.min.y, c.max.x - c.min.x, c.max.y - c.min.y};
  j["controls"] = controls;
  j["drawn"] = s.drawn;
  j["missing_keys"] = s.i18n.missingKeys();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  j["display"] = {display.x, display.y};
  j["font_size"] = ImGui::GetFontSize();
  if (s.needed.solved) {
    j["needed"] = {{"lever", std::string(spec(s.needed.lever).id)},
                   {"year", s.needed.solvedYear},
                   {"target_usd", s.needed.solvedTargetUsd},
                   {"status", std::string(solveStatusKey(s.needed.result.status))},
                   {"value", std::isfinite(s.needed.result.value) ? OrderedJson(s.needed.result.value) : OrderedJson()}};
  }
  return dumpJson(j, -1);
}

bool App::command(const std::string& name, const std::string& arg, std::string& error) {
  Session& s = impl_->session;
  bool on = false;
  auto badArgument = [&](const char* allowed) {
    error = "command \"" + name + "\": bad argument \"" + arg + "\" (allowed: " + allowed + ")";
    return false;
  };
  if (name == "lang" || name == "language") {
    if (arg == "toggle" || arg.empty()) {
      setLanguage(s, s.i18n.language() == Language::Vietnamese ? Language::English : Language::Vietnamese);
    } else if (arg == "vi" || arg == "en" || arg.size() > 2) {
      setLanguage(s, languageFromLocale(arg));
    } else {
      return badArgument("vi, en, toggle");
    }
  } else if (name == "view") {
    for (int v = 0; v < kViewCount; ++v)
      if (arg == viewId(static_cast<View>(v))) {
        setView(s, static_cast<View>(v));
        return true;
      }
    return badArgument("chart, decomposition, growth, investment, people, warnings, needed");
  } else if (name == "units") {
    int found = -1;
    for (int u = 0; u < kUnitsCount; ++u)
      if (arg == unitsId(static_cast<Units>(u))) found = u;
    if (found < 0) return badArgument("usd, usd2025, vnd");
    s.units = static_cast<Units>(found);
  } else if (name == "targets") {
    int index = s.findTargetSet(arg);
    if (index < 0) {
      std::string ids;
      for (const TargetSet& set : s.targetSets) ids += (ids.empty() ? "" : ", ") + set.id;
      return badArgument(ids.c_str());
    }
    s.targetSet = index;
  } else if (name == "presenter") {
    if (!parseOnOff(arg, s.presenter, on)) return badArgument("on, off, toggle");
    setPresenter(s, on);
  } else if (name == "predict") {
    if (!parseOnOff(arg, s.predict, on)) return badArgument("on, off, toggle");
    setPredict(s, on);
  } else if (name == "reveal") {
    reveal(s);
  } else if (name == "assumptions") {
    if (!parseOnOff(arg, s.assumptionsOpen, on)) return badArgument("on, off, toggle");
    s.assumptionsOpen = on;
  } else if (name == "help") {
    if (!parseOnOff(arg, s.help, on)) return badArgument("on, off, toggle");
    s.help = on;
  } else if (name == "fullscreen") {
    if (!s.init.platform) {
      error = "full screen needs a window";
      return false;
    }
    if (!parseOnOff(arg, s.init.platform->isFullscreen(), on)) return badArgument("on, off, toggle");
    s.init.platform->setFullscreen(on);
  } else if (name == "undo") {
    s.undo();
  } else if (name == "redo") {
    s.redo();
  } else if (name == "reset") {
    if (arg == "levers")
      resetLevers(s);
    else if (arg == "assumptions")
      resetAssumptions(s);
    else if (arg == "all")
      s.setScenario(Scenario::defaults());
    else
      return badArgument("levers, assumptions, all");
  } else if (name == "set") {
    // "ID=VALUE", "ID.start_year=YEAR", "ID.phase_in_years=YEARS" (as the CLI's --set).
    Scenario next = s.scenario;
    if (!applySetting(next, arg, error)) return false;
    if (auto invalid = validate(next, s.data)) {
      error = describeValidationError(*invalid);
      return false;
    }
    s.setScenario(next);
  } else if (name == "custom_target") {
    // "YEAR:LOW" (open target "> LOW") or "YEAR:LOW:HIGH"; selects the custom set.
    // "edit" opens the editor instead.
    const int index = s.findTargetSet("custom");
    if (arg == "edit") {
      s.targetSet = index;
      s.customTargetsOpen = true;
    } else {
      std::vector<std::string> parts;
      for (size_t start = 0;;) {
        size_t colon = arg.find(':', start);
        parts.push_back(arg.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
        if (colon == std::string::npos) break;
        start = colon + 1;
      }
      std::optional<int> year;
      std::optional<double> low, high = HUGE_VAL;
      if (parts.size() >= 2) year = parseInteger(parts[0]), low = parseNumber(parts[1]);
      if (parts.size() == 3) high = parseNumber(parts[2]);
      if (!year || !low || !high || parts.size() > 3 || *year <= s.scenario.baseYear || *year > kLastYear ||
          !(*low > 0) || *low >= 1e7 || *high < *low)
        return badArgument("edit, or YEAR:LOW[:HIGH] with a year after the base year up to 2050 and 0 < LOW <= HIGH");
      TargetSet& set = s.targetSets[static_cast<size_t>(index)];
      auto it = std::find_if(set.targets.begin(), set.targets.end(), [&](const Target& t) { return t.year == *year; });
      const Target target{*year, *low, *high, false};
      if (it != set.targets.end())
        *it = target;
      else
        set.targets.push_back(target);
      std::sort(set.targets.begin(), set.targets.end(), [](const Target& a, const Target& b) { return a.year < b.year; });
      s.targetSet = index;
      s.computed = false;
    }
  } else if (name == "lever_details") {
    // Opens (or closes) a lever's exact entry and timing, as its arrow button does.
    std::optional<ParamId> p = findParam(arg);
    if (!p) return badArgument("a lever or assumption id");
    s.leverDetailsOpen[static_cast<size_t>(*p)] ^= 1;
  } else if (name == "needed.lever") {
    std::optional<ParamId> p = findParam(arg);
    if (!p || !isLever(spec(*p).group) || spec(*p).kind == ParamKind::Choice) return badArgument("a lever id");
    s.needed.lever = *p;
  } else if (name == "needed.target") {
    const std::vector<Target>& targets = s.currentTargets().targets;
    std::optional<int> year = parseInteger(arg);
    auto it = std::find_if(targets.begin(), targets.end(), [&](const Target& t) { return year && t.year == *year; });
    if (it == targets.end()) return badArgument("a target year of the current set");
    s.needed.targetIndex = static_cast<int>(it - targets.begin());
  } else if (name == "needed.apply") {
    if (!applyNeeded(s)) {
      error = "nothing to apply: the solver found no setting (" +
              std::string(solveStatusKey(s.needed.result.status)) + ")";
      return false;
    }
  } else {
    error = "unknown command \"" + name +
            "\" (known: lang, view, units, targets, presenter, predict, reveal, help, fullscreen, undo, redo, "
            "reset, set, custom_target, lever_details, needed.lever, needed.target, needed.apply)";
    return false;
  }
  if (name == "needed.lever" || name == "needed.target") solveNeeded(s);
  s.recompute();
  s.touch();
  return true;
}

}  // namespace h2045::app
