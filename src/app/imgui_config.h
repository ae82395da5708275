// Dear ImGui compile-time configuration (IMGUI_USER_CONFIG, set by cmake/imgui.cmake for the
// native build). ImGui's asserts catch a broken ID stack, unbalanced Begin/End and Push/Pop;
// compiled out by NDEBUG they would let such a bug pass the Release build the tests run in.
// Here they stay on in every build type: a failed one prints where it failed and aborts.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace h2045::imgui_config {
[[noreturn]] inline void assertFailed(const char* expression, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: Dear ImGui assertion failed: %s\n", file, line, expression);
  std::fflush(stderr);
  std::abort();
}
}  // namespace h2045::imgui_config

#define IM_ASSERT(_EXPR) \
  ((_EXPR) ? (void)0 : ::h2045::imgui_config::assertFailed(#_EXPR, __FILE__, __LINE__))
