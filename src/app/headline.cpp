// Headline: the value in the last target year, % of target, every target's status and
// the growth each target requires — readable from the back of a room.
#include <cmath>
#include <string>

#include "app/session.h"

namespace h2045::app {

namespace {

// A coloured status pill ("met" / "missed by N").
void statusPill(const char* text, ImU32 color, ImU32 textColor) {
  ImVec2 size = ImGui::CalcTextSize(text);
  const float padX = ImGui::GetFontSize() * 0.5f, padY = ImGui::GetFontSize() * 0.15f;
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + size.x + padX * 2, p.y + size.y + padY * 2), color,
                                            size.y);
  ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + padX, p.y + padY), textColor, text);
  ImGui::Dummy(ImVec2(size.x + padX * 2, size.y + padY * 2));
}

}  // namespace

void drawHeadline(Session& s, const Rect& area) {
  const Palette& palette = s.palette();
  const Translator& t = s.i18n;
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("headline", area.size(), true, ImGuiWindowFlags_NoScrollbar);
  s.headline.clear();
  if (s.targets.empty()) {
    ImGui::TextUnformatted(t.tr("headline.no_targets"));
    ImGui::EndChild();
    return;
  }
  const TargetStatus& last = s.targets.back();
  const bool visible = s.resultsVisible();

  // Left block: the big number.
  const float leftWidth = std::min(area.size().x * 0.42f, ImGui::GetFontSize() * 26);
  ImGui::BeginGroup();
  const std::string label = formatMessage(t.tr("headline.value_in"), {std::to_string(last.target.year)});
  ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopStyleColor();
  ImGui::PushFont(s.fonts.huge ? s.fonts.huge : ImGui::GetFont());
  const std::string value = visible ? money(s, last.valueUsd, Units::CurrentUsd) : std::string("?");
  ImGui::PushStyleColor(ImGuiCol_Text, !visible ? palette.textDim : last.met ? palette.met : palette.text);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  std::string percent;
  if (visible) {
    percent = formatMessage(t.tr("headline.percent_of_target"),
                            {t.number(last.percentOfTarget, 0), targetText(s, last.target)});
    ImGui::TextUnformatted(percent.c_str());
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
    ImGui::TextUnformatted(t.tr("headline.predict"));
    ImGui::PopStyleColor();
  }
  ImGui::EndGroup();
  s.headline = label + " " + value + " " + percent;
  t.record(value);

  // Right block: one row per target.
  ImGui::SameLine(leftWidth);
  ImGui::BeginGroup();
  const float rightWidth = area.size().x - leftWidth - ImGui::GetStyle().WindowPadding.x * 2;
  if (ImGui::BeginTable("targets", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings,
                        ImVec2(rightWidth, 0))) {
    ImGui::TableSetupColumn("target", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("status", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("growth", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    for (const TargetStatus& st : s.targets) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushFont(s.fonts.large ? s.fonts.large : ImGui::GetFont());
      ImGui::Text("%d", st.target.year);
      ImGui::PopFont();
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(targetText(s, st.target).c_str());
      ImGui::TableNextColumn();
      std::string status;
      if (!visible) {
        status = "?";
        statusPill(status.c_str(), ImGui::GetColorU32(ImGuiCol_FrameBg), palette.textDim);
      } else if (st.met) {
        status = formatMessage(t.tr("headline.met"), {money(s, st.valueUsd, Units::CurrentUsd)});
        statusPill(status.c_str(), palette.met, IM_COL32_WHITE);
      } else {
        status = formatMessage(t.tr("headline.missed_by"), {money(s, st.gapUsd, Units::CurrentUsd)});
        statusPill(status.c_str(), palette.missed, IM_COL32_WHITE);
      }
      s.headline += " | " + std::to_string(st.target.year) + " " + status;
      t.record(status);
      ImGui::TableNextColumn();
      if (st.target.year > s.scenario.baseYear && std::isfinite(st.requiredGrowthPct)) {
        const std::string needs = formatMessage(
            t.tr("headline.required_growth"), {t.number(st.requiredGrowthPct, 1), std::to_string(s.scenario.baseYear)});
        ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(needs.c_str());
        ImGui::PopStyleColor();
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndGroup();
  ImGui::EndChild();
}

}  // namespace h2045::app
