#include "platform/screenshot.h"

#include <SDL_opengl.h>
#include <stb_image_write.h>

#include <vector>

namespace h2045::platform {

bool saveFramebufferPng(const std::string& path, int width, int height, std::string& error) {
  if (width <= 0 || height <= 0) {
    error = "nothing to save: the framebuffer is empty";
    return false;
  }
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  if (glGetError() != GL_NO_ERROR) {
    error = "could not read the framebuffer";
    return false;
  }
  // The default framebuffer may have no alpha channel: the picture is opaque.
  for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
  // GL rows go bottom-up, PNG rows top-down.
  stbi_flip_vertically_on_write(1);
  if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4)) {
    error = "could not write " + path;
    return false;
  }
  return true;
}

}  // namespace h2045::platform
