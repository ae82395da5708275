// Browser integration: the C functions behind window.hanoi2045 (web/api.js) and the
// signals the page waits for. Compiled only in the web build.
#pragma once

#include <string>

namespace h2045::app {
class App;
}

namespace h2045::platform::web {

// Hands the running App to the exported functions; `requestRedraw` is called whenever a
// call changes something or the page asks for a frame, so the idle main loop wakes up and
// draws the next frame.
void exposeApp(app::App* app, void (*requestRedraw)());

// Resolves window.hanoi2045.ready (after the first frame is on the canvas).
void announceReady();
// Rejects window.hanoi2045.ready and shows the message on the page.
void announceFailure(const std::string& message);
// Full screen through the page's Fullscreen API. Browsers honour the request for a few
// seconds after a click or key press, which covers a button handled in the next frame.
bool isPageFullscreen();
void setPageFullscreen(bool on);

// Watches devicePixelRatio (window moved to another screen, page zoom) with a media query
// and a once-a-second look: when it changes without a 'resize' event, sends one, so SDL
// resizes the canvas's backing store and the next frame sees the new content scale. No
// animation frames: the idle page sleeps.
void watchPixelRatio();

// Hands a file to the person as a download (a Blob and an <a download>). `where` is the file
// name the browser was given.
bool download(const std::string& fileName, const std::string& mimeType, const std::string& bytes, std::string& where,
              std::string& error);
// Lasting storage: the browser's localStorage under "hanoi2045.<key>". A refused write
// (quota, private browsing, storage switched off) gives false and the browser's reason.
std::string loadStored(const std::string& key);
bool store(const std::string& key, const std::string& text, std::string& error);
// The system clipboard (asynchronous in the browser; a refusal is logged to the console).
bool copyToClipboard(const std::string& text);
// The page's address without its fragment and query: what share links start with.
std::string pageUrl();
// The page's fragment at start ("#s=…" or "").
std::string pageFragment();
// The address bar follows the document: the fragment is replaced, no history entry added,
// so a reload opens what is on screen; "" clears it.
void showLinkInAddressBar(const std::string& fragment);
// Opens share links the browser navigates to (a pasted address, Back and Forward: the
// 'hashchange' event) and scenario files dropped on the page.
void watchLinksAndDrops();
// The browser's file picker for a scenario file; the chosen file is opened as a dropped one.
void pickScenarioFile();

// Tells the page a frame was drawn (window.hanoi2045.frame() waits for it).
void announceFrame(int frameNumber);

}  // namespace h2045::platform::web
