// Saves the frame being drawn (the GL back buffer) as a PNG. Desktop only.
#pragma once

#include <string>

namespace h2045::platform {

// Reads width × height pixels of the current framebuffer. Returns false with a message.
bool saveFramebufferPng(const std::string& path, int width, int height, std::string& error);

}  // namespace h2045::platform
