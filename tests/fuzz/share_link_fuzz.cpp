// libFuzzer target: the share-link decoder on arbitrary text, and on arbitrary records with a
// correct checksum (so the fuzzer gets past the CRC to the field decoder).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"

namespace {

std::string base64url(std::string_view bytes) {
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(acc >> bits) & 63];
    }
  }
  if (bits > 0) out += alphabet[(acc << (6 - bits)) & 63];
  return out;
}

void decode(std::string_view text) {
  using namespace h2045;
  ScenarioDocument target;
  target.name = "kept";
  const ScenarioDocument before = target;
  std::string error;
  if (loadShareLink(text, target, error)) {
    fuzz::expectRoundTrips(target);
  } else {
    if (target != before) fuzz::fail("refused link changed the target", error);
    fuzz::expectPrintableMessage(error);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  decode(input);
  // The same bytes as a record: version byte first, checksum appended.
  std::string record(input);
  const std::uint32_t crc = h2045::crc32(record);
  for (int s = 24; s >= 0; s -= 8) record += static_cast<char>((crc >> s) & 0xFF);
  decode("#s=" + base64url(record));
  return 0;
}
