// Printable quoting of untrusted bytes, and the plain-text rule for names and descriptions.
#include "scenario/safe_text.h"

#include <cstdio>

namespace h2045 {

std::size_t utf8SequenceLength(std::string_view s) {
  if (s.empty()) return 0;
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) n = 3;
  else if (c >= 0xF0 && c <= 0xF4) n = 4;
  else return 0;
  if (s.size() < n) return 0;
  for (std::size_t i = 1; i < n; ++i)
    if ((b(i) & 0xC0) != 0x80) return 0;
  // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if (c == 0xE0 && b(1) < 0xA0) return 0;
  if (c == 0xED && b(1) > 0x9F) return 0;
  if (c == 0xF0 && b(1) < 0x90) return 0;
  if (c == 0xF4 && b(1) > 0x8F) return 0;
  return n;
}

char32_t utf8CodePoint(std::string_view s, std::size_t length) {
  const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
  switch (length) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    default: return 0xFFFD;
  }
}

static bool isControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }
// Embeddings, overrides and isolates can make a line read differently from its bytes.
static bool isBidiControl(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

static std::string hexByte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02X", c);
  return buf;
}

std::string printableText(std::string_view bytes, std::size_t maxChars) {
  std::string out;
  std::size_t shown = 0;
  while (!bytes.empty()) {
    if (shown == maxChars) return out + "...";
    const std::size_t n = utf8SequenceLength(bytes);
    if (n == 0) {
      out += hexByte(static_cast<unsigned char>(bytes[0]));
      bytes.remove_prefix(1);
    } else {
      const char32_t c = utf8CodePoint(bytes, n);
      if (isControl(c)) {
        out += c < 0x80 ? hexByte(static_cast<unsigned char>(c)) : "\\u00" + hexByte(static_cast<unsigned char>(c)).substr(2);
      } else if (isBidiControl(c)) {
        char buf[12];
        std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
        out += buf;
      } else {
        out.append(bytes.data(), n);
      }
      bytes.remove_prefix(n);
    }
    ++shown;
  }
  return out;
}

std::string quotedText(std::string_view bytes, std::size_t maxChars) {
  return "\"" + printableText(bytes, maxChars) + "\"";
}

std::string printableMessage(std::string_view message, std::size_t maxChars) {
  return printableText(message, maxChars);
}

std::size_t utf8Length(std::string_view s) {
  std::size_t count = 0;
  while (!s.empty()) {
    const std::size_t n = utf8SequenceLength(s);
    s.remove_prefix(n ? n : 1);
    ++count;
  }
  return count;
}

bool isPlainText(std::string_view s, std::string_view allowedControls, std::string& problem) {
  std::size_t at = 0, offset = 0;
  while (offset < s.size()) {
    const std::string_view rest = s.substr(offset);
    const std::size_t n = utf8SequenceLength(rest);
    if (n == 0) {
      problem = "invalid UTF-8 at byte " + std::to_string(offset + 1);
      return false;
    }
    const char32_t c = utf8CodePoint(rest, n);
    const bool allowed = c < 0x80 && allowedControls.find(static_cast<char>(c)) != std::string_view::npos;
    if ((isControl(c) && !allowed) || isBidiControl(c)) {
      problem = "control character " + printableText(rest.substr(0, n), 1) + " at character " + std::to_string(at + 1);
      return false;
    }
    offset += n;
    ++at;
  }
  return true;
}

}  // namespace h2045
