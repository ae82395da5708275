// Top bar: target set (and the custom-target editor), units, language, presenter,
// predict/reveal, undo/redo, export, the share link's QR code, help, full screen.
#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "app/i18n_keys.h"
#include "app/session.h"

namespace h2045::app {

namespace {

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool toggleButton(const char* label, bool on, const Palette& palette, ImVec2 size = ImVec2(0, 0)) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  }
  const bool pressed = ImGui::Button(label, size);
  if (on) ImGui::PopStyleColor(3);
  return pressed;
}

// Four corner brackets: the usual full-screen symbol, no text to translate or truncate.
bool fullscreenButton(bool on, const Palette& palette) {
  const float size = ImGui::GetFrameHeight();
  const bool pressed = ImGui::Button("##fullscreen", ImVec2(size, size));
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float inset = size * 0.28f, arm = size * 0.16f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 color = on ? palette.accent : ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 corners[4] = {ImVec2(a.x + inset, a.y + inset), ImVec2(b.x - inset, a.y + inset),
                             ImVec2(a.x + inset, b.y - inset), ImVec2(b.x - inset, b.y - inset)};
  for (int i = 0; i < 4; ++i) {
    const float dx = (i % 2 == 0) ? arm : -arm, dy = (i < 2) ? arm : -arm;
    // Pointing outwards when windowed, inwards when full screen.
    const float sx = on ? -dx : dx, sy = on ? -dy : dy;
    ImVec2 c = corners[i];
    if (on) c = ImVec2(c.x - sx, c.y - sy);
    draw->AddLine(c, ImVec2(c.x + sx, c.y), color, 2.0f);
    draw->AddLine(c, ImVec2(c.x, c.y + sy), color, 2.0f);
  }
  return pressed;
}

// The custom target set's editor. Every edit is checked by the model's target rules
// (checkTarget): a value that breaks them is not taken.
void customTargetsPopup(Session& s) {
  if (!ImGui::BeginPopup("custom_targets")) return;
  TargetSet& set = s.doc.customTargets;
  const int baseYear = s.doc.scenario.baseYear;
  ImGui::TextUnformatted(s.i18n.tr("custom.title"));
  ImGui::TextDisabled("%s", s.i18n.tr("custom.hint"));
  int remove = -1;
  bool changed = false;
  auto edit = [&](Target& target, const Target& candidate) {
    if (checkTarget(candidate, baseYear) != TargetProblem::None) return;
    target = candidate;
    changed = true;
  };
  const float field = ImGui::GetFontSize() * 6;
  if (ImGui::BeginTable("custom", 5, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn(s.i18n.tr("custom.year"));
    ImGui::TableSetupColumn(s.i18n.tr("custom.low"));
    ImGui::TableSetupColumn(s.i18n.tr("custom.open"));
    ImGui::TableSetupColumn(s.i18n.tr("custom.high"));
    ImGui::TableSetupColumn("##remove");
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < set.targets.size(); ++i) {
      Target& target = set.targets[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      Target candidate = target;
      ImGui::SetNextItemWidth(field * 0.75f);
      if (ImGui::InputInt("##year", &candidate.year, 0, 0)) edit(target, candidate);
      ImGui::TableNextColumn();
      candidate = target;
      ImGui::SetNextItemWidth(field);
      if (ImGui::InputDouble("##low", &candidate.lowUsd, 0, 0, "%.0f")) {
        // A closed range follows its lower end up.
        if (std::isfinite(candidate.highUsd) && candidate.highUsd < candidate.lowUsd) candidate.highUsd = candidate.lowUsd;
        edit(target, candidate);
      }
      ImGui::TableNextColumn();
      bool open = !std::isfinite(target.highUsd);
      if (ImGui::Checkbox("##open", &open)) {
        candidate = target;
        candidate.highUsd = open ? std::numeric_limits<double>::infinity() : target.lowUsd;
        edit(target, candidate);
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.i18n.tr("custom.hint"));
      ImGui::TableNextColumn();
      if (!open) {
        candidate = target;
        ImGui::SetNextItemWidth(field);
        if (ImGui::InputDouble("##high", &candidate.highUsd, 0, 0, "%.0f")) edit(target, candidate);
      }
      ImGui::TableNextColumn();
      if (ImGui::Button(s.i18n.tr("custom.remove"))) remove = static_cast<int>(i);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove >= 0 && set.targets.size() > 1) {
    set.targets.erase(set.targets.begin() + remove);
    changed = true;
  }
  if (static_cast<int>(set.targets.size()) < kMaxCustomTargets && ImGui::Button(s.i18n.tr("custom.add"))) {
    Target next = set.targets.empty() ? Target{2045, 36000, std::numeric_limits<double>::infinity(), false}
                                      : set.targets.back();
    next.year = std::min(next.year + 5, kLastYear);
    if (putTarget(set, next, baseYear) != TargetEdit::Invalid) changed = true;
  }
  if (changed) {
    std::sort(set.targets.begin(), set.targets.end(), [](const Target& a, const Target& b) { return a.year < b.year; });
    customTargetsChanged(s);
  }
  ImGui::EndPopup();
}

// Three bars: the usual menu symbol, no text to translate or truncate.
bool menuButton(bool open, const Palette& palette) {
  const float size = ImGui::GetFrameHeight();
  const bool pressed = ImGui::Button("##menu", ImVec2(size, size));
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImU32 color = open ? palette.accent : ImGui::GetColorU32(ImGuiCol_Text);
  for (int i = 0; i < 3; ++i) {
    const float y = a.y + size * (0.32f + 0.18f * i);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + size * 0.27f, y), ImVec2(a.x + size * 0.73f, y), color, 2.0f);
  }
  return pressed;
}

// "17th Congress (2020)" for "17th Congress of the Hanoi Party Committee (Oct 2020)": the
// translations carry a short name per set id; a set without one keeps its full name.
std::string shortTargetSetName(const Translator& t, const TargetSet& set) {
  const std::string key = std::string("targets_short.") + set.id;
  if (t.has(t.language(), key)) return t.tr(key);
  return t.language() == Language::Vietnamese ? set.nameVi : set.nameEn;
}

// One control of the bar: drawn in the row when there is room, else in the menu ("☰").
// Lower priorities move to the menu first; kAlwaysInRow never does.
struct BarItem {
  int priority;
  float width;                        // in the row, without the spacing before it
  std::function<void(bool inMenu)> draw;
};
constexpr int kAlwaysInRow = 100;

}  // namespace

void drawTopBar(Session& s, const Rect& area) {
  const Palette& palette = s.palette();
  Translator& t = s.i18n;
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("topbar", area.size(), false, ImGuiWindowFlags_NoScrollbar);
  // On a projector the controls matter less than the chart: the bar keeps the small face.
  const bool smallBar = s.ui.presenter && s.fonts().small;
  if (smallBar) ImGui::PushFont(s.fonts().small);
  const float startY = ImGui::GetCursorPosY();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float square = ImGui::GetFrameHeight();
  float menuWidth = 0;  // the widest control in the menu: every row there is as wide
  std::vector<BarItem> items;

  // Target set (and the custom set's editor). The bar shows the set's short name, whole; the
  // list and the tooltip the full one.
  const std::string setName = t.language() == Language::Vietnamese ? s.currentTargets().nameVi
                                                                     : s.currentTargets().nameEn;
  const std::string shortName = shortTargetSetName(t, s.currentTargets());
  float longest = 0;
  for (int i = 0; i < s.targetSetCount(); ++i)
    longest = std::max(longest, ImGui::CalcTextSize(shortTargetSetName(t, s.targetSet(i)).c_str()).x);
  const bool custom = &s.currentTargets() == &s.doc.customTargets;
  const float comboWidth = longest + square + ImGui::GetStyle().FramePadding.x * 2;
  items.push_back({3, comboWidth + (custom ? spacing + buttonWidth(t.tr("custom.edit")) : 0), [&](bool inMenu) {
    ImGui::SetNextItemWidth(inMenu ? menuWidth : comboWidth);
    if (ImGui::BeginCombo("##targets", shortName.c_str())) {
      for (int i = 0; i < s.targetSetCount(); ++i) {
        const TargetSet& set = s.targetSet(i);
        const std::string& name = t.language() == Language::Vietnamese ? set.nameVi : set.nameEn;
        if (ImGui::Selectable(name.c_str(), i == s.doc.targetSet, 0, ImVec2(0, square))) setTargetSet(s, i);
      }
      ImGui::EndCombo();
    }
    s.recordControl("targets");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", setName.c_str(), t.tr("topbar.targets_tip"));
    t.record(shortName);
    if (custom) {
      if (!inMenu) ImGui::SameLine();
      if (ImGui::Button(t.tr("custom.edit"), ImVec2(inMenu ? menuWidth : 0, 0)) || s.topBar.customTargetsOpen)
        ImGui::OpenPopup("custom_targets");
      s.topBar.customTargetsOpen = false;
      customTargetsPopup(s);
    }
  }});

  // Scenarios: the presets and the share link.
  float presetLongest = ImGui::CalcTextSize(t.tr("topbar.scenario")).x;
  for (const Preset& p : s.in.presets)
    presetLongest = std::max(presetLongest, ImGui::CalcTextSize(p.name(t.language()).c_str()).x);
  const float scenarioWidth = std::min(presetLongest + square * 1.5f, ImGui::GetFontSize() * 9);
  items.push_back({4, scenarioWidth, [&](bool inMenu) { scenarioMenu(s, inMenu ? menuWidth : scenarioWidth); }});

  // Units: the closed combo shows the short unit; the list explains each.
  float unitsWidth = 0;
  for (const char* key : kUnitsShortKeys) unitsWidth = std::max(unitsWidth, ImGui::CalcTextSize(t.tr(key)).x);
  unitsWidth += square * 1.5f;
  items.push_back({2, unitsWidth, [&](bool inMenu) {
    ImGui::SetNextItemWidth(inMenu ? menuWidth : unitsWidth);
    if (ImGui::BeginCombo("##units", t.tr(kUnitsShortKeys[static_cast<int>(s.ui.units)]))) {
      for (int u = 0; u < kValueUnitCount; ++u)
        if (ImGui::Selectable(t.tr(kUnitsKeys[u]), u == static_cast<int>(s.ui.units), 0, ImVec2(0, square)))
          setUnits(s, static_cast<ValueUnit>(u));
      ImGui::EndCombo();
    }
    s.recordControl("units");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.units_tip"));
  }});

  // Language: one click.
  const float tight = 2;
  // Each at least as wide as it is high: a finger's width (9 mm) even for "VI".
  const float langWidth = std::max({buttonWidth("VI"), buttonWidth("EN"), square});
  items.push_back({6, langWidth * 2 + tight, [&](bool inMenu) {
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(tight, ImGui::GetStyle().ItemSpacing.y));
    const ImVec2 half(inMenu ? (menuWidth - tight) * 0.5f : langWidth, 0);
    if (toggleButton("VI", t.language() == Language::Vietnamese, palette, half)) setLanguage(s, Language::Vietnamese);
    s.recordControl("lang:vi");
    ImGui::SameLine();
    if (toggleButton("EN", t.language() == Language::English, palette, half)) setLanguage(s, Language::English);
    s.recordControl("lang:en");
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.language_tip"));
  }});

  // Workshop.
  const char* presenter = t.tr("topbar.presenter");
  items.push_back({5, buttonWidth(presenter), [&](bool inMenu) {
    if (toggleButton(presenter, s.ui.presenter, palette, ImVec2(inMenu ? menuWidth : 0, 0))) setPresenter(s, !s.ui.presenter);
    s.recordControl("presenter");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.presenter_tip"));
  }});
  const char* predict = t.tr("topbar.predict");
  items.push_back({4, buttonWidth(predict), [&](bool inMenu) {
    if (toggleButton(predict, s.ui.predict, palette, ImVec2(inMenu ? menuWidth : 0, 0))) setPredict(s, !s.ui.predict);
    s.recordControl("predict");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.predict_tip"));
  }});
  const char* fan = t.tr("topbar.fan");
  items.push_back({2, buttonWidth(fan), [&](bool inMenu) {
    if (toggleButton(fan, s.ui.fan, palette, ImVec2(inMenu ? menuWidth : 0, 0))) {
      s.ui.fan = !s.ui.fan;
      s.touch();
    }
    s.recordControl("fan");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.fan_tip"));
  }});
  if (s.ui.predict && !s.ui.revealed) {
    const char* revealLabel = t.tr("topbar.reveal");
    // By value: the label outlives this block in the lambda.
    items.push_back({kAlwaysInRow, buttonWidth(revealLabel), [&s, &palette, revealLabel](bool) {
      ImGui::PushStyleColor(ImGuiCol_Button, palette.met);
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
      if (ImGui::Button(revealLabel)) reveal(s);
      ImGui::PopStyleColor(2);
      s.recordControl("reveal");
    }});
  }

  // History.
  const char* undo = t.tr("topbar.undo");
  const char* redo = t.tr("topbar.redo");
  items.push_back({1, buttonWidth(undo) + spacing + buttonWidth(redo), [&](bool inMenu) {
    const ImVec2 half(inMenu ? (menuWidth - spacing) * 0.5f : 0, 0);
    ImGui::BeginDisabled(!s.doc.history.canUndo() && s.document() == s.doc.history.current());
    if (ImGui::Button(undo, half)) s.undo();
    ImGui::EndDisabled();
    s.recordControl("undo");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.doc.history.canRedo());
    if (ImGui::Button(redo, half)) s.redo();
    ImGui::EndDisabled();
    s.recordControl("redo");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Y");
  }});
  const char* historyLabelText = t.tr("topbar.history");
  items.push_back({0, buttonWidth(historyLabelText), [&](bool inMenu) {
    if (ImGui::Button(historyLabelText, ImVec2(inMenu ? menuWidth : 0, 0))) s.ui.historyOpen = true;
    s.recordControl("history");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.history_tip"));
    s.topBar.historyAnchor = ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
  }});

  // Exports and the share link's QR code.
  const char* exportLabel = t.tr("topbar.export");
  static const char* const kExportKeys[] = {"export.csv", "export.png", "export.json"};
  static const ExportKind kExportKinds[] = {ExportKind::Csv, ExportKind::Png, ExportKind::Json};
  // The closed combo shows only its name; the open list grows to fit its entries.
  const float exportWidth = ImGui::CalcTextSize(exportLabel).x + square * 1.5f;
  items.push_back({1, exportWidth, [&](bool inMenu) {
    ImGui::SetNextItemWidth(inMenu ? menuWidth : exportWidth);
    if (ImGui::BeginCombo("##export", exportLabel)) {
      for (size_t i = 0; i < 3; ++i) {
        if (ImGui::Selectable(t.tr(kExportKeys[i]), false, 0, ImVec2(0, square))) {
          std::string ignored;  // the notice tells
          exportFile(s, kExportKinds[i], ignored);
        }
      }
      ImGui::EndCombo();
    }
    s.recordControl("export");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.export_tip"));
  }});
  const char* qrLabel = t.tr("topbar.qr");
  items.push_back({1, buttonWidth(qrLabel), [&](bool inMenu) {
    if (toggleButton(qrLabel, s.ui.qr, palette, ImVec2(inMenu ? menuWidth : 0, 0))) setQr(s, !s.ui.qr);
    s.recordControl("qr");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.qr_tip"));
  }});

  // Full screen and help.
  if (s.in.init.platform) {
    items.push_back({0, square, [&](bool inMenu) {
      const bool on = s.in.init.platform->isFullscreen();
      if (inMenu ? toggleButton(t.tr("topbar.fullscreen"), on, palette, ImVec2(menuWidth, 0)) : fullscreenButton(on, palette))
        toggleFullscreen(s);
      s.recordControl("fullscreen");
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (F11)", t.tr("topbar.fullscreen"));
    }});
  }
  items.push_back({0, buttonWidth(" ? "), [&](bool inMenu) {
    if (toggleButton(inMenu ? t.tr("topbar.help") : " ? ", s.ui.help, palette, ImVec2(inMenu ? menuWidth : 0, 0)))
      setHelp(s, !s.ui.help);
    s.recordControl("help");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.help_tip"));
  }});

  // The phone's drawer: the levers in place of the views.
  const char* leversLabel = t.tr("topbar.levers");
  const bool phone = s.layout.phone();

  // The title, shortened where the room is short.
  const float available = ImGui::GetContentRegionAvail().x;
  ImFont* titleFont = s.fonts().bold && !smallBar ? s.fonts().bold : ImGui::GetFont();
  ImGui::PushFont(titleFont);
  const char* title = t.tr("app.title");
  if (phone || ImGui::CalcTextSize(title).x > available * 0.25f) title = t.tr("app.title_short");
  const float titleWidth = ImGui::CalcTextSize(title).x;
  ImGui::PopFont();

  // What fits in the row: the title, the fixed items, then by priority; the rest in the menu.
  float used = titleWidth + (phone ? spacing + buttonWidth(leversLabel) : 0);
  for (const BarItem& item : items)
    if (item.priority == kAlwaysInRow) used += spacing + item.width;
  std::vector<char> inRow(items.size(), 0);
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < items.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return items[a].priority > items[b].priority; });
  float everything = used;
  for (const BarItem& item : items)
    if (item.priority != kAlwaysInRow) everything += spacing + item.width;
  const float room = everything <= available ? available : available - spacing - square;
  for (size_t i : order) {
    if (items[i].priority == kAlwaysInRow) {
      inRow[i] = 1;
    } else if (used + spacing + items[i].width <= room) {
      inRow[i] = 1;
      used += spacing + items[i].width;
    }
  }
  for (size_t i = 0; i < items.size(); ++i)
    if (!inRow[i]) menuWidth = std::max(menuWidth, items[i].width);
  menuWidth = std::max(menuWidth, ImGui::GetFontSize() * 12);

  ImGui::PushFont(titleFont);
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (phone) {
    ImGui::SameLine();
    if (toggleButton(leversLabel, s.ui.leversDrawer, palette, ImVec2(0, 0))) setLeversDrawer(s, !s.ui.leversDrawer);
    s.recordControl("drawer");
  }
  // The history list opens under its button; with the button in the closed menu (H pressed),
  // under the menu's.
  s.topBar.historyAnchor = ImVec2(area.max.x - menuWidth, area.max.y);
  bool anyInMenu = false;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!inRow[i]) {
      anyInMenu = true;
      continue;
    }
    ImGui::SameLine();
    ImGui::PushID(static_cast<int>(i));
    items[i].draw(false);
    ImGui::PopID();
  }
  if (anyInMenu) {
    // Right-aligned, where menus usually are.
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - square);
    const bool open = ImGui::IsPopupOpen("topbar_menu");
    if (menuButton(open, palette)) ImGui::OpenPopup("topbar_menu");
    s.recordControl("menu");
    if (ImGui::BeginPopup("topbar_menu")) {
      for (size_t i = 0; i < items.size(); ++i) {
        if (inRow[i]) continue;
        ImGui::PushID(static_cast<int>(i));
        items[i].draw(true);
        ImGui::PopID();
      }
      ImGui::EndPopup();
    }
  }
  // Opened here, outside the row and the menu, so the button (H too) opens it from either.
  if (s.ui.historyOpen) {
    ImGui::OpenPopup("history");
    s.ui.historyOpen = false;
  }
  ImGui::SetNextWindowPos(s.topBar.historyAnchor, ImGuiCond_Appearing);
  historyPopup(s);

  const float height = ImGui::GetCursorPosY() - startY + ImGui::GetStyle().WindowPadding.y;
  if (smallBar) ImGui::PopFont();
  if (std::fabs(height - s.layout.topBarHeight) > 0.5f) {
    s.layout.topBarHeight = height;
    s.touch();
  }
  ImGui::EndChild();
}

}  // namespace h2045::app
