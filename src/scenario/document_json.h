// Inside src/scenario: the pieces of the document reader and writer that the preset files
// (presets.cpp) share, so there is one reader of a document's fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "scenario/scenario_file.h"

namespace h2045 {

using Json = nlohmann::json;

// Size limit, syntax (repeated keys refused), an object with the given "format" and an
// integer "version" in firstVersion..lastVersion. `what` names the kind in messages
// ("scenario file"). Messages may quote the input: callers pass them through printableMessage.
bool parseVersionedJson(std::string_view text, std::string_view format, std::string_view what, int firstVersion,
                        int lastVersion, Json& doc, int& version, std::string& error);

// The document fields of a current-version object (name, description, base_year, target_set,
// custom_targets, levers, assumptions), each checked; any other key is refused unless it is
// "format", "version" or one of `callerKeys`. `out` changes only on success.
bool readDocumentFields(const Json& doc, const std::vector<std::string>& callerKeys, ScenarioDocument& out,
                        std::string& error);

// Writes the document fields in the canonical order after what `doc` already holds.
void putDocumentFields(nlohmann::ordered_json& doc, const ScenarioDocument& file, ScenarioEntries entries);

}  // namespace h2045
