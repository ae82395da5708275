#include "scenario/text.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fast_float/fast_float.h>
#include <fmt/compile.h>
#include <fmt/format.h>

namespace h2045::text {

// Format strings compiled with FMT_COMPILE: only the code for a double is instantiated, not
// fmt's run-time formatter for every type (35 KB less WebAssembly).
std::string formatShortest(double v) { return fmt::format(FMT_COMPILE("{}"), v); }

std::string formatFixed(double v, int decimals) {
  return fmt::format(FMT_COMPILE("{:.{}f}"), v, std::clamp(decimals, 0, 17));
}

std::optional<double> parseDouble(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  // fast_float also reads "nan", "inf" and "infinity": a number here starts with a digit
  // or a point, after at most one '-'.
  const char* p = first != last && *first == '-' ? first + 1 : first;
  if (p == last || !((*p >= '0' && *p <= '9') || *p == '.')) return std::nullopt;
  double value = 0;
  const fast_float::from_chars_result r = fast_float::from_chars(first, last, value, fast_float::chars_format::general);
  if (r.ec != std::errc() || r.ptr != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<int> parseInt(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  if (first == last || *first == '+') return std::nullopt;
  int value = 0;
  const std::from_chars_result r = std::from_chars(first, last, value);
  if (r.ec != std::errc() || r.ptr != last) return std::nullopt;
  return value;
}

bool readFile(const std::string& path, std::string& text, std::string& error, std::string_view what,
              std::size_t maxBytes) {
  const std::string name = std::string(what) + " '" + path + "'";
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    error = "cannot open " + name + ": " + std::strerror(errno);
    return false;
  }
  std::string content;
  char buffer[16384];
  while (content.size() <= maxBytes) {
    const std::size_t want = std::min(sizeof buffer, maxBytes + 1 - content.size());
    const std::size_t got = std::fread(buffer, 1, want, file);
    content.append(buffer, got);
    if (got < want) break;
  }
  const bool failed = std::ferror(file) != 0;
  const int reason = errno;
  std::fclose(file);
  if (failed) {
    error = "cannot read " + name + ": " + std::strerror(reason);
    return false;
  }
  text = std::move(content);
  return true;
}

bool writeFile(const std::string& path, std::string_view text, std::string& error, std::string_view what) {
  const std::string name = std::string(what) + " '" + path + "'";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) {
    error = "cannot write " + name + ": " + std::strerror(errno);
    return false;
  }
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const int reason = errno;
  if (std::fclose(file) != 0 || !written) {
    error = "writing " + name + " failed: " + std::strerror(written ? errno : reason);
    return false;
  }
  return true;
}

}  // namespace h2045::text
