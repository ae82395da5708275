// Top bar: target set (and the custom-target editor), units, language, presenter,
// predict/reveal, undo/redo, help, full screen.
#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <string>

#include "app/i18n_keys.h"
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

  ImGui::PushFont(s.fonts().bold && !smallBar ? s.fonts().bold : ImGui::GetFont());
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
  ImGui::TextUnformatted(t.tr("app.title"));
  ImGui::PopStyleColor();
  ImGui::PopFont();

  // Target set.
  const std::string setName = t.language() == Language::Vietnamese ? s.currentTargets().nameVi
                                                                     : s.currentTargets().nameEn;
  float longest = 0;
  for (int i = 0; i < s.targetSetCount(); ++i) {
    const TargetSet& set = s.targetSet(i);
    longest = std::max(longest, ImGui::CalcTextSize((t.language() == Language::Vietnamese ? set.nameVi : set.nameEn).c_str()).x);
  }
  const float comboWidth = std::min(longest + ImGui::GetFrameHeight() * 1.5f, ImGui::GetFontSize() * 10);
  flow(comboWidth, false);
  ImGui::SetNextItemWidth(comboWidth);
  if (ImGui::BeginCombo("##targets", setName.c_str())) {
    for (int i = 0; i < s.targetSetCount(); ++i) {
      const TargetSet& set = s.targetSet(i);
      const std::string& name = t.language() == Language::Vietnamese ? set.nameVi : set.nameEn;
      if (ImGui::Selectable(name.c_str(), i == s.doc.targetSet)) setTargetSet(s, i);
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", setName.c_str(), t.tr("topbar.targets_tip"));
  t.record(setName);
  if (&s.currentTargets() == &s.doc.customTargets) {
    flow(buttonWidth(t.tr("custom.edit")), false);
    if (ImGui::Button(t.tr("custom.edit")) || s.topBar.customTargetsOpen) ImGui::OpenPopup("custom_targets");
    s.topBar.customTargetsOpen = false;
    customTargetsPopup(s);
  }

  // Units.
  // The closed combo shows the short unit; the list explains each.
  const char* unitsLabel = t.tr(kUnitsShortKeys[static_cast<int>(s.ui.units)]);
  float unitsWidth = 0;
  for (const char* key : kUnitsShortKeys) unitsWidth = std::max(unitsWidth, ImGui::CalcTextSize(t.tr(key)).x);
  unitsWidth += ImGui::GetFrameHeight() * 1.5f;
  flow(unitsWidth, false);
  ImGui::SetNextItemWidth(unitsWidth);
  if (ImGui::BeginCombo("##units", unitsLabel)) {
    for (int u = 0; u < kValueUnitCount; ++u)
      if (ImGui::Selectable(t.tr(kUnitsKeys[u]), u == static_cast<int>(s.ui.units))) setUnits(s, static_cast<ValueUnit>(u));
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
  if (toggleButton(presenter, s.ui.presenter, palette)) setPresenter(s, !s.ui.presenter);
  s.recordControl("presenter");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.presenter_tip"));
  const char* predict = t.tr("topbar.predict");
  flow(buttonWidth(predict), false);
  if (toggleButton(predict, s.ui.predict, palette)) setPredict(s, !s.ui.predict);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.predict_tip"));
  if (s.ui.predict && !s.ui.revealed) {
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
  ImGui::BeginDisabled(!s.doc.history.canUndo() && s.doc.scenario == s.doc.history.current());
  if (ImGui::Button(undo)) s.undo();
  ImGui::EndDisabled();
  s.recordControl("undo");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
  ImGui::SameLine();
  ImGui::BeginDisabled(!s.doc.history.canRedo());
  if (ImGui::Button(redo)) s.redo();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Y");

  // Help and full screen.
  flow(ImGui::GetFrameHeight() + buttonWidth(" ? ") + ImGui::GetStyle().ItemSpacing.x, false);
  if (s.in.init.platform) {
    if (fullscreenButton(s.in.init.platform->isFullscreen(), palette)) toggleFullscreen(s);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (F11)", t.tr("topbar.fullscreen"));
    ImGui::SameLine();
  }
  if (toggleButton(" ? ", s.ui.help, palette)) setHelp(s, !s.ui.help);
  s.recordControl("help");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("topbar.help_tip"));

  const float height = ImGui::GetCursorPosY() - startY + ImGui::GetStyle().WindowPadding.y;
  if (smallBar) ImGui::PopFont();
  if (std::fabs(height - s.layout.topBarHeight) > 0.5f) {
    s.layout.topBarHeight = height;
    s.touch();
  }
  ImGui::EndChild();
}

}  // namespace h2045::app
