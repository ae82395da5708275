// PNG images of the interface (the chart export): RGBA pixels in, PNG file bytes out.
#pragma once

#include <string>
#include <vector>

namespace h2045 {

// `rgba` holds width × height pixels, 4 bytes each, rows from the top. Returns "" when the
// size is not positive or does not match the pixels.
std::string encodePng(int width, int height, const std::vector<unsigned char>& rgba);

// The width and height an encoded PNG declares (its IHDR chunk); false when `png` is not one.
bool pngSize(const std::string& png, int& width, int& height);

}  // namespace h2045
