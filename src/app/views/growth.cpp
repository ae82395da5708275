// Real GRDP growth: history points, baseline and scenario.
#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

void drawGrowthView(Session& s) {
  viewTitle(s, "growth.title", "growth.explain");
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * 1.6f;
  Series history;
  for (const HistoryYear& y : s.in.data.years)
    if (y.year <= s.doc.scenario.baseYear) history.add(y.year, y.realGrowthPct);
  comparisonChart(s, "growth", remaining(legendHeight), [](const YearResult& r) { return r.realGrowthPct; },
                  s.i18n.tr("growth.axis"), 1, &history, 0, -HUGE_VAL, false);
  standardLegend(s, true);
}

}  // namespace h2045::app
