// The main view: GRDP per person, history, baseline and scenario, against the target boxes, in
// the units the person chose (the what's-needed view shows it too).
#include <algorithm>
#include <string>
#include <vector>

#include "app/i18n_keys.h"
#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"
#include "scenario/scenario_file.h"

namespace h2045::app {

namespace {

// Where a past year's figure comes from, in the chosen units (derived figures say how).
void historySource(const Session& s, const HistoryYear& y, ValueUnit units) {
  HistoryField field = units == ValueUnit::MillionVnd ? HistoryField::GrdpPerCapitaMvnd : HistoryField::GrdpPerCapitaUsd;
  std::string derived;
  if (units == ValueUnit::CurrentUsd && !std::isfinite(y.grdpPerCapitaUsd)) {
    field = HistoryField::GrdpPerCapitaMvnd;
    derived = formatMessage(s.i18n.tr("chart.derived_usd"), {s.i18n.number(y.vndPerUsd, 0)});
  } else if (units == ValueUnit::MillionVnd && !std::isfinite(y.grdpPerCapitaMvnd)) {
    field = HistoryField::GrdpPerCapitaUsd;
    derived = formatMessage(s.i18n.tr("chart.derived_mvnd"), {s.i18n.number(y.vndPerUsd, 0)});
  } else if (units == ValueUnit::ConstantUsd2025) {
    field = HistoryField::RealGrowthPct;
    derived = s.i18n.tr("chart.derived_usd2025");
  }
  const std::string& source = historySource(y, field, s.ui.language);
  const std::string sourceText = readable(source.empty() ? std::string(s.i18n.tr("chart.history_source")) : source);
  s.i18n.record(sourceText);
  ImGui::PushTextWrapPos(tooltipWrapWidth(26));
  ImGui::TextDisabled("%s", sourceText.c_str());
  if (const char flag = y.flagOf(field); flag) {
    const std::string rated =
        formatMessage(s.i18n.tr("chart.flag"), {reliabilityWords(s.i18n.current(), std::string(1, flag))});
    s.i18n.record(rated);
    ImGui::TextDisabled("%s", rated.c_str());
  }
  if (!derived.empty()) {
    s.i18n.record(derived);
    ImGui::TextDisabled("%s", derived.c_str());
  }
  ImGui::PopTextWrapPos();
}

// Predict-then-reveal: the facilitator types each group's guess before the reveal; after it
// the guesses stay listed and the chart shows them against the result.
void predictionsPanel(Session& s) {
  const Palette& palette = s.palette();
  Translator& t = s.i18n;
  const ValueUnit units = s.ui.units;
  const int year = predictionYear(s);
  ImGui::PushFont(s.fonts().bold ? s.fonts().bold : ImGui::GetFont());
  const std::string title =
      formatMessage(t.tr("predict.groups_title"), {std::to_string(year), t.tr(kUnitsShortKeys[static_cast<int>(units)])});
  t.record(title);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  // One chip per group: "Group A: 30,000 ×"; they wrap like words.
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  std::string remove;
  for (size_t i = 0; i < s.ui.predictions.size(); ++i) {
    const Prediction& p = s.ui.predictions[i];
    const std::string chip = p.group + ": " + s.i18n.number(predictionIn(s, p, units), valueUnitDecimals(units));
    s.i18n.record(chip);
    ImGui::PushID(static_cast<int>(i));
    const float width = ImGui::CalcTextSize(chip.c_str()).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x * 3;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
    ImGui::TextUnformatted(chip.c_str());
    ImGui::PopStyleColor();
    if (!s.resultsVisible()) {
      ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 0.5f);
      if (ImGui::SmallButton("\xC3\x97")) remove = p.group;  // ×
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("predict.remove"));
    }
    ImGui::EndGroup();
    ImGui::PopID();
  }
  if (!remove.empty()) removePrediction(s, remove);
  if (s.ui.predictions.empty()) ImGui::TextDisabled("%s", t.tr("predict.none"));
  if (s.resultsVisible()) return;
  // The entry row: group name, value, add.
  PredictPanelState& panel = s.predictPanel;
  if (static_cast<int>(s.ui.predictions.size()) >= kMaxPredictions) {
    ImGui::TextDisabled("%s", formatMessage(t.tr("predict.full"), {std::to_string(kMaxPredictions)}).c_str());
    return;
  }
  const float em = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(em * 9);
  bool enter = ImGui::InputTextWithHint("##group", t.tr("predict.group_hint"), panel.group, sizeof panel.group,
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  s.recordControl("predict:group");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 7);
  enter |= ImGui::InputTextWithHint("##guess", t.tr("predict.value_hint"), panel.value, sizeof panel.value,
                                    ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsDecimal);
  s.recordControl("predict:value");
  ImGui::SameLine();
  if (ImGui::Button(t.tr("predict.add")) || enter) {
    // Typed the way the language writes numbers: "36,000" or "36.000" are both thirty-six thousand
    // in their language; the decimal mark is the language's.
    std::string typed = panel.value;
    const char group = s.ui.language == Language::Vietnamese ? '.' : ',';
    typed.erase(std::remove(typed.begin(), typed.end(), group), typed.end());
    std::replace(typed.begin(), typed.end(), ',', '.');
    const std::optional<double> value = parseNumber(typed);
    const PredictionEdit edit = value ? putPrediction(s, panel.group, *value) : PredictionEdit::Invalid;
    if (edit == PredictionEdit::Added || edit == PredictionEdit::Replaced) {
      panel.group[0] = panel.value[0] = 0;
      panel.message.clear();
    } else {
      panel.message = t.tr("predict.bad_entry");
    }
    s.touch();
  }
  if (!s.ui.predictions.empty()) {
    ImGui::SameLine();
    if (ImGui::Button(t.tr("predict.clear"))) clearPredictions(s);
  }
  if (!panel.message.empty()) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, palette.missed);
    ImGui::TextUnformatted(panel.message.c_str());
    ImGui::PopStyleColor();
  }
}

// The fan in the scenario's colour, faint enough that the lines on it stay readable.
ImU32 fanColor(const Palette& palette, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(palette.scenario);
  c.w = std::min(alpha, 1.0f);
  return ImGui::ColorConvertFloat4ToU32(c);
}

}  // namespace

void mainChart(Session& s, ImVec2 size) {
  const Palette& palette = s.palette();
  const Translator& t = s.i18n;
  const ValueUnit units = s.ui.units;
  const bool visible = s.resultsVisible();
  const int baseYear = s.doc.scenario.baseYear;
  const Trajectory& scenario = s.results.scenario;
  const Trajectory& baseline = s.results.baseline;
  const bool note = units != ValueUnit::CurrentUsd && !s.ui.presenter;
  const bool fan = visible && s.ui.fan && s.uncertainty.ok();
  std::vector<LegendEntry> entries{{t.tr("legend.history"), palette.history, LegendEntry::Point},
                                   {t.tr("legend.baseline"), palette.baseline, LegendEntry::DashedLine}};
  if (visible) entries.push_back({t.tr("legend.scenario"), palette.scenario, LegendEntry::Line});
  // The fan: stronger on the presenter's dark background; short legend words where room is short.
  const float fanOuter = s.ui.presenter ? 0.24f : 0.16f, fanInner = s.ui.presenter ? 0.42f : 0.28f;
  const bool shortLegend = s.ui.presenter || s.layout.phone();
  if (fan) {
    entries.push_back({t.tr(shortLegend ? "legend.fan_inner_short" : "legend.fan_inner"), fanColor(palette, fanInner * 1.6f),
                       LegendEntry::Swatch});
    entries.push_back({t.tr(shortLegend ? "legend.fan_outer_short" : "legend.fan_outer"), fanColor(palette, fanOuter * 1.6f),
                       LegendEntry::Swatch});
  }
  if (visible)
    for (size_t i = 0; i < s.compared.size(); ++i) {
      entries.push_back({s.compared[i].document.name.c_str(), comparedColor(s, i), LegendEntry::Line});
      s.i18n.record(s.compared[i].document.name);
    }
  entries.push_back({t.tr("legend.target"), palette.target, LegendEntry::Box});
  // The chart takes what the legend (and the unit note) leave, measured, not guessed.
  const float below = legendHeight(entries, size.x) + ImGui::GetStyle().ItemSpacing.y +
                      (note ? ImGui::CalcTextSize(t.tr("chart.targets_converted"), nullptr, false, size.x).y : 0);
  size.y = std::max(size.y - below, 1.0f);

  // History points (official figures), scenario and baseline.
  Series history;
  for (const HistoryYear& y : s.in.data.years) {
    if (y.year > baseYear) continue;
    history.add(y.year, historicalPerCapita(s.in.data, y.year, units));
  }
  auto field = [units](const YearResult& r) { return perCapitaValue(r, units); };
  Series base = projection(baseline, field), scen = projection(scenario, field);
  // The fan: the 5–95 and 25–75 percentiles of the Monte Carlo paths, in the unit shown.
  std::vector<double> fanYears, fanBand[kBandPercentiles.size()];
  if (fan)
    for (const YearBands& y : s.uncertainty.years) {
      fanYears.push_back(y.year);
      for (size_t p = 0; p < kBandPercentiles.size(); ++p) fanBand[p].push_back(y.at(units, p));
    }

  // Targets are in current USD: converted on the scenario's own prices so boxes sit on the
  // same scale as the lines.
  double hi = std::max({history.max(), base.max(), visible ? scen.max() : 0.0});
  for (double v : fanBand[kBandPercentiles.size() - 1]) hi = std::max(hi, v);
  // The compared scenarios (saved ones, participants' links), each in its own colour.
  std::vector<Series> compared;
  if (visible)
    for (const ComparedScenario& c : s.compared) {
      compared.push_back(projection(c.results.scenario, field));
      hi = std::max(hi, compared.back().max());
    }
  // The room's guesses, shown only with the result.
  const bool guesses = visible && s.ui.predict && !s.ui.predictions.empty();
  if (guesses)
    for (const Prediction& p : s.ui.predictions) hi = std::max(hi, predictionIn(s, p, units));
  for (const Target& target : s.currentTargets().targets) {
    const double f = targetUnitFactor(scenario, target.year, units);
    if (!std::isfinite(f)) continue;
    const double top = std::isfinite(target.highUsd) ? target.highUsd : target.lowUsd * 1.18;
    hi = std::max(hi, top * f);
  }
  const char* unitLabel = t.tr(kUnitsKeys[static_cast<int>(units)]);
  Chart chart;
  Chart::Options o = chartOptions(0, niceCeil(0, hi * 1.05, 6), unitLabel, 0);
  // The time axis starts at the first official figure in this unit (no empty years before it).
  o.xMin = std::min<double>(history.firstX(baseYear), baseYear);
  if (chart.begin("main", size, o, palette.chart, t.language())) {
    chart.verticalShade(kFirstHistoryYear, baseYear, IM_COL32(128, 128, 128, 18));
    if (fan) {
      const int n = static_cast<int>(fanYears.size());
      chart.band(fanYears.data(), fanBand[0].data(), fanBand[4].data(), n, fanColor(palette, fanOuter));
      chart.band(fanYears.data(), fanBand[1].data(), fanBand[3].data(), n, fanColor(palette, fanInner));
    }
    for (const Target& target : s.currentTargets().targets) {
      const double f = targetUnitFactor(scenario, target.year, units);
      if (!std::isfinite(f)) continue;
      const double high = std::isfinite(target.highUsd) ? target.highUsd * f : HUGE_VAL;
      const std::string label = targetText(s, target, f, units);
      chart.targetBox(target.year, 0.9, target.lowUsd * f, high, palette.targetFill, palette.target,
                      label.c_str(), palette.target);
    }
    chart.points(history.x.data(), history.y.data(), history.n, palette.history, palette.panel,
                 s.ui.presenter ? 6.0f : 4.5f);
    chart.line(base.x.data(), base.y.data(), base.n, palette.baseline, chartLineWidth(s) * 0.8f, true);
    if (visible) {
      for (size_t i = 0; i < compared.size(); ++i)
        chart.line(compared[i].x.data(), compared[i].y.data(), compared[i].n, comparedColor(s, i),
                   chartLineWidth(s) * 0.85f);
      chart.line(scen.x.data(), scen.y.data(), scen.n, palette.scenario, chartLineWidth(s));
      if (scen.n > 0) {
        const double lastValue = scen.y[static_cast<size_t>(scen.n - 1)];
        chart.label(scen.x[static_cast<size_t>(scen.n - 1)], lastValue, s.i18n.number(lastValue, 0).c_str(),
                    palette.scenario, ImVec2(1.0f, 1.3f));
      }
      if (guesses) {
        const int year = predictionYear(s);
        for (const Prediction& p : s.ui.predictions) {
          s.i18n.record(p.group);
          chart.marker(year, predictionIn(s, p, units), p.group.c_str(), palette.accent, palette.panel, palette.accent,
                       s.ui.presenter ? 9.0f : 7.0f);
        }
      }
    } else {
      const char* hidden = t.tr("predict.hidden_short");
      ImVec2 ts = ImGui::CalcTextSize(hidden);
      ImVec2 c((chart.plotMin().x + chart.plotMax().x) * 0.5f, chart.plotMin().y + ImGui::GetFontSize() * 1.5f);
      ImGui::GetWindowDrawList()->AddText(ImVec2(c.x - ts.x * 0.5f, c.y), palette.accent, hidden);
    }
    const HistoryYear* hoveredHistory = chart.hovered() ? s.in.data.find(static_cast<int>(chart.hoverX())) : nullptr;
    const bool hoverHasData =
        chart.hovered() &&
        (chart.hoverX() > baseYear ||
         (hoveredHistory && std::isfinite(historicalPerCapita(s.in.data, hoveredHistory->year, units))));
    if (hoverHasData) {
      const int year = static_cast<int>(chart.hoverX());
      chart.hoverCursor(year);
      ImGui::BeginTooltip();
      ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
      ImGui::Text("%d", year);
      ImGui::PopFont();
      if (const HistoryYear* y = s.in.data.find(year); y && y->year <= baseYear) {
        const double v = historicalPerCapita(s.in.data, year, units);
        if (std::isfinite(v)) {
          ImGui::Text("%s: %s", t.tr("legend.history"), money(s, v, units).c_str());
          historySource(s, *y, units);
        }
      }
      if (const YearResult* row = baseline.find(year); row && row->projected)
        ImGui::Text("%s: %s", t.tr("legend.baseline"), money(s, perCapitaValue(*row, units), units).c_str());
      if (visible)
        for (const ComparedScenario& c : s.compared)
          if (const YearResult* row = c.results.scenario.find(year); row && row->projected)
            ImGui::Text("%s: %s", c.document.name.c_str(), money(s, perCapitaValue(*row, units), units).c_str());
      if (const YearResult* row = scenario.find(year); row && row->projected) {
        if (visible)
          ImGui::Text("%s: %s", t.tr("legend.scenario"), money(s, perCapitaValue(*row, units), units).c_str());
        if (visible && units != ValueUnit::CurrentUsd)
          ImGui::TextDisabled("= %s", money(s, row->grdpPerCapitaUsd, ValueUnit::CurrentUsd).c_str());
      }
      if (const YearBands* band = fan ? s.uncertainty.find(year) : nullptr; band && year > baseYear) {
        const std::string range = formatMessage(
            t.tr("chart.fan_range"), {money(s, band->at(units, 0), units), money(s, band->at(units, 4), units)});
        t.record(range);
        ImGui::TextUnformatted(range.c_str());
      }
      for (const Target& target : s.currentTargets().targets)
        if (target.year == year) ImGui::Text("%s: %s", t.tr("legend.target"), targetText(s, target, targetUnitFactor(scenario, target.year, units), units).c_str());
      ImGui::EndTooltip();
    }
    chart.end(&s.record.charts);
  }
  legend(entries, palette.textDim);
  if (note) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", t.tr("chart.targets_converted"));
    ImGui::PopTextWrapPos();
  }
}

void drawGrdpPerPersonView(Session& s) {
  // The years the chart covers: from the first official figure in this unit to the last year.
  int first = s.doc.scenario.baseYear;
  for (int year = kFirstHistoryYear; year < first; ++year)
    if (std::isfinite(historicalPerCapita(s.in.data, year, s.ui.units))) first = year;
  const std::string title =
      formatMessage(s.i18n.tr("chart.title"), {std::to_string(first), std::to_string(kLastYear)});
  s.i18n.record(title);
  ImGui::PushFont(s.fonts().large ? s.fonts().large : ImGui::GetFont());
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  if (s.ui.predict) predictionsPanel(s);
  mainChart(s, remaining(0));
}

}  // namespace h2045::app
