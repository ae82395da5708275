// hanoi2045: the window, the GL context and the main loop around h2045::app::App.
// One loop for both targets: SDL2 + OpenGL 3 on the desktop, SDL2 + WebGL 2 in the browser.
// The loop draws only when something changed (input, an API call, an animation the App
// asks for), so an idle simulator costs nothing: natively it sleeps in SDL_WaitEvent, in
// the browser it stops asking for animation frames.
#include "app/app.h"
#include "platform/options.h"
#include "platform/pointer_queue.h"
#include "platform/storage.h"
#include "scenario/assets.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>  // the hovered window and its scroll, for touch scrolling

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>

#include "platform/web_api.h"
#else
#include <SDL_opengl.h>

#include "platform/save_file.h"
#include "platform/screenshot.h"
#endif

namespace h2045::platform {
namespace {

constexpr int kFramesAfterInput = 3;  // ImGui settles hover and layout within a few frames
constexpr Uint32 kLongPressMs = 500;  // a finger resting this long shows a lever's meaning and source
constexpr float kTouchSlop = 10.0f;   // points a finger may wander and still be a tap or a long press
constexpr const char* kWindowTitle = "Hanoi 2045 Pathways · Lộ trình Hà Nội 2045";  // also the page title
// The address natively copied links start with: the web app served by tools/serve.sh, unless
// H2045_PAGE_URL names where it is published.
constexpr const char* kDefaultPageUrl = "http://127.0.0.1:8045/";

// What the interface may ask of the window, the clipboard and lasting storage.
class SdlPlatform final : public app::Platform {
 public:
  SdlPlatform(SDL_Window* window, std::string configFolder, bool autosaves)
      : window_(window), configFolder_(std::move(configFolder)), autosaves_(autosaves) {}
  bool autosaves() const override { return autosaves_; }
#ifdef __EMSCRIPTEN__
  // The whole page goes full screen; the canvas follows the window size through CSS.
  bool isFullscreen() const override { return web::isPageFullscreen(); }
  void setFullscreen(bool on) override { web::setPageFullscreen(on); }
  std::string loadText(const std::string& key) override { return web::loadStored(key); }
  bool storeText(const std::string& key, const std::string& text, std::string& error) override {
    return web::store(key, text, error);
  }
  bool copyText(const std::string& text) override { return web::copyToClipboard(text); }
  std::string pageUrl() const override { return web::pageUrl(); }
  void showLink(const std::string& fragment) override { web::showLinkInAddressBar(fragment); }
  bool hasFilePicker() const override { return true; }
  void pickScenarioFile() override { web::pickScenarioFile(); }
#else
  bool isFullscreen() const override {
    return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  }
  void setFullscreen(bool on) override {
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
  }
  std::string loadText(const std::string& key) override { return loadStoredText(configFolder_, key); }
  bool storeText(const std::string& key, const std::string& text, std::string& error) override {
    return platform::storeText(configFolder_, key, text, error);
  }
  bool copyText(const std::string& text) override { return SDL_SetClipboardText(text.c_str()) == 0; }
  std::string pageUrl() const override {
    const char* published = std::getenv("H2045_PAGE_URL");
    return published && *published ? published : kDefaultPageUrl;
  }
#endif
  int minuteOfDay() const override {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (!localtime_r(&now, &local)) return -1;
    return local.tm_hour * 60 + local.tm_min;
  }
  void requestQuit() override {
#ifndef __EMSCRIPTEN__
    quitRequested_ = true;
#endif
  }
  bool quitRequested() const { return quitRequested_; }
#ifdef __EMSCRIPTEN__
  bool saveFile(const std::string& fileName, const std::string& mimeType, const std::string& bytes,
                std::string& where, std::string& error) override {
    return web::download(fileName, mimeType, bytes, where, error);
  }
#else
  // Into the working folder (where the app was started), never over an earlier export.
  bool saveFile(const std::string& fileName, const std::string& /*mimeType*/, const std::string& bytes,
                std::string& where, std::string& error) override {
    return saveNumberedFile(fileName, bytes, where, error);
  }
#endif

 private:
  [[maybe_unused]] SDL_Window* window_;  // the browser build goes full screen through the page
  [[maybe_unused]] std::string configFolder_;  // the browser keeps its texts in localStorage
  bool autosaves_ = true;
  bool quitRequested_ = false;
};

// One finger on the screen: a tap, a long press, a drag on a widget (a slider moves) or a
// swipe elsewhere, which scrolls the window under the finger.
struct TouchGesture {
  enum class Mode { Undecided, Widget, Scroll };
  bool down = false;
  Mode mode = Mode::Undecided;
  ImVec2 start, last;
  Uint32 startMs = 0;
  ImGuiWindow* window = nullptr;  // the scrollable window under the finger when it landed
  bool longPress = false;         // stays set after the finger lifts, until the next touch
};

struct Runtime {
  Options options;
  SDL_Window* window = nullptr;
  SDL_GLContext glContext = nullptr;
  SdlPlatform* platform = nullptr;
  app::App* app = nullptr;
  float contentScale = 1.0f;
  int framesDrawn = 0;
  int framesToDraw = kFramesAfterInput;  // the first frames draw unconditionally
  bool redrawRequested = false;          // set by automation calls
  bool quit = false;
  int exitCode = 0;
  // ImGui 1.86's SDL backend keeps only a key's state at the start of a frame, so a key
  // pressed and released between two frames would be lost. Such releases wait a frame.
  std::vector<SDL_Event> deferredKeyUps;
  // Mouse and touch reach ImGui through this queue: see platform/pointer_queue.h.
  PointerQueue pointer;
  TouchGesture touch;
  bool paused = false;  // browser: the main loop asks for no animation frames
};

void fail(const std::string& message) {
  std::fprintf(stderr, "hanoi2045: %s\n", message.c_str());
#ifdef __EMSCRIPTEN__
  web::announceFailure(message);
#endif
}

// Framebuffer pixels per window point: 2 on a Retina screen, devicePixelRatio in a browser.
float currentContentScale(SDL_Window* window) {
  int windowWidth = 0, windowHeight = 0, drawableWidth = 0, drawableHeight = 0;
  SDL_GetWindowSize(window, &windowWidth, &windowHeight);
  SDL_GL_GetDrawableSize(window, &drawableWidth, &drawableHeight);
  if (windowWidth <= 0 || drawableWidth <= 0) return 1.0f;
  return static_cast<float>(drawableWidth) / static_cast<float>(windowWidth);
}

int pointerButton(Uint8 sdlButton) {
  switch (sdlButton) {
    case SDL_BUTTON_LEFT: return 0;
    case SDL_BUTTON_RIGHT: return 1;
    case SDL_BUTTON_MIDDLE: return 2;
    default: return -1;
  }
}

// Mouse motion and buttons (a finger's too: SDL emulates a mouse for touch) go to the
// pointer queue instead of the ImGui backend, which samples only the latest state.
bool queuePointerEvent(Runtime& rt, const SDL_Event& event) {
  PointerEvent e;
  switch (event.type) {
    case SDL_MOUSEMOTION:
      e.kind = PointerEvent::Kind::Move;
      e.x = static_cast<float>(event.motion.x);
      e.y = static_cast<float>(event.motion.y);
      e.touch = event.motion.which == SDL_TOUCH_MOUSEID;
      e.timeMs = event.motion.timestamp;
      break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      e.kind = event.type == SDL_MOUSEBUTTONDOWN ? PointerEvent::Kind::Down : PointerEvent::Kind::Up;
      e.x = static_cast<float>(event.button.x);
      e.y = static_cast<float>(event.button.y);
      e.button = pointerButton(event.button.button);
      e.touch = event.button.which == SDL_TOUCH_MOUSEID;
      e.timeMs = event.button.timestamp;
      break;
    case SDL_WINDOWEVENT:
      if (event.window.event != SDL_WINDOWEVENT_LEAVE) return false;
      e.kind = PointerEvent::Kind::Leave;
      break;
    default:
      return false;
  }
  // A new touch ends the last long press (its tooltip stays only until then), so a quick tap
  // after one is a tap like any other.
  if (e.kind == PointerEvent::Kind::Down && e.touch) rt.touch.longPress = false;
  rt.pointer.push(e);
  // A lifted finger hovers nothing: without this the tapped button would keep its hovered
  // look until the next touch. After a long press it stays, so its tooltip can be read.
  if (e.kind == PointerEvent::Kind::Up && e.touch && !rt.touch.longPress) {
    PointerEvent lift;
    lift.kind = PointerEvent::Kind::Leave;
    lift.touch = true;
    lift.timeMs = e.timeMs;
    rt.pointer.push(lift);
  }
  return event.type != SDL_WINDOWEVENT;
}

// Returns true when the event may change what is on screen.
bool handleEvent(Runtime& rt, const SDL_Event& event) {
  if (queuePointerEvent(rt, event)) return true;
  ImGui_ImplSDL2_ProcessEvent(&event);
  switch (event.type) {
    case SDL_QUIT:
      rt.quit = true;
      return false;
    case SDL_DROPFILE:
      // A scenario file dropped on the window: opened like --scenario; a bad one is said in
      // the app's notice and changes nothing.
      if (event.drop.file) {
        std::string ignored;
        rt.app->openScenarioFile(event.drop.file, ignored);
        SDL_free(event.drop.file);
      }
      return true;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_CLOSE &&
          event.window.windowID == SDL_GetWindowID(rt.window)) {
        rt.quit = true;
        return false;
      }
      return true;
    default:
      return true;
  }
}

// Polls every pending event; natively it first sleeps until one arrives when idle.
void pumpEvents(Runtime& rt, bool idle) {
  bool changed = false;
  SDL_Event event{};
  std::vector<SDL_Scancode> pressedNow;
  // Releases held back from the previous batch go first: their key-down has had its frame.
  std::vector<SDL_Event> released;
  released.swap(rt.deferredKeyUps);
  for (const SDL_Event& up : released) changed |= handleEvent(rt, up);
  if (!released.empty()) idle = false;
#ifndef __EMSCRIPTEN__
  if (idle) {
    // While a text field is active, wake up for the cursor blink; while a finger rests, for
    // the long press; otherwise only for input.
    int timeoutMs = ImGui::GetIO().WantTextInput ? 500 : 1000;
    if (rt.touch.down && !rt.touch.longPress)
      timeoutMs = static_cast<int>(std::clamp<Sint64>(
          static_cast<Sint64>(rt.touch.startMs) + kLongPressMs - SDL_GetTicks(), 1, 1000));
    if (SDL_WaitEventTimeout(&event, timeoutMs)) {
      if (event.type == SDL_KEYDOWN) pressedNow.push_back(event.key.keysym.scancode);
      changed |= handleEvent(rt, event);
    } else if (ImGui::GetIO().WantTextInput)
      changed = true;
  }
#else
  (void)idle;
#endif
  while (SDL_PollEvent(&event)) {
    if (event.type == SDL_KEYDOWN) pressedNow.push_back(event.key.keysym.scancode);
    if (event.type == SDL_KEYUP &&
        std::find(pressedNow.begin(), pressedNow.end(), event.key.keysym.scancode) != pressedNow.end()) {
      rt.deferredKeyUps.push_back(event);
      changed = true;
      continue;
    }
    changed |= handleEvent(rt, event);
  }
  if (changed) rt.framesToDraw = kFramesAfterInput;
}

bool wantsFrame(Runtime& rt) {
  return rt.options.frames > 0 || rt.framesToDraw > 0 || rt.redrawRequested || rt.pointer.pending() ||
         rt.app->wantsContinuousFrames();
}

// A finger (or a button) is down: a long press may be coming, so time must be watched.
[[maybe_unused]] bool pointerHeld(const Runtime& rt) {
  const PointerState& p = rt.pointer.state();
  return rt.touch.down || p.down[0] || p.down[1] || p.down[2];
}

// Called between frames: a finger that rested long enough becomes a long press.
void checkLongPress(Runtime& rt) {
  TouchGesture& t = rt.touch;
  // Moves still in the queue may decide the gesture otherwise: they go first.
  if (t.down && t.mode == TouchGesture::Mode::Undecided && !t.longPress && !rt.pointer.pending() &&
      SDL_GetTicks() - t.startMs >= kLongPressMs) {
    t.longPress = true;
    rt.framesToDraw = kFramesAfterInput;
  }
}

// The innermost window under `window` that can scroll vertically (itself included).
ImGuiWindow* scrollableWindow(ImGuiWindow* window) {
  while (window && window->ScrollMax.y <= 0.0f)
    window = (window->Flags & ImGuiWindowFlags_ChildWindow) ? window->ParentWindow : nullptr;
  return window;
}

// After ImGui::NewFrame (the hovered window is known): follows one finger. A drag that
// starts on a widget belongs to the widget (a slider moves); any other drag scrolls the
// window under the finger.
void followTouch(Runtime& rt, const PointerState& p) {
  TouchGesture& t = rt.touch;
  const bool fingerDown = p.touch && p.down[0];
  const ImVec2 pos(p.x, p.y);
  if (!fingerDown) {
    t.down = false;
    if (!p.touch) t.longPress = false;  // a mouse took over: hover works again
    return;
  }
  ImGuiContext& g = *GImGui;
  if (!t.down) {
    t = TouchGesture{};
    t.down = true;
    t.start = t.last = pos;
    t.startMs = SDL_GetTicks();
    t.window = scrollableWindow(g.HoveredWindow);
    return;
  }
  if (t.mode == TouchGesture::Mode::Undecided &&
      std::hypot(pos.x - t.start.x, pos.y - t.start.y) > kTouchSlop) {
    // Pressing on a window's empty space makes its move handle active; that is no widget.
    const bool widgetActive = g.ActiveId != 0 && !(g.ActiveIdWindow && g.ActiveId == g.ActiveIdWindow->MoveId);
    t.mode = widgetActive || !t.window || t.longPress ? TouchGesture::Mode::Widget : TouchGesture::Mode::Scroll;
  }
  if (t.mode == TouchGesture::Mode::Scroll)
    ImGui::SetScrollY(t.window, std::clamp(t.window->Scroll.y - (pos.y - t.last.y), 0.0f, t.window->ScrollMax.y));
  t.last = pos;
}

// The part of the rendered frame the app asked for, as RGBA rows from the top.
void captureImage(Runtime& rt, const app::ImageRequest& request, int framebufferWidth, int framebufferHeight) {
  const float scale = rt.contentScale > 0 ? rt.contentScale : 1.0f;
  const int x0 = std::clamp(static_cast<int>(std::lround(request.x * scale)), 0, framebufferWidth);
  const int y0 = std::clamp(static_cast<int>(std::lround(request.y * scale)), 0, framebufferHeight);
  const int x1 = std::clamp(static_cast<int>(std::lround((request.x + request.width) * scale)), x0, framebufferWidth);
  const int y1 = std::clamp(static_cast<int>(std::lround((request.y + request.height) * scale)), y0, framebufferHeight);
  const int w = x1 - x0, h = y1 - y0;
  std::vector<unsigned char> pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
  if (w <= 0 || h <= 0) {
    rt.app->imageTaken(0, 0, {}, "nothing to capture: the chart is not on screen");
    return;
  }
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  // GL counts rows from the bottom.
  glReadPixels(x0, framebufferHeight - y1, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  if (glGetError() != GL_NO_ERROR) {
    rt.app->imageTaken(0, 0, {}, "could not read the framebuffer");
    return;
  }
  const size_t row = static_cast<size_t>(w) * 4;
  for (int top = 0, bottom = h - 1; top < bottom; ++top, --bottom)
    std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(top * row),
                     pixels.begin() + static_cast<std::ptrdiff_t>((top + 1) * row),
                     pixels.begin() + static_cast<std::ptrdiff_t>(bottom * row));
  // The default framebuffer may have no alpha channel: the picture is opaque.
  for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
  rt.app->imageTaken(w, h, pixels, "");
}

void drawFrame(Runtime& rt) {
  float scale = currentContentScale(rt.window);
  if (scale != rt.contentScale) {
    rt.contentScale = scale;
    rt.app->setContentScale(scale);
  }
  // The atlas may have been rebuilt (presenter mode, DPI change): upload it again, but
  // only once the backend has made its device objects (the first NewFrame does that).
  if (rt.app->consumeFontsChanged() && rt.framesDrawn > 0) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // ImGui 1.86's SDL backend can repeat a timestamp (ImGui then asserts), and a long idle
  // wait must not make animations jump.
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = std::clamp(io.DeltaTime, 1.0f / 1000.0f, 1.0f / 10.0f);
  // The pointer as the queue delivers it this frame, not as SDL has it now.
  const PointerState pointer = rt.pointer.nextFrame();
  io.MousePos = pointer.inside ? ImVec2(pointer.x, pointer.y) : ImVec2(-FLT_MAX, -FLT_MAX);
  for (int i = 0; i < 3; i++) io.MouseDown[i] = pointer.down[static_cast<size_t>(i)];
  ImGui::NewFrame();
  followTouch(rt, pointer);
  rt.app->setPointer(pointer.touch, rt.touch.longPress);
  rt.app->frame();
  ImGui::Render();

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(rt.window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  app::ImageRequest request;
  if (rt.app->imageRequest(request)) captureImage(rt, request, width, height);

  rt.framesDrawn++;
  if (rt.framesToDraw > 0) rt.framesToDraw--;
  rt.redrawRequested = false;

#ifndef __EMSCRIPTEN__
  bool lastFrame = rt.options.frames > 0 && rt.framesDrawn >= rt.options.frames;
  if (lastFrame && !rt.options.screenshotPath.empty()) {
    std::string error;
    if (saveFramebufferPng(rt.options.screenshotPath, width, height, error)) {
      std::printf("hanoi2045: saved %s (%dx%d)\n", rt.options.screenshotPath.c_str(), width, height);
    } else {
      fail(error);
      rt.exitCode = 1;
    }
  }
  if (lastFrame) rt.quit = true;
#endif
  SDL_GL_SwapWindow(rt.window);

#ifdef __EMSCRIPTEN__
  if (rt.framesDrawn == 1) web::announceReady();
  web::announceFrame(rt.framesDrawn);
#endif
}

#ifdef __EMSCRIPTEN__
// Idle in the browser: Emscripten's main loop is paused when there is nothing to draw, so
// the page asks for no animation frames, and resumed by whatever may change the screen.
// Pausing keeps one loop (and SDL's event handling) for both targets; waking up comes from
// one place, an SDL event watch, which runs inside the browser's handler for every input,
// resize, visibility and full-screen event SDL turns into an event. The automation API and
// page-side changes (a new pixel ratio) wake it through requestRedraw().
Runtime* g_runtime = nullptr;

void wake() {
  if (g_runtime && g_runtime->paused) {
    g_runtime->paused = false;
    emscripten_resume_main_loop();
  }
}

int wakeOnEvent(void*, SDL_Event*) {
  wake();
  return 0;
}

void requestRedraw() {
  if (!g_runtime) return;
  g_runtime->redrawRequested = true;
  wake();
}

// Called by the browser on animation frames while the loop runs; draws only when
// something changed, and pauses the loop once nothing will.
void browserFrame(void* runtime) {
  Runtime& rt = *static_cast<Runtime*>(runtime);
  pumpEvents(rt, false);
  checkLongPress(rt);
  const bool typing = ImGui::GetIO().WantTextInput;  // the cursor blinks
  if (wantsFrame(rt) || typing) drawFrame(rt);
  if (!wantsFrame(rt) && !typing && !pointerHeld(rt) && rt.deferredKeyUps.empty() &&
      !SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT)) {
    rt.paused = true;
    emscripten_pause_main_loop();
  }
}
#endif

std::string findAssetDir(const Options& options) {
#ifdef __EMSCRIPTEN__
  if (!options.assetDir.empty()) return options.assetDir;
  return "/assets";  // the preloaded bundle
#else
  std::string base;
  if (char* path = SDL_GetBasePath()) {
    base = path;
    SDL_free(path);
  }
  const AssetDirChoice found = h2045::findAssetDir(options.assetDir, "--assets", base, H2045_SOURCE_ASSET_DIR, "data");
  if (!found.path.empty()) return found.path;
  // Nothing found: App::init names what is missing in the folder it was given.
  return options.assetDir.empty() ? std::string(H2045_SOURCE_ASSET_DIR) : options.assetDir;
#endif
}

std::string findFont(const Options& options, const std::string& assetDir) {
  if (!options.fontPath.empty()) return options.fontPath;
  return firstExistingFile({assetDir + "/fonts/NotoSans-Regular.ttf",
                            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"});
}

bool createWindow(Runtime& rt) {
  SDL_SetHint(SDL_HINT_VIDEO_HIGHDPI_DISABLED, "0");
#ifdef __EMSCRIPTEN__
  const char* glslVersion = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glslVersion = "#version 150";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (rt.options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  rt.window = SDL_CreateWindow(kWindowTitle, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               rt.options.width, rt.options.height, flags);
  if (!rt.window) {
    fail(std::string("could not open a window: ") + SDL_GetError());
    return false;
  }
  rt.glContext = SDL_GL_CreateContext(rt.window);
  if (!rt.glContext) {
#ifdef __EMSCRIPTEN__
    fail(std::string("WebGL 2 is not available: ") + SDL_GetError());
#else
    fail(std::string("OpenGL 3.2 is not available: ") + SDL_GetError());
#endif
    return false;
  }
  SDL_GL_MakeCurrent(rt.window, rt.glContext);
  SDL_GL_SetSwapInterval(1);  // vsync; harmless where unsupported

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // window layout is the App's business, not a file in the cwd
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.glContext);
  ImGui_ImplOpenGL3_Init(glslVersion);
  return true;
}

bool startApp(Runtime& rt) {
  app::AppInit init;
  init.assetDir = findAssetDir(rt.options);
  init.fontPath = findFont(rt.options, init.assetDir);
  if (init.fontPath.empty()) {
    fail("no font with Vietnamese coverage found: install Debian's fonts-noto-core "
         "(tools/setup.sh does) or pass --font FILE");
    return false;
  }
#ifdef __EMSCRIPTEN__
  init.preferredLanguage = rt.options.language;  // the page passes navigator.language
#else
  init.preferredLanguage =
      rt.options.language.empty() ? languageFromEnvironment() : rt.options.language;
#endif
  rt.contentScale = currentContentScale(rt.window);
  init.contentScale = rt.contentScale;
  init.platform = rt.platform;
#ifdef __EMSCRIPTEN__
  init.startLink = web::pageFragment();
#else
  init.startLink = rt.options.link;
  init.startScenarioFile = rt.options.scenarioFile;
#endif
  if (!rt.app->init(init)) {
    fail(rt.app->error().empty() ? std::string("the app could not start") : rt.app->error());
    return false;
  }
  rt.app->consumeFontsChanged();  // the first frame uploads the atlas anyway
  for (const auto& [name, argument] : rt.options.commands) {
    std::string error;
    if (!rt.app->command(name, argument, error)) {
      fail("--command " + name + (argument.empty() ? "" : "=" + argument) + ": " + error);
      return false;
    }
  }
  return true;
}

#ifndef __EMSCRIPTEN__
void shutdown(Runtime& rt) {
  delete rt.app;
  rt.app = nullptr;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  delete rt.platform;
  SDL_GL_DeleteContext(rt.glContext);
  SDL_DestroyWindow(rt.window);
  SDL_Quit();
}
#endif

int run(int argc, char** argv) {
  // In the browser the runtime lives as long as the page: it is never freed.
  Runtime& rt = *new Runtime;
  std::string error;
  if (!parseOptions(argc, argv, rt.options, error)) {
    fail(error);
    return 2;
  }
  if (rt.options.showHelp) {
    std::fputs(usage("hanoi2045").c_str(), stdout);
    return 0;
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    fail(std::string("could not start SDL: ") + SDL_GetError() +
         " (on a machine without a display, run it under xvfb-run)");
    return 1;
  }
  if (!createWindow(rt)) return 1;
  rt.platform = new SdlPlatform(rt.window, configFolder(rt.options, std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")),
                                autosaveWanted(rt.options));
  rt.app = new app::App;
  if (!startApp(rt)) return 1;

#ifdef __EMSCRIPTEN__
  g_runtime = &rt;
  web::exposeApp(rt.app, requestRedraw);
  SDL_AddEventWatch(wakeOnEvent, nullptr);
  web::watchPixelRatio();
  web::watchLinksAndDrops();
  emscripten_set_main_loop_arg(browserFrame, &rt, 0, true);  // never returns
  return 0;
#else
  while (!rt.quit && !rt.platform->quitRequested()) {
    checkLongPress(rt);
    bool idle = !wantsFrame(rt);
    pumpEvents(rt, idle);
    checkLongPress(rt);
    if (rt.quit) break;
    if (wantsFrame(rt)) drawFrame(rt);
  }
  int exitCode = rt.exitCode;
  shutdown(rt);
  delete &rt;
  return exitCode;
#endif
}

}  // namespace
}  // namespace h2045::platform

int main(int argc, char** argv) { return h2045::platform::run(argc, argv); }
