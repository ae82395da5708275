// Share links: the binary record, its checksum and base64url.
#include "scenario/share_link.h"

#include <array>
#include <cmath>
#include <cstring>
#include <limits>

#include "model/results.h"
#include "scenario/safe_text.h"

namespace h2045 {

namespace {

constexpr int kYearOrigin = 2000;
enum Tag : std::uint8_t {
  kName = 0x01,
  kDescription = 0x02,
  kBaseYear = 0x03,
  kTargetSet = 0x04,
  kCustomTargets = 0x05,
  kParamFirst = 0x40,  // + ParamId
};
static_assert(kParamFirst + kParamCount <= 0xFF, "ParamId must fit the tag byte");
enum ParamFlags : std::uint8_t { kHasValue = 1, kValueDouble = 2, kHasStart = 4, kHasPhase = 8 };
enum TargetFlags : std::uint8_t { kHasHigh = 1, kApproximate = 2, kLowDouble = 4, kHighDouble = 8 };

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const std::uint32_t v = (std::uint32_t(std::uint8_t(bytes[i])) << 16) | (std::uint32_t(std::uint8_t(bytes[i + 1])) << 8) |
                            std::uint8_t(bytes[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest == 1) {
    const std::uint32_t v = std::uint32_t(std::uint8_t(bytes[i])) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (rest == 2) {
    const std::uint32_t v = (std::uint32_t(std::uint8_t(bytes[i])) << 16) | (std::uint32_t(std::uint8_t(bytes[i + 1])) << 8);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

int base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// Strict: only the alphabet, no padding, no stray bits (so one text means one record).
bool fromBase64url(std::string_view text, std::string& out, std::string& error) {
  out.clear();
  std::uint32_t acc = 0;
  int bits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int v = base64Value(text[i]);
    if (v < 0) {
      const std::size_t n = utf8SequenceLength(text.substr(i));
      error = "character " + quotedText(text.substr(i, n ? n : 1), 1) + " at position " + std::to_string(i + 1) +
              " is not part of a link code (A-Z, a-z, 0-9, - and _)";
      return false;
    }
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  if (text.size() % 4 == 1) {
    error = "cut short (" + std::to_string(text.size()) + " characters cannot be a whole code)";
    return false;
  }
  if (bits > 0 && (acc & ((1u << bits) - 1)) != 0) {
    error = "damaged: the last character does not end a code";
    return false;
  }
  return true;
}

// --- Writing ---------------------------------------------------------------------

void putVarint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

void putDouble(std::string& out, double v) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  for (int i = 0; i < 8; ++i) out += static_cast<char>((bits >> (8 * i)) & 0xFF);
}

void putText(std::string& out, std::uint8_t tag, std::string_view text) {
  out += static_cast<char>(tag);
  putVarint(out, text.size());
  out.append(text.data(), text.size());
}

// The value a step count stands for: the same rounding as a slider (snapToStep).
double stepValue(const ParamSpec& p, std::uint64_t k) { return snapToStep(p, p.minValue + static_cast<double>(k) * p.step); }

// Steps from the minimum when they give back exactly `v`; otherwise the double is written.
std::optional<std::uint64_t> stepsFor(const ParamSpec& p, double v) {
  if (!(p.step > 0) || !std::isfinite(v) || v < p.minValue || v > p.maxValue) return std::nullopt;
  const double k = std::round((v - p.minValue) / p.step);
  if (!(k >= 0) || k > 1e9) return std::nullopt;
  const auto steps = static_cast<std::uint64_t>(k);
  std::uint64_t a = 0, b = 0;
  const double back = stepValue(p, steps);
  std::memcpy(&a, &back, sizeof a);
  std::memcpy(&b, &v, sizeof b);
  if (a != b) return std::nullopt;  // bit for bit, so -0 and the last ulp survive
  return steps;
}

bool isWholeAmount(double v) { return std::isfinite(v) && v >= 0 && v == std::floor(v) && v < 1e15; }

std::string encodeRecord(const ScenarioDocument& doc) {
  const ScenarioDocument defaults;
  std::string out;
  out += static_cast<char>(kShareLinkVersion);
  if (!doc.name.empty()) putText(out, kName, doc.name);
  if (!doc.description.empty()) putText(out, kDescription, doc.description);
  if (doc.scenario.baseYear != defaults.scenario.baseYear) {
    out += static_cast<char>(kBaseYear);
    putVarint(out, static_cast<std::uint64_t>(doc.scenario.baseYear - kYearOrigin));
  }
  if (doc.targetSetId != defaults.targetSetId) putText(out, kTargetSet, doc.targetSetId);
  if (!doc.customTargets.empty()) {
    out += static_cast<char>(kCustomTargets);
    out += static_cast<char>(doc.customTargets.size());
    for (const Target& t : doc.customTargets) {
      putVarint(out, static_cast<std::uint64_t>(t.year - kYearOrigin));
      const bool hasHigh = std::isfinite(t.highUsd);
      std::uint8_t flags = (hasHigh ? kHasHigh : 0) | (t.approximate ? kApproximate : 0) |
                           (isWholeAmount(t.lowUsd) ? 0 : kLowDouble) |
                           (hasHigh && !isWholeAmount(t.highUsd) ? kHighDouble : 0);
      out += static_cast<char>(flags);
      if (flags & kLowDouble) putDouble(out, t.lowUsd);
      else putVarint(out, static_cast<std::uint64_t>(t.lowUsd));
      if (hasHigh) {
        if (flags & kHighDouble) putDouble(out, t.highUsd);
        else putVarint(out, static_cast<std::uint64_t>(t.highUsd));
      }
    }
  }
  for (const ParamSpec& p : paramSpecs()) {
    const ParamSetting& set = doc.scenario.at(p.param);
    const ParamSetting& base = defaults.scenario.at(p.param);
    if (set == base) continue;
    std::uint8_t flags = 0;
    std::optional<std::uint64_t> steps;
    if (set.value != base.value || std::signbit(set.value) != std::signbit(base.value)) {
      flags |= kHasValue;
      steps = stepsFor(p, set.value);
      if (!steps) flags |= kValueDouble;
    }
    if (set.startYear != base.startYear) flags |= kHasStart;
    if (set.phaseInYears != base.phaseInYears) flags |= kHasPhase;
    out += static_cast<char>(kParamFirst + static_cast<int>(p.param));
    out += static_cast<char>(flags);
    if (flags & kHasValue) {
      if (steps) putVarint(out, *steps);
      else putDouble(out, set.value);
    }
    // A valid document's start year is 2010 or later; the clamp only keeps the cast defined.
    if (flags & kHasStart) putVarint(out, static_cast<std::uint64_t>(std::max(0, set.startYear - kYearOrigin)));
    if (flags & kHasPhase) putVarint(out, static_cast<std::uint64_t>(std::max(0, set.phaseInYears)));
  }
  const std::uint32_t crc = crc32(out);
  for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((crc >> s) & 0xFF);
  return out;
}

// --- Reading ----------------------------------------------------------------------

struct RecordReader {
  std::string_view bytes;
  std::size_t at = 0;
  std::string& error;

  bool fail(const std::string& what) {
    error = "damaged: " + what;
    return false;
  }
  bool byte(std::uint8_t& out, const char* what) {
    if (at >= bytes.size()) return fail(std::string("ends in the middle of the ") + what);
    out = static_cast<std::uint8_t>(bytes[at++]);
    return true;
  }
  bool varint(std::uint64_t& out, const char* what, std::uint64_t max) {
    out = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      std::uint8_t b = 0;
      if (!byte(b, what)) return false;
      out |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) {
        if (out > max) return fail(std::string("the ") + what + " is out of range");
        return true;
      }
    }
    return fail(std::string("the ") + what + " is too long");
  }
  bool number(double& out, const char* what) {
    if (bytes.size() - at < 8) return fail(std::string("ends in the middle of the ") + what);
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes[at + i])) << (8 * i);
    at += 8;
    std::memcpy(&out, &bits, sizeof out);
    return true;
  }
  bool text(std::string& out, const char* what, std::size_t maxBytes) {
    std::uint64_t n = 0;
    if (!varint(n, what, maxBytes)) return false;
    if (bytes.size() - at < n) return fail(std::string("ends in the middle of the ") + what);
    out.assign(bytes.data() + at, static_cast<std::size_t>(n));
    at += static_cast<std::size_t>(n);
    return true;
  }
  bool year(int& out, const char* what) {
    std::uint64_t v = 0;
    if (!varint(v, what, 200)) return false;
    out = kYearOrigin + static_cast<int>(v);
    return true;
  }
};

bool decodeRecord(std::string_view bytes, ScenarioDocument& out, std::string& error) {
  ScenarioDocument doc;
  RecordReader r{bytes, 1, error};  // after the version byte
  int lastTag = 0;
  while (r.at < bytes.size()) {
    std::uint8_t tag = 0;
    if (!r.byte(tag, "field")) return false;
    if (tag <= lastTag) return r.fail("fields out of order");
    lastTag = tag;
    switch (tag) {
      case kName:
        if (!r.text(doc.name, "name", kMaxNameChars * 4)) return false;
        break;
      case kDescription:
        if (!r.text(doc.description, "description", kMaxDescriptionChars * 4)) return false;
        break;
      case kBaseYear:
        if (!r.year(doc.scenario.baseYear, "base year")) return false;
        break;
      case kTargetSet:
        if (!r.text(doc.targetSetId, "target set", kMaxTargetSetIdChars)) return false;
        break;
      case kCustomTargets: {
        std::uint8_t count = 0;
        if (!r.byte(count, "custom targets")) return false;
        if (count == 0 || count > kMaxCustomTargets) return r.fail("the number of custom targets is out of range");
        for (int i = 0; i < count; ++i) {
          Target t;
          std::uint8_t flags = 0;
          if (!r.year(t.year, "custom target") || !r.byte(flags, "custom target")) return false;
          if (flags & ~(kHasHigh | kApproximate | kLowDouble | kHighDouble)) return r.fail("unknown custom target flags");
          std::uint64_t whole = 0;
          if (flags & kLowDouble) {
            if (!r.number(t.lowUsd, "custom target")) return false;
          } else {
            if (!r.varint(whole, "custom target", 1ull << 50)) return false;
            t.lowUsd = static_cast<double>(whole);
          }
          t.highUsd = std::numeric_limits<double>::infinity();
          if (flags & kHasHigh) {
            if (flags & kHighDouble) {
              if (!r.number(t.highUsd, "custom target")) return false;
            } else {
              if (!r.varint(whole, "custom target", 1ull << 50)) return false;
              t.highUsd = static_cast<double>(whole);
            }
          } else if (flags & kHighDouble) {
            return r.fail("unknown custom target flags");
          }
          t.approximate = (flags & kApproximate) != 0;
          doc.customTargets.push_back(t);
        }
        break;
      }
      default: {
        if (tag < kParamFirst || tag >= kParamFirst + kParamCount) return r.fail("unknown field");
        const ParamSpec& p = spec(static_cast<ParamId>(tag - kParamFirst));
        ParamSetting& set = doc.scenario.at(p.param);
        std::uint8_t flags = 0;
        if (!r.byte(flags, "setting")) return false;
        if (flags == 0 || (flags & ~(kHasValue | kValueDouble | kHasStart | kHasPhase)) ||
            ((flags & kValueDouble) && !(flags & kHasValue)))
          return r.fail("unknown setting flags");
        if (flags & kHasValue) {
          if (flags & kValueDouble) {
            if (!r.number(set.value, "setting")) return false;
          } else {
            std::uint64_t k = 0;
            const double maxSteps = p.step > 0 ? std::floor((p.maxValue - p.minValue) / p.step) + 1 : 0;
            if (!r.varint(k, "setting", static_cast<std::uint64_t>(maxSteps))) return false;
            set.value = stepValue(p, k);
          }
        }
        std::uint64_t v = 0;
        if (flags & kHasStart) {
          if (!r.year(set.startYear, "start year")) return false;
        }
        if (flags & kHasPhase) {
          if (!r.varint(v, "phase-in", 200)) return false;
          set.phaseInYears = static_cast<int>(v);
        }
        if (!isLever(p.group) && (flags & (kHasStart | kHasPhase))) return r.fail("timing given for an assumption");
        break;
      }
    }
  }
  // The same rules as a file, with the same field paths.
  std::string msg = checkDocument(doc);
  if (!msg.empty()) {
    error = msg;
    return false;
  }
  out = std::move(doc);
  return true;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The code inside whatever was pasted (see decodeShareLink).
std::string_view codeIn(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  const std::size_t hash = text.rfind('#');  // a code never holds one
  std::string_view fragment = hash == std::string_view::npos ? text : text.substr(hash + 1);
  // The fragment's parameters: "s=…", possibly among others joined by '&'.
  std::size_t start = 0;
  while (start <= fragment.size()) {
    std::size_t end = fragment.find('&', start);
    if (end == std::string_view::npos) end = fragment.size();
    std::string_view part = fragment.substr(start, end - start);
    if (part.size() >= 2 && part[0] == 's' && part[1] == '=') return part.substr(2);
    start = end + 1;
  }
  return fragment;  // the code alone, or a text that will be named as not a code
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t crc = 0xFFFFFFFFu;
  for (char ch : bytes) crc = table[(crc ^ static_cast<std::uint8_t>(ch)) & 0xFF] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

std::string shareLinkCode(const ScenarioDocument& doc) { return base64url(encodeRecord(doc)); }

std::string shareLinkFragment(const ScenarioDocument& doc) { return std::string(kShareLinkPrefix) + shareLinkCode(doc); }

std::optional<ScenarioDocument> decodeShareLink(std::string_view text, std::string& error) {
  const auto refuse = [&](const std::string& why) {
    error = printableMessage("share link: " + why);
    return std::nullopt;
  };
  if (text.size() > kMaxShareLinkChars)
    return refuse(std::to_string(text.size()) + " characters; allowed up to " + std::to_string(kMaxShareLinkChars));
  const std::string_view code = codeIn(text);
  if (code.empty()) return refuse("empty; expected #s= followed by the scenario's code");
  std::string bytes, why;
  if (!fromBase64url(code, bytes, why)) return refuse(why);
  if (bytes.size() < 5) return refuse("cut short: too few characters to hold a scenario");
  const int version = static_cast<std::uint8_t>(bytes[0]);
  if (version > kShareLinkVersion)
    return refuse("version " + std::to_string(version) + ": made by a newer release; this one reads link version " +
                  std::to_string(kShareLinkVersion));
  if (version < 1) return refuse("damaged: unknown link version 0");
  const std::string_view record(bytes.data(), bytes.size() - 4);
  std::uint32_t stored = 0;
  for (std::size_t i = bytes.size() - 4; i < bytes.size(); ++i) stored = (stored << 8) | static_cast<std::uint8_t>(bytes[i]);
  if (crc32(record) != stored)
    return refuse("damaged, cut short or changed: its checksum does not match (ask for the link again)");
  ScenarioDocument doc;
  if (!decodeRecord(record, doc, why)) return refuse(why);
  return doc;
}

bool loadShareLink(std::string_view text, ScenarioDocument& target, std::string& error) {
  auto doc = decodeShareLink(text, error);
  if (!doc) return false;
  target = std::move(*doc);
  return true;
}

}  // namespace h2045
