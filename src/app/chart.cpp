#include "app/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace h2045::app {

namespace {

double niceStep(double range, int maxTicks) {
  if (!(range > 0) || maxTicks < 1) return 1;
  const double rough = range / maxTicks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * magnitude >= rough) return m * magnitude;
  return 10 * magnitude;
}


}  // namespace

ImU32 withAlpha(ImU32 color, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(color);
  c.w *= alpha;
  return ImGui::ColorConvertFloat4ToU32(c);
}

std::vector<double> niceTicks(double lo, double hi, int maxTicks) {
  std::vector<double> ticks;
  if (!std::isfinite(lo) || !std::isfinite(hi) || hi <= lo) return ticks;
  const double step = niceStep(hi - lo, maxTicks);
  const double first = std::ceil(lo / step - 1e-9) * step;
  for (double v = first; v <= hi + step * 1e-9 && ticks.size() < 64; v += step)
    ticks.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
  return ticks;
}

double niceCeil(double lo, double hi, int maxTicks) {
  if (!std::isfinite(hi) || hi <= lo) return lo + 1;
  const double step = niceStep(hi - lo, maxTicks);
  return std::ceil(hi / step - 1e-9) * step;
}

bool Chart::begin(const char* id, ImVec2 size, const Options& options, const ChartColors& colors, Language lang) {
  opt_ = options;
  colors_ = colors;
  lang_ = lang;
  record_ = ChartRecord{};
  record_.id = id;
  targetLabels_.clear();
  placed_.clear();
  if (!(opt_.yMax > opt_.yMin)) opt_.yMax = opt_.yMin + 1;
  if (!(opt_.xMax > opt_.xMin)) opt_.xMax = opt_.xMin + 1;
  if (size.x < 80 || size.y < 60) {
    ImGui::Dummy(ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
    draw_ = nullptr;
    return false;
  }
  draw_ = ImGui::GetWindowDrawList();
  frameMin_ = ImGui::GetCursorScreenPos();
  frameMax_ = ImVec2(frameMin_.x + size.x, frameMin_.y + size.y);
  ImGui::PushID(id);
  ImGui::InvisibleButton("##plot", size);
  ImGui::PopID();
  hovered_ = ImGui::IsItemHovered();
  active_ = ImGui::IsItemActive();
  released_ = ImGui::IsItemDeactivated();

  // Leave room for the widest y tick label and the x labels below; a low plot gets fewer
  // y ticks so their labels never touch.
  const float fontSize = ImGui::GetFontSize();
  const float plotTop = frameMin_.y + fontSize * 1.4f, plotBottom = frameMax_.y - fontSize * 1.6f;
  yTicks_ = std::clamp(static_cast<int>((plotBottom - plotTop) / (fontSize * 1.8f)), 1, 6);
  float labelWidth = 0;
  for (double v : niceTicks(opt_.yMin, opt_.yMax, yTicks_))
    labelWidth = std::max(labelWidth, ImGui::CalcTextSize(formatTick(v, false, opt_.yDecimals).c_str()).x);
  plotMin_ = ImVec2(frameMin_.x + labelWidth + fontSize * 0.8f, plotTop);
  plotMax_ = ImVec2(frameMax_.x - fontSize * 0.8f, plotBottom);
  if (plotMax_.x - plotMin_.x < 40 || plotMax_.y - plotMin_.y < 30) {
    draw_ = nullptr;
    return false;
  }
  if (hovered_) {
    ImVec2 mouse = ImGui::GetIO().MousePos;
    double t = (mouse.x - plotMin_.x) / (plotMax_.x - plotMin_.x);
    hoverX_ = opt_.xMin + std::clamp(t, 0.0, 1.0) * (opt_.xMax - opt_.xMin);
    if (opt_.xIsYear) hoverX_ = std::round(hoverX_);
  }
  drawAxes();
  draw_->PushClipRect(plotMin_, plotMax_, true);
  return true;
}

void Chart::end(std::vector<ChartRecord>* log) {
  if (!draw_) return;
  // Target labels over the lines, each on a veil of the plot colour so it stays readable, at
  // the first of its spots that lies in the plot off every other text. A label with no such
  // spot is left out: its box stays, and the box's tooltip and the target cards say it.
  for (const TargetLabel& l : targetLabels_) {
    for (const ImVec2& c : l.spots) {
      const ImVec4 r(c.x, c.y, c.x + l.size.x, c.y + l.size.y);
      if (!(r.x >= plotMin_.x && r.z <= plotMax_.x && r.y >= plotMin_.y && r.w <= plotMax_.y) || !isFree(r)) continue;
      draw_->AddRectFilled(ImVec2(r.x - 2, r.y), ImVec2(r.z + 2, r.w), withAlpha(colors_.plotBackground, 0.85f), 3);
      draw_->AddText(c, l.color, l.text.c_str());
      placed_.push_back(r);
      break;
    }
  }
  targetLabels_.clear();
  draw_->PopClipRect();
  // Plot frame on top of the data so boxes and bands do not cover it.
  draw_->AddLine(ImVec2(plotMin_.x, plotMax_.y), plotMax_, colors_.axis, 1.0f);
  draw_->AddLine(plotMin_, ImVec2(plotMin_.x, plotMax_.y), colors_.axis, 1.0f);
  record_.xMin = opt_.xMin;
  record_.xMax = opt_.xMax;
  record_.plotMin = plotMin_;
  record_.plotMax = plotMax_;
  record_.frameMin = frameMin_;
  record_.frameMax = frameMax_;
  if (log) log->push_back(record_);
  draw_ = nullptr;
}

ImVec2 Chart::toScreen(double x, double y) const {
  const double tx = (x - opt_.xMin) / (opt_.xMax - opt_.xMin);
  const double ty = (y - opt_.yMin) / (opt_.yMax - opt_.yMin);
  return ImVec2(static_cast<float>(plotMin_.x + tx * (plotMax_.x - plotMin_.x)),
                static_cast<float>(plotMax_.y - ty * (plotMax_.y - plotMin_.y)));
}

std::string Chart::formatTick(double v, bool isX, int decimals) const {
  if (isX && opt_.xIsYear) {
    char text[16];
    std::snprintf(text, sizeof text, "%d", static_cast<int>(std::lround(v)));
    return text;
  }
  // Ticks at round values need decimals only when the step itself is fractional.
  return formatLocalNumber(v, std::fabs(v - std::round(v)) < 1e-9 ? 0 : std::max(decimals, 1), lang_);
}

bool Chart::isFree(const ImVec4& r) const {
  return std::none_of(placed_.begin(), placed_.end(), [&](const ImVec4& o) {
    return r.x < o.z && o.x < r.z && r.y < o.w && o.y < r.w;
  });
}

void Chart::drawAxes() {
  draw_->AddRectFilled(plotMin_, plotMax_, colors_.plotBackground);
  const float fontSize = ImGui::GetFontSize();
  for (double v : niceTicks(opt_.yMin, opt_.yMax, yTicks_)) {
    ImVec2 p = toScreen(opt_.xMin, v);
    draw_->AddLine(ImVec2(plotMin_.x, p.y), ImVec2(plotMax_.x, p.y), colors_.grid, 1.0f);
    std::string text = formatTick(v, false, opt_.yDecimals);
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw_->AddText(ImVec2(plotMin_.x - size.x - fontSize * 0.4f, p.y - size.y * 0.5f), colors_.textDim, text.c_str());
  }
  const int maxXTicks = std::max(2, static_cast<int>((plotMax_.x - plotMin_.x) / (fontSize * 3.5f)));
  for (double v : opt_.xTicks ? niceTicks(opt_.xMin, opt_.xMax, std::min(maxXTicks, 9)) : std::vector<double>{}) {
    ImVec2 p = toScreen(v, opt_.yMin);
    draw_->AddLine(ImVec2(p.x, plotMax_.y), ImVec2(p.x, plotMax_.y + fontSize * 0.3f), colors_.axis, 1.0f);
    std::string text = formatTick(v, true, 0);
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    // Centred on its tick, but never past the chart's edges (the last year at the right).
    const float x = std::clamp(p.x - size.x * 0.5f, frameMin_.x, std::max(frameMin_.x, frameMax_.x - size.x));
    draw_->AddText(ImVec2(x, plotMax_.y + fontSize * 0.35f), colors_.textDim, text.c_str());
  }
  if (opt_.yUnit && *opt_.yUnit)
    draw_->AddText(ImVec2(frameMin_.x, frameMin_.y), colors_.textDim, opt_.yUnit);
}

bool Chart::visible(double v) const { return std::isfinite(v); }

void Chart::line(const double* x, const double* y, int n, ImU32 color, float thickness, bool dashed) {
  if (!draw_) return;
  ++record_.series;
  ImVec2 prev;
  bool havePrev = false;
  for (int i = 0; i < n; ++i) {
    if (!visible(y[i]) || !visible(x[i])) {
      havePrev = false;
      continue;
    }
    record_.checksum += y[i];
    ++record_.points;
    ImVec2 p = toScreen(x[i], y[i]);
    if (havePrev) {
      if (!dashed) {
        draw_->AddLine(prev, p, color, thickness);
      } else {
        // Dashes of fixed screen length so the pattern stays even at any zoom.
        const float dash = thickness * 4.0f, gap = thickness * 3.0f;
        const float dx = p.x - prev.x, dy = p.y - prev.y;
        const float length = std::sqrt(dx * dx + dy * dy);
        for (float s = 0; s < length; s += dash + gap) {
          float e = std::min(s + dash, length);
          draw_->AddLine(ImVec2(prev.x + dx * s / length, prev.y + dy * s / length),
                         ImVec2(prev.x + dx * e / length, prev.y + dy * e / length), color, thickness);
        }
      }
    }
    prev = p;
    havePrev = true;
  }
}

void Chart::points(const double* x, const double* y, int n, ImU32 fill, ImU32 outline, float radius) {
  if (!draw_) return;
  ++record_.series;
  for (int i = 0; i < n; ++i) {
    if (!visible(y[i]) || !visible(x[i])) continue;
    record_.checksum += y[i];
    ++record_.points;
    ImVec2 p = toScreen(x[i], y[i]);
    draw_->AddCircleFilled(p, radius, fill, 16);
    draw_->AddCircle(p, radius, outline, 16, 1.5f);
  }
}

void Chart::band(const double* x, const double* lo, const double* hi, int n, ImU32 fill) {
  if (!draw_) return;
  // Side by side quads: their anti-aliased fringes would overlap into seams at every year.
  const ImDrawListFlags flags = draw_->Flags;
  draw_->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  struct Restore {
    ImDrawList* list;
    ImDrawListFlags flags;
    ~Restore() { list->Flags = flags; }
  } restore{draw_, flags};
  for (int i = 0; i + 1 < n; ++i) {
    if (!visible(lo[i]) || !visible(hi[i]) || !visible(lo[i + 1]) || !visible(hi[i + 1])) continue;
    ImVec2 a = toScreen(x[i], lo[i]), b = toScreen(x[i + 1], lo[i + 1]);
    ImVec2 c = toScreen(x[i + 1], hi[i + 1]), d = toScreen(x[i], hi[i]);
    draw_->AddQuadFilled(a, b, c, d, fill);
  }
}

void Chart::horizontalBand(double y0, double y1, ImU32 fill, const char* label, ImU32 labelColor) {
  if (!draw_) return;
  ImVec2 a = toScreen(opt_.xMin, y1), b = toScreen(opt_.xMax, y0);
  draw_->AddRectFilled(a, b, fill);
  if (label && *label) {
    const float pad = ImGui::GetFontSize() * 0.3f;
    draw_->AddText(ImVec2(plotMin_.x + pad, a.y - ImGui::GetFontSize() - pad * 0.5f), labelColor, label);
  }
}

void Chart::verticalShade(double x0, double x1, ImU32 fill) {
  if (!draw_) return;
  ImVec2 a = toScreen(x0, opt_.yMax), b = toScreen(x1, opt_.yMin);
  draw_->AddRectFilled(a, b, fill);
}

void Chart::targetBox(double x, double halfWidth, double yLow, double yHigh, ImU32 fill, ImU32 border,
                      const char* label, ImU32 labelColor) {
  if (!draw_ || !visible(yLow)) return;
  ++record_.series;
  record_.checksum += yLow;
  const bool open = !std::isfinite(yHigh);
  ImVec2 lowLeft = toScreen(x - halfWidth, yLow);
  ImVec2 lowRight = toScreen(x + halfWidth, yLow);
  const float fontSize = ImGui::GetFontSize();
  if (open) {
    // "> X": a box open to the top, fading out, with an arrow pointing up.
    const float top = std::max(plotMin_.y, lowLeft.y - fontSize * 4.0f);
    draw_->AddRectFilledMultiColor(ImVec2(lowLeft.x, top), lowRight, withAlpha(fill, 0.0f), withAlpha(fill, 0.0f),
                                   fill, fill);
    draw_->AddLine(lowLeft, lowRight, border, 2.5f);
    draw_->AddLine(lowLeft, ImVec2(lowLeft.x, top), withAlpha(border, 0.6f), 1.5f);
    draw_->AddLine(lowRight, ImVec2(lowRight.x, top), withAlpha(border, 0.6f), 1.5f);
    const float cx = (lowLeft.x + lowRight.x) * 0.5f, s = fontSize * 0.35f;
    const float tip = top + fontSize * 0.6f;
    draw_->AddTriangleFilled(ImVec2(cx, tip - s), ImVec2(cx - s, tip + s * 0.6f), ImVec2(cx + s, tip + s * 0.6f),
                             border);
    placed_.push_back(ImVec4(lowLeft.x, top, lowRight.x, lowRight.y + 1));  // no label covers a box
  } else {
    ImVec2 highLeft = toScreen(x - halfWidth, yHigh);
    // Keep a visible height for narrow ranges such as 8,300–8,500.
    if (lowLeft.y - highLeft.y < 4.0f) highLeft.y = lowLeft.y - 4.0f;
    draw_->AddRectFilled(highLeft, lowRight, fill);
    draw_->AddRect(highLeft, lowRight, border, 0, 0, 2.0f);
    placed_.push_back(ImVec4(highLeft.x - 1, highLeft.y - 1, lowRight.x + 1, lowRight.y + 1));
    lowLeft.y = highLeft.y;
  }
  if (label && *label) {
    // Right of the box, above it, left of it, below it, then the same sides a line or two
    // higher or lower: the first free spot wins when the chart ends.
    const ImVec2 size = ImGui::CalcTextSize(label);
    const float gap = fontSize * 0.3f;
    const float top = open ? lowLeft.y - fontSize * 1.2f : lowLeft.y;
    const float bottom = toScreen(x, yLow).y;
    const float midY = (top + bottom) * 0.5f - size.y * 0.5f;
    const float centreX = (lowLeft.x + lowRight.x) * 0.5f - size.x * 0.5f;
    const float sideY = open ? bottom - size.y - gap : midY - size.y * 0.5f;
    TargetLabel l{{}, size, labelColor, label};
    l.spots = {ImVec2(lowRight.x + gap, sideY), ImVec2(centreX, top - size.y - gap),
               ImVec2(lowLeft.x - size.x - gap, sideY), ImVec2(centreX, bottom + gap)};
    for (int step = 1; step <= 3; ++step)
      for (float dir : {-1.0f, 1.0f}) {
        const float y = sideY + dir * step * (size.y + gap);
        l.spots.push_back(ImVec2(lowRight.x + gap, y));
        l.spots.push_back(ImVec2(lowLeft.x - size.x - gap, y));
      }
    targetLabels_.push_back(std::move(l));
  }
}

void Chart::bar(double x0, double x1, double y0, double y1, ImU32 fill) {
  if (!draw_ || !visible(y0) || !visible(y1)) return;
  record_.checksum += y1 - y0;
  ++record_.points;
  ImVec2 a = toScreen(x0, std::max(y0, y1)), b = toScreen(x1, std::min(y0, y1));
  draw_->AddRectFilled(a, b, fill);
}

void Chart::cells(const double* xEdges, int columns, const double* yEdges, int rows, const ImU32* colours,
                  const double* values) {
  if (!draw_) return;
  ++record_.series;
  // Edge to edge without anti-aliased fringes, which would show as a grid of seams.
  const ImDrawListFlags flags = draw_->Flags;
  draw_->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  // Edges rounded to whole pixels: neighbours share them, so translucent cells neither overlap
  // (darker seams) nor leave gaps; a row's run of one colour is one rectangle.
  auto px = [](float v) { return std::round(v); };
  for (int j = 0; j < rows; ++j) {
    const float top = px(toScreen(0, yEdges[j + 1]).y), bottom = px(toScreen(0, yEdges[j]).y);
    for (int i = 0; i < columns;) {
      int end = i;
      while (end + 1 < columns && colours[j * columns + end + 1] == colours[j * columns + i]) ++end;
      for (int k = i; k <= end; ++k) {
        if (values && std::isfinite(values[j * columns + k])) record_.checksum += values[j * columns + k];
        ++record_.points;
      }
      if (colours[j * columns + i] & IM_COL32_A_MASK)
        draw_->AddRectFilled(ImVec2(px(toScreen(xEdges[i], 0).x), top), ImVec2(px(toScreen(xEdges[end + 1], 0).x), bottom),
                             colours[j * columns + i]);
      i = end + 1;
    }
  }
  draw_->Flags = flags;
}

void Chart::segments(const double* coords, int count, ImU32 color, float thickness) {
  if (!draw_) return;
  ++record_.series;
  for (int i = 0; i < count; ++i) {
    const double* c = coords + 4 * i;
    record_.checksum += c[1] + c[3];
    ++record_.points;
    draw_->AddLine(toScreen(c[0], c[1]), toScreen(c[2], c[3]), color, thickness);
  }
}

ImVec2 Chart::toData(ImVec2 screen) const {
  const double tx = (screen.x - plotMin_.x) / std::max(1.0f, plotMax_.x - plotMin_.x);
  const double ty = (plotMax_.y - screen.y) / std::max(1.0f, plotMax_.y - plotMin_.y);
  return ImVec2(static_cast<float>(opt_.xMin + tx * (opt_.xMax - opt_.xMin)),
                static_cast<float>(opt_.yMin + ty * (opt_.yMax - opt_.yMin)));
}

bool Chart::dragHandle(double& x, double& y, ImU32 fill, ImU32 outline, float radius) {
  if (!draw_) return false;
  bool moved = false;
  if (active_ || released_) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const double tx = std::clamp((mouse.x - plotMin_.x) / std::max(1.0f, plotMax_.x - plotMin_.x), 0.0f, 1.0f);
    const double ty = std::clamp((plotMax_.y - mouse.y) / std::max(1.0f, plotMax_.y - plotMin_.y), 0.0f, 1.0f);
    x = opt_.xMin + tx * (opt_.xMax - opt_.xMin);
    y = opt_.yMin + ty * (opt_.yMax - opt_.yMin);
    moved = true;
  }
  ++record_.series;
  ++record_.points;
  record_.checksum += y;
  const ImVec2 p = toScreen(x, y);
  draw_->AddCircleFilled(p, radius, fill, 24);
  draw_->AddCircle(p, radius, outline, 24, 2.5f);
  draw_->AddCircle(p, radius * 0.35f, outline, 12, 2.0f);
  return moved;
}

void Chart::zeroLine(ImU32 color) {
  if (!draw_ || opt_.yMin > 0 || opt_.yMax < 0) return;
  ImVec2 p = toScreen(opt_.xMin, 0);
  draw_->AddLine(ImVec2(plotMin_.x, p.y), ImVec2(plotMax_.x, p.y), color, 1.5f);
}

void Chart::label(double x, double y, const char* text, ImU32 color, ImVec2 align) {
  if (!draw_ || !visible(y)) return;
  ImVec2 p = toScreen(x, y);
  ImVec2 size = ImGui::CalcTextSize(text);
  // Kept inside the plot, which clips it: a label above the tallest bar stays whole.
  const ImVec2 at(std::clamp(p.x - size.x * align.x, plotMin_.x, std::max(plotMin_.x, plotMax_.x - size.x)),
                  std::clamp(p.y - size.y * align.y, plotMin_.y, std::max(plotMin_.y, plotMax_.y - size.y)));
  draw_->AddText(at, color, text);
  placed_.push_back(ImVec4(at.x, at.y, at.x + size.x, at.y + size.y));
}

void Chart::marker(double x, double y, const char* text, ImU32 fill, ImU32 outline, ImU32 textColor, float radius) {
  if (!draw_ || !visible(y) || !visible(x)) return;
  record_.markers.push_back({text, x, y});
  const ImVec2 p = toScreen(x, y);
  const ImVec2 a(p.x, p.y - radius), b(p.x + radius, p.y), c(p.x, p.y + radius), d(p.x - radius, p.y);
  draw_->AddQuadFilled(a, b, c, d, fill);
  draw_->AddQuad(a, b, c, d, outline, 1.5f);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 at(p.x - radius * 1.6f - size.x, p.y - size.y * 0.5f);
  draw_->AddText(at, textColor, text);
  placed_.push_back(ImVec4(at.x, at.y, at.x + size.x, at.y + size.y));
}

void Chart::axisLabel(double x, const char* text, ImU32 color) {
  if (!draw_) return;
  const ImVec2 p = toScreen(x, opt_.yMin);
  const ImVec2 size = ImGui::CalcTextSize(text);
  draw_->PushClipRect(frameMin_, frameMax_, false);  // the plot's own clip would hide it
  draw_->AddText(ImVec2(p.x - size.x * 0.5f, plotMax_.y + ImGui::GetFontSize() * 0.35f), color, text);
  draw_->PopClipRect();
}

void Chart::hoverCursor(double x) {
  if (!draw_) return;
  ImVec2 p = toScreen(x, opt_.yMin);
  draw_->AddLine(ImVec2(p.x, plotMin_.y), ImVec2(p.x, plotMax_.y), colors_.hoverLine, 1.5f);
}

namespace {
float legendEntryWidth(const LegendEntry& e) {
  const float fontSize = ImGui::GetFontSize();
  return fontSize * 1.6f + fontSize * 0.4f + ImGui::CalcTextSize(e.label).x + fontSize * 1.2f;
}
}  // namespace

float legendHeight(const std::vector<LegendEntry>& entries, float width) {
  // The rows legend() makes: an entry starts a new row when it would pass the right edge.
  const float gap = ImGui::GetFontSize() * 1.2f;
  int rows = entries.empty() ? 0 : 1;
  float x = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    const float w = legendEntryWidth(entries[i]);
    if (i > 0 && x + gap + w > width) {
      ++rows;
      x = w;
    } else {
      x += (i > 0 ? gap : 0) + w;
    }
  }
  return rows * ImGui::GetTextLineHeightWithSpacing();
}

void legend(const std::vector<LegendEntry>& entries, ImU32 textColor) {
  const float fontSize = ImGui::GetFontSize();
  const float swatch = fontSize * 1.6f;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  bool first = true;
  for (const LegendEntry& e : entries) {
    const float width = legendEntryWidth(e);
    if (!first) {
      ImGui::SameLine(0, fontSize * 1.2f);
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    first = false;
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cy = p.y + fontSize * 0.5f + 1;
    switch (e.shape) {
      case LegendEntry::Line:
        draw->AddLine(ImVec2(p.x, cy), ImVec2(p.x + swatch, cy), e.color, 3.0f);
        break;
      case LegendEntry::DashedLine:
        for (float s = 0; s < swatch; s += swatch / 3.5f)
          draw->AddLine(ImVec2(p.x + s, cy), ImVec2(p.x + std::min(s + swatch / 6, swatch), cy), e.color, 2.5f);
        break;
      case LegendEntry::Point:
        draw->AddCircleFilled(ImVec2(p.x + swatch * 0.5f, cy), fontSize * 0.28f, e.color, 16);
        break;
      case LegendEntry::Box:
        draw->AddRectFilled(ImVec2(p.x + 2, cy - fontSize * 0.35f), ImVec2(p.x + swatch - 2, cy + fontSize * 0.35f),
                            withAlpha(e.color, 0.3f));
        draw->AddRect(ImVec2(p.x + 2, cy - fontSize * 0.35f), ImVec2(p.x + swatch - 2, cy + fontSize * 0.35f),
                      e.color, 0, 0, 1.5f);
        break;
      case LegendEntry::Swatch:
        draw->AddRectFilled(ImVec2(p.x + 2, cy - fontSize * 0.35f), ImVec2(p.x + swatch - 2, cy + fontSize * 0.35f),
                            e.color);
        break;
    }
    ImGui::Dummy(ImVec2(swatch + fontSize * 0.4f, fontSize));
    ImGui::SameLine(0, 0);
    ImGui::PushStyleColor(ImGuiCol_Text, textColor);
    ImGui::TextUnformatted(e.label);
    ImGui::PopStyleColor();
  }
}

}  // namespace h2045::app
