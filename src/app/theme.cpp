#include "app/theme.h"

#include <algorithm>
#include <cstdio>
#include <cstdio>

namespace h2045::app {

namespace {

constexpr ImU32 rgba(unsigned rgb, unsigned alpha = 255) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

ImVec4 vec(unsigned rgb, float alpha = 1.0f) {
  return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, alpha);
}

bool fileExists(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file) std::fclose(file);
  return file != nullptr;
}

}  // namespace

// Okabe–Ito: distinguishable with every common colour-vision deficiency.
const Palette& lightPalette() {
  static const Palette p = [] {
    Palette p{};
    p.text = rgba(0x1F2933);
    p.textDim = rgba(0x52606D);
    p.accent = rgba(0x0072B2);
    p.panel = rgba(0xFFFFFF);
    p.background = rgba(0xF1F3F6);
    p.border = rgba(0xD3D9E0);
    p.history = rgba(0x1F2933);
    p.baseline = rgba(0x7B8794);
    p.scenario = rgba(0x0072B2);
    p.target = rgba(0xC77C00);
    p.targetFill = rgba(0xE69F00, 60);
    p.met = rgba(0x00805C);
    p.missed = rgba(0xC0392B);
    p.warning = rgba(0xB35900);
    p.band = rgba(0x009E73, 40);
    const unsigned series[5] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9};
    for (int i = 0; i < 5; ++i) p.contributions[i] = rgba(series[i]);
    p.chart = ChartColors{rgba(0xFFFFFF), rgba(0xE4E7EB), rgba(0x9AA5B1), p.text, p.textDim, rgba(0x52606D, 160)};
    return p;
  }();
  return p;
}

const Palette& presenterPalette() {
  static const Palette p = [] {
    Palette p{};
    p.text = rgba(0xFFFFFF);
    p.textDim = rgba(0xC8D0DA);
    p.accent = rgba(0x56B4E9);
    p.panel = rgba(0x12161C);
    p.background = rgba(0x000000);
    p.border = rgba(0x4A5563);
    p.history = rgba(0xFFFFFF);
    p.baseline = rgba(0xA8B3C2);
    p.scenario = rgba(0x56B4E9);
    p.target = rgba(0xF0E442);
    p.targetFill = rgba(0xF0E442, 50);
    p.met = rgba(0x3DDC97);
    p.missed = rgba(0xFF8A65);
    p.warning = rgba(0xFFB74D);
    p.band = rgba(0x3DDC97, 45);
    const unsigned series[5] = {0x56B4E9, 0xE69F00, 0x3DDC97, 0xCC79A7, 0xF0E442};
    for (int i = 0; i < 5; ++i) p.contributions[i] = rgba(series[i]);
    p.chart = ChartColors{rgba(0x12161C), rgba(0x2E3742), rgba(0x8A96A6), p.text, p.textDim, rgba(0xFFFFFF, 170)};
    return p;
  }();
  return p;
}

void applyStyle(bool presenter, float touchScale) {
  ImGuiStyle style;
  if (presenter)
    ImGui::StyleColorsDark(&style);
  else
    ImGui::StyleColorsLight(&style);
  // Generous padding: the same layout is used with fingers on a tablet.
  style.WindowPadding = ImVec2(12, 10);
  // Rows of 34 px or more (9 mm at CSS's 96 px per inch) with the 16-px body face: every
  // button, tab, slider and field is big enough for a finger.
  style.FramePadding = ImVec2(10, 9);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.TouchExtraPadding = ImVec2(2, 2);
  style.IndentSpacing = 18;
  style.ScrollbarSize = 16;
  style.GrabMinSize = 18;
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 5;
  style.GrabRounding = 5;
  style.PopupRounding = 6;
  style.TabRounding = 5;
  style.ScrollbarRounding = 8;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = presenter ? 1.0f : 0.0f;
  style.ScaleAllSizes(touchScale);

  ImVec4* c = style.Colors;
  if (presenter) {
    c[ImGuiCol_Text] = vec(0xFFFFFF);
    c[ImGuiCol_TextDisabled] = vec(0xA8B3C2);
    c[ImGuiCol_WindowBg] = vec(0x000000);
    c[ImGuiCol_ChildBg] = vec(0x12161C);
    c[ImGuiCol_PopupBg] = vec(0x1B2129);
    c[ImGuiCol_Border] = vec(0x4A5563);
    c[ImGuiCol_FrameBg] = vec(0x222A33);
    c[ImGuiCol_FrameBgHovered] = vec(0x2E3945);
    c[ImGuiCol_FrameBgActive] = vec(0x384555);
    c[ImGuiCol_Button] = vec(0x2A3440);
    c[ImGuiCol_ButtonHovered] = vec(0x3A4858);
    c[ImGuiCol_ButtonActive] = vec(0x0072B2);
    c[ImGuiCol_Header] = vec(0x1F2833);
    c[ImGuiCol_HeaderHovered] = vec(0x2E3945);
    c[ImGuiCol_HeaderActive] = vec(0x384555);
    c[ImGuiCol_SliderGrab] = vec(0x56B4E9);
    c[ImGuiCol_SliderGrabActive] = vec(0x8FD0F5);
    c[ImGuiCol_CheckMark] = vec(0x56B4E9);
    c[ImGuiCol_Tab] = vec(0x1B2129);
    c[ImGuiCol_TabHovered] = vec(0x2E3945);
    c[ImGuiCol_TabActive] = vec(0x0B5C8C);
    c[ImGuiCol_Separator] = vec(0x4A5563);
  } else {
    c[ImGuiCol_Text] = vec(0x1F2933);
    c[ImGuiCol_TextDisabled] = vec(0x7B8794);
    c[ImGuiCol_WindowBg] = vec(0xF1F3F6);
    c[ImGuiCol_ChildBg] = vec(0xFFFFFF);
    c[ImGuiCol_PopupBg] = vec(0xFFFFFF);
    c[ImGuiCol_Border] = vec(0xD3D9E0);
    c[ImGuiCol_FrameBg] = vec(0xE8ECF1);
    c[ImGuiCol_FrameBgHovered] = vec(0xDCE3EB);
    c[ImGuiCol_FrameBgActive] = vec(0xCFD8E3);
    c[ImGuiCol_Button] = vec(0xE8ECF1);
    c[ImGuiCol_ButtonHovered] = vec(0xD5E6F3);
    c[ImGuiCol_ButtonActive] = vec(0xB9D6EC);
    c[ImGuiCol_Header] = vec(0xE6EEF6);
    c[ImGuiCol_HeaderHovered] = vec(0xD5E6F3);
    c[ImGuiCol_HeaderActive] = vec(0xB9D6EC);
    c[ImGuiCol_SliderGrab] = vec(0x0072B2);
    c[ImGuiCol_SliderGrabActive] = vec(0x005A8C);
    c[ImGuiCol_CheckMark] = vec(0x0072B2);
    c[ImGuiCol_Tab] = vec(0xE1E6EC);
    c[ImGuiCol_TabHovered] = vec(0xD5E6F3);
    c[ImGuiCol_TabActive] = vec(0xFFFFFF);
    c[ImGuiCol_TabUnfocusedActive] = vec(0xFFFFFF);
    c[ImGuiCol_Separator] = vec(0xD3D9E0);
    c[ImGuiCol_TitleBg] = vec(0xE1E6EC);
    c[ImGuiCol_TitleBgActive] = vec(0xD5DCE4);
  }
  ImGui::GetStyle() = style;
}

const ImWchar* interfaceGlyphRanges() {
  // Vietnamese, Greek (the model's parameter symbols α β γ δ ε λ) and the punctuation the
  // translations use. The builder's storage must outlive every atlas build. The web build's
  // fonts hold these glyphs only (src/platform/CMakeLists.txt, text_unicodes): keep the two
  // lists together.
  static ImVector<ImWchar> ranges;
  if (ranges.empty()) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesVietnamese());
    static const ImWchar greek[] = {0x0391, 0x03C9, 0};
    builder.AddRanges(greek);
    for (ImWchar c : {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x20AB, 0x00B7, 0x00D7,
                      0x00B0, 0x00A0, 0x00AB, 0x00BB})
      builder.AddChar(c);
    builder.BuildRanges(&ranges);
  }
  return ranges.Data;
}

const ImWchar* symbolGlyphRanges() {
  static const ImWchar ranges[] = {0x2190, 0x2199, 0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2265, 0};
  return ranges;
}

std::string readable(const std::string& text) {
  const ImFont* font = ImGui::GetFont();
  static const struct {
    ImWchar glyph;
    const char* utf8;
    const char* ascii;
  } substitutes[] = {{0x2192, "\xE2\x86\x92", "->"}, {0x2248, "\xE2\x89\x88", "~"},
                     {0x2264, "\xE2\x89\xA4", "<="}, {0x2265, "\xE2\x89\xA5", ">="},
                     {0x2212, "\xE2\x88\x92", "-"}};
  std::string out = text;
  for (const auto& sub : substitutes) {
    if (font && font->FindGlyphNoFallback(sub.glyph)) continue;
    for (size_t pos = out.find(sub.utf8); pos != std::string::npos; pos = out.find(sub.utf8, pos))
      out.replace(pos, 3, sub.ascii);
  }
  return out;
}

WindowClass windowClass(ImVec2 display) {
  // A phone in either orientation: one column, the levers in a drawer.
  if (display.x < 600 || display.y < 480) return WindowClass::Phone;
  if (display.x >= 1600 && display.y >= 1000) return WindowClass::Large;
  if (display.x < 1200 || display.y < 780) return WindowClass::Compact;
  return WindowClass::Regular;
}

float tooltipWrapWidth(float ems) {
  const float screen = ImGui::GetIO().DisplaySize.x - ImGui::GetStyle().WindowPadding.x * 2 - ImGui::GetFontSize() * 2;
  return std::max(ImGui::GetFontSize() * 8, std::min(ImGui::GetFontSize() * ems, screen));
}

const char* windowClassId(WindowClass c) {
  switch (c) {
    case WindowClass::Phone: return "phone";
    case WindowClass::Compact: return "compact";
    case WindowClass::Regular: return "regular";
    case WindowClass::Large: return "large";
  }
  return "regular";
}

FontSizes fontSizes(bool presenter, WindowClass window) {
  if (presenter) {
    switch (window) {
      case WindowClass::Phone: return FontSizes{18.0f, 15.0f, 22.0f, 36.0f};
      // 1024×768 projectors: no capital letter under 14.3 pixels, enough to read a 2 m wide
      // image from 6 m (docs/presenter.md). ImGui's size is the font's ascent plus descent;
      // Noto Sans's capitals are 0.52 of it.
      case WindowClass::Compact: return FontSizes{28.0f, 28.0f, 30.0f, 52.0f};
      case WindowClass::Regular: return FontSizes{24.0f, 19.0f, 32.0f, 58.0f};
      case WindowClass::Large: return FontSizes{30.0f, 24.0f, 40.0f, 72.0f};
    }
  }
  if (window == WindowClass::Large) return FontSizes{19.0f, 16.0f, 24.0f, 46.0f};
  if (window == WindowClass::Phone) return FontSizes{16.0f, 13.5f, 19.0f, 34.0f};
  return FontSizes{16.0f, 13.5f, 20.0f, 38.0f};
}

bool buildFonts(const std::string& regularPath, bool presenter, WindowClass window, float contentScale, FontSet& out,
                std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.Fonts->Locked) {
    error = "font atlas is in use by a frame";
    return false;
  }
  if (!fileExists(regularPath)) {
    error = "font not found: " + regularPath;
    return false;
  }
  std::string boldPath = regularPath;
  if (auto pos = boldPath.rfind("Regular"); pos != std::string::npos) boldPath.replace(pos, 7, "Bold");
  if (boldPath == regularPath || !fileExists(boldPath)) boldPath = regularPath;

  std::string mathPath = regularPath;
  if (auto pos = mathPath.rfind("NotoSans-Regular"); pos != std::string::npos)
    mathPath.replace(pos, 16, "NotoSansMath-Regular");
  if (mathPath == regularPath || !fileExists(mathPath)) mathPath.clear();

  const float scale = std::clamp(contentScale, 0.5f, 4.0f);
  const FontSizes sizes = fontSizes(presenter, window);
  io.Fonts->Clear();
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  // Arrows and ≈ ≤ ≥ − are not in NotoSans: merge them from NotoSansMath when it is there
  // (readable() substitutes ASCII when it is not). The web build's math font holds these only
  // (src/platform/CMakeLists.txt, math_unicodes).
  auto add = [&](const std::string& path, float size) {
    ImFont* font = io.Fonts->AddFontFromFileTTF(path.c_str(), size * scale, &config, interfaceGlyphRanges());
    if (font && !mathPath.empty()) {
      ImFontConfig merge = config;
      merge.MergeMode = true;
      io.Fonts->AddFontFromFileTTF(mathPath.c_str(), size * scale, &merge, symbolGlyphRanges());
    }
    return font;
  };
  FontSet set;
  set.body = add(regularPath, sizes.body);
  set.small = add(regularPath, sizes.small);
  set.bold = add(boldPath, sizes.body);
  set.large = add(boldPath, sizes.large);
  set.huge = add(boldPath, sizes.huge);
  if (!set.body || !set.small || !set.bold || !set.large || !set.huge || !io.Fonts->Build()) {
    io.Fonts->Clear();
    io.Fonts->AddFontDefault();
    io.Fonts->Build();
    error = "cannot load font: " + regularPath;
    return false;
  }
  io.FontDefault = set.body;
  // ImGui works in window points; the glyphs were rasterised in framebuffer pixels.
  io.FontGlobalScale = 1.0f / scale;
  out = set;
  return true;
}

}  // namespace h2045::app
