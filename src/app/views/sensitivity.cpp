// What matters most (a tornado): GRDP per person in the last target's year with each lever and
// assumption at either end of its range, largest swing first, the ones the fan draws marked;
// then what makes the fan wide, each source of uncertainty alone. From src/model/sensitivity.
#include <algorithm>
#include <cmath>
#include <string>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"
#include "model/sensitivity.h"

namespace h2045::app {

namespace {

constexpr size_t kRowsShown = 12;
constexpr int kSourcePaths = 300;

int tornadoYear(const Session& s) {
  const std::vector<Target>& targets = s.currentTargets().targets;
  return targets.empty() || targets.back().year <= s.doc.scenario.baseYear ? kLastYear : targets.back().year;
}

// Computed when the view is shown and the scenario (or the year) changed; the sources' runs
// wait until no slider is held, as the fan's full run does.
void refresh(Session& s) {
  SensitivityViewState& v = s.sensitivityView;
  const int year = tornadoYear(s);
  if (!v.computed || v.scenario != s.doc.scenario || v.result.year != year) {
    v.result = sensitivity(s.doc.scenario, s.in.data, year);
    v.scenario = s.doc.scenario;
    v.computed = true;
    v.sourcesCurrent = false;
  }
  if (!v.sourcesCurrent && !ImGui::IsAnyItemActive()) {
    v.sources = spreadBySource(s.doc.scenario, s.in.data, uncertaintyAssumptions(s.doc.scenario), year, kSourcePaths,
                               kInterfaceMonteCarlo.seed, &v.spreadAll);
    v.sourcesCurrent = true;
  }
}

}  // namespace

void drawSensitivityView(Session& s) {
  const Translator& t = s.i18n;
  refresh(s);
  const SensitivityViewState& v = s.sensitivityView;
  viewTitleText(s, formatMessage(t.tr("sensitivity.title"), {std::to_string(v.result.year)}), "sensitivity.explain");
  if (!v.result.ok()) return;
  const ValueUnit units = s.ui.units;
  const size_t u = static_cast<size_t>(units);
  ImGui::BeginChild("sensitivity_rows", ImVec2(0, 0), false);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float nameWidth = std::clamp(avail * 0.34f, ImGui::GetFontSize() * 7, ImGui::GetFontSize() * 16);
  // One scale for every bar: from the lowest end to the highest among the rows shown.
  const size_t rows = std::min(kRowsShown, v.result.entries.size());
  double lo = v.result.scenario[u], hi = lo;
  for (size_t i = 0; i < rows; ++i) {
    const SensitivityEntry& e = v.result.entries[i];
    lo = std::min({lo, e.atMin[u], e.atMax[u]});
    hi = std::max({hi, e.atMin[u], e.atMax[u]});
  }
  auto valuesText = [&](double a, double b) {
    return money(s, std::min(a, b), units) + " – " + money(s, std::max(a, b), units);
  };
  float valuesWidth = 0;
  for (size_t i = 0; i < rows; ++i) {
    const SensitivityEntry& e = v.result.entries[i];
    valuesWidth = std::max(valuesWidth, ImGui::CalcTextSize(valuesText(e.atMin[u], e.atMax[u]).c_str()).x);
  }
  // The values take their own column only where they fit beside a bar of some length.
  if (valuesWidth > avail * 0.34f) valuesWidth = 0;
  const std::string scenario = formatMessage(t.tr("sensitivity.scenario"), {money(s, v.result.scenario[u], units)});
  s.i18n.record(scenario);
  ImGui::TextUnformatted(scenario.c_str());
  for (size_t i = 0; i < rows; ++i) {
    const SensitivityEntry& e = v.result.entries[i];
    ImGui::PushID(static_cast<int>(i));
    const ParamSpec& p = spec(e.param);
    // Which end gives which: "At 2 % of GRDP: 24,172 USD; at 15 %: 25,331 USD".
    const std::string tip = formatMessage(t.tr("sensitivity.tip"), {leverValueText(s, p, p.minValue), money(s, e.atMin[u], units),
                                                                    leverValueText(s, p, p.maxValue), money(s, e.atMax[u], units)});
    barRow(s, readable(std::string(t.paramName(p))), e.drawnInMonteCarlo ? t.tr("sensitivity.drawn") : nullptr, e.atMin[u],
           e.atMax[u], v.result.scenario[u], lo, hi, valuesText(e.atMin[u], e.atMax[u]), nameWidth, valuesWidth, 0, tip);
    s.recordControl("sensitivity:" + std::string(spec(e.param).id));
    ImGui::PopID();
  }
  if (v.result.entries.size() > rows) {
    const std::string more = formatMessage(t.tr("sensitivity.more"), {std::to_string(v.result.entries.size() - rows)});
    s.i18n.record(more);
    ImGui::TextDisabled("%s", more.c_str());
  }

  // What makes the fan wide: each source alone, as the width of nine paths in ten.
  if (!v.sources.empty() && std::isfinite(v.spreadAll) && v.spreadAll > 0) {
    ImGui::Spacing();
    ImGui::PushFont(s.fonts().bold ? s.fonts().bold : ImGui::GetFont());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(t.tr("sensitivity.sources_title"));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    if (!s.ui.presenter) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled("%s", t.tr("sensitivity.sources_explain"));
      ImGui::PopTextWrapPos();
    }
    for (const SourceSpread& src : v.sources) {
      if (!(src.spread > v.spreadAll * 0.02)) continue;  // the silent ones are left out
      const std::string name = t.tr(std::string("source.") + uncertaintySourceId(src.source));
      // As the factor between the 5th and the 95th percentile: "× 1.7".
      const std::string factor = "× " + t.number(std::exp(src.spread), 2);
      ImGui::PushID(static_cast<int>(src.source) + 1000);
      const float factorWidth = std::max(valuesWidth, ImGui::CalcTextSize("× 0.00").x);
      barRow(s, name, nullptr, 0, src.spread, 0, 0, v.spreadAll, factor, nameWidth, factorWidth, s.palette().accent);
      ImGui::PopID();
    }
    const std::string all = formatMessage(t.tr("sensitivity.sources_all"), {"× " + t.number(std::exp(v.spreadAll), 2)});
    s.i18n.record(all);
    ImGui::TextDisabled("%s", all.c_str());
  }
  ImGui::EndChild();
}

}  // namespace h2045::app
