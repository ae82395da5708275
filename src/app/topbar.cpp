// Top bar (target set, units, language, presenter, predict/reveal, undo/redo, help,
// full screen), keyboard shortcuts and their help overlay.
#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <string>

#include "app/keys.h"
#include "app/session.h"

namespace h2045::app {

namespace {

// Places the next item on this row when it fits, else on a new row (the bar wraps on
// narrow screens instead of clipping).
void flow(float itemWidth, bool first) {
  if (first) return;
  ImGui::SameLine();
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetCursorScreenPos().x + itemWidth > right) ImGui::NewLine();
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool toggleButton(const char* label, bool on, const Palette& palette) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  }
  const bool pressed = ImGui::Button(label);
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

void customTargetsPopup(Session& s) {
  const int custom = s.findTargetSet("custom");
  if (custom < 0) return;
  if (!ImGui::BeginPopup("custom_targets")) return;
  TargetSet& set = s.targetSets[static_cast<size_t>(custom)];
  ImGui::TextUnformatted(s.i18n.tr("custom.title"));
  ImGui::TextDisabled("%s", s.i18n.tr("custom.hint"));
  int remove = -1;
  bool changed = false;
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
      int year = target.year;
      ImGui::SetNextItemWidth(field * 0.75f);
      if (ImGui::InputInt("##year", &year, 0, 0) && year > s.scenario.baseYear && year <= kLastYear) {
        target.year = year;
        changed = true;
      }
      ImGui::TableNextColumn();
      double low = target.lowUsd;
      ImGui::SetNextItemWidth(field);
      if (ImGui::InputDouble("##low", &low, 0, 0, "%.0f") && std::isfinite(low) && low > 0 && low < 1e7) {
        target.lowUsd = low;
        if (std::isfinite(target.highUsd) && target.highUsd < low) target.highUsd = low;
        changed = true;
      }
      ImGui::TableNextColumn();
      bool open = !std::isfinite(target.highUsd);
      if (ImGui::Checkbox("##open", &open)) {
        target.highUsd = open ? std::numeric_limits<double>::infinity() : target.lowUsd;
        changed = true;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.i18n.tr("custom.hint"));
      ImGui::TableNextColumn();
      if (!open) {
        double high = target.highUsd;
        ImGui::SetNextItemWidth(field);
        if (ImGui::InputDouble("##high", &high, 0, 0, "%.0f") && std::isfinite(high) && high >= target.lowUsd &&
            high < 1e7) {
          target.highUsd = high;
          changed = true;
        }
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
  if (set.targets.size() < 6 && ImGui::Button(s.i18n.tr("custom.add"))) {
    Target next = set.targets.empty() ? Target{2045, 36000, std::numeric_limits<double>::infinity(), false}
                                      : set.targets.back();
    next.year = std::min(next.year + 5, kLastYear);
    set.targets.push_back(next);
    changed = true;
  }
  if (changed) {
    std::sort(set.targets.begin(), set.targets.end(), [](const Target& a, const Target& b) { return a.year < b.year; });
    s.computed = false;  // statuses depend on the set
    s.touch();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawTopBar(Session& s, const Rect& area) {
  const Palette& palette = s.palette();
  Translator& t = s.i18n;
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("topbar", area.size(), false, ImGuiWindowFlags_NoScrollbar);
  // On a projector the controls matter less than the chart: the bar keeps the small face.
  const bool smallBar = s.presenter && s.fonts.small;
  if (smallBar) ImGui::PushFont(s.fonts.small);
  const float startY = ImGui::GetCursorPosY();

  ImGui::PushFont(s.fonts.bold && !smallBar ? s.fonts.bold : ImGui::GetFont());
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
  ImGui::TextUnformatted(t.tr("app.title"));
  ImGui::PopStyleColor();
  ImGui::PopFont();

  // Target set.
  const std::string setName = t.language() == Language::Vietnamese ? s.currentTargets().nameVi
                                                                     : s.currentTargets().nameEn;
  float longest = 0;
  for (const TargetSet& set : s.targetSets)
    longest = std::max(longest, ImGui::CalcTextSize((t.language() == Language::Vietnamese ? set.nameVi : set.nameEn).c_str()).x);
  const float comboWidth = std::min(longest + ImGui::GetFrameHeight() * 1.5f, ImGui::GetFontSize() * 10);
  flow(comboWidth, false);
  ImGui::SetNextItemWidth(comboWidth);
  if (ImGui::BeginCombo("##targets", setName.c_str())) {
    for (size_t i = 0; i < s.targetSets.size(); ++i) {
      const TargetSet& set = s.targetSets[i];
      const std::string& name = t.language() == Language::Vietnamese ? set.nameVi : set.nameEn;
      if (ImGui::Selectable(name.c_str(), static_cast<int>(i) == s.targetSet)) {
        s.targetSet = static_cast<int>(i);
        s.touch();
      }
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", setName.c_str(), t.tr("topbar.targets_tip"));
  t.record(setName);
  if (s.currentTargets().id == "custom") {
    flow(buttonWidth(t.tr("custom.edit")), false);
    if (ImGui::Button(t.tr("custom.edit")) || s.customTargetsOpen) ImGui::OpenPopup("custom_targets");
    s.customTargetsOpen = false;
    customTargetsPopup(s);
  }

  // Units.
  // The closed combo shows the short unit; the list explains each.
  const char* unitsLabel = t.tr(kUnitsShortKeys[static_cast<int>(s.units)]);
  float unitsWidth = 0;
  for (const char* key : kUnitsShortKeys) unitsWidth = std::max(unitsWidth, ImGui::CalcTextSize(t.tr(key)).x);
  unitsWidth += ImGui::GetFrameHeight() * 1.5f;
  flow(unitsWidth, false);
  ImGui::SetNextItemWidth(unitsWidth);
  if (ImGui::BeginCombo("##units", unitsLabel)) {
    for (int u = 0; u < kUnitsCount; ++u)
      if (ImGui::Selectable(t.tr(kUnitsKeys[u]), u == static_cast<int>(s.units))) {
        s.units = static_cast<Units>(u);
        s.touch();
      }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.units_tip"));

  // Language: one click.
  flow(buttonWidth("VI") + buttonWidth("EN"), false);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2, ImGui::GetStyle().ItemSpacing.y));
  if (toggleButton("VI", t.language() == Language::Vietnamese, palette)) setLanguage(s, Language::Vietnamese);
  s.recordControl("lang:vi");
  ImGui::SameLine();
  if (toggleButton("EN", t.language() == Language::English, palette)) setLanguage(s, Language::English);
  s.recordControl("lang:en");
  ImGui::PopStyleVar();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.language_tip"));

  // Workshop.
  const char* presenter = t.tr("topbar.presenter");
  flow(buttonWidth(presenter), false);
  if (toggleButton(presenter, s.presenter, palette)) setPresenter(s, !s.presenter);
  s.recordControl("presenter");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.presenter_tip"));
  const char* predict = t.tr("topbar.predict");
  flow(buttonWidth(predict), false);
  if (toggleButton(predict, s.predict, palette)) setPredict(s, !s.predict);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.predict_tip"));
  if (s.predict && !s.revealed) {
    const char* revealLabel = t.tr("topbar.reveal");
    flow(buttonWidth(revealLabel), false);
    ImGui::PushStyleColor(ImGuiCol_Button, palette.met);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    if (ImGui::Button(revealLabel)) reveal(s);
    ImGui::PopStyleColor(2);
  }

  // History.
  const char* undo = t.tr("topbar.undo");
  const char* redo = t.tr("topbar.redo");
  flow(buttonWidth(undo) + buttonWidth(redo), false);
  ImGui::BeginDisabled(!s.history.canUndo() && s.scenario == s.history.current());
  if (ImGui::Button(undo)) s.undo();
  ImGui::EndDisabled();
  s.recordControl("undo");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
  ImGui::SameLine();
  ImGui::BeginDisabled(!s.history.canRedo());
  if (ImGui::Button(redo)) s.redo();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Y");

  // Help and full screen.
  flow(ImGui::GetFrameHeight() + buttonWidth(" ? ") + ImGui::GetStyle().ItemSpacing.x, false);
  if (s.init.platform) {
    if (fullscreenButton(s.init.platform->isFullscreen(), palette)) toggleFullscreen(s);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (F11)", t.tr("topbar.fullscreen"));
    ImGui::SameLine();
  }
  if (toggleButton(" ? ", s.help, palette)) {
    s.help = !s.help;
    s.touch();
  }
  s.recordControl("help");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.help_tip"));

  const float height = ImGui::GetCursorPosY() - startY + ImGui::GetStyle().WindowPadding.y;
  if (smallBar) ImGui::PopFont();
  if (std::fabs(height - s.topBarHeight) > 0.5f) {
    s.topBarHeight = height;
    s.touch();
  }
  ImGui::EndChild();
}

// Keyboard shortcuts. Letters come through the typed-character queue so they work with
// any backend and keyboard layout; they are ignored while a text field has focus.
void handleShortcuts(Session& s) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && !io.WantTextInput) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
      if (io.KeyShift)
        s.redo();
      else
        s.undo();
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) s.redo();
    return;
  }
  // Function keys: imgui_impl_sdl indexes KeysDown by SDL scancode (same natively and in
  // the browser build): F1 = 58, F11 = 68.
  constexpr int kScancodeF1 = 58, kScancodeF11 = 68;
  if (ImGui::IsKeyPressed(kScancodeF1, false)) {
    s.help = !s.help;
    s.touch();
  }
  if (ImGui::IsKeyPressed(kScancodeF11, false)) toggleFullscreen(s);
  if (s.help && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    s.help = false;
    s.touch();
  }
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt) return;
  for (ImWchar c : io.InputQueueCharacters) {
    switch (c) {
      case '?': s.help = !s.help; s.touch(); break;
      case 'p': case 'P': setPresenter(s, !s.presenter); break;
      case 'k': case 'K': setPredict(s, !s.predict); break;
      case 'r': case 'R': reveal(s); break;
      case 'l': case 'L':
        setLanguage(s, s.i18n.language() == Language::Vietnamese ? Language::English : Language::Vietnamese);
        break;
      case 'u': case 'U': s.units = static_cast<Units>((static_cast<int>(s.units) + 1) % kUnitsCount); s.touch(); break;
      case 'f': case 'F': toggleFullscreen(s); break;
      default:
        if (c >= '1' && c < '1' + kViewCount) setView(s, static_cast<View>(c - '1'));
        break;
    }
  }
}

void drawHelpOverlay(Session& s) {
  if (!s.help) {
    return;
  }
  const Translator& t = s.i18n;
  const std::string title = std::string(t.tr("help.title")) + "###help";
  if (!ImGui::IsPopupOpen("###help")) ImGui::OpenPopup("###help");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::BeginPopupModal(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
    static const char* rows[][2] = {
        {"Ctrl+Z", "help.undo"},   {"Ctrl+Y", "help.redo"},     {"1 – 7", "help.views"},
        {"L", "help.language"},    {"U", "help.units"},         {"P", "help.presenter"},
        {"K", "help.predict"},     {"R", "help.reveal"},        {"F / F11", "help.fullscreen"},
        {"F1 / ?", "help.help"},
    };
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
      for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row[0]);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t.tr(row[1]));
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextDisabled("%s", t.tr("help.tips"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(t.tr("help.close"), ImVec2(-1, 0))) open = false;
    ImGui::EndPopup();
  }
  if (!open) {
    s.help = false;
    s.touch();
  }
}

}  // namespace h2045::app
