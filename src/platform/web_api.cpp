#include "platform/web_api.h"

#include "app/app.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace h2045::platform::web {
namespace {

app::App* g_app = nullptr;            // the one App of the page; set once by main()
void (*g_requestRedraw)() = nullptr;
std::string g_reply;                  // keeps the last answer alive until JS has copied it

const char* reply(std::string text) {
  g_reply = std::move(text);
  return g_reply.c_str();
}

// Mutating calls answer "" on success, or the error message.
const char* outcome(bool ok, const std::string& error) {
  if (ok && g_requestRedraw) g_requestRedraw();
  return reply(ok ? std::string() : (error.empty() ? std::string("failed") : error));
}

const char* kNotReady = "the app is not running yet: await hanoi2045.ready first";

}  // namespace

void exposeApp(app::App* app, void (*requestRedraw)()) {
  g_app = app;
  g_requestRedraw = requestRedraw;
}

void announceReady() {
  EM_ASM({ if (Module['h2045Ready']) Module['h2045Ready'](); });
}

void announceFailure(const std::string& message) {
  EM_ASM({ if (Module['h2045Failed']) Module['h2045Failed'](UTF8ToString($0)); }, message.c_str());
}

bool isPageFullscreen() {
  return EM_ASM_INT({ return document.fullscreenElement ? 1 : 0; }) != 0;
}

void setPageFullscreen(bool on) {
  EM_ASM({
    var page = document.documentElement;
    var request = $0 ? (document.fullscreenElement ? null : page.requestFullscreen())
                     : (document.fullscreenElement ? document.exitFullscreen() : null);
    if (request && request.catch) {
      request.catch(function (e) { console.warn('full screen refused by the browser: ' + e.message); });
    }
  }, on ? 1 : 0);
}

void watchPixelRatio() {
  EM_ASM({
    var ratio = window.devicePixelRatio;
    function check() {
      if (window.devicePixelRatio === ratio) return;
      ratio = window.devicePixelRatio;
      window.dispatchEvent(new Event('resize'));
    }
    function watch() {
      var query = window.matchMedia('(resolution: ' + ratio + 'dppx)');
      query.addEventListener('change', function () {
        check();
        watch();  // the query names one ratio: watch the new one
      }, { once: true });
    }
    watch();
    // Not every change fires the query (DevTools' device emulation does not): a look once a
    // second costs a few microseconds and draws nothing.
    setInterval(check, 1000);
  });
}

bool download(const std::string& fileName, const std::string& mimeType, const std::string& bytes, std::string& where,
              std::string& error) {
  const int ok = EM_ASM_INT({
    try {
      var blob = new Blob([HEAPU8.slice($2, $2 + $3)], { type: UTF8ToString($1) });
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = UTF8ToString($0);
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      // The download has its own copy once it started.
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      return 1;
    } catch (e) {
      console.warn('download refused: ' + e.message);
      return 0;
    }
  }, fileName.c_str(), mimeType.c_str(), bytes.data(), static_cast<int>(bytes.size()));
  if (!ok) {
    error = "the browser refused the download";
    return false;
  }
  where = fileName;
  return true;
}

namespace {
// A string the JavaScript side left in Module['h2045Text'] (null: none), copied into C++: its
// UTF-8 length first, then its bytes into a buffer of that size.
std::string takeText(int length) {
  if (length < 0) return "";
  std::string out(static_cast<size_t>(length) + 1, '\0');
  EM_ASM({ stringToUTF8(Module['h2045Text'], $0, $1); Module['h2045Text'] = null; }, out.data(), length + 1);
  out.resize(static_cast<size_t>(length));
  return out;
}
}  // namespace

std::string loadStored(const std::string& key) {
  return takeText(EM_ASM_INT({
    Module['h2045Text'] = null;
    try {
      Module['h2045Text'] = window.localStorage.getItem('hanoi2045.' + UTF8ToString($0));
    } catch (e) {
      console.warn('storage unavailable: ' + e.message);
    }
    return Module['h2045Text'] === null ? -1 : lengthBytesUTF8(Module['h2045Text']);
  }, key.c_str()));
}

bool store(const std::string& key, const std::string& text, std::string& error) {
  const int refusal = EM_ASM_INT({
    try {
      window.localStorage.setItem('hanoi2045.' + UTF8ToString($0), UTF8ToString($1));
      return -1;
    } catch (e) {
      Module['h2045Text'] = String((e && (e.name + ': ' + e.message)) || 'refused');
      return lengthBytesUTF8(Module['h2045Text']);
    }
  }, key.c_str(), text.c_str());
  if (refusal < 0) return true;
  error = takeText(refusal);
  return false;
}

bool copyToClipboard(const std::string& text) {
  return EM_ASM_INT({
    var text = UTF8ToString($0);
    if (!navigator.clipboard || !navigator.clipboard.writeText) return 0;
    navigator.clipboard.writeText(text).catch(function (e) {
      console.warn('clipboard refused: ' + e.message);
    });
    return 1;
  }, text.c_str()) != 0;
}

std::string pageUrl() {
  return takeText(EM_ASM_INT({
    Module['h2045Text'] = location.origin + location.pathname;
    return lengthBytesUTF8(Module['h2045Text']);
  }));
}

std::string pageFragment() {
  return takeText(EM_ASM_INT({
    Module['h2045Text'] = location.hash || '';
    return lengthBytesUTF8(Module['h2045Text']);
  }));
}

void showLinkInAddressBar(const std::string& fragment) {
  EM_ASM({
    var fragment = UTF8ToString($0);
    if (location.hash === fragment) return;
    try {
      history.replaceState(history.state, '', fragment || (location.pathname + location.search));
    } catch (e) {
      console.warn('address bar not updated: ' + e.message);
    }
  }, fragment.c_str());
}

void watchLinksAndDrops() {
  EM_ASM({
    window.addEventListener('hashchange', function () {
      if (!/^#s=/.test(location.hash)) return;
      Module['ccall']('h2045_open_link', 'string', ['string'], [location.hash]);
    });
    // A scenario file dropped anywhere on the page.
    document.addEventListener('dragover', function (e) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (!file) return;
      file.text().then(function (text) {
        Module['ccall']('h2045_open_file', 'string', ['string', 'string'], [file.name, text]);
      });
    });
  });
}

void pickScenarioFile() {
  EM_ASM({
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) return;
      file.text().then(function (text) {
        Module['ccall']('h2045_open_file', 'string', ['string', 'string'], [file.name, text]);
      });
    });
    input.click();
  });
}

void announceFrame(int frameNumber) {
  EM_ASM({ if (Module['h2045Frame']) Module['h2045Frame']($0); }, frameNumber);
}

}  // namespace h2045::platform::web

// The exported functions. JSON in, JSON out; web/api.js turns "" / message answers into
// returns and thrown errors.
using h2045::platform::web::g_app;
using h2045::platform::web::kNotReady;
using h2045::platform::web::outcome;
using h2045::platform::web::reply;

extern "C" {

EMSCRIPTEN_KEEPALIVE int h2045_is_running() { return g_app != nullptr; }

EMSCRIPTEN_KEEPALIVE const char* h2045_levers() { return reply(g_app ? g_app->leversJson() : ""); }
EMSCRIPTEN_KEEPALIVE const char* h2045_result() { return reply(g_app ? g_app->resultJson() : ""); }
EMSCRIPTEN_KEEPALIVE const char* h2045_scenario() { return reply(g_app ? g_app->scenarioJson() : ""); }
EMSCRIPTEN_KEEPALIVE const char* h2045_ui_state() { return reply(g_app ? g_app->uiStateJson() : ""); }

EMSCRIPTEN_KEEPALIVE const char* h2045_set_lever(const char* id, double value) {
  if (!g_app) return reply(kNotReady);
  std::string error;
  bool ok = g_app->setLever(id ? id : "", value, error);
  return outcome(ok, error);
}

EMSCRIPTEN_KEEPALIVE const char* h2045_load_scenario(const char* json) {
  if (!g_app) return reply(kNotReady);
  std::string error;
  bool ok = g_app->loadScenario(json ? json : "", error);
  return outcome(ok, error);
}

EMSCRIPTEN_KEEPALIVE const char* h2045_command(const char* name, const char* arg) {
  if (!g_app) return reply(kNotReady);
  std::string error;
  bool ok = g_app->command(name ? name : "", arg ? arg : "", error);
  return outcome(ok, error);
}

EMSCRIPTEN_KEEPALIVE const char* h2045_presets() { return reply(g_app ? g_app->presetsJson() : ""); }
EMSCRIPTEN_KEEPALIVE const char* h2045_share_link() { return reply(g_app ? g_app->shareLink() : ""); }

EMSCRIPTEN_KEEPALIVE const char* h2045_open_link(const char* text) {
  if (!g_app) return reply(kNotReady);
  std::string error;
  bool ok = g_app->openLink(text ? text : "", error);
  // The notice shows a failure on screen: redraw either way.
  if (h2045::platform::web::g_requestRedraw) h2045::platform::web::g_requestRedraw();
  return outcome(ok, error);
}

EMSCRIPTEN_KEEPALIVE const char* h2045_open_file(const char* name, const char* text) {
  if (!g_app) return reply(kNotReady);
  std::string error;
  bool ok = g_app->openScenarioText(text ? text : "", name ? name : "", error);
  if (h2045::platform::web::g_requestRedraw) h2045::platform::web::g_requestRedraw();
  return outcome(ok, error);
}

// The CSV export's text (UTF-8 with its byte-order mark).
EMSCRIPTEN_KEEPALIVE const char* h2045_monte_carlo(int paths, double seed) {
  return reply(g_app ? g_app->monteCarloJson(paths, static_cast<std::uint64_t>(seed)) : "");
}
EMSCRIPTEN_KEEPALIVE const char* h2045_explain(int year) { return reply(g_app ? g_app->explainJson(year) : ""); }
EMSCRIPTEN_KEEPALIVE const char* h2045_bench() { return reply(g_app ? g_app->benchJson() : ""); }
EMSCRIPTEN_KEEPALIVE const char* h2045_export_csv() { return reply(g_app ? g_app->exportCsv() : ""); }

// The chart's picture: asked for here, taken after the next frame is rendered.
EMSCRIPTEN_KEEPALIVE const char* h2045_request_chart_image() {
  if (!g_app) return reply(kNotReady);
  g_app->requestChartImage();
  return outcome(true, "");
}

// "data:image/png;base64,…", or the error message.
EMSCRIPTEN_KEEPALIVE const char* h2045_chart_image() {
  if (!g_app) return reply(kNotReady);
  std::string png, error;
  if (!g_app->chartImage(png, error)) return reply(error);
  static const char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string url = "data:image/png;base64,";
  for (size_t i = 0; i < png.size(); i += 3) {
    const unsigned a = static_cast<unsigned char>(png[i]);
    const unsigned b = i + 1 < png.size() ? static_cast<unsigned char>(png[i + 1]) : 0;
    const unsigned c = i + 2 < png.size() ? static_cast<unsigned char>(png[i + 2]) : 0;
    const unsigned n = (a << 16) | (b << 8) | c;
    url += kDigits[(n >> 18) & 63];
    url += kDigits[(n >> 12) & 63];
    url += i + 1 < png.size() ? kDigits[(n >> 6) & 63] : '=';
    url += i + 2 < png.size() ? kDigits[n & 63] : '=';
  }
  return reply(url);
}

// The page asks for a frame (e.g. a test waiting for the UI to show a change).
EMSCRIPTEN_KEEPALIVE void h2045_request_redraw() {
  if (h2045::platform::web::g_requestRedraw) h2045::platform::web::g_requestRedraw();
}

}  // extern "C"
