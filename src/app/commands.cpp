#include "app/commands.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include <imgui.h>

#include "app/session.h"
#include "app/views/views.h"
#include "scenario/output_json.h"
#include "scenario/scenario_file.h"

namespace h2045::app {

namespace {

bool badArgument(const CommandSpec& c, const std::string& arg, std::string& error, const std::string& allowed = "") {
  error = "command \"" + std::string(c.name) + "\": bad argument \"" + arg + "\" (allowed: " +
          (allowed.empty() ? c.argument : allowed) + ")";
  return false;
}

// "on", "off" or "toggle" (also 1/0, true/false; empty toggles).
std::optional<bool> onOff(const std::string& arg, bool current) {
  if (arg == "on" || arg == "1" || arg == "true") return true;
  if (arg == "off" || arg == "0" || arg == "false") return false;
  if (arg.empty() || arg == "toggle") return !current;
  return std::nullopt;
}

// A scenario change from a command: validated against the data first, one step in the history.
bool applyScenario(Session& s, const Scenario& next, std::string& error) {
  if (auto invalid = validate(next, s.in.data)) {
    error = describeValidationError(*invalid);
    return false;
  }
  s.setScenario(next);
  return true;
}

// The table's rows look themselves up by name for their messages.
const CommandSpec& self(const char* name) { return *findCommand(name); }

bool cmdLanguage(Session& s, const std::string& arg, std::string& error) {
  if (arg == "toggle" || arg.empty())
    setLanguage(s, s.ui.language == Language::Vietnamese ? Language::English : Language::Vietnamese);
  else if (arg == "vi" || arg == "en" || arg.size() > 2)
    setLanguage(s, languageFromLocale(arg));
  else
    return badArgument(self("lang"), arg, error);
  return true;
}

bool cmdView(Session& s, const std::string& arg, std::string& error) {
  const int view = findView(arg);
  if (view < 0) {
    std::string ids;
    for (const ViewSpec& v : viewTable()) ids += (ids.empty() ? "" : ", ") + std::string(v.id);
    return badArgument(self("view"), arg, error, ids);
  }
  setView(s, view);
  return true;
}

bool cmdUnits(Session& s, const std::string& arg, std::string& error) {
  if (arg == "next") {
    setUnits(s, static_cast<ValueUnit>((static_cast<int>(s.ui.units) + 1) % kValueUnitCount));
    return true;
  }
  const std::optional<ValueUnit> unit = findValueUnit(arg);
  if (!unit) return badArgument(self("units"), arg, error);
  setUnits(s, *unit);
  return true;
}

bool cmdTargets(Session& s, const std::string& arg, std::string& error) {
  const int index = s.findTargetSet(arg);
  if (index < 0) {
    std::string ids;
    for (int i = 0; i < s.targetSetCount(); ++i) ids += (ids.empty() ? "" : ", ") + s.targetSet(i).id;
    return badArgument(self("targets"), arg, error, ids);
  }
  setTargetSet(s, index);
  return true;
}

// An on/off/toggle command: the new state from the current one, applied by one action.
bool runSwitch(const char* name, bool current, void (*apply)(Session&, bool), Session& s, const std::string& arg,
               std::string& error) {
  const std::optional<bool> on = onOff(arg, current);
  if (!on) return badArgument(self(name), arg, error);
  apply(s, *on);
  return true;
}

bool cmdPresenter(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("presenter", s.ui.presenter, setPresenter, s, arg, error);
}

bool cmdPredict(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("predict", s.ui.predict, setPredict, s, arg, error);
}

bool cmdReveal(Session& s, const std::string&, std::string&) {
  reveal(s);
  return true;
}

bool cmdAssumptions(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("assumptions", s.ui.assumptionsOpen, [](Session& x, bool on) { x.ui.assumptionsOpen = on; }, s,
                   arg, error);
}

// "on" folds the lever column (the chart takes the screen); on a phone it closes the drawer.
bool cmdLeversFolded(Session& s, const std::string& arg, std::string& error) {
  if (s.layout.phone())
    return runSwitch("levers", !s.ui.leversDrawer, [](Session& x, bool on) { setLeversDrawer(x, !on); }, s, arg, error);
  return runSwitch("levers", s.ui.leversCollapsed, setLeversCollapsed, s, arg, error);
}

bool cmdFan(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("fan", s.ui.fan, [](Session& x, bool on) { x.ui.fan = on; x.touch(); }, s, arg, error);
}

bool cmdDrawer(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("drawer", s.ui.leversDrawer, setLeversDrawer, s, arg, error);
}

bool cmdLeverGroup(Session& s, const std::string& arg, std::string& error) {
  const std::optional<int> number = parseInteger(arg);
  if (!number || *number < 1 || *number > kLeverGroupCount) return badArgument(self("lever_group"), arg, error);
  setLeverGroup(s, *number - 1);
  return true;
}

bool cmdHelp(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("help", s.ui.help, setHelp, s, arg, error);
}

bool cmdFullscreen(Session& s, const std::string& arg, std::string& error) {
  Platform* platform = s.in.init.platform;
  if (!platform) {
    error = "full screen needs a window";
    return false;
  }
  const std::optional<bool> on = onOff(arg, platform->isFullscreen());
  if (!on) return badArgument(self("fullscreen"), arg, error);
  platform->setFullscreen(*on);
  return true;
}

bool cmdUndo(Session& s, const std::string&, std::string&) {
  s.undo();
  return true;
}

bool cmdRedo(Session& s, const std::string&, std::string&) {
  s.redo();
  return true;
}

bool cmdReset(Session& s, const std::string& arg, std::string& error) {
  if (arg == "levers")
    resetLevers(s);
  else if (arg == "assumptions")
    resetAssumptions(s);
  else if (arg == "all")
    s.setScenario(Scenario::defaults());
  else
    return badArgument(self("reset"), arg, error);
  return true;
}

// "ID=VALUE", "ID.start_year=YEAR", "ID.phase_in_years=YEARS" (as the CLI's --set).
bool cmdSet(Session& s, const std::string& arg, std::string& error) {
  Scenario next = s.doc.scenario;
  if (!applySetting(next, arg, error)) return false;
  return applyScenario(s, next, error);
}

// "YEAR:LOW" (open target "> LOW") or "YEAR:LOW:HIGH" selects the custom set with that target;
// "edit" opens the editor instead.
bool cmdCustomTarget(Session& s, const std::string& arg, std::string& error) {
  const int custom = s.findTargetSet(s.doc.customTargets.id);
  if (arg == "edit") {
    setTargetSet(s, custom);
    s.topBar.customTargetsOpen = true;
    return true;
  }
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t colon = arg.find(':', start);
    parts.push_back(arg.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  std::optional<int> year;
  std::optional<double> low, high = HUGE_VAL;
  if (parts.size() >= 2) year = parseInteger(parts[0]), low = parseNumber(parts[1]);
  if (parts.size() == 3) high = parseNumber(parts[2]);
  const std::string allowed = "edit, or YEAR:LOW[:HIGH] with a year after the base year up to " +
                              std::to_string(kLastYear) + " and 0 < LOW <= HIGH < " + h2045::formatNumber(kMaxTargetUsd) +
                              ", at most " + std::to_string(kMaxCustomTargets) + " targets";
  if (!year || !low || !high || parts.size() > 3) return badArgument(self("custom_target"), arg, error, allowed);
  const TargetEdit edit = putTarget(s.doc.customTargets, Target{*year, *low, *high, false}, s.doc.scenario.baseYear);
  if (edit == TargetEdit::Invalid || edit == TargetEdit::Full)
    return badArgument(self("custom_target"), arg, error, allowed);
  setTargetSet(s, custom);
  customTargetsChanged(s);
  return true;
}

// Opens (or closes) a lever's exact entry and timing, as its arrow button does.
bool cmdLeverDetails(Session& s, const std::string& arg, std::string& error) {
  const std::optional<ParamId> p = findParam(arg);
  if (!p) return badArgument(self("lever_details"), arg, error);
  s.levers.detailsOpen[static_cast<size_t>(*p)] ^= 1;
  return true;
}

bool cmdNeededLever(Session& s, const std::string& arg, std::string& error) {
  const std::optional<ParamId> p = findParam(arg);
  if (!p || !solvableLever(*p)) return badArgument(self("needed.lever"), arg, error);
  s.needed.lever = *p;
  solveNeeded(s);
  return true;
}

bool cmdNeededTarget(Session& s, const std::string& arg, std::string& error) {
  const std::optional<int> year = parseInteger(arg);
  if (!year || !selectNeededTarget(s, *year)) return badArgument(self("needed.target"), arg, error);
  solveNeeded(s);
  return true;
}

bool cmdNeededApply(Session& s, const std::string&, std::string& error) {
  if (applyNeeded(s)) return true;
  error = "nothing to apply: the solver found no setting (" +
          std::string(solveStatusKey(s.needed.result.status)) + ")";
  return false;
}

// Every lever at once, in place of the chart under the single lever's answer.
bool cmdNeededAll(Session& s, const std::string& arg, std::string& error) {
  const std::optional<bool> on = onOff(arg, s.needed.showAll);
  if (!on) return badArgument(self("needed.all"), arg, error);
  s.needed.showAll = *on;
  s.touch();
  return true;
}

bool cmdNeededPush(Session& s, const std::string&, std::string& error) {
  if (applyNeededPush(s)) return true;
  error = "nothing to apply: no push of all levers reaches the target (" + std::string(solveStatusKey(s.needed.all.pushStatus)) + ")";
  return false;
}

// "NAME:VALUE": a group's prediction in the unit shown (the last ':' separates them).
bool cmdPredictAdd(Session& s, const std::string& arg, std::string& error) {
  const size_t colon = arg.rfind(':');
  const std::string allowed = "NAME:VALUE with a name of 1 to " + std::to_string(kMaxGroupNameBytes) +
                              " bytes and a positive value in the current unit, at most " +
                              std::to_string(kMaxPredictions) + " groups";
  if (colon == std::string::npos) return badArgument(self("predict.add"), arg, error, allowed);
  const std::optional<double> value = parseNumber(arg.substr(colon + 1));
  if (!value) return badArgument(self("predict.add"), arg, error, allowed);
  const PredictionEdit edit = putPrediction(s, arg.substr(0, colon), *value);
  if (edit == PredictionEdit::Invalid || edit == PredictionEdit::Full)
    return badArgument(self("predict.add"), arg, error, allowed);
  return true;
}

bool cmdPredictRemove(Session& s, const std::string& arg, std::string& error) {
  if (!removePrediction(s, arg)) return badArgument(self("predict.remove"), arg, error);
  return true;
}

bool cmdPreset(Session& s, const std::string& arg, std::string& error) { return choosePreset(s, arg, error); }

bool cmdShareLink(Session& s, const std::string&, std::string&) {
  copyShareLink(s);
  return true;
}

// Steps to a history entry by its index (0 = the first), or opens the list.
bool cmdHistory(Session& s, const std::string& arg, std::string& error) {
  if (arg.empty() || arg == "open") {
    s.ui.historyOpen = true;
    return true;
  }
  const std::optional<int> index = parseInteger(arg);
  if (!index || *index < 0 || static_cast<size_t>(*index) >= s.doc.history.size())
    return badArgument(self("history"), arg, error,
                       "open, or 0 to " + std::to_string(s.doc.history.size() - 1));
  s.jumpToHistory(static_cast<size_t>(*index));
  return true;
}

bool cmdSave(Session& s, const std::string& arg, std::string& error) { return saveScenarioAs(s, arg, error); }
bool cmdSaveFile(Session& s, const std::string& arg, std::string& error) {
  return saveScenarioFile(s, expandHome(arg), error);
}
bool cmdOpenFile(Session& s, const std::string& arg, std::string& error) {
  return openScenarioFileInto(s, expandHome(arg), error);
}
bool cmdOpenSaved(Session& s, const std::string& arg, std::string& error) { return openSaved(s, arg, error); }
bool cmdDeleteSaved(Session& s, const std::string& arg, std::string& error) { return deleteSaved(s, arg, error); }
bool cmdCompare(Session& s, const std::string& arg, std::string& error) { return addCompared(s, arg, error); }
bool cmdCompareRemove(Session& s, const std::string& arg, std::string& error) {
  if (removeCompared(s, arg)) return true;
  error = "compare_remove \"" + arg + "\": not compared";
  return false;
}
// The whole comparison at once, one saved name or link per line; all or nothing.
bool cmdCompareSet(Session& s, const std::string& arg, std::string& error) {
  std::vector<ComparedScenario> before = s.compared;
  clearCompared(s);
  size_t start = 0;
  while (start <= arg.size() && !arg.empty()) {
    const size_t end = std::min(arg.find('\n', start), arg.size());
    const std::string id = arg.substr(start, end - start);
    if (!id.empty() && !addCompared(s, id, error)) {
      s.compared = std::move(before);
      s.computed = false;
      return false;
    }
    start = end + 1;
  }
  return true;
}

bool cmdCompareClear(Session& s, const std::string&, std::string&) {
  clearCompared(s);
  return true;
}

bool cmdNotice(Session& s, const std::string& arg, std::string& error) {
  if (arg != "close") return badArgument(self("notice"), arg, error);
  s.ui.notice.clear();
  return true;
}

bool cmdPredictClear(Session& s, const std::string&, std::string&) {
  clearPredictions(s);
  return true;
}

// "csv", "png" or "json": a file for the person (the PNG once the next frame is drawn).
bool cmdExport(Session& s, const std::string& arg, std::string& error) {
  if (arg == "csv") return exportFile(s, ExportKind::Csv, error);
  if (arg == "png") return exportFile(s, ExportKind::Png, error);
  if (arg == "json") return exportFile(s, ExportKind::Json, error);
  return badArgument(self("export"), arg, error);
}

bool cmdQr(Session& s, const std::string& arg, std::string& error) {
  return runSwitch("qr", s.ui.qr, setQr, s, arg, error);
}

using K = Shortcut::Kind;

}  // namespace

const std::vector<CommandSpec>& commandTable() {
  // The order is the help overlay's order.
  static const std::vector<CommandSpec> table = {
      {"undo", "", cmdUndo, {{K::Ctrl, ImGuiKey_Z}, {}}, "", "Ctrl+Z", "help.undo"},
      {"redo", "", cmdRedo, {{K::Ctrl, ImGuiKey_Y}, {K::CtrlShift, ImGuiKey_Z}}, "", "Ctrl+Y / Ctrl+Shift+Z", "help.redo"},
      {"view", "a view id", cmdView, {}, "", nullptr, "help.views"},  // keys from the view table
      {"lang", "vi, en, toggle", cmdLanguage, {{K::Character, 'l'}, {}}, "toggle", "L", "help.language"},
      {"units", "usd, usd2025, vnd, next", cmdUnits, {{K::Character, 'u'}, {}}, "next", "U", "help.units"},
      {"presenter", "on, off, toggle", cmdPresenter, {{K::Character, 'p'}, {}}, "toggle", "P", "help.presenter"},
      {"predict", "on, off, toggle", cmdPredict, {{K::Character, 'k'}, {}}, "toggle", "K", "help.predict"},
      {"reveal", "", cmdReveal, {{K::Character, 'r'}, {}}, "", "R", "help.reveal"},
      {"fullscreen", "on, off, toggle", cmdFullscreen, {{K::Character, 'f'}, {K::FunctionKey, 11}}, "toggle",
       "F / F11", "help.fullscreen"},
      {"help", "on, off, toggle", cmdHelp, {{K::FunctionKey, 1}, {K::Character, '?'}}, "toggle", "F1 / ?",
       "help.help"},
      {"levers", "on (folded), off, toggle", cmdLeversFolded, {{K::Character, 'b'}, {}}, "toggle", "B", "help.levers"},
      {"qr", "on, off, toggle", cmdQr, {{K::Character, 'q'}, {}}, "toggle", "Q", "help.qr"},
      {"fan", "on, off, toggle (the range of outcomes on the main chart)", cmdFan, {{K::Character, 'm'}, {}}, "toggle",
       "M", "help.fan"},
      {"export", "csv, png, json", cmdExport, {}, "", nullptr, nullptr},
      {"targets", "a target set id", cmdTargets, {}, "", nullptr, nullptr},
      {"drawer", "on, off, toggle (phones: the levers in place of the views)", cmdDrawer, {}, "", nullptr, nullptr},
      {"lever_group", "1, 2 or 3 (the breakthrough shown where they are shown one at a time)", cmdLeverGroup, {}, "",
       nullptr, nullptr},
      {"assumptions", "on, off, toggle", cmdAssumptions, {}, "", nullptr, nullptr},
      {"reset", "levers, assumptions, all", cmdReset, {}, "", nullptr, nullptr},
      {"set", "ID=VALUE, ID.start_year=YEAR, ID.phase_in_years=YEARS", cmdSet, {}, "", nullptr, nullptr},
      {"custom_target", "edit, or YEAR:LOW[:HIGH]", cmdCustomTarget, {}, "", nullptr, nullptr},
      {"lever_details", "a lever or assumption id", cmdLeverDetails, {}, "", nullptr, nullptr},
      {"needed.lever", "a lever id", cmdNeededLever, {}, "", nullptr, nullptr},
      {"needed.target", "a target year of the current set", cmdNeededTarget, {}, "", nullptr, nullptr},
      {"needed.apply", "", cmdNeededApply, {}, "", nullptr, nullptr},
      {"needed.all", "on, off, toggle", cmdNeededAll, {}, "toggle", nullptr, nullptr},
      {"needed.push", "", cmdNeededPush, {}, "", nullptr, nullptr},
      {"predict.add", "NAME:VALUE (a group's prediction in the current unit)", cmdPredictAdd, {}, "", nullptr, nullptr},
      {"predict.remove", "a group's name", cmdPredictRemove, {}, "", nullptr, nullptr},
      {"predict.clear", "", cmdPredictClear, {}, "", nullptr, nullptr},
      {"preset", "a preset id (assets/scenarios)", cmdPreset, {}, "", nullptr, nullptr},
      {"share_link", "(copies the share link; the notice shows it)", cmdShareLink, {}, "", nullptr, nullptr},
      {"history", "open, or a step's index (0 = the first)", cmdHistory, {{K::Character, 'h'}, {}}, "open", "H",
       "help.history"},
      {"notice", "close", cmdNotice, {}, "", nullptr, nullptr},
      {"save", "a name (saves the scenario on this device under it)", cmdSave, {}, "", nullptr, nullptr},
      {"open_saved", "a saved scenario's name", cmdOpenSaved, {}, "", nullptr, nullptr},
      {"save_file", "a file path (the scenario file format)", cmdSaveFile, {}, "", nullptr, nullptr},
      {"open_file", "a file path", cmdOpenFile, {}, "", nullptr, nullptr},
      {"delete_saved", "a saved scenario's name", cmdDeleteSaved, {}, "", nullptr, nullptr},
      {"compare", "a saved scenario's name or a share link (at most 4)", cmdCompare, {}, "", nullptr, nullptr},
      {"compare_remove", "a compared scenario's name", cmdCompareRemove, {}, "", nullptr, nullptr},
      {"compare_clear", "", cmdCompareClear, {}, "", nullptr, nullptr},
      {"compare_set", "saved names or share links, one per line (at most 4)", cmdCompareSet, {}, "", nullptr, nullptr},
  };
  return table;
}

const CommandSpec* findCommand(const std::string& name) {
  const std::string canonical = name == "language" ? "lang" : name;
  for (const CommandSpec& c : commandTable())
    if (canonical == c.name) return &c;
  return nullptr;
}

bool runCommand(Session& s, const std::string& name, const std::string& arg, std::string& error) {
  const CommandSpec* c = findCommand(name);
  if (!c) {
    std::string known;
    for (const CommandSpec& k : commandTable()) known += (known.empty() ? "" : ", ") + std::string(k.name);
    error = "unknown command \"" + name + "\" (known: " + known + ")";
    return false;
  }
  if (!c->run(s, arg, error)) return false;
  s.commitDocument();  // a command is one step (a slider drag commits when it ends)
  s.recompute();
  s.touch();
  return true;
}

// Function keys: imgui_impl_sdl indexes KeysDown by SDL scancode (the same natively and in the
// browser build): F1 = 58 ... F12 = 69.
constexpr int kScancodeF1 = 58;

void handleShortcuts(Session& s) {
  ImGuiIO& io = ImGui::GetIO();
  std::string ignored;
  auto pressed = [&](const Shortcut& k) {
    switch (k.kind) {
      case K::Ctrl:
      case K::CtrlShift:
        return io.KeyCtrl && !io.WantTextInput && io.KeyShift == (k.kind == K::CtrlShift) &&
               ImGui::IsKeyPressed(ImGui::GetKeyIndex(k.code), false);
      case K::FunctionKey: return !io.KeyCtrl && ImGui::IsKeyPressed(kScancodeF1 + k.code - 1, false);
      default: return false;
    }
  };
  for (const CommandSpec& c : commandTable())
    for (const Shortcut& k : c.keys)
      if (pressed(k)) c.run(s, c.keyArgument, ignored);
  if (s.ui.help && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) setHelp(s, false);

  // Typed characters, only while no text field has focus.
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt) return;
  for (ImWchar typed : io.InputQueueCharacters) {
    const int c = typed < 128 ? std::tolower(static_cast<int>(typed)) : static_cast<int>(typed);
    for (const CommandSpec& command : commandTable())
      for (const Shortcut& k : command.keys)
        if (k.kind == K::Character && k.code == c) command.run(s, command.keyArgument, ignored);
    for (size_t v = 0; v < viewTable().size(); ++v)
      if (viewTable()[v].shortcut == c) setView(s, static_cast<int>(v));
  }
}

std::vector<HelpRow> helpRows() {
  std::vector<HelpRow> rows;
  for (const CommandSpec& c : commandTable()) {
    if (!c.helpKey) continue;
    if (std::string(c.name) == "view") {
      // "1 – 9, 0, T": the run of digits, then any other view keys.
      std::string keys;
      const std::vector<ViewSpec>& views = viewTable();
      size_t i = 0;
      while (i < views.size() && views[i].shortcut >= '1' && views[i].shortcut <= '9') ++i;
      if (i > 0) keys = std::string(1, views.front().shortcut) + (i > 1 ? " – " + std::string(1, views[i - 1].shortcut) : "");
      for (; i < views.size(); ++i)
        keys += (keys.empty() ? "" : ", ") + std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(views[i].shortcut))));
      rows.push_back({keys, c.helpKey});
    } else if (c.keyText) {
      rows.push_back({c.keyText, c.helpKey});
    }
  }
  return rows;
}

}  // namespace h2045::app
