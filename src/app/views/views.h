// The result views (tabs), one file each, and the one table that lists them. The table drives
// the tab bar, the number-key shortcuts, the help overlay, the automation API's view names and
// the tests. Adding a view: a new file in this folder with its draw function, one row (and the
// function's declaration above it) in views.cpp, and its title in assets/i18n/{en,vi}.json.
#pragma once

#include <string_view>
#include <vector>

namespace h2045::app {

struct Session;

struct ViewSpec {
  const char* id;        // automation name and tab id: "chart", "decomposition", ...
  const char* titleKey;  // tab label
  const char* shortTitleKey;  // where the full labels do not fit in one row (projectors)
  char shortcut;         // key that opens it ('1' ... )
  void (*draw)(Session& s);
  bool showsResults;     // hidden behind a card until the reveal in predict mode
  int (*badge)(const Session& s);  // a count shown after the title (warnings), or nullptr
};

const std::vector<ViewSpec>& viewTable();
int findView(std::string_view id);  // -1 when unknown

}  // namespace h2045::app
