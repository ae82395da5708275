// Look and feel: a clean light theme for desks, a dark high-contrast one for projectors,
// colour-blind-safe series colours (Okabe–Ito), and the font atlas.
#pragma once

#include <string>

#include <imgui.h>

#include "app/chart.h"

namespace h2045::app {

struct Palette {
  ImU32 text, textDim, accent, panel, background, border;
  ImU32 history, baseline, scenario, target, targetFill, met, missed, warning, band;
  ImU32 contributions[5];  // TFP, private capital, infrastructure, human capital, labour
  ChartColors chart;
};

const Palette& lightPalette();
const Palette& presenterPalette();
void applyStyle(bool presenter, float touchScale);

struct FontSet {
  ImFont* body = nullptr;
  ImFont* small = nullptr;
  ImFont* bold = nullptr;    // body size, bold face: group headers, values
  ImFont* large = nullptr;   // panel titles, headline labels
  ImFont* huge = nullptr;    // the headline number
};

// Point sizes of each font; presenter mode reads from the back of a room.
struct FontSizes {
  float body, small, large, huge;
};
// Window size classes, each with its layout (app/layout.cpp): Phone (either orientation: one
// column, levers in a drawer, views in a menu), Compact (tablets, 1024×768 projectors), Regular
// (laptops), Large (full HD and up: type grows).
enum class WindowClass { Phone, Compact, Regular, Large };
WindowClass windowClass(ImVec2 displaySize);
const char* windowClassId(WindowClass c);  // "phone", "compact", "regular", "large"
FontSizes fontSizes(bool presenter, WindowClass window);

// Rebuilds ImGui's font atlas from `regularPath` (and a bold face next to it when present)
// with Vietnamese and the extra punctuation the interface uses, rasterised at
// size × contentScale so text stays sharp on high-DPI screens. Must run outside a frame.
const ImWchar* interfaceGlyphRanges();
// The arrows and relations merged from NotoSansMath.
const ImWchar* symbolGlyphRanges();
// Where a tooltip's text wraps: `ems` font sizes wide, but never wider than the screen (a
// phone is narrower than a desktop tooltip).
float tooltipWrapWidth(float ems);

// `text` with symbols the current font lacks (→ ≈ ≤ ≥ −) replaced by ASCII look-alikes.
std::string readable(const std::string& text);

bool buildFonts(const std::string& regularPath, bool presenter, WindowClass window, float contentScale, FontSet& out,
                std::string& error);

}  // namespace h2045::app
