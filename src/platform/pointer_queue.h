// Pointer input delivered to Dear ImGui one frame at a time. ImGui 1.86 samples the mouse
// once per frame, so a tap (press and release in the same frame) and a press that lands
// where the pointer was not the frame before are partly lost: a tab (an "overlap" item)
// only takes a press when it was hovered in the previous frame. The queue spreads such
// events over frames: a press waits a frame when the pointer moved or another button
// changed in this frame; a release, and a move elsewhere, wait a frame when a press is in
// this frame (ImGui takes the press where the pointer is when the frame starts).
// Pure code: tests/native covers it.
#pragma once

#include <array>
#include <cstdint>
#include <deque>

namespace h2045::platform {

struct PointerEvent {
  enum class Kind { Move, Down, Up, Leave };
  Kind kind = Kind::Move;
  float x = 0, y = 0;  // window points (Move, Down, Up)
  int button = 0;      // 0 left, 1 right, 2 middle (Down, Up)
  bool touch = false;  // from a finger (SDL's touch mouse emulation)
  std::uint32_t timeMs = 0;
};

// What ImGui sees in one frame.
struct PointerState {
  bool inside = false;  // false: no pointer over the window (ImGui gets -FLT_MAX)
  float x = 0, y = 0;
  std::array<bool, 3> down{};
  bool touch = false;   // the last event came from a finger
};

class PointerQueue {
 public:
  void push(const PointerEvent& event);
  // Applies the events this frame may take and returns the state to give ImGui.
  PointerState nextFrame();
  bool pending() const { return !queue_.empty(); }
  const PointerState& state() const { return state_; }

 private:
  std::deque<PointerEvent> queue_;
  PointerState state_;
};

}  // namespace h2045::platform
