// Text read back from the draw data. Dear ImGui draws each glyph as one textured quad (two
// triangles over four new vertices, indices a, a+1, a+2, a, a+2, a+3) whose texture
// coordinates are the glyph's own rectangle in the font atlas, shrunk on the side where the
// quad was cut to its clip rectangle. So a quad tells which glyph of which font it is, at what
// size, whether it was cut, and — with its neighbours — which text it belongs to.
#include "app/text_audit.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include <imgui_internal.h>

namespace h2045::app {
namespace {

struct GlyphRef {
  const ImFont* font;
  const ImFontGlyph* glyph;
};

// The atlas's glyphs by the pixel of their top-left corner (every glyph has its own).
class GlyphIndex {
 public:
  GlyphIndex() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    width_ = std::max(atlas->TexWidth, 1);
    height_ = std::max(atlas->TexHeight, 1);
    for (const ImFont* font : atlas->Fonts)
      for (const ImFontGlyph& g : font->Glyphs)
        if (g.Visible) {
          byCorner_[key(g.U0, g.V0)] = GlyphRef{font, &g};
          all_.push_back(GlyphRef{font, &g});
        }
  }
  // The glyph whose atlas rectangle holds this one (a cut quad holds only part of it).
  const GlyphRef* find(const ImVec2& uvMin, const ImVec2& uvMax) const {
    auto it = byCorner_.find(key(uvMin.x, uvMin.y));
    if (it != byCorner_.end() && holds(it->second, uvMin, uvMax)) return &it->second;
    for (const GlyphRef& ref : all_)
      if (holds(ref, uvMin, uvMax)) return &ref;
    return nullptr;
  }

 private:
  std::uint64_t key(float u, float v) const {
    const auto x = static_cast<std::uint64_t>(std::lround(u * width_));
    const auto y = static_cast<std::uint64_t>(std::lround(v * height_));
    return x << 32 | y;
  }
  bool holds(const GlyphRef& ref, const ImVec2& a, const ImVec2& b) const {
    const float eu = 0.25f / width_, ev = 0.25f / height_;
    const ImFontGlyph& g = *ref.glyph;
    return a.x >= g.U0 - eu && a.y >= g.V0 - ev && b.x <= g.U1 + eu && b.y <= g.V1 + ev && b.x > a.x && b.y > a.y;
  }
  int width_, height_;
  std::unordered_map<std::uint64_t, GlyphRef> byCorner_;
  std::vector<GlyphRef> all_;
};

struct PlacedGlyph {
  GlyphRef ref;
  float scale;             // drawn size / the font's size
  float penX, lineTop;     // where the text's pen and line were
  ImVec2 min, max;         // visible part (within the clip rectangle)
  bool cutAcross;          // cut on the left or right (by the clip rectangle)
  bool cutUpDown;          // cut at the top or the bottom
};

void appendUtf8(std::string& out, unsigned int c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool isQuad(const ImDrawIdx* idx) {
  const ImDrawIdx a = idx[0];
  return idx[1] == a + 1 && idx[2] == a + 2 && idx[3] == a && idx[4] == a + 2 && idx[5] == a + 3;
}

// A glyph of a quad, or nothing when the quad is a rectangle, an image or a line.
bool readGlyph(const GlyphIndex& glyphs, const ImDrawVert* v, const ImVec4& clip, PlacedGlyph& out) {
  const ImDrawVert &tl = v[0], &tr = v[1], &br = v[2], &bl = v[3];
  if (tl.pos.y != tr.pos.y || bl.pos.y != br.pos.y || tl.pos.x != bl.pos.x || tr.pos.x != br.pos.x) return false;
  if (!(tr.pos.x > tl.pos.x && bl.pos.y > tl.pos.y)) return false;
  if (tl.uv.x != bl.uv.x || tl.uv.y != tr.uv.y || br.uv.x != tr.uv.x || br.uv.y != bl.uv.y) return false;
  const GlyphRef* ref = glyphs.find(tl.uv, br.uv);
  if (!ref) return false;
  const ImFontGlyph& g = *ref->glyph;
  const float spanU = g.U1 - g.U0, spanV = g.V1 - g.V0;
  const bool fullU = std::fabs((br.uv.x - tl.uv.x) - spanU) <= spanU * 0.01f;
  const bool fullV = std::fabs((br.uv.y - tl.uv.y) - spanV) <= spanV * 0.01f;
  float scale = 0;
  if (fullU && g.X1 > g.X0)
    scale = (tr.pos.x - tl.pos.x) / (g.X1 - g.X0);
  else if (fullV && g.Y1 > g.Y0)
    scale = (bl.pos.y - tl.pos.y) / (g.Y1 - g.Y0);
  else
    scale = (tr.pos.x - tl.pos.x) / std::max((g.X1 - g.X0) * (br.uv.x - tl.uv.x) / spanU, 1e-3f);
  out.ref = *ref;
  out.scale = scale;
  // The left edge of a quad cut on the left is not the glyph's: measure from the right then.
  const bool cutLeft = tl.uv.x > g.U0 + spanU * 0.01f;
  const bool cutTop = tl.uv.y > g.V0 + spanV * 0.01f;
  out.penX = cutLeft ? tr.pos.x - g.X1 * scale : tl.pos.x - g.X0 * scale;
  out.lineTop = cutTop ? bl.pos.y - g.Y1 * scale : tl.pos.y - g.Y0 * scale;
  out.min = ImVec2(std::max(tl.pos.x, clip.x), std::max(tl.pos.y, clip.y));
  out.max = ImVec2(std::min(br.pos.x, clip.z), std::min(br.pos.y, clip.w));
  // Cut by the processor (shrunk coordinates) or by the scissor (past the rectangle).
  out.cutAcross = cutLeft || br.uv.x < g.U1 - spanU * 0.01f || tl.pos.x < clip.x - 0.5f || br.pos.x > clip.z + 0.5f;
  out.cutUpDown = cutTop || br.uv.y < g.V1 - spanV * 0.01f || tl.pos.y < clip.y - 0.5f || br.pos.y > clip.w + 0.5f;
  return true;
}

struct Run {
  DrawnText text;
  const ImFont* font = nullptr;
  float scale = 0, lineTop = 0, penEnd = 0, inkEnd = 0;
  bool cut = false, visible = false;
  const ImGuiWindow* window = nullptr;
};

float capHeightOf(const ImFont* font, float scale) {
  const ImFontGlyph* h = font->FindGlyphNoFallback('H');
  return h ? (h->Y1 - h->Y0) * scale : font->FontSize * scale * 0.7f;
}

bool endsWithEllipsis(const std::string& s) {
  static const std::string kEllipsis = "\xE2\x80\xA6";
  std::string t = s;
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return (t.size() >= 3 && t.compare(t.size() - 3, 3, kEllipsis) == 0) ||
         (t.size() >= 3 && t.compare(t.size() - 3, 3, "...") == 0);
}

bool scrollsAcross(const ImGuiWindow* w) {
  for (; w; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr)
    if (w->ScrollbarX) return true;
  return false;
}

// Content taller than its window scrolls (wheel, scrollbar or a finger's drag): text cut at
// the window's top or bottom edge there is the scrolling, not a fault.
bool scrollsUpDown(const ImGuiWindow* w) {
  for (; w; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr)
    if (w->ScrollMax.y > 0 || w->ScrollbarY) return true;
  return false;
}

}  // namespace

namespace {
std::string trimmedText(std::string t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
  size_t start = 0;
  while (start < t.size() && t[start] == ' ') ++start;
  return t.substr(start);
}

// The texts drawn only in part: runs that begin a meant text, are none themselves, and whose
// rest is not the run below (a wrapped line). Meant texts with line breaks are left out.
void findDroppedEnds(const std::vector<Run>& runs, const std::vector<std::string>& meant, TextAudit& audit) {
  std::vector<std::string> whole;
  for (const std::string& m : meant) {
    const std::string t = trimmedText(m);
    if (t.size() >= 2 && t.find('\n') == std::string::npos) whole.push_back(t);
  }
  std::sort(whole.begin(), whole.end());
  whole.erase(std::unique(whole.begin(), whole.end()), whole.end());
  auto isWhole = [&](const std::string& t) { return std::binary_search(whole.begin(), whole.end(), t); };
  for (size_t i = 0; i < runs.size(); ++i) {
    const Run& r = runs[i];
    if (r.text.overlay || r.cut || scrollsAcross(r.window)) continue;
    const std::string text = trimmedText(r.text.text);
    // Short runs (a tick's "10", an axis's "0") begin too many texts to tell anything.
    const bool hasLetter = std::any_of(text.begin(), text.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
    if (text.size() < 4 || !hasLetter || isWhole(text)) continue;
    // The last line in view of a scrolling panel may go on below its edge.
    if (r.window && scrollsUpDown(r.window) &&
        r.text.max.y + r.font->FontSize * r.scale * 1.5f > r.window->InnerClipRect.Max.y)
      continue;
    // A fault only when some meant text begins with it and none of those goes on below it.
    bool begins = false, explained = false;
    for (const std::string& m : whole) {
      if (m.size() <= text.size() || m.compare(0, text.size(), text) != 0) continue;
      begins = true;
      // Wrapped: a later run of the same window, lower down, goes on with the text.
      const std::string rest = trimmedText(m.substr(text.size()));
      for (size_t j = i + 1; j < runs.size() && !explained; ++j) {
        const Run& next = runs[j];
        if (next.window != r.window || next.font != r.font || !(next.lineTop > r.lineTop)) continue;
        const std::string nextText = trimmedText(next.text.text);
        explained = !nextText.empty() && rest.compare(0, nextText.size(), nextText) == 0;
      }
      if (explained) break;
    }
    if (begins && !explained) audit.faults.push_back(TextFault{"clipped", r.text, {}});
  }
}
}  // namespace

TextAudit auditDrawnText(const std::vector<std::string>& meant) {
  TextAudit audit;
  const ImDrawData* data = ImGui::GetDrawData();
  if (!data || !data->Valid) return audit;
  const GlyphIndex glyphs;
  ImGuiContext& g = *GImGui;
  std::unordered_map<const ImDrawList*, const ImGuiWindow*> owner;
  for (const ImGuiWindow* w : g.Windows) owner[w->DrawList] = w;

  std::vector<Run> runs;
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    const auto found = owner.find(list);
    const ImGuiWindow* window = found == owner.end() ? nullptr : found->second;
    const bool overlay =
        !window || (window->RootWindow->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip)) != 0;
    Run run;
    auto finish = [&] {
      if (run.font && run.visible) runs.push_back(run);
      run = Run{};
    };
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) continue;
      const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
      const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
      for (unsigned int i = 0; i + 6 <= cmd.ElemCount;) {
        PlacedGlyph pg;
        if (!isQuad(idx + i) || !readGlyph(glyphs, vtx + idx[i], cmd.ClipRect, pg)) {
          finish();
          i += 3;
          continue;
        }
        i += 6;
        const float space = [&] {
          const ImFontGlyph* sp = pg.ref.font->FindGlyphNoFallback(' ');
          return (sp ? sp->AdvanceX : pg.ref.font->FontSize * 0.25f) * pg.scale;
        }();
        // The next glyph of the same text: same font, size and line, where the pen left off (or,
        // for the dots of an ellipsis, just past the ink before it).
        const bool sameLine = run.font == pg.ref.font && std::fabs(run.scale - pg.scale) < 1e-3f &&
                              std::fabs(run.lineTop - pg.lineTop) < 0.5f;
        const bool continues =
            sameLine && ((pg.penX >= run.penEnd - 0.5f && pg.penX <= run.penEnd + space * 2.5f + 0.5f) ||
                         (pg.min.x >= run.inkEnd - 0.5f && pg.min.x <= run.inkEnd + space * 2.5f));
        if (!continues) {
          finish();
          run.font = pg.ref.font;
          run.scale = pg.scale;
          run.lineTop = pg.lineTop;
          run.window = window;
          run.text.window = window ? window->Name : (list->_OwnerName ? list->_OwnerName : "");
          run.text.overlay = overlay;
          run.text.capHeight = capHeightOf(pg.ref.font, pg.scale);
          run.text.min = ImVec2(FLT_MAX, FLT_MAX);
          run.text.max = ImVec2(-FLT_MAX, -FLT_MAX);
        } else if (pg.penX > run.penEnd + space * 0.5f) {
          run.text.text += ' ';
        }
        appendUtf8(run.text.text, pg.ref.glyph->Codepoint);
        run.penEnd = pg.penX + pg.ref.glyph->AdvanceX * pg.scale;
        run.inkEnd = pg.max.x;
        if (pg.max.x > pg.min.x && pg.max.y > pg.min.y) {
          run.visible = true;
          run.text.min = ImVec2(std::min(run.text.min.x, pg.min.x), std::min(run.text.min.y, pg.min.y));
          run.text.max = ImVec2(std::max(run.text.max.x, pg.max.x), std::max(run.text.max.y, pg.max.y));
        }
        // A cut in a window that scrolls sideways is the scrolling, not a fault.
        run.cut = run.cut || (pg.cutAcross && !scrollsAcross(window)) || (pg.cutUpDown && !scrollsUpDown(window));
      }
      finish();
    }
  }

  float smallest = 0;
  for (const Run& r : runs) {
    audit.texts.push_back(r.text);
    if (!r.text.overlay) smallest = smallest == 0 ? r.text.capHeight : std::min(smallest, r.text.capHeight);
    if (r.cut) audit.faults.push_back(TextFault{"clipped", r.text, {}});
    // "Open a scenario file…" is meant so; ImGui's shortened "GRDP per pe…" is not.
    if (endsWithEllipsis(r.text.text) &&
        std::none_of(meant.begin(), meant.end(), [&](const std::string& m) { return trimmedText(m) == trimmedText(r.text.text); }))
      audit.faults.push_back(TextFault{"ellipsis", r.text, {}});
  }
  audit.smallestCapHeight = smallest;
  findDroppedEnds(runs, meant, audit);
  // Two texts overlap when their ink shares more than a sliver. Overlays cover the panels on
  // purpose, so they are compared only among themselves.
  for (size_t a = 0; a < runs.size(); ++a)
    for (size_t b = a + 1; b < runs.size(); ++b) {
      const DrawnText &p = runs[a].text, &q = runs[b].text;
      if ((p.overlay || q.overlay) && runs[a].window != runs[b].window) continue;
      const float w = std::min(p.max.x, q.max.x) - std::max(p.min.x, q.min.x);
      const float h = std::min(p.max.y, q.max.y) - std::max(p.min.y, q.min.y);
      if (w > 1.0f && h > 1.0f) audit.faults.push_back(TextFault{"overlap", p, q});
    }
  return audit;
}

}  // namespace h2045::app
