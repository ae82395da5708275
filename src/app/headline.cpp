// Headline: the value in the last target year, % of target, every target's status and
// the growth each target requires — readable from the back of a room.
#include <algorithm>
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

// "9 % chance" (or the shorter wording of `key`) for a target year ahead of the base year ("< 1 %" and "> 99 %" at the ends),
// "" when nothing may be shown (before a reveal) or there is no Monte Carlo for it.
std::string chanceText(const Session& s, int year, const char* key = "headline.chance") {
  if (!s.resultsVisible()) return "";  // nothing about results before the reveal
  for (const TargetChance& c : s.uncertainty.targets) {
    if (c.target.year != year) continue;
    const double pct = std::round(c.probability * 100);
    const std::string shown = pct == 0 && c.probability > 0   ? "< 1"
                              : pct == 100 && c.probability < 1 ? "> 99"
                                                                : s.i18n.number(pct, 0);
    return formatMessage(s.i18n.tr(key), {shown});
  }
  return "";
}

}  // namespace

void drawHeadline(Session& s, const Rect& area, bool stacked) {
  const Palette& palette = s.palette();
  const Translator& t = s.i18n;
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("headline", area.size(), true, ImGuiWindowFlags_NoScrollbar);
  s.record.headline.clear();
  if (s.results.targets.empty()) {
    ImGui::TextUnformatted(t.tr("headline.no_targets"));
    ImGui::EndChild();
    return;
  }
  const TargetStatus& last = s.results.targets.back();
  const bool visible = s.resultsVisible();
  // Every figure in the unit the person chose, converted on the scenario's own prices.
  const ValueUnit units = s.ui.units;
  auto inUnits = [&](double usd, int year) { return usdInUnit(s.results.scenario, year, usd, units); };

  // Left block: the big number.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float innerWidth = ImGui::GetContentRegionAvail().x;
  const float innerHeight = ImGui::GetContentRegionAvail().y;
  const std::string label = formatMessage(t.tr("headline.value_in"), {std::to_string(last.target.year)});
  const std::string value = visible ? money(s, inUnits(last.valueUsd, last.target.year), units) : std::string("?");
  const double lastFactor = targetUnitFactor(s.results.scenario, last.target.year, units);
  std::string percent = visible ? formatMessage(t.tr("headline.percent_of_target"),
                                                {t.number(last.percentOfTarget, 0),
                                                 targetText(s, last.target, lastFactor, units)})
                                : std::string(t.tr("headline.predict"));
  ImGui::PushFont(s.fonts().huge ? s.fonts().huge : ImGui::GetFont());
  const float valueWidth = ImGui::CalcTextSize(value.c_str()).x;
  ImGui::PopFont();
  // Side by side: the number takes what it needs, at most 45 %; stacked: the whole width, the
  // cards below it.
  const float leftWidth = stacked ? innerWidth
                                  : std::min(std::max({valueWidth, ImGui::CalcTextSize(label.c_str()).x,
                                                       ImGui::CalcTextSize(percent.c_str()).x}) + spacing * 2,
                                             innerWidth * 0.45f);
  const float hugeHeight = s.fonts().huge ? s.fonts().huge->FontSize * ImGui::GetIO().FontGlobalScale : 40.0f;
  const float numberHeight = stacked ? hugeHeight + ImGui::GetTextLineHeightWithSpacing() * 2.2f : innerHeight;
  ImGui::PushClipRect(origin, ImVec2(origin.x + leftWidth, origin.y + numberHeight), true);
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopStyleColor();
  ImGui::PushFont(s.fonts().huge ? s.fonts().huge : ImGui::GetFont());
  ImGui::PushStyleColor(ImGuiCol_Text, !visible ? palette.textDim : last.met ? palette.met : palette.text);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  // The headline target's chance beside the number, on its baseline, where the block has room
  // (its card then leaves it out).
  const std::string lastChance = chanceText(s, last.target.year);
  bool chanceBesideNumber = false;
  if (!lastChance.empty()) {
    const ImVec2 numberMin = ImGui::GetItemRectMin(), numberMax = ImGui::GetItemRectMax();
    const ImVec2 size = ImGui::CalcTextSize(lastChance.c_str());
    if (numberMax.x + spacing * 1.5f + size.x <= origin.x + leftWidth) {
      ImGui::SameLine(0, spacing * 1.5f);
      ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, numberMax.y - size.y - (numberMax.y - numberMin.y) * 0.12f));
      ImGui::TextUnformatted(lastChance.c_str());
      t.record(lastChance);
      chanceBesideNumber = true;
      // The next line goes on under the number, as it would without the chance.
      ImGui::SetCursorScreenPos(ImVec2(numberMin.x, numberMax.y + ImGui::GetStyle().ItemSpacing.y));
    }
  }
  ImGui::PushStyleColor(ImGuiCol_Text, visible ? palette.text : palette.accent);
  ImGui::TextUnformatted(percent.c_str());
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  ImGui::PopClipRect();
  s.record.headline = label + " " + value + " " + (visible ? percent : std::string());
  if (chanceBesideNumber) s.record.headline += " " + lastChance;
  t.record(value);
  t.record(percent);

  // One card per target: year and range, status, required growth.
  const int n = static_cast<int>(s.results.targets.size());
  const float cardsLeft = stacked ? origin.x : origin.x + leftWidth + spacing;
  const float cardsTop = stacked ? origin.y + numberHeight + ImGui::GetStyle().ItemSpacing.y : origin.y;
  const float cardWidth = (origin.x + innerWidth - cardsLeft - spacing * (n - 1)) / n;
  const float pad = ImGui::GetFontSize() * 0.45f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (int i = 0; i < n && cardWidth > 20; ++i) {
    const TargetStatus& st = s.results.targets[static_cast<size_t>(i)];
    ImVec2 a(cardsLeft + i * (cardWidth + spacing), cardsTop);
    ImVec2 b(a.x + cardWidth, origin.y + innerHeight);
    const ImU32 accent = !visible ? palette.border : st.met ? palette.met : palette.missed;
    draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg), 6);
    draw->AddRectFilled(a, ImVec2(a.x + 4, b.y), accent, 6, ImDrawFlags_RoundCornersLeft);
    ImGui::PushClipRect(a, b, true);
    ImGui::SetCursorScreenPos(ImVec2(a.x + pad + 4, a.y + pad * 0.6f));
    ImGui::BeginGroup();
    ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
    ImGui::Text("%d", st.target.year);
    ImGui::PopFont();
    ImGui::SameLine();
    const double factor = targetUnitFactor(s.results.scenario, st.target.year, units);
    const std::string range = targetText(s, st.target, factor, units);
    bool rangeBelow = false;
    {
      // Baseline-aligned with the year, in the small face so it fits narrow cards.
      ImGui::PushFont(s.fonts().small ? s.fonts().small : ImGui::GetFont());
      const float yearHeight = s.fonts().large ? s.fonts().large->FontSize * ImGui::GetIO().FontGlobalScale : 0;
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, yearHeight - ImGui::GetFontSize()) * 0.75f);
      // Shown whole or not at all (the chart and the tooltip carry it too); on a narrow
      // card it moves under the status when that line is free.
      rangeBelow = ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(range.c_str()).x > b.x - pad;
      if (!rangeBelow) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
        ImGui::TextUnformatted(range.c_str());
        ImGui::PopStyleColor();
      } else {
        ImGui::NewLine();
      }
      ImGui::PopFont();
    }
    // The chance of meeting the target from the Monte Carlo paths, when the year is ahead.
    const bool headlineTarget = i == n - 1 && chanceBesideNumber;
    const std::string chanceText = headlineTarget ? std::string() : app::chanceText(s, st.target.year);
    const bool chance = !chanceText.empty();
    const float chanceWidth = [&] {
      if (!chance) return 0.0f;
      ImGui::PushFont(s.fonts().small ? s.fonts().small : ImGui::GetFont());
      const float w = ImGui::CalcTextSize(chanceText.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
      ImGui::PopFont();
      return w;
    }();
    // The pill says "missed by N"; on narrow cards (projector, small screens), or to leave room
    // for the chance, just "−N".
    std::string status;
    const float room = cardWidth - pad * 3 - 4 - chanceWidth;
    auto fits = [&](const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x + pad * 2 <= room; };
    if (!visible) {
      status = "?";
      statusPill(status.c_str(), ImGui::GetColorU32(ImGuiCol_Button), palette.textDim);
    } else if (st.met) {
      status = formatMessage(t.tr("headline.met"), {money(s, st.valueUsd * factor, units)});
      if (!fits(status)) status = t.tr("headline.met_short");
      statusPill(status.c_str(), palette.met, IM_COL32_WHITE);
    } else {
      const std::string gap = money(s, st.gapUsd * factor, units);
      status = formatMessage(t.tr("headline.missed_by"), {gap});
      if (!fits(status)) status = readable(formatMessage(t.tr("headline.missed_short"), {gap}));
      if (!fits(status)) status = readable(formatMessage(t.tr("headline.missed_short"), {t.number(st.gapUsd * factor, valueUnitDecimals(units))}));
      statusPill(status.c_str(), palette.missed, IM_COL32_WHITE);
    }
    // The chance of meeting it, beside the pill (the tooltip says what it counts); on a narrow
    // card (a phone, a projector) on the line under it, in place of the growth it needs.
    bool chanceBelow = false;
    if (chance) {
      const ImVec2 pillMin = ImGui::GetItemRectMin(), pillMax = ImGui::GetItemRectMax();
      ImGui::PushFont(s.fonts().small ? s.fonts().small : ImGui::GetFont());
      const ImVec2 size = ImGui::CalcTextSize(chanceText.c_str());
      if (pillMax.x + ImGui::GetStyle().ItemSpacing.x + size.x <= b.x - pad) {
        ImGui::SameLine();
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, (pillMin.y + pillMax.y - size.y) * 0.5f));
        ImGui::TextUnformatted(chanceText.c_str());
        t.record(chanceText);
        s.record.headline += " " + chanceText;
      } else {
        // The line under the pill; in the shorter wording where the usual one is too wide.
        std::string below = chanceText;
        if (ImGui::CalcTextSize(below.c_str()).x > cardWidth - pad * 2 - 4)
          below = app::chanceText(s, st.target.year, "headline.chance_short");
        if (ImGui::CalcTextSize(below.c_str()).x <= cardWidth - pad * 2 - 4) {
          ImGui::TextUnformatted(below.c_str());
          t.record(below);
          s.record.headline += " " + below;
          chanceBelow = true;
        }
      }
      ImGui::PopFont();
    }
    s.record.headline += " | " + std::to_string(st.target.year) + " " + range + " " + status;
    t.record(status);
    if (!chanceBelow && st.target.year > s.doc.scenario.baseYear && std::isfinite(st.requiredGrowthPct)) {
      const std::string needs = formatMessage(t.tr("headline.required_growth"),
                                              {t.number(st.requiredGrowthPct, 1), std::to_string(s.doc.scenario.baseYear)});
      ImGui::PushFont(s.fonts().small ? s.fonts().small : ImGui::GetFont());
      // Shown whole or not at all: a narrow card (a phone) keeps it for the tooltip.
      if (ImGui::CalcTextSize(needs.c_str()).x <= cardWidth - pad * 2 - 4) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
        ImGui::TextUnformatted(needs.c_str());
        ImGui::PopStyleColor();
        t.record(needs);
      }
      ImGui::PopFont();
    }
    if (rangeBelow && !chanceBelow && !(st.target.year > s.doc.scenario.baseYear && std::isfinite(st.requiredGrowthPct))) {
      ImGui::PushFont(s.fonts().small ? s.fonts().small : ImGui::GetFont());
      if (ImGui::CalcTextSize(range.c_str()).x <= cardWidth - pad * 2 - 4) {  // whole, or in the tooltip only
        ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
        ImGui::TextUnformatted(range.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::PopFont();
    }
    ImGui::EndGroup();
    ImGui::PopClipRect();
    if (ImGui::IsMouseHoveringRect(a, b) && visible) {
      ImGui::BeginTooltip();
      ImGui::Text("%d: %s", st.target.year, range.c_str());
      const std::string tip = formatMessage(t.tr("headline.card_tip"),
                                            {std::to_string(st.target.year), money(s, st.valueUsd * factor, units),
                                             t.number(st.percentOfTarget, 0), std::to_string(s.doc.scenario.baseYear)});
      t.record(tip);
      ImGui::PushTextWrapPos(tooltipWrapWidth(26));
      ImGui::TextUnformatted(tip.c_str());
      if (const std::string odds = app::chanceText(s, st.target.year); !odds.empty()) {
        const std::string tipText = odds + " — " + formatMessage(t.tr("headline.chance_tip"), {t.number(s.uncertainty.paths, 0)});
        t.record(tipText);
        ImGui::Spacing();
        ImGui::TextUnformatted(tipText.c_str());
      }
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
  ImGui::EndChild();
  s.recordControl("headline");
}

}  // namespace h2045::app
