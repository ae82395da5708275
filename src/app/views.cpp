// The result views (tabs): GRDP per person with targets, growth decomposition, real
// growth, investment share, people & institutions, plausibility warnings, what's needed.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "app/keys.h"
#include "app/session.h"

namespace h2045::app {

namespace {

// Hanoi's total social investment, ≈ 37–39 % of GRDP (data.md, "Investment"); drawn as
// the plausible range on the investment view.
constexpr double kHistoricalInvestmentLow = 37.0;
constexpr double kHistoricalInvestmentHigh = 39.0;

struct Series {
  std::array<double, kMaxYears> x{}, y{};
  int n = 0;
  void add(double year, double value) {
    if (n < kMaxYears) {
      x[static_cast<size_t>(n)] = year;
      y[static_cast<size_t>(n)] = value;
      ++n;
    }
  }
  double max() const {
    double m = -HUGE_VAL;
    for (int i = 0; i < n; ++i)
      if (std::isfinite(y[static_cast<size_t>(i)])) m = std::max(m, y[static_cast<size_t>(i)]);
    return m;
  }
  double min() const {
    double m = HUGE_VAL;
    for (int i = 0; i < n; ++i)
      if (std::isfinite(y[static_cast<size_t>(i)])) m = std::min(m, y[static_cast<size_t>(i)]);
    return m;
  }
};

// Projected rows (and the base year) of a trajectory, one field.
// Projected rows of a trajectory, one field; with the base year (anchored to data) so
// levels join the history points, without it for rates (the base year's rate is history).
template <typename Field>
Series projection(const Trajectory& t, Field field, bool withBaseYear = true) {
  Series s;
  for (const YearResult& row : t)
    if (row.projected || (withBaseYear && row.year == t.baseYear)) s.add(row.year, field(row));
  return s;
}

float chartLineWidth(const Session& s) { return s.presenter ? 4.0f : 2.75f; }

Chart::Options chartOptions(const Session& s, double yMin, double yMax, const char* unit, int decimals = 0) {
  Chart::Options o;
  o.xMin = kFirstHistoryYear;
  o.xMax = kLastYear;
  o.yMin = yMin;
  o.yMax = yMax;
  o.yUnit = unit;
  o.yDecimals = decimals;
  (void)s;
  return o;
}

// A line chart of baseline vs scenario for one model output, with history points when given.
// yMinHint / yMaxHint widen the axis to a meaningful scale (e.g. an index from 40 to 100)
// so a flat line does not look like a dramatic change.
template <typename Field>
void comparisonChart(Session& s, const char* id, ImVec2 size, Field field, const char* unit, int decimals,
                     const Series* history, double yMinHint, double yMaxHint = -HUGE_VAL, bool withBaseYear = true) {
  const Palette& palette = s.palette();
  const bool visible = s.resultsVisible();
  Series base = projection(s.baseline, field, withBaseYear);
  Series scen = projection(s.trajectory, field, withBaseYear);
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
  Chart::Options options = chartOptions(s, yMin, yMax, unit, decimals);
  if (!history) options.xMin = s.scenario.baseYear;  // nothing to show before the projection
  Chart chart;
  if (chart.begin(id, size, options, palette.chart, s.i18n.language())) {
    chart.verticalShade(kFirstHistoryYear, s.scenario.baseYear, IM_COL32(128, 128, 128, 18));
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
              std::isfinite(history->y[static_cast<size_t>(i)]))
          {
            ImGui::Text("%s: %s", s.i18n.tr("legend.history"),
                        s.i18n.number(history->y[static_cast<size_t>(i)], decimals).c_str());
            // Only the growth view has history; its points are real growth rates.
            if (const HistoryYear* y = s.data.find(year); y && !y->sourceOf(HistoryField::RealGrowthPct).empty()) {
              ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
              ImGui::TextDisabled("%s", readable(y->sourceOf(HistoryField::RealGrowthPct)).c_str());
              ImGui::PopTextWrapPos();
            }
          }
      if (const YearResult* row = s.baseline.find(year); row && (row->projected || year == s.baseline.baseYear))
        ImGui::Text("%s: %s", s.i18n.tr("legend.baseline"), s.i18n.number(field(*row), decimals).c_str());
      if (const YearResult* row = s.trajectory.find(year);
          visible && row && (row->projected || year == s.trajectory.baseYear))
        ImGui::Text("%s: %s", s.i18n.tr("legend.scenario"), s.i18n.number(field(*row), decimals).c_str());
      ImGui::EndTooltip();
    }
    chart.end(&s.charts);
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

void viewTitle(Session& s, const char* titleKey, const char* explainKey) {
  ImGui::PushFont(s.fonts.large ? s.fonts.large : ImGui::GetFont());
  ImGui::TextUnformatted(s.i18n.tr(titleKey));
  ImGui::PopFont();
  if (explainKey && !s.presenter) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", s.i18n.tr(explainKey));
    ImGui::PopTextWrapPos();
  }
}

ImVec2 remaining(float reserveBelow) {
  ImVec2 avail = ImGui::GetContentRegionAvail();
  return ImVec2(avail.x, std::max(avail.y - reserveBelow, 1.0f));
}

// --- Decomposition ------------------------------------------------------------------

struct Period {
  int first, last;
  GrowthContributions contributions;
  double total = 0;
  int years = 0;
};

std::vector<Period> periods(const Trajectory& t) {
  std::vector<Period> out;
  for (int first = t.baseYear + 1; first <= kLastYear; first += 5) {
    Period p{first, std::min(first + 4, kLastYear), {}, 0, 0};
    for (const YearResult& row : t) {
      if (!row.projected || row.year < p.first || row.year > p.last) continue;
      p.contributions.tfp += row.contributions.tfp;
      p.contributions.privateCapital += row.contributions.privateCapital;
      p.contributions.infrastructure += row.contributions.infrastructure;
      p.contributions.humanCapital += row.contributions.humanCapital;
      p.contributions.labour += row.contributions.labour;
      p.total += row.realGrowthPct;
      ++p.years;
    }
    if (p.years == 0) continue;
    const double n = p.years;
    p.contributions = {p.contributions.tfp / n, p.contributions.privateCapital / n, p.contributions.infrastructure / n,
                       p.contributions.humanCapital / n, p.contributions.labour / n};
    p.total /= n;
    out.push_back(p);
  }
  return out;
}

std::array<double, 5> parts(const GrowthContributions& c) {
  return {c.tfp, c.privateCapital, c.infrastructure, c.humanCapital, c.labour};
}

void decompositionView(Session& s) {
  const Palette& palette = s.palette();
  viewTitle(s, "decomposition.title", "decomposition.explain");
  const std::vector<Period> scen = periods(s.trajectory);
  const std::vector<Period> base = periods(s.baseline);
  double hi = 1, lo = 0;
  for (const std::vector<Period>* set : {&scen, &base})
    for (const Period& p : *set) {
      double up = 0, down = 0;
      for (double v : parts(p.contributions)) (v >= 0 ? up : down) += v;
      hi = std::max({hi, up, p.total});
      lo = std::min({lo, down, p.total});
    }
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * (s.presenter ? 3.0f : 2.0f);
  Chart chart;
  Chart::Options o;
  o.xMin = scen.empty() ? 2025 : scen.front().first - 1;
  o.xMax = kLastYear + 1;
  o.yMin = lo < 0 ? -niceCeil(0, -lo * 1.1, 4) : 0;
  o.yMax = niceCeil(o.yMin, hi * 1.12, 6);
  o.yUnit = s.i18n.tr("decomposition.axis");
  o.yDecimals = 1;
  o.xTicks = false;
  if (chart.begin("decomposition", remaining(legendHeight), o, palette.chart, s.i18n.language())) {
    chart.zeroLine(palette.chart.axis);
    int hoveredPeriod = -1;
    for (size_t i = 0; i < scen.size(); ++i) {
      const Period& p = scen[i];
      const double x0 = p.first - 0.5 + 0.6, x1 = p.last + 0.5 - 0.6;
      double up = 0, down = 0;
      const auto values = parts(p.contributions);
      for (int k = 0; k < 5; ++k) {
        double v = values[static_cast<size_t>(k)];
        if (v >= 0) {
          chart.bar(x0, x1, up, up + v, palette.contributions[k]);
          up += v;
        } else {
          chart.bar(x0, x1, down + v, down, palette.contributions[k]);
          down += v;
        }
      }
      // Baseline total growth as a marker: how far the levers moved the period.
      if (i < base.size()) {
        double xs[2] = {x0 - 0.3, x1 + 0.3}, ys[2] = {base[i].total, base[i].total};
        chart.line(xs, ys, 2, palette.baseline, chartLineWidth(s), true);
      }
      char label[32];
      std::snprintf(label, sizeof label, "%d–%02d", p.first, p.last % 100);
      chart.axisLabel((p.first + p.last) * 0.5, label, palette.chart.textDim);
      chart.label((p.first + p.last) * 0.5, up, s.i18n.number(p.total, 1).c_str(), palette.text,
                  ImVec2(0.5f, 1.1f));
      if (chart.hovered() && chart.hoverX() >= p.first - 0.5 && chart.hoverX() <= p.last + 0.5)
        hoveredPeriod = static_cast<int>(i);
    }
    if (hoveredPeriod >= 0) {
      const Period& p = scen[static_cast<size_t>(hoveredPeriod)];
      ImGui::BeginTooltip();
      ImGui::Text("%d–%d", p.first, p.last);
      if (ImGui::BeginTable("tip", 3, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", s.i18n.tr("legend.scenario"));
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", s.i18n.tr("legend.baseline"));
        const auto values = parts(p.contributions);
        const auto baseValues = parts(base.size() > static_cast<size_t>(hoveredPeriod)
                                          ? base[static_cast<size_t>(hoveredPeriod)].contributions
                                          : GrowthContributions{});
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
    chart.end(&s.charts);
  }
  std::vector<LegendEntry> entries;
  for (int k = 0; k < 5; ++k) entries.push_back({s.i18n.tr(kContributionKeys[k]), palette.contributions[k],
                                                 LegendEntry::Swatch});
  entries.push_back({s.i18n.tr("decomposition.baseline_total"), palette.baseline, LegendEntry::DashedLine});
  legend(entries, palette.textDim);
}

// --- Other views --------------------------------------------------------------------

Series historyGrowth(const Session& s) {
  Series h;
  for (const HistoryYear& y : s.data.years)
    if (y.year <= s.scenario.baseYear) h.add(y.year, y.realGrowthPct);
  return h;
}

void growthView(Session& s) {
  viewTitle(s, "growth.title", "growth.explain");
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * 1.6f;
  Series history = historyGrowth(s);
  comparisonChart(s, "growth", remaining(legendHeight), [](const YearResult& r) { return r.realGrowthPct; },
                  s.i18n.tr("growth.axis"), 1, &history, 0, -HUGE_VAL, false);
  standardLegend(s, true);
}

void investmentView(Session& s) {
  const Palette& palette = s.palette();
  viewTitle(s, "investment.title", "investment.explain");
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * (s.presenter ? 3.0f : 2.0f);
  const bool visible = s.resultsVisible();
  auto total = [](const YearResult& r) { return r.totalInvestmentPct; };
  auto publicShare = [](const YearResult& r) { return r.publicInvestmentPct; };
  Series baseTotal = projection(s.baseline, total), scenTotal = projection(s.trajectory, total);
  Series scenPublic = projection(s.trajectory, publicShare), basePublic = projection(s.baseline, publicShare);
  double hi = std::max({baseTotal.max(), kHistoricalInvestmentHigh, visible ? scenTotal.max() : 0.0});
  Chart chart;
  Chart::Options o = chartOptions(s, 0, niceCeil(0, hi * 1.1, 6), s.i18n.tr("investment.axis"), 1);
  o.xMin = s.scenario.baseYear;
  if (chart.begin("investment", remaining(legendHeight), o, palette.chart, s.i18n.language())) {
    chart.horizontalBand(kHistoricalInvestmentLow, kHistoricalInvestmentHigh, palette.band,
                         s.i18n.tr("investment.range"), palette.textDim);
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
      const YearResult* b = s.baseline.find(year);
      const YearResult* r = s.trajectory.find(year);
      if (b && r && (r->projected || year == s.trajectory.baseYear)) {
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
    chart.end(&s.charts);
  }
  std::vector<LegendEntry> entries{{s.i18n.tr("investment.range"), palette.band, LegendEntry::Swatch},
                                   {s.i18n.tr("legend.baseline"), palette.baseline, LegendEntry::DashedLine}};
  if (visible) {
    entries.push_back({s.i18n.tr("investment.total"), palette.scenario, LegendEntry::Line});
    entries.push_back({s.i18n.tr("investment.public"), palette.contributions[2], LegendEntry::Line});
  }
  legend(entries, palette.textDim);
}

void peopleView(Session& s) {
  viewTitle(s, "people.title", "people.explain");
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * 1.6f;
  ImVec2 area = remaining(legendHeight);
  const bool sideBySide = area.x > area.y * 1.4f;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImVec2 each = sideBySide ? ImVec2((area.x - spacing) * 0.5f, area.y)
                           : ImVec2(area.x, (area.y - ImGui::GetStyle().ItemSpacing.y) * 0.5f);
  const float titleHeight = ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(s.i18n.tr("people.schooling"));
  comparisonChart(s, "schooling", ImVec2(each.x, each.y - titleHeight),
                  [](const YearResult& r) { return r.schoolingYears; }, s.i18n.tr("people.schooling_axis"), 1, nullptr,
                  HUGE_VAL, -HUGE_VAL);
  ImGui::EndGroup();
  if (sideBySide) ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(s.i18n.tr("people.institutions"));
  comparisonChart(s, "institutions", ImVec2(each.x, each.y - titleHeight),
                  [](const YearResult& r) { return r.institutionalIndex; }, s.i18n.tr("people.institutions_axis"), 0,
                  nullptr, 40, 100);
  ImGui::EndGroup();
  standardLegend(s, false);
}

void warningsView(Session& s) {
  const Palette& palette = s.palette();
  viewTitle(s, "warnings.title", "warnings.explain");
  ImGui::Spacing();
  if (s.warnings.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette.met);
    ImGui::TextWrapped("%s", s.i18n.tr("warnings.none"));
    ImGui::PopStyleColor();
    return;
  }
  for (const Warning& w : s.warnings) {
    const std::string key = "warning." + std::string(warningKey(w.kind));
    const std::string text = formatMessage(s.i18n.tr(key), {std::to_string(w.year), s.i18n.number(w.value, 1),
                                                            s.i18n.number(w.threshold, 1)});
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float bar = ImGui::GetFontSize() * 0.3f;
    ImGui::Indent(bar * 3);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Unindent(bar * 3);
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + bar, ImGui::GetItemRectMax().y), palette.warning, 2);
    ImGui::Spacing();
  }
}

void neededView(Session& s) {
  const Palette& palette = s.palette();
  Translator& t = s.i18n;
  viewTitle(s, "needed.title", "needed.explain");
  const std::vector<Target>& targets = s.currentTargets().targets;
  if (targets.empty()) {
    ImGui::TextUnformatted(t.tr("headline.no_targets"));
    return;
  }
  int& index = s.needed.targetIndex;
  if (index < 0 || index >= static_cast<int>(targets.size())) index = static_cast<int>(targets.size()) - 1;
  const float labelWidth = ImGui::GetFontSize() * 6.5f;
  const float comboWidth = std::min(ImGui::GetContentRegionAvail().x - labelWidth, ImGui::GetFontSize() * 26);

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(t.tr("needed.target"));
  ImGui::SameLine(labelWidth);
  ImGui::SetNextItemWidth(comboWidth);
  auto targetLabel = [&](const Target& target) { return std::to_string(target.year) + ": " + targetText(s, target); };
  if (ImGui::BeginCombo("##needed_target", targetLabel(targets[static_cast<size_t>(index)]).c_str())) {
    for (size_t i = 0; i < targets.size(); ++i)
      if (ImGui::Selectable(targetLabel(targets[i]).c_str(), static_cast<int>(i) == index)) {
        index = static_cast<int>(i);
        s.touch();
      }
    ImGui::EndCombo();
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(t.tr("needed.lever"));
  ImGui::SameLine(labelWidth);
  ImGui::SetNextItemWidth(comboWidth);
  const std::string leverName = readable(std::string(t.paramName(spec(s.needed.lever))));
  if (ImGui::BeginCombo("##needed_lever", leverName.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const ParamSpec& p : paramSpecs()) {
      if (!isLever(p.group) || p.kind == ParamKind::Choice) continue;
      if (ImGui::Selectable(readable(std::string(t.paramName(p))).c_str(), p.param == s.needed.lever)) {
        s.needed.lever = p.param;
        s.touch();
      }
    }
    ImGui::EndCombo();
  }

  solveNeeded(s);
  const SolveResult& r = s.needed.result;
  const Target& target = targets[static_cast<size_t>(index)];
  const ParamSpec& lever = spec(s.needed.lever);
  const ParamSetting& setting = s.scenario.at(s.needed.lever);
  std::string answer;
  switch (r.status) {
    case SolveStatus::Found:
      answer = formatMessage(t.tr("needed.found"),
                             {leverName, leverValueText(s, lever, r.value), std::to_string(setting.startYear),
                              std::to_string(setting.phaseInYears), money(s, target.lowUsd, Units::CurrentUsd),
                              std::to_string(target.year)});
      break;
    case SolveStatus::AlreadyMet:
      answer = formatMessage(t.tr("needed.already_met"),
                             {money(s, target.lowUsd, Units::CurrentUsd), std::to_string(target.year),
                              leverValueText(s, lever, r.value)});
      break;
    case SolveStatus::Unreachable:
      answer = formatMessage(t.tr("needed.unreachable"),
                             {money(s, target.lowUsd, Units::CurrentUsd), std::to_string(target.year),
                              leverValueText(s, lever, lever.minValue), leverValueText(s, lever, lever.maxValue),
                              money(s, r.achievedUsd, Units::CurrentUsd)});
      break;
    case SolveStatus::Invalid:
      answer = t.tr("needed.invalid");
      break;
  }
  ImGui::Spacing();
  ImGui::PushFont(s.fonts.large ? s.fonts.large : ImGui::GetFont());
  ImGui::PushStyleColor(ImGuiCol_Text, r.status == SolveStatus::Unreachable ? palette.missed
                                       : r.status == SolveStatus::Invalid   ? palette.warning
                                                                            : palette.text);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(answer.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  t.record(answer);
  ImGui::BeginDisabled(r.status != SolveStatus::Found);
  if (ImGui::Button(t.tr("needed.apply"))) applyNeeded(s);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextDisabled("%s", t.tr("needed.undo_hint"));
  ImGui::Spacing();
  mainChart(s, remaining(0));
}

}  // namespace

bool solveNeeded(Session& s) {
  NeededState& n = s.needed;
  const std::vector<Target>& targets = s.currentTargets().targets;
  if (targets.empty()) return false;
  if (n.targetIndex < 0 || n.targetIndex >= static_cast<int>(targets.size()))
    n.targetIndex = static_cast<int>(targets.size()) - 1;
  const Target& target = targets[static_cast<size_t>(n.targetIndex)];
  if (n.solved && n.solvedFor == s.scenario && n.solvedSet == s.targetSet && n.solvedYear == target.year &&
      n.solvedTargetUsd == target.lowUsd && n.result.status != SolveStatus::Invalid &&
      n.solvedLever == n.lever)
    return true;
  n.result = solveLever(s.scenario, s.data, n.lever, target.year, target.lowUsd);
  n.solved = true;
  n.solvedFor = s.scenario;
  n.solvedSet = s.targetSet;
  n.solvedYear = target.year;
  n.solvedTargetUsd = target.lowUsd;
  n.solvedLever = n.lever;
  return true;
}

bool applyNeeded(Session& s) {
  if (!solveNeeded(s) || s.needed.result.status != SolveStatus::Found) return false;
  Scenario next = s.scenario;
  next.at(s.needed.lever).value = s.needed.result.value;
  if (validate(next)) return false;
  s.setScenario(next);
  return true;
}

// Official GRDP per person in the chosen units, as the model derives it from the data.
double historyValue(const Session& s, const HistoryYear& y, Units units) {
  switch (units) {
    case Units::CurrentUsd: return historicalPerCapitaUsd(s.data, y.year);
    case Units::MillionVnd: return historicalPerCapitaMvnd(s.data, y.year);
    case Units::ConstantUsd2025: return historicalPerCapitaUsd2025(s.data, y.year);
    default: return kMissing;
  }
}

void historySource(const Session& s, const HistoryYear& y, Units units) {
  HistoryField field = units == Units::MillionVnd ? HistoryField::GrdpPerCapitaMvnd : HistoryField::GrdpPerCapitaUsd;
  std::string derived;
  if (units == Units::CurrentUsd && !std::isfinite(y.grdpPerCapitaUsd)) {
    field = HistoryField::GrdpPerCapitaMvnd;
    derived = formatMessage(s.i18n.tr("chart.derived_usd"), {s.i18n.number(y.vndPerUsd, 0)});
  } else if (units == Units::MillionVnd && !std::isfinite(y.grdpPerCapitaMvnd)) {
    field = HistoryField::GrdpPerCapitaUsd;
    derived = formatMessage(s.i18n.tr("chart.derived_mvnd"), {s.i18n.number(y.vndPerUsd, 0)});
  } else if (units == Units::ConstantUsd2025) {
    field = HistoryField::RealGrowthPct;
    derived = s.i18n.tr("chart.derived_usd2025");
  }
  const std::string& source = y.sourceOf(field);
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  ImGui::TextDisabled("%s", readable(source.empty() ? std::string(s.i18n.tr("chart.history_source")) : source).c_str());
  if (y.flagOf(field)) ImGui::TextDisabled("%s", formatMessage(s.i18n.tr("chart.flag"), {std::string(1, y.flagOf(field))}).c_str());
  if (!derived.empty()) ImGui::TextDisabled("%s", derived.c_str());
  ImGui::PopTextWrapPos();
}

void hiddenResultsCard(Session& s, ImVec2 size) {
  const Palette& palette = s.palette();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), palette.chart.plotBackground, 8);
  const char* text = s.i18n.tr("predict.hidden");
  ImGui::PushFont(s.fonts.large ? s.fonts.large : ImGui::GetFont());
  ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, size.x * 0.8f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + (size.x - ts.x) * 0.5f, p.y + (size.y - ts.y) * 0.5f),
                palette.textDim, text, nullptr, size.x * 0.8f);
  ImGui::PopFont();
}

void mainChart(Session& s, ImVec2 size) {
  const Palette& palette = s.palette();
  const Translator& t = s.i18n;
  const Units units = s.units;
  const bool visible = s.resultsVisible();
  const bool note = units != Units::CurrentUsd && !s.presenter;
  const float legendHeight = ImGui::GetTextLineHeightWithSpacing() * (s.presenter ? 3.0f : note ? 3.0f : 2.0f);
  size.y = std::max(size.y - legendHeight, 1.0f);

  // History points (official figures), scenario and baseline.
  Series history;
  for (const HistoryYear& y : s.data.years) {
    if (y.year > s.scenario.baseYear) continue;
    history.add(y.year, historyValue(s, y, units));
  }
  auto field = [units](const YearResult& r) { return unitValue(r, units); };
  Series base = projection(s.baseline, field), scen = projection(s.trajectory, field);

  // Targets are in current USD: convert with the scenario's own exchange rate and deflator
  // in that year so boxes sit on the same scale as the lines.
  auto targetFactor = [&](int year) {
    if (units == Units::CurrentUsd) return 1.0;
    const YearResult* row = s.trajectory.find(year);
    if (!row || !(row->grdpPerCapitaUsd > 0)) return kMissing;
    return unitValue(*row, units) / row->grdpPerCapitaUsd;
  };
  double hi = std::max({history.max(), base.max(), visible ? scen.max() : 0.0});
  for (const Target& target : s.currentTargets().targets) {
    const double f = targetFactor(target.year);
    if (!std::isfinite(f)) continue;
    const double top = std::isfinite(target.highUsd) ? target.highUsd : target.lowUsd * 1.18;
    hi = std::max(hi, top * f);
  }
  const char* unitLabel = t.tr(kUnitsKeys[static_cast<int>(units)]);
  Chart chart;
  Chart::Options o = chartOptions(s, 0, niceCeil(0, hi * 1.05, 6), unitLabel, units == Units::MillionVnd ? 0 : 0);
  if (chart.begin("main", size, o, palette.chart, t.language())) {
    chart.verticalShade(kFirstHistoryYear, s.scenario.baseYear, IM_COL32(128, 128, 128, 18));
    for (const Target& target : s.currentTargets().targets) {
      const double f = targetFactor(target.year);
      if (!std::isfinite(f)) continue;
      const double high = std::isfinite(target.highUsd) ? target.highUsd * f : HUGE_VAL;
      const std::string label = targetText(s, target, f, units);
      chart.targetBox(target.year, 0.9, target.lowUsd * f, high, palette.targetFill, palette.target,
                      label.c_str(), palette.target);
    }
    chart.points(history.x.data(), history.y.data(), history.n, palette.history, palette.panel,
                 s.presenter ? 6.0f : 4.5f);
    chart.line(base.x.data(), base.y.data(), base.n, palette.baseline, chartLineWidth(s) * 0.8f, true);
    if (visible) {
      chart.line(scen.x.data(), scen.y.data(), scen.n, palette.scenario, chartLineWidth(s));
      if (scen.n > 0) {
        const double lastValue = scen.y[static_cast<size_t>(scen.n - 1)];
        chart.label(scen.x[static_cast<size_t>(scen.n - 1)], lastValue,
                    s.i18n.number(lastValue, units == Units::MillionVnd ? 0 : 0).c_str(), palette.scenario,
                    ImVec2(1.0f, 1.3f));
      }
    } else {
      const char* hidden = t.tr("predict.hidden_short");
      ImVec2 ts = ImGui::CalcTextSize(hidden);
      ImVec2 c((chart.plotMin().x + chart.plotMax().x) * 0.5f, chart.plotMin().y + ImGui::GetFontSize() * 1.5f);
      ImGui::GetWindowDrawList()->AddText(ImVec2(c.x - ts.x * 0.5f, c.y), palette.accent, hidden);
    }
    const HistoryYear* hoveredHistory = chart.hovered() ? s.data.find(static_cast<int>(chart.hoverX())) : nullptr;
    const bool hoverHasData =
        chart.hovered() && (chart.hoverX() > s.scenario.baseYear ||
                            (hoveredHistory && std::isfinite(historyValue(s, *hoveredHistory, units))));
    if (hoverHasData) {
      const int year = static_cast<int>(chart.hoverX());
      chart.hoverCursor(year);
      ImGui::BeginTooltip();
      ImGui::PushFont(s.fonts.large ? s.fonts.large : ImGui::GetFont());
      ImGui::Text("%d", year);
      ImGui::PopFont();
      if (const HistoryYear* y = s.data.find(year); y && y->year <= s.scenario.baseYear) {
        const double v = historyValue(s, *y, units);
        if (std::isfinite(v)) {
          ImGui::Text("%s: %s", t.tr("legend.history"), money(s, v, units).c_str());
          historySource(s, *y, units);
        }
      }
      if (const YearResult* row = s.baseline.find(year); row && row->projected)
        ImGui::Text("%s: %s", t.tr("legend.baseline"), money(s, unitValue(*row, units), units).c_str());
      if (const YearResult* row = s.trajectory.find(year); row && row->projected) {
        if (visible)
          ImGui::Text("%s: %s", t.tr("legend.scenario"), money(s, unitValue(*row, units), units).c_str());
        if (visible && units != Units::CurrentUsd)
          ImGui::TextDisabled("= %s", money(s, row->grdpPerCapitaUsd, Units::CurrentUsd).c_str());
      }
      for (const Target& target : s.currentTargets().targets)
        if (target.year == year) ImGui::Text("%s: %s", t.tr("legend.target"), targetText(s, target).c_str());
      ImGui::EndTooltip();
    }
    chart.end(&s.charts);
  }
  std::vector<LegendEntry> entries{{t.tr("legend.history"), palette.history, LegendEntry::Point},
                                   {t.tr("legend.baseline"), palette.baseline, LegendEntry::DashedLine}};
  if (visible) entries.push_back({t.tr("legend.scenario"), palette.scenario, LegendEntry::Line});
  entries.push_back({t.tr("legend.target"), palette.target, LegendEntry::Box});
  legend(entries, palette.textDim);
  if (units != Units::CurrentUsd && !s.presenter) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", t.tr("chart.targets_converted"));
    ImGui::PopTextWrapPos();
  }
}

void drawViews(Session& s, const Rect& area) {
  ImGui::SetCursorScreenPos(area.min);
  ImGui::BeginChild("views", area.size(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  s.tabs.clear();
  // Presenter type is large; the tab row uses the small face so all seven stay readable.
  const bool smallTabs = s.presenter && s.fonts.small;
  if (smallTabs) ImGui::PushFont(s.fonts.small);
  if (ImGui::BeginTabBar("view_tabs", ImGuiTabBarFlags_FittingPolicyResizeDown)) {
    for (int v = 0; v < kViewCount; ++v) {
      std::string label = s.i18n.tr(kViewKeys[v]);
      if (static_cast<View>(v) == View::Warnings && !s.warnings.empty())
        label += " (" + std::to_string(s.warnings.size()) + ")";
      s.tabs.push_back(label);
      label += std::string("###") + viewId(static_cast<View>(v));
      ImGuiTabItemFlags flags = (s.selectViewTab && static_cast<View>(v) == s.view) ? ImGuiTabItemFlags_SetSelected : 0;
      const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
      s.recordControl(std::string("tab:") + viewId(static_cast<View>(v)));
      if (open) {
        if (smallTabs) ImGui::PopFont();  // the view body uses the body face
        if (!s.selectViewTab && s.view != static_cast<View>(v)) {
          s.view = static_cast<View>(v);  // clicked by the person
          s.touch();
        }
        ImGui::BeginChild("view_body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
        const bool hidden = !s.resultsVisible() && v != static_cast<int>(View::Chart);
        switch (static_cast<View>(v)) {
          case View::Chart:
            viewTitle(s, "chart.title", nullptr);
            mainChart(s, remaining(0));
            break;
          case View::Decomposition: hidden ? hiddenResultsCard(s, remaining(0)) : decompositionView(s); break;
          case View::Growth: hidden ? hiddenResultsCard(s, remaining(0)) : growthView(s); break;
          case View::Investment: hidden ? hiddenResultsCard(s, remaining(0)) : investmentView(s); break;
          case View::People: hidden ? hiddenResultsCard(s, remaining(0)) : peopleView(s); break;
          case View::Warnings: hidden ? hiddenResultsCard(s, remaining(0)) : warningsView(s); break;
          case View::Needed: hidden ? hiddenResultsCard(s, remaining(0)) : neededView(s); break;
          case View::Count: break;
        }
        ImGui::EndChild();
        if (smallTabs) ImGui::PushFont(s.fonts.small);
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  if (smallTabs) ImGui::PopFont();
  s.selectViewTab = false;
  ImGui::EndChild();
}

}  // namespace h2045::app
