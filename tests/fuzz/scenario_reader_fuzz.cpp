// libFuzzer target: the scenario document reader and the preset reader on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "scenario/presets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace h2045;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ScenarioDocument target;
  target.name = "kept";
  const ScenarioDocument before = target;
  std::string error;
  if (loadScenarioJson(text, target, error)) {
    fuzz::expectRoundTrips(target);
  } else {
    if (target != before) fuzz::fail("refused document changed the target", error);
    fuzz::expectPrintableMessage(error);
  }
  // The preset reader shares the syntax and document code; run it only where it can get past
  // the format check, which keeps the bounded run short.
  if (text.find("preset") == std::string_view::npos) return 0;
  if (auto preset = parsePresetJson(text, error)) {
    const std::string written = presetToJson(*preset);
    auto again = parsePresetJson(written, error);
    if (!again || !(*again == *preset)) fuzz::fail("preset changed through its file", written);
    if (presetToJson(*again) != written) fuzz::fail("preset file not canonical", written);
  } else {
    fuzz::expectPrintableMessage(error);
  }
  return 0;
}
