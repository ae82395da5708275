// Loading Hanoi's historical data and the target sets from assets/data (CSV).
//
// Every file has a header row; values are plain decimals (no thousands separators); an
// empty value means "not known" and must carry flag U. Errors name the file, line and column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace h2045 {

// The CSV files under <dataDir>.
inline constexpr const char* kGrdpFile = "hanoi_grdp.csv";
inline constexpr const char* kConversionFile = "conversion.csv";
inline constexpr const char* kPeriodsFile = "growth_periods.csv";
inline constexpr const char* kFactsFile = "facts.csv";
inline constexpr const char* kTargetsFile = "targets.csv";

// Reads hanoi_grdp.csv, conversion.csv, growth_periods.csv and facts.csv from dataDir
// (e.g. "<assets>/data"). On failure returns nothing and sets error ("file:line:col: why").
std::optional<HistoricalData> loadHistoricalData(const std::string& dataDir, std::string& error);

// Reads targets.csv: the three official target sets (congress17_2020, master_plan_2024,
// revised_plan_2026), in file order.
std::optional<std::vector<TargetSet>> loadTargetSets(const std::string& dataDir, std::string& error);

// The same from text already in memory (tests, embedded assets). fileName is used in messages.
bool parseHistoryCsv(const std::string& text, const std::string& fileName, HistoricalData& into, std::string& error);
bool parsePeriodsCsv(const std::string& text, const std::string& fileName, HistoricalData& into, std::string& error);
bool parseFactsCsv(const std::string& text, const std::string& fileName, HistoricalData& into, std::string& error);
std::optional<std::vector<TargetSet>> parseTargetsCsv(const std::string& text, const std::string& fileName,
                                                      std::string& error);

// Generic CSV reader used by the above (RFC 4180 quoting, UTF-8 BOM and CRLF tolerated).
struct CsvCell {
  std::string text;
  int line = 0, column = 0;  // 1-based position of the cell's first character
};
using CsvRow = std::vector<CsvCell>;
bool parseCsv(const std::string& text, const std::string& fileName, std::vector<CsvRow>& rows, std::string& error);

}  // namespace h2045
