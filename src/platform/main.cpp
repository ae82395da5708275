// hanoi2045: the window, the GL context and the main loop around h2045::app::App.
// One loop for both targets: SDL2 + OpenGL 3 on the desktop, SDL2 + WebGL 2 in the browser.
// The loop draws only when something changed (input, an API call, an animation the App
// asks for), so an idle simulator costs nothing.
#include "app/app.h"
#include "platform/options.h"
#include "scenario/assets.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>

#include "platform/web_api.h"
#else
#include <SDL_opengl.h>

#include "platform/screenshot.h"
#endif

namespace h2045::platform {
namespace {

constexpr int kFramesAfterInput = 3;  // ImGui settles hover and layout within a few frames
constexpr const char* kWindowTitle = "Hanoi 2045 Pathways · Lộ trình Hà Nội 2045";  // also the page title

// What the interface may ask of the window.
class SdlPlatform final : public app::Platform {
 public:
  explicit SdlPlatform(SDL_Window* window) : window_(window) {}
#ifdef __EMSCRIPTEN__
  // The whole page goes full screen; the canvas follows the window size through CSS.
  bool isFullscreen() const override { return web::isPageFullscreen(); }
  void setFullscreen(bool on) override { web::setPageFullscreen(on); }
#else
  bool isFullscreen() const override {
    return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  }
  void setFullscreen(bool on) override {
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
  }
#endif
  void requestQuit() override {
#ifndef __EMSCRIPTEN__
    quitRequested_ = true;
#endif
  }
  bool quitRequested() const { return quitRequested_; }

 private:
  [[maybe_unused]] SDL_Window* window_;  // the browser build goes full screen through the page
  bool quitRequested_ = false;
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

// Returns true when the event may change what is on screen.
bool handleEvent(Runtime& rt, const SDL_Event& event) {
  ImGui_ImplSDL2_ProcessEvent(&event);
  switch (event.type) {
    case SDL_QUIT:
      rt.quit = true;
      return false;
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
    // While a text field is active, wake up for the cursor blink; otherwise only for input.
    int timeoutMs = ImGui::GetIO().WantTextInput ? 500 : 1000;
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
  return rt.options.frames > 0 || rt.framesToDraw > 0 || rt.redrawRequested ||
         rt.app->wantsContinuousFrames();
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
  ImGui::NewFrame();
  rt.app->frame();
  ImGui::Render();

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(rt.window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

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
// Called by the browser on every animation frame; draws only when something changed.
void browserFrame(void* runtime) {
  Runtime& rt = *static_cast<Runtime*>(runtime);
  web::followPixelRatio();
  pumpEvents(rt, false);
  if (wantsFrame(rt) || ImGui::GetIO().WantTextInput) drawFrame(rt);
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
  if (!rt.app->init(init)) {
    fail(rt.app->error().empty() ? std::string("the app could not start") : rt.app->error());
    return false;
  }
  rt.app->consumeFontsChanged();  // the first frame uploads the atlas anyway
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
  rt.platform = new SdlPlatform(rt.window);
  rt.app = new app::App;
  if (!startApp(rt)) return 1;

#ifdef __EMSCRIPTEN__
  web::exposeApp(rt.app, &rt.redrawRequested);
  emscripten_set_main_loop_arg(browserFrame, &rt, 0, true);  // never returns
  return 0;
#else
  while (!rt.quit && !rt.platform->quitRequested()) {
    bool idle = !wantsFrame(rt);
    pumpEvents(rt, idle);
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
