// Investment: total and public investment as shares of GRDP, against Hanoi's historical range
// of total social investment (from the data files).
#include <algorithm>
#include <vector>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

void drawInvestmentView(Session& s) {
  const Palette& palette = s.palette();
  viewTitle(s, "investment.title", "investment.explain");
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * (s.ui.presenter ? 3.0f : 2.0f);
  const bool visible = s.resultsVisible();
  const Trajectory& scenario = s.results.scenario;
  const Trajectory& baseline = s.results.baseline;
  const Range& range = s.results.totalInvestment;
  auto total = [](const YearResult& r) { return r.totalInvestmentPct; };
  auto publicShare = [](const YearResult& r) { return r.publicInvestmentPct; };
  Series baseTotal = projection(baseline, total), scenTotal = projection(scenario, total);
  Series scenPublic = projection(scenario, publicShare), basePublic = projection(baseline, publicShare);
  const double hi = std::max({baseTotal.max(), range.known() ? range.high : 0.0, visible ? scenTotal.max() : 0.0});
  Chart chart;
  Chart::Options o = chartOptions(0, niceCeil(0, hi * 1.1, 6), s.i18n.tr("investment.axis"), 1);
  o.xMin = s.doc.scenario.baseYear;
  if (chart.begin("investment", remaining(legendHeight), o, palette.chart, s.i18n.language())) {
    if (range.known())
      chart.horizontalBand(range.low, range.high, palette.band, s.i18n.tr("investment.range"), palette.textDim);
    chart.line(baseTotal.x.data(), baseTotal.y.data(), baseTotal.n, palette.baseline, chartLineWidth(s) * 0.8f,
               true);
    chart.line(basePublic.x.data(), basePublic.y.data(), basePublic.n, palette.baseline, chartLineWidth(s) * 0.6f,
               true);
    if (visible) {
      chart.line(scenTotal.x.data(), scenTotal.y.data(), scenTotal.n, palette.scenario, chartLineWidth(s));
      chart.line(scenPublic.x.data(), scenPublic.y.data(), scenPublic.n, palette.contributions[2], chartLineWidth(s));
    }
    if (chart.hovered()) {
      const int year = static_cast<int>(chart.hoverX());
      chart.hoverCursor(year);
      const YearResult* b = baseline.find(year);
      const YearResult* r = scenario.find(year);
      if (b && r && (r->projected || year == scenario.baseYear)) {
        ImGui::BeginTooltip();
        ImGui::Text("%d", year);
        ImGui::Text("%s: %s %% / %s %%", s.i18n.tr("investment.total"), s.i18n.number(b->totalInvestmentPct, 1).c_str(),
                    visible ? s.i18n.number(r->totalInvestmentPct, 1).c_str() : "?");
        ImGui::Text("%s: %s %% / %s %%", s.i18n.tr("investment.public"),
                    s.i18n.number(b->publicInvestmentPct, 1).c_str(),
                    visible ? s.i18n.number(r->publicInvestmentPct, 1).c_str() : "?");
        ImGui::TextDisabled("%s", s.i18n.tr("investment.tip_order"));
        ImGui::EndTooltip();
      }
    }
    chart.end(&s.record.charts);
  }
  std::vector<LegendEntry> entries;
  if (range.known()) entries.push_back({s.i18n.tr("investment.range"), palette.band, LegendEntry::Swatch});
  entries.push_back({s.i18n.tr("legend.baseline"), palette.baseline, LegendEntry::DashedLine});
  if (visible) {
    entries.push_back({s.i18n.tr("investment.total"), palette.scenario, LegendEntry::Line});
    entries.push_back({s.i18n.tr("investment.public"), palette.contributions[2], LegendEntry::Line});
  }
  legend(entries, palette.textDim);
}

}  // namespace h2045::app
