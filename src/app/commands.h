// The one table of commands behind the automation API (App::command), the keyboard shortcuts
// and the F1 help overlay, so the three cannot drift apart. Adding a command: one row in
// commands.cpp (and its help text in assets/i18n/{en,vi}.json when it has a shortcut).
#pragma once

#include <string>
#include <vector>

namespace h2045::app {

struct Session;

// A key that runs a command. Letters and symbols come through the typed-character queue so they
// work with any backend and keyboard layout, and only while no text field has focus.
struct Shortcut {
  enum Kind { None, Character, FunctionKey, Ctrl, CtrlShift } kind = None;
  int code = 0;  // the character, the function key's number (1 = F1), or the ImGuiKey for Ctrl
};

struct CommandSpec {
  const char* name;      // "lang", "view", "needed.apply", ...
  const char* argument;  // what it takes, shown in error messages: "vi, en, toggle"
  bool (*run)(Session& s, const std::string& arg, std::string& error);
  // Keyboard: up to two shortcuts, the argument they pass, and how the help overlay shows them.
  Shortcut keys[2];
  const char* keyArgument;
  const char* keyText;   // "Ctrl+Z", "F / F11"; nullptr when the command has no shortcut
  const char* helpKey;   // the help overlay's description
};

const std::vector<CommandSpec>& commandTable();
const CommandSpec* findCommand(const std::string& name);

// Runs a command by name (the automation API). On error returns false with a message naming the
// command and what it accepts; nothing changes.
bool runCommand(Session& s, const std::string& name, const std::string& arg, std::string& error);

// Runs the commands whose shortcuts were pressed this frame.
void handleShortcuts(Session& s);

// The rows of the help overlay: {key text, description key}, in table order, with the view keys
// ("1 – 7") from the view table.
struct HelpRow {
  std::string keys;
  const char* descriptionKey;
};
std::vector<HelpRow> helpRows();

}  // namespace h2045::app
