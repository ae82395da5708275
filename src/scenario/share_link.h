// Share links: a whole scenario document in a URL fragment, "#s=<code>".
//
// The code is base64url (A–Z a–z 0–9 - _, no padding) of a small binary record: a version
// byte, then only what differs from the defaults (ParamId order is part of the format, see
// model.h), then a CRC-32 of everything before it. Names and descriptions travel as UTF-8.
// Decoding is all-or-nothing: a damaged, truncated, tampered, oversize or newer link gives a
// message and leaves the caller's document as it was. What comes out is data: the same rules
// as a file (checkDocument), and text is plain text, never markup.
//
// Layout after the version byte, records in ascending tag order, each at most once:
//   0x01 name          varint length, UTF-8 bytes
//   0x02 description   varint length, UTF-8 bytes
//   0x03 base year     varint (year − 2000)
//   0x04 target set    varint length, ASCII id
//   0x05 custom targets  count byte; per target: varint (year − 2000), flags (1 high present,
//                      2 approximate, 4 low as a double, 8 high as a double), low, high
//                      (varint whole USD, or 8 bytes of IEEE double, little-endian)
//   0x40 + ParamId     flags (1 value, 2 value as a double, 4 start year, 8 phase-in), then
//                      the value as varint steps from the minimum (snapToStep of min + k·step)
//                      or a double, varint (start year − 2000), varint phase-in years
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "scenario/scenario_file.h"

namespace h2045 {

constexpr int kShareLinkVersion = 1;
constexpr std::string_view kShareLinkPrefix = "#s=";
// A link longer than this is refused before decoding (a real one is well under 200).
constexpr std::size_t kMaxShareLinkChars = 8192;

// "#s=<code>" for the document (what a page URL ends with).
std::string shareLinkFragment(const ScenarioDocument& doc);
// The code alone (after "#s=").
std::string shareLinkCode(const ScenarioDocument& doc);

// Reads a link someone pasted: a whole URL ("https://…/#s=…", other fragment parameters
// joined with '&' are ignored), a fragment ("#s=…" or "s=…"), or the code alone; spaces
// and line breaks around it are ignored. The message starts with "share link: ".
std::optional<ScenarioDocument> decodeShareLink(std::string_view text, std::string& error);
// Replaces `target` only when the whole link is valid.
bool loadShareLink(std::string_view text, ScenarioDocument& target, std::string& error);

// CRC-32 (IEEE 802.3, the zlib one) of `bytes`.
std::uint32_t crc32(std::string_view bytes);

}  // namespace h2045
