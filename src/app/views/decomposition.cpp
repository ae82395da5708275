// Why: real growth by five-year period, split into what drives it (TFP, private capital,
// infrastructure, human capital, labour), with the baseline's total as a marker.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/i18n_keys.h"
#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

namespace {

std::array<double, 5> parts(const GrowthContributions& c) {
  return {c.tfp, c.privateCapital, c.infrastructure, c.humanCapital, c.labour};
}

void periodTooltip(Session& s, const PeriodAverage& p, const PeriodAverage* base) {
  const Palette& palette = s.palette();
  ImGui::BeginTooltip();
  ImGui::Text("%d–%d", p.firstYear, p.lastYear);
  if (ImGui::BeginTable("tip", 3, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", s.i18n.tr("legend.scenario"));
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", s.i18n.tr("legend.baseline"));
    const auto values = parts(p.contributions);
    const auto baseValues = parts(base ? base->contributions : GrowthContributions{});
    for (int k = 0; k < 5; ++k) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::ColorButton("##c", ImGui::ColorConvertU32ToFloat4(palette.contributions[k]),
                         ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
      ImGui::SameLine();
      ImGui::TextUnformatted(s.i18n.tr(kContributionKeys[k]));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.i18n.number(values[static_cast<size_t>(k)], 2).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.i18n.number(baseValues[static_cast<size_t>(k)], 2).c_str());
    }
    ImGui::EndTable();
  }
  ImGui::EndTooltip();
}

}  // namespace

void drawDecompositionView(Session& s) {
  const Palette& palette = s.palette();
  viewTitle(s, "decomposition.title", "decomposition.explain");
  const PeriodAverages& scen = s.results.periods;
  const PeriodAverages& base = s.results.baselinePeriods;
  double hi = 1, lo = 0;
  for (const PeriodAverages* set : {&scen, &base})
    for (const PeriodAverage& p : *set) {
      double up = 0, down = 0;
      for (double v : parts(p.contributions)) (v >= 0 ? up : down) += v;
      hi = std::max({hi, up, p.realGrowthPct});
      lo = std::min({lo, down, p.realGrowthPct});
    }
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * (s.ui.presenter ? 3.0f : 2.0f);
  Chart chart;
  Chart::Options o;
  o.xMin = scen.count == 0 ? 2025 : scen.periods[0].firstYear - 1;
  o.xMax = kLastYear + 1;
  o.yMin = lo < 0 ? -niceCeil(0, -lo * 1.1, 4) : 0;
  o.yMax = niceCeil(o.yMin, hi * 1.12, 6);
  o.yUnit = s.i18n.tr("decomposition.axis");
  o.yDecimals = 1;
  o.xTicks = false;
  if (chart.begin("decomposition", remaining(legendHeight), o, palette.chart, s.i18n.language())) {
    chart.zeroLine(palette.chart.axis);
    int hoveredPeriod = -1;
    for (int i = 0; i < scen.count; ++i) {
      const PeriodAverage& p = scen.periods[static_cast<size_t>(i)];
      const double x0 = p.firstYear - 0.5 + 0.6, x1 = p.lastYear + 0.5 - 0.6;
      double up = 0, down = 0;
      const auto values = parts(p.contributions);
      for (int k = 0; k < 5; ++k) {
        const double v = values[static_cast<size_t>(k)];
        if (v >= 0) {
          chart.bar(x0, x1, up, up + v, palette.contributions[k]);
          up += v;
        } else {
          chart.bar(x0, x1, down + v, down, palette.contributions[k]);
          down += v;
        }
      }
      // Baseline total growth as a marker: how far the levers moved the period.
      if (i < base.count) {
        const double total = base.periods[static_cast<size_t>(i)].realGrowthPct;
        double xs[2] = {x0 - 0.3, x1 + 0.3}, ys[2] = {total, total};
        chart.line(xs, ys, 2, palette.baseline, chartLineWidth(s), true);
      }
      char label[32];
      std::snprintf(label, sizeof label, "%d–%02d", p.firstYear, p.lastYear % 100);
      chart.axisLabel((p.firstYear + p.lastYear) * 0.5, label, palette.chart.textDim);
      chart.label((p.firstYear + p.lastYear) * 0.5, up, s.i18n.number(p.realGrowthPct, 1).c_str(), palette.text,
                  ImVec2(0.5f, 1.1f));
      if (chart.hovered() && chart.hoverX() >= p.firstYear - 0.5 && chart.hoverX() <= p.lastYear + 0.5)
        hoveredPeriod = i;
    }
    if (hoveredPeriod >= 0)
      periodTooltip(s, scen.periods[static_cast<size_t>(hoveredPeriod)],
                    hoveredPeriod < base.count ? &base.periods[static_cast<size_t>(hoveredPeriod)] : nullptr);
    chart.end(&s.record.charts);
  }
  std::vector<LegendEntry> entries;
  for (int k = 0; k < 5; ++k)
    entries.push_back({s.i18n.tr(kContributionKeys[k]), palette.contributions[k], LegendEntry::Swatch});
  entries.push_back({s.i18n.tr("decomposition.baseline_total"), palette.baseline, LegendEntry::DashedLine});
  legend(entries, palette.textDim);
}

}  // namespace h2045::app
