// What the last rendered frame drew as text, read back from Dear ImGui's draw data: every run
// of glyphs with its rectangle, and what a person would see as a fault — two texts over each
// other, a text cut off by the edge of its window or column, a label shortened with "…".
// The tests walk window sizes with it; it reads the frame, it never changes one.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

namespace h2045::app {

struct DrawnText {
  std::string text;    // the glyphs decoded (spaces where the pen jumped)
  std::string window;  // the ImGui window that drew it
  ImVec2 min, max;     // its visible ink, in points
  float capHeight = 0; // the height of a capital letter at its size, in points
  bool overlay = false;  // drawn in a tooltip, popup or menu (above the panels)
};

struct TextFault {
  std::string kind;  // "overlap", "clipped" or "ellipsis"
  DrawnText text;
  DrawnText other;   // the text it lies over (overlaps only)
};

struct TextAudit {
  std::vector<DrawnText> texts;
  std::vector<TextFault> faults;
  float smallestCapHeight = 0;  // points; over the texts not in overlays
};

// Reads the draw data of the frame ImGui::Render() produced last (or nothing before the first).
// `meant`: the texts the frame meant to draw in full (the translator's record). A drawn text
// that is only the start of one of them, with neither its rest on the next line (wrapped) nor
// a whole text of its own, was cut where ImGui dropped the glyphs past the edge — a cut that
// leaves no glyph half drawn.
TextAudit auditDrawnText(const std::vector<std::string>& meant = {});

}  // namespace h2045::app
