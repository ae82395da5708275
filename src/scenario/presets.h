// Presets: named starting points (assets/scenarios/<id>.json), each a scenario document with
// its name, a one-paragraph explanation and a note on where every non-default value comes
// from, in Vietnamese and English.
//
//   {
//     "format": "hanoi2045-preset",
//     "version": 2,                       <- the scenario format version of the fields below
//     "id": "congress17",
//     "name_en": "...", "name_vi": "...",
//     "description_en": "...", "description_vi": "...",
//     "sources": {"en": "...", "vi": "..."},
//     "base_year": 2025, "target_set": "congress17_2020", "levers": {...}, "assumptions": {...}
//   }
//
// The scenario fields are read by the document reader (scenario_file.h), with its rules and
// messages; the file is written in canonical form, so load → save gives the same bytes.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/messages.h"
#include "scenario/scenario_file.h"

namespace h2045 {

constexpr std::string_view kPresetFormat = "hanoi2045-preset";

// The presets in the order menus show them: the status quo, the two official plans, one
// breakthrough each, then the downside.
constexpr std::array<std::string_view, 7> kPresetIds = {
    "baseline", "congress17", "master_plan_2024", "infrastructure_led", "reform_led", "human_capital_led", "downside"};

struct Preset {
  std::string id;
  std::string nameEn, nameVi;
  std::string descriptionEn, descriptionVi;
  std::string sourcesEn, sourcesVi;
  // The scenario and its targets. Its name and description are empty: the preset's words
  // are in two languages, and a link or a file takes the name in the person's language
  // (see documentIn).
  ScenarioDocument document;

  const std::string& name(Language lang) const { return lang == Language::Vietnamese ? nameVi : nameEn; }
  const std::string& description(Language lang) const {
    return lang == Language::Vietnamese ? descriptionVi : descriptionEn;
  }
  const std::string& sources(Language lang) const { return lang == Language::Vietnamese ? sourcesVi : sourcesEn; }
  // What choosing the preset loads: the document named in `lang`, without a description
  // (it would make every link long; the preset menu shows it).
  ScenarioDocument documentIn(Language lang) const;
  bool operator==(const Preset& o) const;
};

// Parses one preset file's text; errors name the field path.
std::optional<Preset> parsePresetJson(std::string_view json, std::string& error);
// The canonical text of a preset file.
std::string presetToJson(const Preset& preset);

// Reads <folder>/<id>.json for every id in kPresetIds, in that order. All or nothing: a
// missing, invalid or misnamed file, or a .json file in the folder that is no known preset,
// gives a message starting with the file's path and no presets at all.
std::optional<std::vector<Preset>> loadPresets(const std::string& folder, std::string& error);

// The preset with this id, or nullptr.
const Preset* findPreset(const std::vector<Preset>& presets, std::string_view id);

}  // namespace h2045
