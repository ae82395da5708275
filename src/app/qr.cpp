// The share link as a QR code over the whole screen, for a room to scan from a projector or
// a phone to pass around: black modules on white with the standard quiet zone of 4 modules,
// as large as the screen allows, the link under it. Esc or a click closes it.
#include <qrcodegen.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "app/session.h"
#include "scenario/share_link.h"

namespace h2045::app {

namespace {

constexpr int kQuietZone = 4;  // modules of white around the code, as the standard asks

}  // namespace

void setQr(Session& s, bool on) {
  s.ui.qr = on;
  s.qrOpenedFrame = s.frameCount;
  s.touch();
}

std::string shareUrl(const Session& s) {
  const std::string base = s.in.init.platform ? s.in.init.platform->pageUrl() : std::string();
  return base + shareLinkFragment(s.document());
}

void drawQrOverlay(Session& s) {
  if (!s.ui.qr) return;
  const bool closing = s.frameCount > s.qrOpenedFrame + 1 &&
                       (ImGui::IsMouseClicked(0) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false));
  if (closing) {
    setQr(s, false);
    return;
  }
  const Palette& palette = s.palette();
  const Translator& t = s.i18n;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(display);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette.background);
  ImGui::Begin("##qr", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoNav);
  ImGui::PopStyleColor();

  const std::string link = shareUrl(s);
  const float margin = ImGui::GetFontSize();
  const char* hint = t.tr("qr.hint");
  // Room under the code for the link (wrapped in at most a few lines) and the hint.
  const float wrap = display.x - margin * 2;
  const float textHeight = ImGui::CalcTextSize(link.c_str(), nullptr, false, wrap).y +
                           ImGui::CalcTextSize(hint, nullptr, false, wrap).y + ImGui::GetStyle().ItemSpacing.y * 3;
  const float side = std::max(0.0f, std::min(display.x - margin * 2, display.y - margin * 3 - textHeight));
  float bottom = margin;

  // The C library (no exceptions, no iostreams): false when the link is longer than the
  // largest code holds at medium error correction (version 40).
  std::uint8_t code[qrcodegen_BUFFER_LEN_MAX], scratch[qrcodegen_BUFFER_LEN_MAX];
  const bool encoded = qrcodegen_encodeText(link.c_str(), scratch, code, qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                                            qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true);
  if (!encoded) {
    ImGui::SetCursorScreenPos(ImVec2(margin, margin));
    ImGui::TextUnformatted(t.tr("qr.too_long"));
    bottom = ImGui::GetCursorScreenPos().y;
  } else {
    const int size = qrcodegen_getSize(code);
    const int cells = size + kQuietZone * 2;
    // Whole pixels per module where there is room, so the modules stay crisp.
    float module = side / static_cast<float>(cells);
    if (module >= 2) module = std::floor(module);
    const float extent = module * cells;
    const ImVec2 min(std::floor((display.x - extent) * 0.5f), margin);
    const ImVec2 max(min.x + extent, min.y + extent);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, IM_COL32_WHITE);
    FrameRecord::Qr& record = s.record.qr;
    record.text = link;
    record.size = size;
    record.min = min;
    record.max = max;
    record.modules.assign(static_cast<size_t>(size), std::string(static_cast<size_t>(size), '0'));
    for (int y = 0; y < size; ++y)
      for (int x = 0; x < size; ++x) {
        if (!qrcodegen_getModule(code, x, y)) continue;
        const ImVec2 a(min.x + (x + kQuietZone) * module, min.y + (y + kQuietZone) * module);
        draw->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
        record.modules[static_cast<size_t>(y)][static_cast<size_t>(x)] = '1';
      }
    bottom = max.y + margin;
  }

  // The link, centred under the code, then how to close.
  auto centred = [&](const char* text, ImU32 color) {
    const float width = std::min(ImGui::CalcTextSize(text).x, wrap);
    ImGui::SetCursorScreenPos(ImVec2(std::max(margin, (display.x - width) * 0.5f), bottom));
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    bottom = ImGui::GetCursorScreenPos().y;
  };
  ImGui::PushTextWrapPos(display.x - margin);
  centred(link.c_str(), palette.text);
  centred(hint, palette.textDim);
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace h2045::app
