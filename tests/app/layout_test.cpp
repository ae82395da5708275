// Every window class, read back from what the frame drew: no text over another, none cut off
// by its window or column, no label shortened with "…" — from a 320×568 phone to a 2560×1440
// screen, in both languages, in every view, with presenter mode on the projector sizes.
#include <sstream>

#include <imgui.h>

#include "app/text_audit.h"
#include "app_frames.h"

namespace h2045::app {
namespace {

std::string describe(const nlohmann::json& fault) {
  std::ostringstream out;
  out << fault["kind"].get<std::string>() << " \"" << fault["text"].get<std::string>() << "\" in "
      << fault["window"].get<std::string>() << " at " << fault["rect"].dump();
  if (fault.contains("other"))
    out << " over \"" << fault["other"]["text"].get<std::string>() << "\" in " << fault["other"]["window"].get<std::string>()
        << " at " << fault["other"]["rect"].dump();
  return out.str();
}

class Layouts : public AppFrames {
 protected:
  // The faults of the frame now shown, one line each, prefixed with where it was.
  std::vector<std::string> faults(const std::string& where) {
    std::vector<std::string> out;
    const nlohmann::json st = state();
    // A frame read as nearly empty would pass for the wrong reason.
    if (st["text"]["count"].get<int>() < 15) out.push_back(where + ": only " + st["text"]["count"].dump() + " texts read");
    for (const auto& f : st["text"]["faults"]) out.push_back(where + ": " + describe(f));
    return out;
  }
  std::vector<std::string> viewIds() {
    std::vector<std::string> ids;
    const nlohmann::json st = state();
    for (const auto& v : st["views"]) ids.push_back(v["id"].get<std::string>());
    return ids;
  }
  // A few frames more than a size change needs: the new class's type is built between frames.
  void settle() { frames(4); }
};

// The audit itself: it must see each kind of fault it reports, and none where there is none.
TEST_F(Layouts, AuditSeesOverlapsCutsAndEllipses) {
  frames(2);
  // Two frames: a tab bar sizes its tabs from the frame before.
  auto probe = [&](auto&& draw) {
    for (int frame = 0; frame < 2; ++frame) {
      ImGui::NewFrame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(400, 300));
      ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoDecoration);
      draw();
      ImGui::End();
      ImGui::Render();
    }
    std::vector<TextFault> found;
    for (const TextFault& f : auditDrawnText().faults)
      if (f.text.window.rfind("probe", 0) == 0) found.push_back(f);
    return found;
  };
  auto clean = probe([] {
    ImGui::TextUnformatted("Public investment");
    ImGui::TextUnformatted("5 % of GRDP");
  });
  EXPECT_TRUE(clean.empty()) << clean.size() << " faults in two texts one under the other";

  auto overlap = probe([] {
    ImGui::SetCursorPos(ImVec2(10, 10));
    ImGui::TextUnformatted("Public investment");
    ImGui::SetCursorPos(ImVec2(14, 12));
    ImGui::TextUnformatted("5%");
  });
  ASSERT_EQ(overlap.size(), 1u);
  EXPECT_EQ(overlap[0].kind, "overlap");
  EXPECT_EQ(overlap[0].text.text, "Public investment");
  EXPECT_EQ(overlap[0].other.text, "5%");

  auto cut = probe([] {
    ImGui::BeginChild("narrow", ImVec2(60, 40));
    ImGui::TextUnformatted("Institutional reform");
    ImGui::EndChild();
  });
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].kind, "clipped");

  // Cut at the bottom by a clip rectangle (a card's), in a window that does not scroll.
  auto cutBelow = probe([] {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(p, ImVec2(p.x + 300, p.y + ImGui::GetFontSize() * 0.5f), true);
    ImGui::TextUnformatted("Institutional reform");
    ImGui::PopClipRect();
  });
  ASSERT_EQ(cutBelow.size(), 1u);
  EXPECT_EQ(cutBelow[0].kind, "clipped");

  // A button too narrow for its label: ImGui drops the glyphs past its edge, none is half
  // drawn; the audit knows from the text the frame meant to draw.
  const std::vector<std::string> meant = {"Save scenario now", "Public investment"};
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(400, 300));
  ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoDecoration);
  ImGui::Button("Save scenario now", ImVec2(ImGui::CalcTextSize("Save").x + ImGui::GetStyle().FramePadding.x * 2 + 3, 0));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::CalcTextSize("Public inv").x);
  ImGui::TextUnformatted("Public investment");  // wrapped onto two lines: whole
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::Render();
  std::vector<std::string> dropped;
  for (const TextFault& f : auditDrawnText(meant).faults)
    if (f.text.window.rfind("probe", 0) == 0) dropped.push_back(f.kind + ": " + f.text.text);
  ASSERT_EQ(dropped.size(), 1u) << (dropped.empty() ? "" : dropped[0]);
  EXPECT_EQ(dropped[0].rfind("clipped: Save", 0), 0u) << dropped[0];

  auto shortened = probe([] {
    if (ImGui::BeginTabBar("tabs", ImGuiTabBarFlags_FittingPolicyResizeDown)) {
      for (const char* label : {"GRDP per person", "Decomposition", "Growth rates", "Investment", "People",
                                "Warnings", "What's needed", "Compare"})
        if (ImGui::BeginTabItem(label)) ImGui::EndTabItem();
      ImGui::EndTabBar();
    }
  });
  bool sawEllipsis = false;
  for (const TextFault& f : shortened) sawEllipsis = sawEllipsis || f.kind == "ellipsis";
  EXPECT_TRUE(sawEllipsis) << "eight tabs in 400 points must be shortened";
}

struct Size {
  float width, height;
};

TEST_F(Layouts, NoTextOverlapsOrIsCutFromPhoneToLargeScreen) {
  const Size sizes[] = {{320, 568}, {360, 640}, {390, 844}, {414, 896}, {568, 320}, {768, 1024}, {800, 600},
                        {1024, 768}, {1180, 820}, {1280, 800}, {1366, 768}, {1440, 900}, {1920, 1080}, {2560, 1440}};
  std::vector<std::string> found;
  for (const char* lang : {"en", "vi"}) {
    run("lang", lang);
    for (const Size& size : sizes) {
      for (bool presenter : {false, true}) {
        if (presenter && size.width < 1000) continue;
        run("presenter", presenter ? "on" : "off");
        resize(size.width, size.height);
        settle();
        std::ostringstream where;
        where << lang << " " << size.width << "x" << size.height << (presenter ? " presenter" : "");
        for (const std::string& view : viewIds()) {
          run("view", view);
          settle();
          for (const std::string& f : faults(where.str() + " " + view)) found.push_back(f);
        }
        if (state()["window_class"] == "phone") {
          run("drawer", "on");
          settle();
          for (const std::string& f : faults(where.str() + " levers drawer")) found.push_back(f);
          run("drawer", "off");
        }
      }
    }
  }
  std::ostringstream all;
  for (size_t i = 0; i < found.size() && i < 60; ++i) all << found[i] << "\n";
  EXPECT_TRUE(found.empty()) << found.size() << " faults:\n" << all.str();
}

}  // namespace
}  // namespace h2045::app
namespace h2045::app {
namespace {

// Presenter mode on a 1024×768 projector: the smallest capital letter drawn anywhere on the
// screen (lever names, axis labels, target labels included) in screen pixels. 14.3 px is what a
// 2 m wide image needs to be read from 6 m (docs/presenter.md: 16 minutes of arc).
TEST_F(Layouts, PresenterTypeReadsFromTheBackRow) {
  resize(1024, 768);
  run("presenter", "on");
  frames(4);
  float smallest = 1e9f;
  std::string where;
  for (const char* lang : {"en", "vi"}) {
    run("lang", lang);
    const nlohmann::json views = state()["views"];
    for (const auto& v : views) {
      run("view", v["id"].get<std::string>());
      frames(3);
      const float cap = state()["text"]["smallest_cap_height_px"].get<float>();
      if (cap < smallest) {
        smallest = cap;
        where = std::string(lang) + " " + v["id"].get<std::string>();
      }
    }
  }
  RecordProperty("smallest_cap_height_px", std::to_string(smallest));
  std::printf("presenter 1024x768: smallest cap height %.1f px (%s)\n", smallest, where.c_str());
  EXPECT_GE(smallest, 14.3f) << "in " << where;
}

}  // namespace
}  // namespace h2045::app

namespace h2045::app {
namespace {

// On a 1024×768 projector presenter mode gives the chart the screen: the levers fold when it
// starts (B opens them) and come back as they were when it ends; on a laptop they stay.
TEST_F(Layouts, PresenterFoldsTheLeversOnAProjectorOnly) {
  resize(1024, 768);
  frames(3);
  run("presenter", "on");
  frames(3);
  EXPECT_TRUE(state()["levers_folded"].get<bool>());
  run("levers", "off");
  frames(2);
  EXPECT_FALSE(state()["levers_folded"].get<bool>()) << "B opens them again in presenter mode";
  run("levers", "on");
  run("presenter", "off");
  frames(3);
  EXPECT_FALSE(state()["levers_folded"].get<bool>()) << "as they were before presenter mode";
  // Presenter mode and B in one frame: B wins.
  run("presenter", "on");
  run("levers", "off");
  frames(3);
  EXPECT_FALSE(state()["levers_folded"].get<bool>()) << "the person's B, not presenter mode's start";
  run("presenter", "off");
  resize(1440, 900);
  frames(3);
  run("presenter", "on");
  frames(3);
  EXPECT_FALSE(state()["levers_folded"].get<bool>());
}

}  // namespace
}  // namespace h2045::app
