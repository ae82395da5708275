// Text from outside (a damaged file, a pasted link) shown back to a person: messages quote it,
// so it must never carry invalid UTF-8, terminal control sequences or an unbounded length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace h2045 {

// `bytes` as printable UTF-8: valid, printable characters are kept; invalid bytes become
// \xNN, control characters (C0, DEL, C1) and the bidirectional overrides that can reorder a
// terminal line become \xNN or \u202E. At most `maxChars` characters of the input are
// shown, then "..." (a cut never splits a character or an escape).
std::string printableText(std::string_view bytes, std::size_t maxChars = 60);

// printableText between double quotes: "\"Hà N\\xff\"".
std::string quotedText(std::string_view bytes, std::size_t maxChars = 60);

// A whole message made safe the same way (for errors built from parser output), kept to
// `maxChars` characters.
std::string printableMessage(std::string_view message, std::size_t maxChars = 400);

// Length of the valid UTF-8 sequence at the start of `s` (1-4), or 0 when the first byte
// does not start one (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8SequenceLength(std::string_view s);
// The code point of a valid sequence of `length` bytes at the start of `s`.
char32_t utf8CodePoint(std::string_view s, std::size_t length);

// Valid UTF-8 without control characters other than those listed in `allowedControls`
// (e.g. "\n\t" for a description) and without bidirectional overrides. On failure `problem`
// says what and where ("invalid UTF-8 at byte 4", "control character \x07 at character 3").
bool isPlainText(std::string_view s, std::string_view allowedControls, std::string& problem);
// Number of code points of valid UTF-8 text.
std::size_t utf8Length(std::string_view s);

}  // namespace h2045
