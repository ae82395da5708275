// What every fuzz target asserts beyond "no crash, no sanitizer report": a refused input
// leaves the caller's document alone and gets a printable, bounded message; an accepted one
// survives every writer and reader the app chains after it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "scenario/safe_text.h"
#include "scenario/scenario_file.h"
#include "scenario/share_link.h"

namespace h2045::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz check failed: %s: %s\n", what, printableText(detail, 400).c_str());
  std::abort();
}

inline void expectPrintableMessage(const std::string& error) {
  std::string problem;
  if (error.empty()) fail("empty message", "");
  if (!isPlainText(error, "", problem)) fail("message not printable", problem + " in " + error);
  if (utf8Length(error) > 1000) fail("message too long", error);
}

// A valid document must write, read back and link without loss.
inline void expectRoundTrips(const ScenarioDocument& doc) {
  if (std::string msg = checkDocument(doc); !msg.empty()) fail("accepted document breaks the rules", msg);
  std::string error;
  const std::string text = scenarioToJson(doc);
  auto again = parseScenarioJson(text, error);
  if (!again) fail("written document does not read back", error);
  if (*again != doc) fail("document changed through a file", text);
  if (scenarioToJson(*again) != text) fail("file not canonical", text);
  const std::string link = shareLinkFragment(doc);
  auto linked = decodeShareLink(link, error);
  if (!linked) fail("link does not decode", error + " for " + link);
  if (*linked != doc) fail("document changed through a link", link);
  if (shareLinkFragment(*linked) != link) fail("link not canonical", link);
}

}  // namespace h2045::fuzz
