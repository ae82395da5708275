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
  s.ui.notice = notice;
  s.ui.noticeDetail.clear();
  s.ui.noticeIsError = isError;
  s.touch();
}

bool deliver(Session& s, ExportKind kind, const std::string& bytes, std::string& error) {
  const ExportFile file = exportFileOf(kind);
  std::string where;
  Platform* platform = s.in.init.platform;
  if (!platform) error = "exporting needs a window";
  if (!platform || !platform->saveFile(file.name, file.mimeType, bytes, where, error)) {
    tell(s, formatMessage(s.i18n.tr("export.failed"), {error}), true);
    return false;
  }
  tell(s, formatMessage(s.i18n.tr("export.saved"), {where}), false);
  return true;
}

}  // namespace

std::string trajectoryCsvText(const Session& s) {
  return trajectoryCsv(s.results.scenario, OutputWords{s.i18n.all(), s.ui.language});
}

bool exportFile(Session& s, ExportKind kind, std::string& error) {
  s.recompute();
  switch (kind) {
    case ExportKind::Csv: return deliver(s, kind, trajectoryCsvText(s), error);
    case ExportKind::Json: return deliver(s, kind, scenarioToJson(s.document()), error);  // App::scenarioJson()
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
    tell(s, formatMessage(s.i18n.tr("export.failed"), {s.exports.imageError}), true);
  else
    deliver(s, ExportKind::Png, s.exports.image, ignored);
}

}  // namespace h2045::app
