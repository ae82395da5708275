// The pointer queue spreads a tap over frames the way Dear ImGui 1.86 needs them.
#include "platform/pointer_queue.h"

#include <gtest/gtest.h>

#include <vector>

using h2045::platform::PointerEvent;
using h2045::platform::PointerQueue;
using h2045::platform::PointerState;
using Kind = PointerEvent::Kind;

namespace {

PointerEvent at(Kind kind, float x, float y, int button = 0, bool touch = false) {
  PointerEvent e;
  e.kind = kind;
  e.x = x;
  e.y = y;
  e.button = button;
  e.touch = touch;
  return e;
}

}  // namespace

TEST(PointerQueue, TapInOneFrameIsMoveThenPressThenRelease) {
  PointerQueue q;
  q.push(at(Kind::Move, 10, 20, 0, true));
  q.push(at(Kind::Down, 10, 20, 0, true));
  q.push(at(Kind::Up, 10, 20, 0, true));
  PointerState s = q.nextFrame();  // the pointer arrives; nothing pressed yet
  EXPECT_TRUE(s.inside);
  EXPECT_FLOAT_EQ(s.x, 10);
  EXPECT_FLOAT_EQ(s.y, 20);
  EXPECT_FALSE(s.down[0]);
  EXPECT_TRUE(s.touch);
  EXPECT_TRUE(q.pending());
  s = q.nextFrame();  // pressed, in place
  EXPECT_TRUE(s.down[0]);
  EXPECT_TRUE(q.pending());
  s = q.nextFrame();  // released
  EXPECT_FALSE(s.down[0]);
  EXPECT_FALSE(q.pending());
  EXPECT_FLOAT_EQ(s.x, 10);
}

TEST(PointerQueue, PressWithoutAMoveEventStillLandsAFrameAfterThePointer) {
  PointerQueue q;
  q.push(at(Kind::Move, 5, 5));
  q.nextFrame();
  q.push(at(Kind::Down, 50, 60));  // a touch that starts somewhere else
  q.push(at(Kind::Up, 50, 60));
  PointerState s = q.nextFrame();
  EXPECT_FLOAT_EQ(s.x, 50);
  EXPECT_FALSE(s.down[0]);
  EXPECT_TRUE(q.nextFrame().down[0]);
  EXPECT_FALSE(q.nextFrame().down[0]);
  EXPECT_FALSE(q.pending());
}

TEST(PointerQueue, MouseClickWhereThePointerRestsTakesTwoFrames) {
  PointerQueue q;
  q.push(at(Kind::Move, 1, 1));
  q.nextFrame();
  q.push(at(Kind::Down, 1, 1));
  q.push(at(Kind::Up, 1, 1));
  EXPECT_TRUE(q.nextFrame().down[0]);
  EXPECT_FALSE(q.nextFrame().down[0]);
  EXPECT_FALSE(q.pending());
}

TEST(PointerQueue, DragPressesWhereItStartsThenMoves) {
  PointerQueue q;
  q.push(at(Kind::Move, 1, 1));
  q.nextFrame();
  q.push(at(Kind::Down, 1, 1));
  q.push(at(Kind::Move, 30, 1));
  q.push(at(Kind::Move, 40, 1));
  PointerState s = q.nextFrame();  // the press lands where the drag starts
  EXPECT_TRUE(s.down[0]);
  EXPECT_FLOAT_EQ(s.x, 1);
  s = q.nextFrame();  // then every move queued so far
  EXPECT_TRUE(s.down[0]);
  EXPECT_FLOAT_EQ(s.x, 40);
  q.push(at(Kind::Move, 60, 1));
  q.push(at(Kind::Up, 60, 1));
  s = q.nextFrame();  // moves and the release of an older press go together
  EXPECT_FALSE(s.down[0]);
  EXPECT_FLOAT_EQ(s.x, 60);
  EXPECT_FALSE(q.pending());
}

TEST(PointerQueue, DoubleClickInOneBatchIsTwoClicks) {
  PointerQueue q;
  q.push(at(Kind::Move, 2, 2));
  q.nextFrame();
  for (int i = 0; i < 2; i++) {
    q.push(at(Kind::Down, 2, 2));
    q.push(at(Kind::Up, 2, 2));
  }
  std::vector<bool> downs;
  while (q.pending()) downs.push_back(q.nextFrame().down[0]);
  EXPECT_EQ(downs, (std::vector<bool>{true, false, true, false}));
}

TEST(PointerQueue, ButtonsAreKeptApartAndOutOfRangeButtonsIgnored) {
  PointerQueue q;
  q.push(at(Kind::Move, 0, 0));
  q.nextFrame();
  q.push(at(Kind::Down, 0, 0, 1));
  q.push(at(Kind::Down, 0, 0, 5));
  PointerState s = q.nextFrame();
  EXPECT_TRUE(s.down[1]);
  EXPECT_FALSE(s.down[0]);
  EXPECT_FALSE(q.pending());
}

TEST(PointerQueue, LeavingHidesThePointerUnlessAButtonIsHeld) {
  PointerQueue q;
  q.push(at(Kind::Move, 3, 3));
  q.push(at(Kind::Leave, 0, 0));
  EXPECT_FALSE(q.nextFrame().inside);
  q.push(at(Kind::Move, 3, 3));
  q.nextFrame();
  q.push(at(Kind::Down, 3, 3));
  q.nextFrame();
  q.push(at(Kind::Leave, 0, 0));
  EXPECT_TRUE(q.nextFrame().inside);
}

// A finger lifted hovers nothing (the platform queues a leave after a touch release), but only
// once the release has landed on what was tapped.
TEST(PointerQueue, LeaveAfterAReleaseWaitsForTheReleaseFrame) {
  PointerQueue q;
  q.push(at(Kind::Move, 10, 20, 0, true));
  q.push(at(Kind::Down, 10, 20, 0, true));
  q.push(at(Kind::Up, 10, 20, 0, true));
  PointerEvent leave;
  leave.kind = Kind::Leave;
  leave.touch = true;
  q.push(leave);
  PointerState s = q.nextFrame();  // arrives
  s = q.nextFrame();               // pressed
  ASSERT_TRUE(s.down[0]);
  s = q.nextFrame();  // released where it was pressed, still over the item
  EXPECT_FALSE(s.down[0]);
  EXPECT_TRUE(s.inside);
  EXPECT_FLOAT_EQ(s.x, 10);
  s = q.nextFrame();  // then gone
  EXPECT_FALSE(s.inside);
  EXPECT_FALSE(q.pending());
}
