// Text and numbers, the same on every machine and in every locale: the shortest decimal
// text that reads back as the same double, fixed-decimal text, strict and correctly
// rounded parsing, and reading a whole file. Formatting is fmt's (Dragonbox), parsing is
// fast_float's (Eisel-Lemire with an exact fallback); both are header-only, so the web
// build uses the same code as the native one.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace h2045::text {

// The shortest text that parses back to exactly `v`: "8", "0.1", "2.5e-07", "1e+300".
// Fixed notation up to 1e16; "nan", "inf" and "-inf" for the non-finite values, and "-0"
// for minus zero (callers that show numbers to people decide what those should read).
std::string formatShortest(double v);

// `v` with exactly `decimals` digits after the point (0 to 17), correctly rounded:
// formatFixed(2.675, 2) is "2.67" because the double nearest 2.675 lies below it.
std::string formatFixed(double v, int decimals);

// The whole text as one finite decimal number, correctly rounded to the nearest double:
// an optional '-', digits with an optional '.', an optional exponent ("1e-2", "6.52E3").
// Nothing else: no spaces, no '+', no "nan" or "inf", no hex, no thousands separators or
// decimal commas, nothing after the number, and nothing too large for a double ("1e400").
std::optional<double> parseDouble(std::string_view text);

// The whole text as a decimal integer that fits an int: an optional '-' and digits only.
std::optional<int> parseInt(std::string_view text);

// Reads the whole file at `path` into `text`. On failure returns false, leaves `text`
// unchanged and fills `error` with a sentence naming the file and the reason, for example
// "cannot open scenario file 'x.json': No such file or directory" (`what` is "scenario
// file"). At most `maxBytes` + 1 bytes are read, so a caller with a size limit can tell
// that the file is over it without reading all of a huge one.
bool readFile(const std::string& path, std::string& text, std::string& error, std::string_view what = "file",
              std::size_t maxBytes = std::numeric_limits<std::size_t>::max() - 1);
// Writes the whole text to `path` (replacing it); false with `error` naming the file and the
// reason. With the C library's files (not iostreams, which the web build does without).
bool writeFile(const std::string& path, std::string_view text, std::string& error, std::string_view what = "file");

}  // namespace h2045::text
