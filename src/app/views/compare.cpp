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
      ImGui::InputTextWithHint("##compare_link", t.tr("compare.link_hint"), link, sizeof s.compareView.link, ImGuiInputTextFlags_EnterReturnsTrue);
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
      s.ui.noticeDetail.clear();
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

  // The cells first, so each column is as wide as its widest value (a long name wraps).
  struct Cell {
    std::string text;
    ImU32 color = 0;  // 0: the ordinary text colour
  };
  struct Row {
    std::string label;
    std::vector<Cell> cells;
  };
  std::vector<Row> rows;
  for (int year : {2030, 2045}) {
    Row row{formatMessage(t.tr("compare.outcome"), {std::to_string(year)}), {}};
    for (const Column& c : columns) row.cells.push_back({outcome(s, *c.results, year)});
    rows.push_back(std::move(row));
  }
  for (size_t k = 0; k < s.results.targets.size(); ++k) {
    const Target& target = s.results.targets[k].target;
    Row row{formatMessage(t.tr("compare.target"), {std::to_string(target.year), targetText(s, target)}), {}};
    for (const Column& c : columns) {
      bool met = false;
      std::string text = targetCell(s, *c.results, k, met);
      row.cells.push_back({std::move(text), met ? palette.met : palette.missed});
    }
    rows.push_back(std::move(row));
  }
  // Every setting where a compared scenario differs from the current one; a compared value
  // equal to the current one is dimmed.
  bool anyDifference = false;
  for (const ParamSpec& p : paramSpecs()) {
    const ParamSetting& mine = s.doc.scenario.at(p.param);
    bool differs = false;
    for (const ComparedScenario& c : s.compared) differs |= !(c.document.scenario.at(p.param) == mine);
    if (!differs) continue;
    anyDifference = true;
    Row row{t.paramName(p), {}};
    for (const Column& c : columns) {
      const ParamSetting& value = c.document ? c.document->scenario.at(p.param) : mine;
      std::string text = leverValueText(s, p, value.value);
      if (isLever(p.group) && (value.startYear != mine.startYear || value.phaseInYears != mine.phaseInYears))
        text += " · " + formatMessage(t.tr("compare.timing"), {std::to_string(value.startYear),
                                                                std::to_string(value.phaseInYears)});
      row.cells.push_back({std::move(text), c.document && value == mine ? palette.textDim : 0u});
    }
    rows.push_back(std::move(row));
  }
  if (!s.compared.empty() && !anyDifference) rows.push_back({t.tr("compare.same_settings"), {}});

  const ImGuiStyle& style = ImGui::GetStyle();
  const float swatch = ImGui::GetTextLineHeight() * 1.3f;
  const float removeWidth = ImGui::CalcTextSize("\xC3\x97").x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  std::vector<float> widths(columns.size(), 0);
  float labelWidth = 0;
  for (const Row& row : rows) {
    labelWidth = std::max(labelWidth, ImGui::CalcTextSize(row.label.c_str()).x);
    for (size_t c = 0; c < row.cells.size(); ++c)
      widths[c] = std::max(widths[c], ImGui::CalcTextSize(row.cells[c].text.c_str()).x);
  }
  labelWidth = std::min(labelWidth, ImGui::GetFontSize() * 18);
  for (size_t c = 0; c < columns.size(); ++c) {
    const float name = swatch + style.ItemSpacing.x + ImGui::CalcTextSize(columns[c].name.c_str()).x +
                       (columns[c].document ? removeWidth : 0);
    widths[c] = std::max(widths[c], std::min(name, ImGui::GetFontSize() * 9));
  }

  std::string remove;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  const float linkRows = ImGui::GetFrameHeightWithSpacing() * 2 + style.ItemSpacing.y;
  // The column count is part of the id: a new column set gets its own widths.
  const std::string tableId = "compare" + std::to_string(columns.size());
  if (ImGui::BeginTable(tableId.c_str(), static_cast<int>(columns.size()) + 1, flags, remaining(linkRows))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthFixed, labelWidth);
    for (size_t c = 0; c < columns.size(); ++c)
      ImGui::TableSetupColumn(columns[c].name.c_str(), ImGuiTableColumnFlags_WidthFixed, widths[c]);
    // The header: each scenario's name (wrapped when long) after a swatch of its line's colour,
    // and a button that takes it out of the comparison.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    for (size_t c = 0; c < columns.size(); ++c) {
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(c));
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float h = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.42f), ImVec2(p.x + h * 1.1f, p.y + h * 0.62f),
                                                columns[c].color);
      ImGui::Dummy(ImVec2(swatch, h));
      ImGui::SameLine();
      const float right = ImGui::GetCursorPosX() + widths[c] - swatch - style.ItemSpacing.x -
                          (columns[c].document ? removeWidth : 0);
      ImGui::PushTextWrapPos(right);
      ImGui::TextUnformatted(columns[c].name.c_str());
      ImGui::PopTextWrapPos();
      t.record(columns[c].name);
      if (columns[c].document) {
        ImGui::SameLine();
        if (ImGui::SmallButton("\xC3\x97")) remove = columns[c].name;  // ×
        s.recordControl("compare:remove:" + std::to_string(c - 1));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.tr("compare.remove_tip"));
      }
      ImGui::PopID();
    }
    for (const Row& row : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + labelWidth);
      ImGui::TextUnformatted(row.label.c_str());
      ImGui::PopTextWrapPos();
      t.record(row.label);
      for (const Cell& cell : row.cells) {
        ImGui::TableNextColumn();
        if (cell.color) ImGui::PushStyleColor(ImGuiCol_Text, cell.color);
        ImGui::TextUnformatted(cell.text.c_str());
        if (cell.color) ImGui::PopStyleColor();
        t.record(cell.text);
      }
    }
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
