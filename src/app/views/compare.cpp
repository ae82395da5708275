// Compare: the current scenario beside up to four others (saved on this device, or links
// from participants): GRDP per person in 2030 and 2045 in the chosen units, each target met
// or missed, and every lever or assumption where they differ. The same scenarios are drawn
// on the main chart in the same colours.
#include <algorithm>
#include <string>
#include <vector>

#include "app/session.h"
#include "app/views/common.h"
#include "app/views/views.h"

namespace h2045::app {

namespace {

struct Column {
  const ScenarioDocument* document;  // nullptr: the current scenario
  const Results* results;
  std::string name;
  ImU32 color;
};

std::string outcome(const Session& s, const Results& r, int year) {
  const YearResult* row = r.scenario.find(year);
  if (!row) return "–";
  return money(s, perCapitaValue(*row, s.ui.units), s.ui.units);
}

// "met" or "missed by 5,356 USD", in the chosen units (through that scenario's prices).
std::string targetCell(const Session& s, const Results& r, size_t index, bool& met) {
  if (index >= r.targets.size()) return "–";
  const TargetStatus& st = r.targets[index];
  met = st.met;
  if (st.met) return s.i18n.tr("headline.met_short");
  const double factor = targetUnitFactor(r.scenario, st.target.year, s.ui.units);
  return formatMessage(s.i18n.tr("headline.missed_by"), {money(s, st.gapUsd * factor, s.ui.units)});
}

void addLinkRow(Session& s) {
  char* link = s.compareView.link;
  Translator& t = s.i18n;
  ImGui::TextDisabled("%s", t.tr("compare.paste"));
  const float add = ImGui::CalcTextSize(t.tr("compare.add")).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().x - add -
                                                                  ImGui::GetStyle().ItemSpacing.x));
  const bool entered =
      ImGui::InputTextWithHint("##compare_link", "https://…/#s=…", link, sizeof s.compareView.link, ImGuiInputTextFlags_EnterReturnsTrue);
  s.recordControl("compare:link");
  ImGui::SameLine();
  ImGui::BeginDisabled(link[0] == '\0' || s.compared.size() >= kMaxCompared);
  const bool clicked = ImGui::Button(t.tr("compare.add"));
  ImGui::EndDisabled();
  s.recordControl("compare:add");
  if (entered || clicked) {
    std::string error;
    if (addCompared(s, link, error)) {
      link[0] = '\0';
    } else {
      s.ui.notice = t.tr("notice.compare_failed");
      s.ui.noticeIsError = true;
    }
  }
}

}  // namespace

void drawCompareView(Session& s) {
  Translator& t = s.i18n;
  const Palette& palette = s.palette();
  viewTitle(s, "compare.title", "compare.explain");
  ImGui::Spacing();
  std::vector<Column> columns;
  const std::string current = s.doc.name.empty() ? std::string(t.tr("legend.scenario")) : s.doc.name;
  columns.push_back({nullptr, &s.results, current, palette.scenario});
  for (size_t i = 0; i < s.compared.size(); ++i)
    columns.push_back({&s.compared[i].document, &s.compared[i].results, s.compared[i].document.name, comparedColor(s, i)});

  std::string remove;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  const float linkRows = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetStyle().ItemSpacing.y;
  ImVec2 size = remaining(linkRows);
  if (ImGui::BeginTable("compare", static_cast<int>(columns.size()) + 1, flags, size)) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("##what");
    for (size_t c = 0; c < columns.size(); ++c) ImGui::TableSetupColumn(columns[c].name.c_str());
    // The header: each scenario's name in its line's colour, with a remove button.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    for (size_t c = 0; c < columns.size(); ++c) {
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(c));
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float h = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.42f), ImVec2(p.x + h * 1.2f, p.y + h * 0.62f),
                                                columns[c].color);
      ImGui::Dummy(ImVec2(h * 1.3f, h));
      ImGui::SameLine();
      ImGui::TextUnformatted(columns[c].name.c_str());
      t.record(columns[c].name);
      if (columns[c].document) {
        ImGui::SameLine();
        if (ImGui::SmallButton("\xC3\x97")) remove = columns[c].name;  // ×
        s.recordControl("compare:remove:" + std::to_string(c - 1));
      }
      ImGui::PopID();
    }
    auto rowLabel = [&](const std::string& label) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label.c_str());
      t.record(label);
    };
    for (int year : {2030, 2045}) {
      rowLabel(formatMessage(t.tr("compare.outcome"), {std::to_string(year)}));
      for (const Column& c : columns) {
        ImGui::TableNextColumn();
        const std::string text = outcome(s, *c.results, year);
        ImGui::TextUnformatted(text.c_str());
        t.record(text);
      }
    }
    for (size_t k = 0; k < s.results.targets.size(); ++k) {
      const Target& target = s.results.targets[k].target;
      rowLabel(formatMessage(t.tr("compare.target"), {std::to_string(target.year), targetText(s, target)}));
      for (const Column& c : columns) {
        ImGui::TableNextColumn();
        bool met = false;
        const std::string text = targetCell(s, *c.results, k, met);
        ImGui::PushStyleColor(ImGuiCol_Text, met ? palette.met : palette.missed);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopStyleColor();
        t.record(text);
      }
    }
    // Every setting where a compared scenario differs from the current one.
    bool anyDifference = false;
    for (const ParamSpec& p : paramSpecs()) {
      const ParamSetting& mine = s.doc.scenario.at(p.param);
      bool differs = false;
      for (const ComparedScenario& c : s.compared) differs |= !(c.document.scenario.at(p.param) == mine);
      if (!differs) continue;
      anyDifference = true;
      rowLabel(t.paramName(p));
      for (const Column& c : columns) {
        ImGui::TableNextColumn();
        const ParamSetting& value = c.document ? c.document->scenario.at(p.param) : mine;
        std::string text = leverValueText(s, p, value.value);
        if (isLever(p.group) && (value.startYear != mine.startYear || value.phaseInYears != mine.phaseInYears))
          text += " · " + formatMessage(t.tr("compare.timing"), {std::to_string(value.startYear),
                                                                  std::to_string(value.phaseInYears)});
        const bool same = c.document && value == mine;
        if (same) ImGui::PushStyleColor(ImGuiCol_Text, palette.textDim);
        ImGui::TextUnformatted(text.c_str());
        if (same) ImGui::PopStyleColor();
        t.record(text);
      }
    }
    if (!s.compared.empty() && !anyDifference) rowLabel(t.tr("compare.same_settings"));
    ImGui::EndTable();
  }
  if (s.compared.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", t.tr("compare.empty"));
    ImGui::PopTextWrapPos();
  }
  addLinkRow(s);
  if (!remove.empty()) removeCompared(s, remove);
}

}  // namespace h2045::app
