// Preset files: the metadata around a scenario document, and the fixed set in assets/scenarios.
#include "scenario/presets.h"

#include <algorithm>
#include <filesystem>

#include "scenario/document_json.h"
#include "scenario/safe_text.h"
#include "scenario/text.h"

namespace h2045 {

namespace {

constexpr std::size_t kMaxPresetDescriptionChars = 2000;
constexpr std::size_t kMaxPresetSourcesChars = 4000;

bool readText(const Json& doc, const char* key, const std::string& path, std::size_t maxChars, std::string& out,
              std::string& error) {
  if (!doc.contains(key)) {
    error = path + ": missing";
    return false;
  }
  const Json& v = doc[key];
  if (!v.is_string() || v.get_ref<const std::string&>().empty()) {
    error = path + ": expected a non-empty string";
    return false;
  }
  const std::string& text = v.get_ref<const std::string&>();
  std::string problem;
  if (!isPlainText(text, "", problem)) {
    error = path + ": " + problem;
    return false;
  }
  if (utf8Length(text) > maxChars) {
    error = path + ": " + std::to_string(utf8Length(text)) + " characters; allowed up to " + std::to_string(maxChars);
    return false;
  }
  out = text;
  return true;
}

bool isPresetId(std::string_view id) {
  return std::find(kPresetIds.begin(), kPresetIds.end(), id) != kPresetIds.end();
}

std::string presetIdList() {
  std::string ids;
  for (std::string_view id : kPresetIds) ids += (ids.empty() ? "" : ", ") + std::string(id);
  return ids;
}

}  // namespace

ScenarioDocument Preset::documentIn(Language lang) const {
  ScenarioDocument doc = document;
  doc.name = name(lang);
  doc.description.clear();
  return doc;
}

bool Preset::operator==(const Preset& o) const {
  return id == o.id && nameEn == o.nameEn && nameVi == o.nameVi && descriptionEn == o.descriptionEn &&
         descriptionVi == o.descriptionVi && sourcesEn == o.sourcesEn && sourcesVi == o.sourcesVi &&
         document == o.document;
}

std::optional<Preset> parsePresetJson(std::string_view text, std::string& error) {
  Json doc;
  int version = 0;
  std::string why;
  const auto refuse = [&]() {
    error = printableMessage(why);
    return std::nullopt;
  };
  // Presets ship with the program: only the current version exists.
  if (!parseVersionedJson(text, kPresetFormat, "preset file", kScenarioVersion, kScenarioVersion, doc, version, why))
    return refuse();
  Preset p;
  if (!doc.contains("id") || !doc["id"].is_string()) {
    why = "id: expected one of " + presetIdList();
    return refuse();
  }
  p.id = doc["id"].get<std::string>();
  if (!isPresetId(p.id)) {
    why = "id = " + quotedText(p.id, 40) + ": unknown preset; allowed " + presetIdList();
    return refuse();
  }
  if (!readText(doc, "name_en", "name_en", kMaxNameChars, p.nameEn, why) ||
      !readText(doc, "name_vi", "name_vi", kMaxNameChars, p.nameVi, why) ||
      !readText(doc, "description_en", "description_en", kMaxPresetDescriptionChars, p.descriptionEn, why) ||
      !readText(doc, "description_vi", "description_vi", kMaxPresetDescriptionChars, p.descriptionVi, why))
    return refuse();
  if (!doc.contains("sources") || !doc["sources"].is_object()) {
    why = "sources: expected an object {\"en\": \"...\", \"vi\": \"...\"}";
    return refuse();
  }
  const Json& sources = doc["sources"];
  for (const auto& [key, value] : sources.items()) {
    (void)value;
    if (key != "en" && key != "vi") {
      why = "sources: unknown field " + quotedText(key, 40) + "; allowed en, vi";
      return refuse();
    }
  }
  if (!readText(sources, "en", "sources.en", kMaxPresetSourcesChars, p.sourcesEn, why) ||
      !readText(sources, "vi", "sources.vi", kMaxPresetSourcesChars, p.sourcesVi, why))
    return refuse();
  // A preset's words are its own fields; the document's name and description stay empty.
  for (const char* key : {"name", "description"}) {
    if (doc.contains(key)) {
      why = std::string("unknown field \"") + key + "\"; a preset is named by name_en and name_vi";
      return refuse();
    }
  }
  if (!readDocumentFields(doc, {"id", "name_en", "name_vi", "description_en", "description_vi", "sources"},
                          p.document, why))
    return refuse();
  return p;
}

std::string presetToJson(const Preset& preset) {
  nlohmann::ordered_json doc;
  doc["format"] = kPresetFormat;
  doc["version"] = kScenarioVersion;
  doc["id"] = preset.id;
  doc["name_en"] = preset.nameEn;
  doc["name_vi"] = preset.nameVi;
  doc["description_en"] = preset.descriptionEn;
  doc["description_vi"] = preset.descriptionVi;
  doc["sources"] = {{"en", preset.sourcesEn}, {"vi", preset.sourcesVi}};
  ScenarioDocument body = preset.document;
  body.name.clear();
  body.description.clear();
  putDocumentFields(doc, body, ScenarioEntries::Changed);
  doc.erase("name");  // the preset's names above stand for it
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::optional<std::vector<Preset>> loadPresets(const std::string& folder, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    error = "preset folder '" + printableText(folder, 200) + "' not found";
    return std::nullopt;
  }
  // A stray file would otherwise be silently left out of the menu.
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const fs::path& path = entry.path();
    if (path.extension() != ".json") continue;
    if (!isPresetId(path.stem().string())) {
      error = printableText(path.string(), 200) + ": not a known preset (known: " + presetIdList() + ")";
      return std::nullopt;
    }
  }
  if (ec) {
    error = "preset folder '" + printableText(folder, 200) + "': " + ec.message();
    return std::nullopt;
  }
  std::vector<Preset> presets;
  for (std::string_view id : kPresetIds) {
    const std::string path = (fs::path(folder) / (std::string(id) + ".json")).string();
    std::string text, why;
    if (!text::readFile(path, text, why, "preset file", kMaxScenarioBytes)) {
      error = printableMessage(why, 600);
      return std::nullopt;
    }
    auto preset = parsePresetJson(text, why);
    if (!preset) {
      error = printableText(path, 200) + ": " + why;
      return std::nullopt;
    }
    if (preset->id != id) {
      error = printableText(path, 200) + ": id = \"" + preset->id + "\": the file of preset \"" + std::string(id) +
              "\" must have that id";
      return std::nullopt;
    }
    presets.push_back(std::move(*preset));
  }
  return presets;
}

const Preset* findPreset(const std::vector<Preset>& presets, std::string_view id) {
  for (const Preset& p : presets)
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace h2045
