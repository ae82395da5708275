#include "scenario/saved_list.h"

#include <algorithm>

#include "scenario/document_json.h"
#include "scenario/safe_text.h"

namespace h2045 {

std::string savedListToJson(const std::vector<ScenarioDocument>& list) {
  nlohmann::ordered_json doc;
  doc["format"] = kSavedListFormat;
  doc["version"] = kSavedListVersion;
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const ScenarioDocument& d : list) {
    nlohmann::ordered_json entry = nlohmann::ordered_json::object();
    putDocumentFields(entry, d, ScenarioEntries::Changed);
    entries.push_back(entry);
  }
  doc["scenarios"] = entries;
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::optional<std::vector<ScenarioDocument>> parseSavedList(std::string_view json, std::string& error) {
  Json doc;
  int version = 0;
  if (!parseVersionedJson(json, kSavedListFormat, "saved scenarios", kSavedListVersion, kSavedListVersion, doc, version,
                          error)) {
    error = printableMessage(error);
    return std::nullopt;
  }
  for (const auto& [key, value] : doc.items())
    if (key != "format" && key != "version" && key != "scenarios") {
      error = printableMessage("saved scenarios: unknown key \"" + key + "\" (known: format, version, scenarios)");
      return std::nullopt;
    }
  const auto it = doc.find("scenarios");
  if (it == doc.end() || !it->is_array()) {
    error = "saved scenarios: \"scenarios\" must be a list";
    return std::nullopt;
  }
  if (it->size() > kMaxSavedScenarios) {
    error = "saved scenarios: " + std::to_string(it->size()) + " scenarios; allowed at most " +
            std::to_string(kMaxSavedScenarios);
    return std::nullopt;
  }
  std::vector<ScenarioDocument> list;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const std::string where = "scenarios[" + std::to_string(i) + "]";
    const Json& entry = (*it)[i];
    if (!entry.is_object()) {
      error = where + ": must be an object";
      return std::nullopt;
    }
    ScenarioDocument d;
    if (!readDocumentFields(entry, {}, d, error)) {
      error = printableMessage(where + ": " + error);
      return std::nullopt;
    }
    if (d.name.empty()) {
      error = where + ".name: a saved scenario needs a name";
      return std::nullopt;
    }
    if (std::any_of(list.begin(), list.end(), [&](const ScenarioDocument& o) { return o.name == d.name; })) {
      error = printableMessage(where + ".name = \"" + d.name + "\": the name is already used by another entry");
      return std::nullopt;
    }
    list.push_back(std::move(d));
  }
  return list;
}

bool putSaved(std::vector<ScenarioDocument>& list, const ScenarioDocument& doc, std::string& error) {
  if (doc.name.empty()) {
    error = "a saved scenario needs a name";
    return false;
  }
  if (std::string problem = checkDocument(doc); !problem.empty()) {
    error = problem;
    return false;
  }
  for (ScenarioDocument& d : list)
    if (d.name == doc.name) {
      d = doc;
      return true;
    }
  if (list.size() >= kMaxSavedScenarios) {
    error = "at most " + std::to_string(kMaxSavedScenarios) + " saved scenarios: delete one first";
    return false;
  }
  list.push_back(doc);
  return true;
}

}  // namespace h2045
