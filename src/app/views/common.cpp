#include "app/views/common.h"

#include <algorithm>
#include <string>
#include <vector>

#include "app/session.h"

namespace h2045::app {

double Series::max() const {
  double m = -HUGE_VAL;
  for (int i = 0; i < n; ++i)
    if (std::isfinite(y[static_cast<size_t>(i)])) m = std::max(m, y[static_cast<size_t>(i)]);
  return m;
}

double Series::firstX(double otherwise) const {
  for (int i = 0; i < n; ++i)
    if (std::isfinite(y[static_cast<size_t>(i)])) return x[static_cast<size_t>(i)];
  return otherwise;
}

double Series::min() const {
  double m = HUGE_VAL;
  for (int i = 0; i < n; ++i)
    if (std::isfinite(y[static_cast<size_t>(i)])) m = std::min(m, y[static_cast<size_t>(i)]);
  return m;
}

float chartLineWidth(const Session& s) { return s.ui.presenter ? 4.0f : 2.75f; }

Chart::Options chartOptions(double yMin, double yMax, const char* unit, int decimals) {
  Chart::Options o;
  o.xMin = kFirstHistoryYear;
  o.xMax = kLastYear;
  o.yMin = yMin;
  o.yMax = yMax;
  o.yUnit = unit;
  o.yDecimals = decimals;
  return o;
}

void comparisonChart(Session& s, const char* id, ImVec2 size, RowField field, const char* unit, int decimals,
                     const Series* history, double yMinHint, double yMaxHint, bool withBaseYear) {
  const Palette& palette = s.palette();
  const bool visible = s.resultsVisible();
  const Trajectory& baseline = s.results.baseline;
  const Trajectory& scenario = s.results.scenario;
  Series base = projection(baseline, field, withBaseYear);
  Series scen = projection(scenario, field, withBaseYear);
  double hi = std::max(base.max(), visible ? scen.max() : -HUGE_VAL);
  double lo = std::min(base.min(), visible ? scen.min() : HUGE_VAL);
  if (history) {
    hi = std::max(hi, history->max());
    lo = std::min(lo, history->min());
  }
  if (!std::isfinite(hi)) hi = 1;
  if (!std::isfinite(lo)) lo = 0;
  lo = std::min(lo, yMinHint);
  hi = std::max(hi, yMaxHint);
  const double pad = (hi - lo) * 0.08 + 1e-9;
  double yMin = lo >= 0 && yMinHint == 0 ? 0 : std::floor(lo - pad);
  double yMax = niceCeil(yMin, hi + pad, 6);
  Chart::Options options = chartOptions(yMin, yMax, unit, decimals);
  const int baseYear = s.doc.scenario.baseYear;
  // The axis starts where the data start: the first history point, or the projection.
  options.xMin = history ? std::min<double>(history->firstX(baseYear), baseYear) : baseYear;
  Chart chart;
  if (chart.begin(id, size, options, palette.chart, s.i18n.language())) {
    chart.verticalShade(kFirstHistoryYear, baseYear, IM_COL32(128, 128, 128, 18));
    chart.zeroLine(palette.chart.axis);
    if (history) chart.points(history->x.data(), history->y.data(), history->n, palette.history, palette.panel, 4.0f);
    chart.line(base.x.data(), base.y.data(), base.n, palette.baseline, chartLineWidth(s) * 0.8f, true);
    if (visible) chart.line(scen.x.data(), scen.y.data(), scen.n, palette.scenario, chartLineWidth(s));
    if (chart.hovered()) {
      const int year = static_cast<int>(chart.hoverX());
      chart.hoverCursor(year);
      ImGui::BeginTooltip();
      ImGui::Text("%d", year);
      if (history)
        for (int i = 0; i < history->n; ++i)
          if (static_cast<int>(history->x[static_cast<size_t>(i)]) == year &&
              std::isfinite(history->y[static_cast<size_t>(i)])) {
            ImGui::Text("%s: %s", s.i18n.tr("legend.history"),
                        s.i18n.number(history->y[static_cast<size_t>(i)], decimals).c_str());
            // Only the growth view has history; its points are real growth rates.
            if (const HistoryYear* y = s.in.data.find(year); y && !y->sourceOf(HistoryField::RealGrowthPct).empty()) {
              const std::string source =
                  readable(historySource(*y, HistoryField::RealGrowthPct, s.i18n.language()));
              s.i18n.record(source);
              ImGui::PushTextWrapPos(tooltipWrapWidth(26));
              ImGui::TextDisabled("%s", source.c_str());
              if (const char flag = y->flagOf(HistoryField::RealGrowthPct); flag) {
                const std::string rated = formatMessage(
                    s.i18n.tr("chart.flag"), {reliabilityWords(s.i18n.current(), std::string(1, flag))});
                s.i18n.record(rated);
                ImGui::TextDisabled("%s", rated.c_str());
              }
              ImGui::PopTextWrapPos();
            }
          }
      if (const YearResult* row = baseline.find(year); row && (row->projected || year == baseline.baseYear))
        ImGui::Text("%s: %s", s.i18n.tr("legend.baseline"), s.i18n.number(field(*row), decimals).c_str());
      if (const YearResult* row = scenario.find(year);
          visible && row && (row->projected || year == scenario.baseYear))
        ImGui::Text("%s: %s", s.i18n.tr("legend.scenario"), s.i18n.number(field(*row), decimals).c_str());
      ImGui::EndTooltip();
    }
    chart.end(&s.record.charts);
  }
}

void standardLegend(Session& s, bool history) {
  const Palette& palette = s.palette();
  std::vector<LegendEntry> entries;
  if (history) entries.push_back({s.i18n.tr("legend.history"), palette.history, LegendEntry::Point});
  entries.push_back({s.i18n.tr("legend.baseline"), palette.baseline, LegendEntry::DashedLine});
  if (s.resultsVisible()) entries.push_back({s.i18n.tr("legend.scenario"), palette.scenario, LegendEntry::Line});
  legend(entries, palette.textDim);
}

namespace {
void titleAndExplanation(Session& s, const char* title, const char* explainKey) {
  // Kept a little off both edges: a letter may ink past its advance (a "j" to the left,
  // Vietnamese marks to the right), and a panel without padding would clip it.
  const float margin = ImGui::GetFontSize() * 0.3f;
  ImGui::Indent(margin * 0.5f);
  struct Unindent {
    float by;
    ~Unindent() { ImGui::Unindent(by); }
  } unindent{margin * 0.5f};
  const float wrapAt = ImGui::GetCursorPosX() + std::max(ImGui::GetContentRegionAvail().x - margin, 1.0f);
  ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
  ImGui::PushTextWrapPos(wrapAt);  // a long title takes two lines rather than losing its end
  ImGui::TextUnformatted(title);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (explainKey && !s.ui.presenter) {
    ImGui::PushTextWrapPos(wrapAt);
    ImGui::TextDisabled("%s", s.i18n.tr(explainKey));
    ImGui::PopTextWrapPos();
  }
}
}  // namespace

void viewTitle(Session& s, const char* titleKey, const char* explainKey) {
  titleAndExplanation(s, s.i18n.tr(titleKey), explainKey);
}

void viewTitleText(Session& s, const std::string& title, const char* explainKey) {
  s.i18n.record(title);
  titleAndExplanation(s, title.c_str(), explainKey);
}

ImVec2 remaining(float reserveBelow) {
  ImVec2 avail = ImGui::GetContentRegionAvail();
  return ImVec2(avail.x, std::max(avail.y - reserveBelow, 1.0f));
}

void hiddenResultsCard(Session& s, ImVec2 size) {
  const Palette& palette = s.palette();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), palette.chart.plotBackground, 8);
  const char* text = s.i18n.tr("predict.hidden");
  ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
  ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, size.x * 0.8f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + (size.x - ts.x) * 0.5f, p.y + (size.y - ts.y) * 0.5f),
                palette.textDim, text, nullptr, size.x * 0.8f);
  ImGui::PopFont();
}

void wrappedTooltip(Session& s, const std::string& text) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(tooltipWrapWidth(24));
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  s.i18n.record(text);
}

// One bar row: the name on the left (wrapped), a bar from the value at one end to the value at
// the other across a shared scale, the two values on the right.
void barRow(Session& s, const std::string& name, const char* tag, double a, double b, double centre, double lo,
            double hi, const std::string& values, float nameWidth, float valuesWidth, ImU32 colour,
            const std::string& tip) {
  const Palette& palette = s.palette();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float left = ImGui::GetCursorScreenPos().x;
  const float top = ImGui::GetCursorScreenPos().y;
  const float right = left + ImGui::GetContentRegionAvail().x;
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + nameWidth);
  ImGui::TextUnformatted(name.c_str());
  ImGui::PopTextWrapPos();
  if (tag) {
    // After the name where its last line has room, else under it.
    const float tagWidth = ImGui::CalcTextSize(tag).x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + tagWidth <= left + nameWidth &&
        ImGui::GetItemRectSize().y < ImGui::GetTextLineHeightWithSpacing())
      ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
    ImGui::TextUnformatted(tag);
    ImGui::PopStyleColor();
  }
  ImGui::EndGroup();
  s.i18n.record(name);
  const float line = ImGui::GetTextLineHeight();
  const float rowBottom = std::max(ImGui::GetItemRectMax().y, top + line);
  const float barLeft = left + nameWidth + style.ItemSpacing.x * 2;
  const float barRight = right - valuesWidth - style.ItemSpacing.x * 2;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (barRight > barLeft + 20 && hi > lo) {
    auto x = [&](double v) { return static_cast<float>(barLeft + (v - lo) / (hi - lo) * (barRight - barLeft)); };
    const float cy = top + line * 0.5f, h = line * 0.38f;
    // Below the scenario's value red (the end that lowers it), above it green.
    const float xl = x(std::min(a, b)), xh = x(std::max(a, b)), xc = x(centre);
    if (xl < xc) draw->AddRectFilled(ImVec2(xl, cy - h), ImVec2(xc, cy + h), colour ? colour : palette.missed, 2);
    if (xh > xc) draw->AddRectFilled(ImVec2(xc, cy - h), ImVec2(xh, cy + h), colour ? colour : palette.met, 2);
    if (!colour) draw->AddLine(ImVec2(xc, top), ImVec2(xc, rowBottom), palette.text, 1.5f);
  }
  if (valuesWidth > 0) {  // narrow views (a phone) leave the values to the row's tooltip
    const ImVec2 size = ImGui::CalcTextSize(values.c_str());
    ImGui::SetCursorScreenPos(ImVec2(right - size.x, top + (line - size.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
    ImGui::TextUnformatted(values.c_str());
    ImGui::PopStyleColor();
    s.i18n.record(values);
  }
  const float bottom = std::max(rowBottom, ImGui::GetItemRectMax().y);
  if (!tip.empty() && s.pointer.hoverTooltips() && ImGui::IsMouseHoveringRect(ImVec2(left, top), ImVec2(right, bottom)) &&
      ImGui::IsWindowHovered()) {
    wrappedTooltip(s, tip);
  }
  ImGui::SetCursorScreenPos(ImVec2(left, bottom));
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y * 0.5f));  // the row's room, for the scrolling
}


}  // namespace h2045::app
