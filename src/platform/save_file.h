// Exported files on the desktop: written into the working folder. Desktop only.
#pragma once

#include <string>

namespace h2045::platform {

// Writes `bytes` to `fileName` in the working folder, or, when that name is taken, to
// "name-2.ext", "name-3.ext", ... so an earlier export is never overwritten. `where` is the
// absolute path written. Returns false with a message.
bool saveNumberedFile(const std::string& fileName, const std::string& bytes, std::string& where, std::string& error);

}  // namespace h2045::platform
