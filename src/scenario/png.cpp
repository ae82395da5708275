#include "scenario/png.h"

#include <stb_image_write.h>


namespace h2045 {

namespace {

void append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

}  // namespace

std::string encodePng(int width, int height, const std::vector<unsigned char>& rgba) {
  if (width <= 0 || height <= 0 || rgba.size() != static_cast<size_t>(width) * static_cast<size_t>(height) * 4)
    return {};
  std::string png;
  stbi_flip_vertically_on_write(0);  // a process-wide setting: the screenshot writer flips
  if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4)) return {};
  return png;
}

bool pngSize(const std::string& png, int& width, int& height) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (png.size() < 24 || png.compare(0, 8, kSignature, 8) != 0 || png.compare(12, 4, "IHDR") != 0) return false;
  auto be32 = [&](size_t at) {
    return static_cast<int>((static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
                            (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]));
  };
  width = be32(16);
  height = be32(20);
  return width > 0 && height > 0;
}

}  // namespace h2045
