#include "platform/pointer_queue.h"

namespace h2045::platform {

void PointerQueue::push(const PointerEvent& event) {
  if (event.kind != PointerEvent::Kind::Leave && (event.button < 0 || event.button > 2)) return;
  queue_.push_back(event);
}

PointerState PointerQueue::nextFrame() {
  bool moved = false;  // the pointer changed place in this frame
  std::array<bool, 3> pressed{}, changed{};
  while (!queue_.empty()) {
    const PointerEvent& e = queue_.front();
    const bool samePlace = state_.inside && e.x == state_.x && e.y == state_.y;
    if (e.kind == PointerEvent::Kind::Down) {
      if (!samePlace) {
        // The pointer goes where the press lands in this frame; the press comes in the next,
        // once ImGui has seen what is under it.
        state_.inside = true;
        state_.x = e.x;
        state_.y = e.y;
        state_.touch = e.touch;
        break;
      }
      if (moved || changed[0] || changed[1] || changed[2]) break;
      state_.down[e.button] = true;
      state_.touch = e.touch;
      pressed[e.button] = changed[e.button] = true;
    } else if (e.kind == PointerEvent::Kind::Up) {
      if (pressed[e.button]) break;  // the press has this frame; the release the next
      if (!samePlace) {
        state_.inside = true;
        state_.x = e.x;
        state_.y = e.y;
        moved = true;
      }
      if (state_.down[e.button]) changed[e.button] = true;
      state_.down[e.button] = false;
      state_.touch = e.touch;
    } else if (e.kind == PointerEvent::Kind::Move) {
      // ImGui takes a press where the pointer is at the end of the frame: a move after a
      // press waits, so the press lands where the finger or the mouse went down.
      if (!samePlace && (pressed[0] || pressed[1] || pressed[2])) break;
      if (!samePlace) moved = true;
      state_.inside = true;
      state_.x = e.x;
      state_.y = e.y;
      state_.touch = e.touch;
    } else {  // Leave
      // A release this frame must land on what is under the pointer: leave in the next.
      if (changed[0] || changed[1] || changed[2]) break;
      // A button still held keeps its place (drags may leave the window); otherwise no hover.
      if (!(state_.down[0] || state_.down[1] || state_.down[2])) state_.inside = false;
    }
    queue_.pop_front();
  }
  return state_;
}

}  // namespace h2045::platform
