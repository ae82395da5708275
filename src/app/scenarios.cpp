// The scenario menu in the top bar: the presets (each with its explanation and sources) and
// the share link. Choosing a preset is one undoable step, like any other change.
#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "app/session.h"
#include "scenario/safe_text.h"
#include "scenario/saved_list.h"
#include "scenario/share_link.h"

namespace h2045::app {

bool choosePreset(Session& s, const std::string& id, std::string& error) {
  const Preset* preset = findPreset(s.in.presets, id);
  if (!preset) {
    std::string known;
    for (const Preset& p : s.in.presets) known += (known.empty() ? "" : ", ") + p.id;
    error = "preset \"" + id + "\": unknown (known: " + known + ")";
    return false;
  }
  if (!s.openDocument(preset->documentIn(s.ui.language), ChangeOrigin::Preset, preset->id, error)) return false;
  s.ui.notice.clear();
  s.levers.message.clear();
  return true;
}

bool copyShareLink(Session& s) {
  Platform* platform = s.in.init.platform;
  const std::string link = (platform ? platform->pageUrl() : std::string()) + shareLinkFragment(s.document());
  const bool copied = platform && platform->copyText(link);
  s.ui.notice = formatMessage(s.i18n.tr(copied ? "notice.link_copied" : "notice.link_shown"), {link});
  s.ui.noticeDetail.clear();
  s.ui.noticeIsError = false;
  s.touch();
  return copied;
}

namespace {

constexpr const char* kSavedKey = "saved";

void say(Session& s, const std::string& text, bool isError, const std::string& detail = {}) {
  s.ui.notice = text;
  s.ui.noticeDetail = detail;
  s.ui.noticeIsError = isError;
  s.touch();
}

// A refused action of the Scenarios menu, told as problemForPerson tells it.
void sayProblem(Session& s, const std::string& error) {
  const std::string reason = problemForPerson(s, error);
  say(s, formatMessage(s.i18n.tr("notice.refused"), {reason}), true, s.ui.noticeDetail);
}

// Writes the saved list; a refusal is said (the list stays in memory for this session).
void storeSaved(Session& s) {
  Platform* platform = s.in.init.platform;
  std::string error;
  if (!platform || !platform->storeText(kSavedKey, savedListToJson(s.saved), error)) {
    const std::string reason = problemForPerson(s, error.empty() ? "no storage" : error, true);
    say(s, formatMessage(s.i18n.tr("notice.storage_failed"), {reason}), true, s.ui.noticeDetail);
  }
}

const ScenarioDocument* findSaved(const Session& s, const std::string& name) {
  for (const ScenarioDocument& d : s.saved)
    if (d.name == name) return &d;
  return nullptr;
}

std::string trimmed(const std::string& text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::string fileBaseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string problemForPerson(Session& s, const std::string& message, bool storage) {
  s.ui.noticeDetail.clear();
  if (s.i18n.language() == Language::English) return message;
  s.ui.noticeDetail = message;
  return storage ? s.i18n.tr("problem.storage") : scenarioProblemSentence(s.i18n.current(), message);
}

namespace {
bool openFileDocument(Session& s, const std::optional<ScenarioDocument>& d, const std::string& name,
                      std::string& error) {
  if (!d || !s.openDocument(*d, ChangeOrigin::File, name, error)) {
    const std::string reason = problemForPerson(s, error);
    say(s, formatMessage(s.i18n.tr("notice.file_failed"), {name, reason}), true, s.ui.noticeDetail);
    // The API's error names the file too.
    error = name + ": " + error;
    return false;
  }
  say(s, formatMessage(s.i18n.tr("notice.file_opened"), {name}), false);
  s.recompute();
  return true;
}
}  // namespace

bool openScenarioTextInto(Session& s, const std::string& text, const std::string& name, std::string& error) {
  std::optional<ScenarioDocument> d = parseScenarioJson(text, error);
  return openFileDocument(s, d, fileBaseName(name), error);
}

std::string expandHome(const std::string& typed) {
  std::string path = trimmed(typed);
  // "~/" as a shell would read it: the path field is where people type it.
  if (path.rfind("~/", 0) == 0)
    if (const char* home = std::getenv("HOME")) path = std::string(home) + path.substr(1);
  return path;
}

bool saveScenarioFile(Session& s, const std::string& path, std::string& error) {
  if (path.empty()) {
    error = "no file name";
  } else if (writeScenarioFile(path, s.document(), error)) {
    say(s, formatMessage(s.i18n.tr("notice.file_saved"), {path}), false);
    return true;
  }
  const std::string reason = problemForPerson(s, error);
  say(s, formatMessage(s.i18n.tr("notice.file_save_failed"), {reason}), true, s.ui.noticeDetail);
  return false;
}

std::string withoutFilePrefix(const std::string& path, const std::string& error) {
  const std::string prefix = printableText(path, 200) + ": ";
  return error.rfind(prefix, 0) == 0 ? error.substr(prefix.size()) : error;
}

bool openScenarioFileInto(Session& s, const std::string& path, std::string& error) {
  std::optional<ScenarioDocument> d = readScenarioFile(path, error);
  if (!d) error = withoutFilePrefix(path, error);  // the notice names the file once, by its own name
  return openFileDocument(s, d, fileBaseName(path), error);
}

void loadSavedList(Session& s) {
  Platform* platform = s.in.init.platform;
  if (!platform) return;
  const std::string text = platform->loadText(kSavedKey);
  if (text.empty()) return;
  std::string error;
  std::optional<std::vector<ScenarioDocument>> list = parseSavedList(text, error);
  if (!list) {
    // Kept as it is in storage (nothing is overwritten until the next save), and said.
    const std::string reason = problemForPerson(s, error);
    say(s, formatMessage(s.i18n.tr("notice.saved_failed"), {reason}), true, s.ui.noticeDetail);
    return;
  }
  s.saved = std::move(*list);
}

bool saveScenarioAs(Session& s, const std::string& rawName, std::string& error) {
  const std::string name = trimmed(rawName);
  ScenarioDocument d = s.document();
  d.name = name;
  std::vector<ScenarioDocument> next = s.saved;
  if (!putSaved(next, d, error)) return false;
  s.doc.name = name;
  s.commitDocument();  // "Renamed: …" in the history when the name is new
  s.saved = std::move(next);
  storeSaved(s);
  if (!s.ui.noticeIsError || s.ui.notice.empty()) say(s, formatMessage(s.i18n.tr("notice.saved"), {name}), false);
  return true;
}

bool openSaved(Session& s, const std::string& name, std::string& error) {
  const ScenarioDocument* d = findSaved(s, name);
  if (!d) {
    error = "saved scenario \"" + name + "\": not found";
    return false;
  }
  const ScenarioDocument copy = *d;
  return s.openDocument(copy, ChangeOrigin::File, copy.name, error);
}

bool deleteSaved(Session& s, const std::string& name, std::string& error) {
  const auto it = std::find_if(s.saved.begin(), s.saved.end(), [&](const ScenarioDocument& d) { return d.name == name; });
  if (it == s.saved.end()) {
    error = "saved scenario \"" + name + "\": not found";
    return false;
  }
  s.saved.erase(it);
  storeSaved(s);
  return true;
}

int findCompared(const Session& s, const std::string& name) {
  for (size_t i = 0; i < s.compared.size(); ++i)
    if (s.compared[i].document.name == name) return static_cast<int>(i);
  return -1;
}

bool addCompared(Session& s, const std::string& nameOrLink, std::string& error) {
  ScenarioDocument d;
  if (const ScenarioDocument* saved = findSaved(s, nameOrLink)) {
    d = *saved;
  } else {
    std::string linkError;
    std::optional<ScenarioDocument> linked = decodeShareLink(nameOrLink, linkError);
    if (!linked) {
      error = "compare \"" + printableMessage(nameOrLink, 60) + "\": neither a saved scenario nor a share link (" +
              linkError + ")";
      return false;
    }
    d = *linked;
    if (auto invalid = validate(d.scenario, s.in.data)) {
      error = describeValidationError(*invalid);
      return false;
    }
    // A participant's link may carry no name: the legend needs one.
    if (d.name.empty()) d.name = formatMessage(s.i18n.tr("compare.link_name"), {std::to_string(s.compared.size() + 1)});
  }
  if (const int at = findCompared(s, d.name); at >= 0) {
    s.compared[static_cast<size_t>(at)].document = d;  // a newer version of the same name
  } else {
    if (s.compared.size() >= kMaxCompared) {
      error = "at most " + std::to_string(kMaxCompared) + " scenarios are compared: remove one first";
      return false;
    }
    s.compared.push_back(ComparedScenario{d, {}});
  }
  s.computed = false;  // their results come with the next recompute
  s.recompute();
  return true;
}

bool removeCompared(Session& s, const std::string& name) {
  const int at = findCompared(s, name);
  if (at < 0) return false;
  s.compared.erase(s.compared.begin() + at);
  s.touch();
  return true;
}

void clearCompared(Session& s) {
  s.compared.clear();
  s.touch();
}

ImU32 comparedColor(const Session& s, size_t index) {
  // Okabe and Ito's palette, told apart with every common colour-vision deficiency; the
  // current scenario keeps its blue.
  static const ImU32 light[kMaxCompared] = {IM_COL32(230, 159, 0, 255), IM_COL32(0, 158, 115, 255),
                                            IM_COL32(204, 121, 167, 255), IM_COL32(86, 180, 233, 255)};
  static const ImU32 dark[kMaxCompared] = {IM_COL32(240, 180, 40, 255), IM_COL32(40, 200, 150, 255),
                                           IM_COL32(230, 150, 200, 255), IM_COL32(130, 200, 245, 255)};
  return (s.ui.presenter ? dark : light)[index % kMaxCompared];
}

namespace {

// A scenario file: the browser's picker, or a path field on the desktop.
void openFileRow(Session& s) {
  Translator& t = s.i18n;
  Platform* platform = s.in.init.platform;
  if (!platform) return;
  if (platform->hasFilePicker()) {
    if (ImGui::Selectable(t.tr("scenarios.open_file"), false, 0, ImVec2(0, ImGui::GetFrameHeight())))
      platform->pickScenarioFile();
    s.recordControl("open_file");
    return;
  }
  // The desktop: one path field, to open a file or to save the scenario into it.
  ImGui::TextDisabled("%s", t.tr("scenarios.open_path"));
  ScenarioMenuState& m = s.scenarioMenu;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize(t.tr("scenarios.open")).x + ImGui::CalcTextSize(t.tr("scenarios.save_file")).x +
                        style.FramePadding.x * 4 + style.ItemSpacing.x * 2;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().x - buttons));
  const bool entered = ImGui::InputTextWithHint("##open_path", "~/workshop/group3.json", m.openPath, sizeof m.openPath,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  s.recordControl("open:path");
  ImGui::SameLine();
  ImGui::BeginDisabled(m.openPath[0] == '\0');
  const bool open = ImGui::Button(t.tr("scenarios.open"));
  s.recordControl("open");
  ImGui::SameLine();
  const bool save = ImGui::Button(t.tr("scenarios.save_file"));
  s.recordControl("save_file");
  ImGui::EndDisabled();
  std::string error;
  if (entered || open) openScenarioFileInto(s, expandHome(m.openPath), error);
  if (save) saveScenarioFile(s, expandHome(m.openPath), error);
}

// Save under a name, then the saved ones: open, compare, delete.
void savedSection(Session& s) {
  Translator& t = s.i18n;
  const float row = ImGui::GetFrameHeight();
  ImGui::TextDisabled("%s", t.tr("scenarios.save_as"));
  ScenarioMenuState& m = s.scenarioMenu;
  if (ImGui::IsWindowAppearing()) {
    const size_t n = std::min(s.doc.name.size(), sizeof m.saveName - 1);
    s.doc.name.copy(m.saveName, n);
    m.saveName[n] = '\0';
  }
  const float saveWidth = ImGui::CalcTextSize(t.tr("scenarios.save")).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().x - saveWidth -
                                                                  ImGui::GetStyle().ItemSpacing.x));
  const bool entered = ImGui::InputTextWithHint("##save_name", t.tr("scenarios.name_hint"), m.saveName,
                                                sizeof m.saveName, ImGuiInputTextFlags_EnterReturnsTrue);
  s.recordControl("save:name");
  ImGui::SameLine();
  ImGui::BeginDisabled(m.saveName[0] == '\0');
  const bool clicked = ImGui::Button(t.tr("scenarios.save"));
  ImGui::EndDisabled();
  s.recordControl("save");
  if (entered || clicked) {
    std::string error;
    if (!saveScenarioAs(s, m.saveName, error)) sayProblem(s, error);
  }
  if (s.saved.empty()) {
    ImGui::TextDisabled("%s", t.tr("scenarios.none_saved"));
    return;
  }
  ImGui::TextDisabled("%s", t.tr("scenarios.saved"));
  std::string remove;
  for (size_t i = 0; i < s.saved.size(); ++i) {
    const ScenarioDocument& d = s.saved[i];
    ImGui::PushID(static_cast<int>(i));
    bool compared = findCompared(s, d.name) >= 0;
    const bool full = !compared && s.compared.size() >= kMaxCompared;
    ImGui::BeginDisabled(full);
    if (ImGui::Checkbox("##compare", &compared)) {
      std::string error;
      if (compared ? !addCompared(s, d.name, error) : !removeCompared(s, d.name)) sayProblem(s, error);
    }
    ImGui::EndDisabled();
    s.recordControl("compare:" + std::to_string(i));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", t.tr(full ? "scenarios.compare_full" : "scenarios.compare_tip"));
    ImGui::SameLine();
    const float del = row;
    t.record(d.name);
    if (ImGui::Selectable(d.name.c_str(), false, 0,
                          ImVec2(ImGui::GetContentRegionAvail().x - del - ImGui::GetStyle().ItemSpacing.x, row))) {
      std::string error;
      if (!openSaved(s, d.name, error)) sayProblem(s, error);
    }
    s.recordControl("saved:" + std::to_string(i));
    ImGui::SameLine();
    if (ImGui::Button("\xC3\x97", ImVec2(del, del))) remove = d.name;  // ×
    s.recordControl("delete:" + std::to_string(i));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("scenarios.delete_tip"));
    ImGui::PopID();
  }
  if (!remove.empty()) {
    std::string error;
    deleteSaved(s, remove, error);
  }
}

}  // namespace

void scenarioMenu(Session& s, float width) {
  Translator& t = s.i18n;
  const std::string label = s.doc.name.empty() ? std::string(t.tr("topbar.scenario")) : s.doc.name;
  t.record(label);
  ImGui::SetNextItemWidth(width);
  const float row = ImGui::GetFrameHeight();
  if (ImGui::BeginCombo("##scenario", label.c_str(), ImGuiComboFlags_HeightLargest)) {
    ImGui::TextDisabled("%s", t.tr("scenarios.presets"));
    for (const Preset& p : s.in.presets) {
      const std::string& name = p.name(s.ui.language);
      t.record(name);
      const bool chosen = s.doc.name == name && s.document().scenario == p.document.scenario;
      if (ImGui::Selectable(name.c_str(), chosen, 0, ImVec2(0, row))) {
        std::string error;
        if (!choosePreset(s, p.id, error)) sayProblem(s, error);
      }
      s.recordControl("preset:" + p.id);
      if (ImGui::IsItemHovered() && s.pointer.hoverTooltips()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(tooltipWrapWidth(28));
        ImGui::TextUnformatted(p.description(s.ui.language).c_str());
        ImGui::Spacing();
        ImGui::TextDisabled("%s", t.tr("scenarios.sources"));
        ImGui::TextUnformatted(p.sources(s.ui.language).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
    ImGui::Separator();
    if (ImGui::Selectable(t.tr("scenarios.copy_link"), false, 0, ImVec2(0, row))) copyShareLink(s);
    s.recordControl("share");
    openFileRow(s);
    ImGui::Separator();
    savedSection(s);
    ImGui::EndCombo();
  }
  s.recordControl("scenario");
  if (ImGui::IsItemHovered() && s.pointer.hoverTooltips()) ImGui::SetTooltip("%s", t.tr("topbar.scenario_tip"));
}

// A line at the bottom of the window: what was just done (a link copied) or what failed (a
// damaged link, storage refused). It stays until closed or replaced: nothing animates.
void drawNotice(Session& s) {
  if (s.ui.notice.empty()) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const Palette& palette = s.palette();
  const float margin = ImGui::GetFontSize() * 0.6f;
  const float width = std::min(display.x - 2 * margin, ImGui::GetFontSize() * 40);
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, display.y * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, s.ui.noticeIsError ? palette.missed : palette.accent);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  ImGui::Begin("##notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  const float close = ImGui::GetFrameHeight();
  ImGui::PushTextWrapPos(width - close - ImGui::GetStyle().WindowPadding.x * 2 - ImGui::GetStyle().ItemSpacing.x);
  ImGui::TextUnformatted(s.ui.notice.c_str());
  ImGui::PopTextWrapPos();
  s.i18n.record(s.ui.notice);
  if (!s.ui.noticeDetail.empty() && ImGui::IsItemHovered() && s.pointer.hoverTooltips()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(tooltipWrapWidth(30));
    ImGui::TextDisabled("%s", s.i18n.tr("notice.detail"));
    ImGui::TextUnformatted(s.ui.noticeDetail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  ImGui::SameLine(width - close - ImGui::GetStyle().WindowPadding.x);
  ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, 40));
  if (ImGui::Button("\xC3\x97##close_notice", ImVec2(close, close))) {  // ×
    s.ui.notice.clear();
    s.touch();
  }
  ImGui::PopStyleColor();
  s.recordControl("notice:close");
  ImGui::End();
  ImGui::PopStyleColor(2);
}

}  // namespace h2045::app
