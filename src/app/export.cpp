// Exports of the current work: the trajectory as CSV, the chart as PNG, the scenario as JSON.
// The files are the CLI's for the same scenario; the platform hands them to the person.
#include <string>

#include "app/session.h"
#include "scenario/output_json.h"

namespace h2045::app {

namespace {

struct ExportFile {
  const char* name;
  const char* mimeType;
};

ExportFile exportFileOf(ExportKind kind) {
  switch (kind) {
    case ExportKind::Csv: return {"hanoi2045-trajectory.csv", "text/csv;charset=utf-8"};
    case ExportKind::Png: return {"hanoi2045-chart.png", "image/png"};
    case ExportKind::Json: return {"hanoi2045-scenario.json", "application/json"};
  }
  return {"hanoi2045", "application/octet-stream"};
}

void tell(Session& s, const std::string& notice, bool isError) {
  s.exports.notice = notice;
  s.exports.noticeIsError = isError;
  s.exports.noticeFrame = s.frameCount;
  s.touch();
}

bool deliver(Session& s, ExportKind kind, const std::string& bytes, std::string& error) {
  const ExportFile file = exportFileOf(kind);
  std::string where;
  Platform* platform = s.in.init.platform;
  if (!platform) error = "exporting needs a window";
  if (!platform || !platform->saveFile(file.name, file.mimeType, bytes, where, error)) {
    tell(s, std::string(s.i18n.tr("export.failed")) + " " + error, true);
    return false;
  }
  tell(s, std::string(s.i18n.tr("export.saved")) + " " + where, false);
  return true;
}

}  // namespace

std::string trajectoryCsvText(const Session& s) {
  return trajectoryCsv(s.results.scenario, OutputWords{s.i18n.all(), s.ui.language});
}

std::string scenarioJsonText(const Session& s) { return scenarioToJson(s.doc.scenario); }

bool exportFile(Session& s, ExportKind kind, std::string& error) {
  s.recompute();
  switch (kind) {
    case ExportKind::Csv: return deliver(s, kind, trajectoryCsvText(s), error);
    case ExportKind::Json: return deliver(s, kind, scenarioJsonText(s), error);
    case ExportKind::Png: requestChartImage(s, true); return true;
  }
  return false;
}

void requestChartImage(Session& s, bool download) {
  s.exports.imageWanted = true;
  s.exports.imageDownload = s.exports.imageDownload || download;
  // The frame being drawn may still show the menu that asked: the picture is of the next one.
  s.exports.imageAfterFrame = s.frameCount;
  s.touch();
}

bool chartImagePending(const Session& s) { return s.exports.imageWanted && s.frameCount > s.exports.imageAfterFrame; }

Rect chartImageArea(const Session& s) {
  for (const ChartRecord& c : s.record.charts)
    if (c.id == "main") return Rect{c.frameMin, c.frameMax};
  return Rect{ImVec2(0, 0), ImGui::GetIO().DisplaySize};
}

void chartImageTaken(Session& s, std::string png, const std::string& error) {
  const bool download = s.exports.imageDownload;
  s.exports.imageWanted = s.exports.imageDownload = false;
  s.exports.image = png.empty() ? std::string() : std::move(png);
  s.exports.imageError = s.exports.image.empty() ? (error.empty() ? "the picture could not be encoded" : error) : "";
  if (!download) return;
  std::string ignored;
  if (s.exports.image.empty())
    tell(s, std::string(s.i18n.tr("export.failed")) + " " + s.exports.imageError, true);
  else
    deliver(s, ExportKind::Png, s.exports.image, ignored);
}

// One line at the foot of the screen, until the next click (or the picture being taken).
void drawExportNotice(Session& s) {
  ExportState& e = s.exports;
  if (e.notice.empty()) return;
  if (s.frameCount > e.noticeFrame + 1 && (ImGui::IsMouseClicked(0) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))) {
    e.notice.clear();
    s.touch();
    return;
  }
  if (chartImagePending(s)) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float margin = ImGui::GetFontSize();
  // White on the accent (or the "missed" red): it must not read as part of the chart under it.
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x - margin * 2, display.y));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, e.noticeIsError ? s.palette().missed : s.palette().accent);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin * 0.8f, margin * 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, margin * 0.3f);
  ImGui::Begin("##export_notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(display.x - margin * 4);
  ImGui::TextUnformatted(e.notice.c_str());
  ImGui::PopTextWrapPos();
  s.i18n.record(e.notice);
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
}

}  // namespace h2045::app
