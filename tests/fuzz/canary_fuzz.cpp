// A target with a planted bug, so the suite proves that a crash the fuzzer finds fails its
// test: it aborts on input starting with "FUZZ", and its seed is "FUZ".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size >= 4 && std::memcmp(data, "FUZZ", 4) == 0) std::abort();
  return 0;
}
