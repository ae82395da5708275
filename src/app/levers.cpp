// Levers panel: the three breakthroughs as groups, every lever of the model's table with
// unit, range, exact entry, explanation, reset and timing; the assumptions in their own
// panel below, collapsed by default.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui_internal.h>

#include "app/i18n_keys.h"
#include "app/session.h"
#include "scenario/scenario_file.h"

namespace h2045::app {

namespace {

// A round-arrow "reset" icon button: language-neutral and finger-sized.
bool resetButton(const char* id, const Palette& palette, bool enabled) {
  const float size = ImGui::GetFrameHeight();
  ImGui::PushID(id);
  const bool pressed = ImGui::InvisibleButton("##reset", ImVec2(size, size)) && enabled;
  const bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  if (hovered && enabled) draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_ButtonHovered), 4);
  const ImU32 color = enabled ? palette.accent : ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.5f);
  const float r = size * 0.26f;
  draw->PathArcTo(c, r, 3.14159f * 0.15f, 3.14159f * 1.75f, 16);
  draw->PathStroke(color, false, 2.0f);
  // Arrow head at the start of the arc.
  ImVec2 tip(c.x + r * std::cos(3.14159f * 1.75f), c.y + r * std::sin(3.14159f * 1.75f));
  draw->AddTriangleFilled(ImVec2(tip.x + r * 0.55f, tip.y), ImVec2(tip.x - r * 0.2f, tip.y - r * 0.55f),
                          ImVec2(tip.x - r * 0.15f, tip.y + r * 0.45f), color);
  return pressed;
}

// No firm source: shown as an assumption to question.
bool isPrior(const ParamSpec& spec) { return spec.prior || spec.source == "prior"; }

void leverTooltip(Session& s, const ParamSpec& spec) {
  if (!s.pointer.hoverTooltips()) return;
  s.record.tooltip = std::string(spec.id);
  const Translator& t = s.i18n;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(tooltipWrapWidth(24));
  ImGui::TextUnformatted(readable(std::string(t.paramName(spec))).c_str());
  ImGui::Separator();
  ImGui::TextUnformatted(readable(std::string(t.paramDescription(spec))).c_str());
  ImGui::Spacing();
  const std::string range = formatMessage(t.tr("lever.range"), {leverValueText(s, spec, spec.minValue),
                                                                 leverValueText(s, spec, spec.maxValue),
                                                                 leverValueText(s, spec, spec.defaultValue)});
  ImGui::TextUnformatted(range.c_str());
  if (isPrior(spec)) {
    ImGui::PushStyleColor(ImGuiCol_Text, s.palette().warning);
    ImGui::TextUnformatted(t.tr("lever.prior"));
    ImGui::PopStyleColor();
    // Why this value, in the current language.
    if (!priorNoteOf(spec).empty()) {
      const std::string note = readable(t.tr(paramPriorNoteKey(spec)));
      t.record(note);
      ImGui::TextUnformatted(note.c_str());
    }
  } else {
    // The source in the current language, its reliability flag in words (scenario/messages.h).
    t.tr(paramSourceKey(spec));  // notes a missing translation like any other key
    const std::string source = readable(paramSourceSentence(t.current(), spec));
    t.record(source);
    ImGui::TextUnformatted(source.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// Exact entry accepts "8.5" and "8,5" (Vietnamese decimal comma); rejects anything else.
void exactEntry(Session& s, const ParamSpec& spec) {
  const int index = static_cast<int>(spec.param);
  std::string& text = s.levers.entry[static_cast<size_t>(index)];
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(s.i18n.tr("lever.exact"));
  // Shows the current value unless the person is typing.
  if (ImGui::GetActiveID() != ImGui::GetID("##exact"))
    text = s.i18n.number(s.doc.scenario.value(spec.param), spec.decimals);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
  const bool entered = ImGui::InputText("##exact", buffer, sizeof buffer,
                                        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  text = buffer;
  if (entered || ImGui::IsItemDeactivatedAfterEdit()) {
    std::string normalized = text;
    std::replace(normalized.begin(), normalized.end(), ',', '.');
    std::optional<double> value = parseNumber(normalized);
    std::string problem = value ? checkParamValue(spec, *value) : std::string(s.i18n.tr("lever.not_a_number"));
    if (problem.empty()) {
      Scenario next = s.doc.scenario;
      next.at(spec.param).value = snapToStep(spec, *value);
      s.setScenario(next);
      s.levers.message.clear();
      text.clear();
    } else {
      s.levers.message = formatMessage(s.i18n.tr("lever.rejected"),
                                     {text, leverValueText(s, spec, spec.minValue),
                                      leverValueText(s, spec, spec.maxValue)});
      s.levers.messageParam = spec.param;
      text.clear();
    }
    s.touch();
  }
  const char* unit = s.i18n.tr("unit." + std::string(spec.unit));
  if (*unit) {
    ImGui::SameLine();
    ImGui::TextUnformatted(unit);
  }
}

void timingControls(Session& s, const ParamSpec& spec) {
  ParamSetting setting = s.doc.scenario.at(spec.param);
  const int firstYear = std::max(kFirstStartYear, s.doc.scenario.baseYear + 1);
  const float labelWidth = ImGui::GetFontSize() * 7.5f;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(s.i18n.tr("lever.start_year"));
  ImGui::SameLine(labelWidth);
  ImGui::SetNextItemWidth(-1);
  int start = setting.startYear;
  if (ImGui::SliderInt("##start", &start, firstYear, 2045, "%d", ImGuiSliderFlags_AlwaysClamp))
    setting.startYear = start;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(s.i18n.tr("lever.phase_in"));
  ImGui::SameLine(labelWidth);
  ImGui::SetNextItemWidth(-1);
  int phase = setting.phaseInYears;
  const std::string phaseText = yearsText(s.i18n.current(), phase);
  s.i18n.record(phaseText);
  if (ImGui::SliderInt("##phase", &phase, kMinPhaseInYears, 15, phaseText.c_str(), ImGuiSliderFlags_AlwaysClamp))
    setting.phaseInYears = phase;
  if (setting != s.doc.scenario.at(spec.param)) {
    s.doc.scenario.at(spec.param) = setting;  // committed when the drag ends
    s.touch();
  }
}

void leverRow(Session& s, const ParamSpec& spec, bool timing) {
  const Palette& palette = s.palette();
  const int index = static_cast<int>(spec.param);
  const Scenario defaults = Scenario::defaults();
  const bool changed = s.doc.scenario.at(spec.param) != defaults.at(spec.param);
  ImGui::PushID(index);

  // Name (wraps) on the left; the value, printed per language, and the reset on the right.
  const std::string valueText = leverValueText(s, spec, s.doc.scenario.value(spec.param));
  const float right = ImGui::GetContentRegionAvail().x;
  const float button = ImGui::GetFrameHeight();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float valueWidth = ImGui::CalcTextSize(valueText.c_str()).x;
  const float rowStart = ImGui::GetCursorPosX();
  const float nameRoom = std::max(right - button - valueWidth - spacing * 2, right * 0.4f);
  ImGui::PushTextWrapPos(rowStart + nameRoom);
  const std::string name = readable(std::string(s.i18n.paramName(spec)));
  s.i18n.record(name);
  ImGui::TextUnformatted(name.c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemHovered()) leverTooltip(s, spec);
  const ImVec2 nameMin = ImGui::GetItemRectMin(), nameSize = ImGui::GetItemRectSize();
  ImGui::SameLine(rowStart + right - button - valueWidth - spacing);
  ImGui::PushStyleColor(ImGuiCol_Text, changed ? palette.accent : palette.text);
  ImGui::PushFont(s.fonts().bold ? s.fonts().bold : ImGui::GetFont());
  ImGui::TextUnformatted(valueText.c_str());
  ImGui::PopFont();
  ImGui::PopStyleColor();
  ImGui::SameLine(rowStart + right - button);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().FramePadding.y);
  if (resetButton("reset", palette, changed)) {
    Scenario next = s.doc.scenario;
    next.at(spec.param) = defaults.at(spec.param);
    s.setScenario(next);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.i18n.tr("lever.reset_tip"));

  // Numbers without a firm source carry a visible "prior" tag: after the name when the name
  // is one line with room to spare, else on a line of its own under it.
  if (isPrior(spec)) {
    const char* tag = s.i18n.tr("lever.prior_tag");
    const float tagWidth = ImGui::CalcTextSize(tag).x;
    const bool oneLine = nameSize.y < ImGui::GetTextLineHeight() * 1.5f;
    ImVec2 at(nameMin.x + nameSize.x + spacing, nameMin.y);
    if (!oneLine || nameSize.x + spacing + tagWidth > nameRoom) {
      at = ImGui::GetCursorScreenPos();
      ImGui::Dummy(ImVec2(tagWidth, ImGui::GetTextLineHeight()));
    }
    ImGui::GetWindowDrawList()->AddText(at, palette.warning, tag);
    if (ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(at, ImVec2(at.x + tagWidth, at.y + ImGui::GetTextLineHeight())))
      leverTooltip(s, spec);
  }

  // Slider; the arrow opens exact entry and timing.
  ImGui::ArrowButton("##details", s.levers.detailsOpen[static_cast<size_t>(index)] ? ImGuiDir_Down : ImGuiDir_Right);
  if (ImGui::IsItemClicked()) s.levers.detailsOpen[static_cast<size_t>(index)] ^= 1;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.i18n.tr(timing ? "lever.details_tip" : "lever.exact_tip"));
  ImGui::SameLine();
  double value = s.doc.scenario.value(spec.param);
  ImGui::SetNextItemWidth(-1);
  const double lo = spec.minValue, hi = spec.maxValue;
  const bool moved = ImGui::SliderScalar("##value", ImGuiDataType_Double, &value, &lo, &hi, "",
                                         ImGuiSliderFlags_NoInput | ImGuiSliderFlags_AlwaysClamp);
  s.recordControl("lever:" + std::string(spec.id));
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) leverTooltip(s, spec);
  // The default as a tick under the track: how far the lever has moved from it.
  {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float grab = ImGui::GetStyle().GrabMinSize;
    const double t = (spec.defaultValue - lo) / (hi - lo);
    const float x = a.x + grab * 0.5f + static_cast<float>(t) * (b.x - a.x - grab);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, b.y - 4), ImVec2(x, b.y), palette.textDim, 2.0f);
  }
  if (moved) {
    value = snapToStep(spec, value);
    if (value != s.doc.scenario.value(spec.param)) {
      s.doc.scenario.at(spec.param).value = value;  // committed to the history when the drag ends
      s.levers.entry[static_cast<size_t>(index)].clear();
      s.touch();
    }
  }

  if (s.levers.detailsOpen[static_cast<size_t>(index)]) {
    ImGui::Indent(button);
    exactEntry(s, spec);
    if (timing) timingControls(s, spec);
    ImGui::Unindent(button);
  }
  if (s.levers.messageParam == spec.param && !s.levers.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette.missed);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(s.levers.message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::PopID();
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.5f));
}

void choiceRow(Session& s, const ParamSpec& spec) {
  ImGui::PushID(static_cast<int>(spec.param));
  const std::string name = readable(std::string(s.i18n.paramName(spec)));
  s.i18n.record(name);
  ImGui::TextUnformatted(name.c_str());
  if (ImGui::IsItemHovered()) leverTooltip(s, spec);
  const int current = static_cast<int>(std::lround(s.doc.scenario.value(spec.param)));
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##choice", leverValueText(s, spec, current).c_str())) {
    for (int v = static_cast<int>(spec.minValue); v <= static_cast<int>(spec.maxValue); ++v) {
      if (ImGui::Selectable(leverValueText(s, spec, v).c_str(), v == current)) {
        Scenario next = s.doc.scenario;
        next.at(spec.param).value = v;
        s.setScenario(next);
      }
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
}

// Every parameter of a group, in the model's order; levers have timing, assumptions do not.
void paramRows(Session& s, ParamGroup group) {
  for (const ParamSpec& spec : paramSpecs()) {
    if (spec.group != group) continue;
    if (spec.kind == ParamKind::Choice)
      choiceRow(s, spec);
    else
      leverRow(s, spec, group != ParamGroup::Assumptions);
  }
}

void groupSection(Session& s, ParamGroup group, int number) {
  const Palette& palette = s.palette();
  ImGui::PushFont(s.fonts().bold ? s.fonts().bold : ImGui::GetFont());
  const char* groupName = s.i18n.tr(kGroupKeys[static_cast<int>(group)]);
  std::string title = formatMessage(s.i18n.tr("group.breakthrough"), {std::to_string(number), groupName});
  // "Breakthrough 1 · Infrastructure", or "1 · Infrastructure" where that does not fit.
  const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 2.5f;
  if (ImGui::CalcTextSize(title.c_str()).x > room)
    title = formatMessage(s.i18n.tr("group.breakthrough_short"), {std::to_string(number), groupName});
  title += "###group" + std::to_string(static_cast<int>(group));
  ImGui::PushStyleColor(ImGuiCol_Text, palette.text);
  const bool open = ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (!open) return;
  ImGui::Spacing();
  paramRows(s, group);
  ImGui::Spacing();
}

// The assumptions are the economist's business, not a policy choice: they live in their own
// panel under the levers, a single header line until someone opens it.
void drawAssumptionsPanel(Session& s, const Rect& area) {
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("assumptions", area.size(), true, s.ui.assumptionsOpen ? 0 : ImGuiWindowFlags_NoScrollbar);
  const Palette& palette = s.palette();
  ImGui::PushFont(s.fonts().bold ? s.fonts().bold : ImGui::GetFont());
  ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
  ImGui::SetNextItemOpen(s.ui.assumptionsOpen);
  const std::string title = std::string(s.i18n.tr("group.assumptions")) + "###group_assumptions";
  const bool open = ImGui::CollapsingHeader(title.c_str());
  s.recordControl("assumptions");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (open != s.ui.assumptionsOpen) {
    s.ui.assumptionsOpen = open;
    s.touch();
  }
  if (open) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", s.i18n.tr("assumptions.note"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    paramRows(s, ParamGroup::Assumptions);
    if (ImGui::Button(s.i18n.tr("assumptions.reset"), ImVec2(-1, 0))) resetAssumptions(s);
  }
  ImGui::EndChild();
}

// Where the breakthroughs are shown one at a time: a row of three, the chosen one lit.
void groupPicker(Session& s) {
  const Palette& palette = s.palette();
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
  const float width = (ImGui::GetContentRegionAvail().x - spacing * (kLeverGroupCount - 1)) / kLeverGroupCount;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, ImGui::GetStyle().ItemSpacing.y));
  for (int g = 0; g < kLeverGroupCount; ++g) {
    if (g > 0) ImGui::SameLine();
    const bool on = s.ui.leverGroup == g;
    // The number alone where the name does not fit.
    std::string label = s.i18n.tr(kGroupKeys[g]);
    if (ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 > width) label = std::to_string(g + 1);
    s.i18n.record(label);
    label += "###pick" + std::to_string(g);
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, palette.accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette.accent);
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    }
    if (ImGui::Button(label.c_str(), ImVec2(width, 0))) setLeverGroup(s, g);
    if (on) ImGui::PopStyleColor(3);
    s.recordControl("group:" + std::to_string(g + 1));
  }
  ImGui::PopStyleVar();
}

void groupTitle(Session& s, ParamGroup group, int number) {
  ImGui::PushFont(s.fonts().bold ? s.fonts().bold : ImGui::GetFont());
  const char* groupName = s.i18n.tr(kGroupKeys[static_cast<int>(group)]);
  std::string title = formatMessage(s.i18n.tr("group.breakthrough"), {std::to_string(number), groupName});
  if (ImGui::CalcTextSize(title.c_str()).x > ImGui::GetContentRegionAvail().x)
    title = formatMessage(s.i18n.tr("group.breakthrough_short"), {std::to_string(number), groupName});
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
}

// The folded column: one button to unfold it, the chart has the rest of the screen.
void drawFoldedLevers(Session& s, const Rect& area) {
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("levers", area.size(), true, ImGuiWindowFlags_NoScrollbar);
  if (ImGui::ArrowButton("##unfold", ImGuiDir_Right)) setLeversCollapsed(s, false);
  s.recordControl("levers:unfold");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (B)", s.i18n.tr("levers.unfold_tip"));
  ImGui::EndChild();
  s.recordControl("levers");
}

}  // namespace

void drawLeversPanel(Session& s, const Rect& area) {
  if (s.ui.leversCollapsed && !s.layout.phone()) {
    drawFoldedLevers(s, area);
    return;
  }
  // Presenter mode hides the assumptions; otherwise they take a header line, or close to
  // half the column when open.
  Rect levers = area;
  if (!s.ui.presenter) {
    const float gap = std::round(ImGui::GetFontSize() * 0.5f);
    const float closed = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2;
    const float height = s.ui.assumptionsOpen ? std::max(closed, std::round(area.size().y * 0.45f)) : closed;
    levers.max.y = area.max.y - height - gap;
    drawAssumptionsPanel(s, Rect{ImVec2(area.min.x, levers.max.y + gap), area.max});
  }
  ImGui::SetCursorScreenPos(levers.min);
  ImGui::BeginChild("levers", levers.size(), true);
  ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(s.i18n.tr("levers.title"));
  ImGui::PopFont();
  if (!s.layout.phone()) {
    // Folds the column so the chart can take the screen (the phone closes its drawer instead).
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight());
    if (ImGui::ArrowButton("##fold", ImGuiDir_Left)) setLeversCollapsed(s, true);
    s.recordControl("levers:fold");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (B)", s.i18n.tr("levers.fold_tip"));
  }
  // The hint takes four lines on a phone, which has the long press instead.
  if (!s.ui.presenter && !s.layout.phone()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", s.i18n.tr("levers.hint"));
    ImGui::PopTextWrapPos();
  }
  if (ImGui::Button(s.i18n.tr("levers.reset"), ImVec2(-1, 0))) resetLevers(s);
  ImGui::Spacing();
  static constexpr ParamGroup kBreakthroughs[kLeverGroupCount] = {ParamGroup::Infrastructure, ParamGroup::Institutions,
                                                                  ParamGroup::HumanCapital};
  if (s.oneLeverGroupAtATime()) {
    groupPicker(s);
    ImGui::Spacing();
    const int g = std::clamp(s.ui.leverGroup, 0, kLeverGroupCount - 1);
    groupTitle(s, kBreakthroughs[g], g + 1);
    ImGui::Spacing();
    paramRows(s, kBreakthroughs[g]);
  } else {
    for (int g = 0; g < kLeverGroupCount; ++g) groupSection(s, kBreakthroughs[g], g + 1);
  }
  s.record.leversScroll = ImGui::GetScrollY();
  s.record.leversScrollMax = ImGui::GetScrollMaxY();
  ImGui::EndChild();
  s.recordControl("levers");
}

}  // namespace h2045::app
