// Data loading: the CSV files under assets/data become HistoricalData and TargetSets.
// Parsing is defensive: every rejected cell is reported as "file:line:column: reason".
#include "scenario/data.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "scenario/text.h"

namespace h2045 {

namespace {

std::string position(const std::string& file, int line, int column) {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

std::string cellError(const std::string& file, const CsvCell& cell, const std::string& why) {
  return position(file, cell.line, cell.column) + why;
}

bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Strict decimal syntax, correctly rounded and independent of the C locale (text.h): no
// thousands separators, no "nan"/"inf", nothing after the number. One leading '+' is
// allowed, as it always was in these files.
bool parseNumber(const std::string& s, double& out) {
  std::string_view number(s);
  if (number.size() > 1 && number.front() == '+' && number[1] != '-') number.remove_prefix(1);
  const std::optional<double> value = text::parseDouble(number);
  if (!value) return false;
  out = *value;
  return true;
}

bool parseInteger(const std::string& s, int& out) {
  const std::optional<int> value = text::parseInt(s);
  if (!value) return false;
  out = *value;
  return true;
}

std::string trim(const std::string& s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  return s.substr(a, b - a);
}

std::string joinPath(const std::string& dir, const char* file) {
  if (dir.empty()) return file;
  const char last = dir.back();
  return (last == '/' || last == '\\') ? dir + file : dir + "/" + file;
}

// A header row mapped to column indices; every row must have exactly as many cells.
struct Table {
  std::vector<CsvRow> rows;
  std::vector<std::string> names;
  std::string file;

  int column(const std::string& name) const {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return int(i);
    return -1;
  }
};

bool readTable(const std::string& text, const std::string& file, const std::vector<std::string>& required, Table& t,
               std::string& error) {
  t.file = file;
  std::vector<CsvRow> rows;
  if (!parseCsv(text, file, rows, error)) return false;
  if (rows.empty()) {
    error = position(file, 1, 1) + "the file is empty (expected a header row)";
    return false;
  }
  for (const CsvCell& c : rows[0]) t.names.push_back(trim(c.text));
  for (const std::string& name : required) {
    if (t.column(name) < 0) {
      error = position(file, rows[0].front().line, 1) + "missing column '" + name + "' in the header";
      return false;
    }
  }
  for (size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.size() == 1 && trim(row[0].text).empty()) continue;  // blank line
    if (row.size() != t.names.size()) {
      error = position(file, row.front().line, row.back().column) + "expected " + std::to_string(t.names.size()) +
              " columns, found " + std::to_string(row.size());
      return false;
    }
    t.rows.push_back(row);
  }
  return true;
}

const CsvCell& cell(const Table& t, const CsvRow& row, const char* name) { return row[size_t(t.column(name))]; }

bool readFlag(const Table& t, const CsvRow& row, char& flag, std::string& error) {
  const CsvCell& c = cell(t, row, "flag");
  const std::string f = trim(c.text);
  if (f != "A" && f != "B" && f != "C" && f != "U") {
    error = cellError(t.file, c, "flag must be A, B, C or U, found '" + f + "'");
    return false;
  }
  flag = f[0];
  return true;
}

// The citation in English ("source") and, when the file has the column, in Vietnamese
// ("source_vi"): a file that carries the column must fill it on every row.
bool readSource(const Table& t, const CsvRow& row, std::string& source, std::string& sourceVi, std::string& error) {
  const CsvCell& c = cell(t, row, "source");
  source = trim(c.text);
  if (source.empty()) {
    error = cellError(t.file, c, "every number needs a source");
    return false;
  }
  sourceVi.clear();
  if (t.column("source_vi") >= 0) {
    const CsvCell& vi = cell(t, row, "source_vi");
    sourceVi = trim(vi.text);
    if (sourceVi.empty()) {
      error = cellError(t.file, vi, "source_vi is empty: every source needs its Vietnamese text");
      return false;
    }
  }
  return true;
}

// A value cell: empty exactly when the flag is U (unconfirmed numbers are not shipped).
bool readValue(const Table& t, const CsvRow& row, const char* column, char flag, double& value, std::string& error) {
  const CsvCell& c = cell(t, row, column);
  const std::string v = trim(c.text);
  if (v.empty()) {
    if (flag != 'U') {
      error = cellError(t.file, c, "empty value needs flag U (unconfirmed)");
      return false;
    }
    value = kMissing;
    return true;
  }
  if (flag == 'U') {
    error = cellError(t.file, c, "a value flagged U (unconfirmed) must be left empty");
    return false;
  }
  if (!parseNumber(v, value)) {
    error = cellError(t.file, c, "'" + v + "' is not a number (use a plain decimal such as 1580 or 6.52)");
    return false;
  }
  return true;
}

bool readYear(const Table& t, const CsvRow& row, const char* column, int first, int last, int& year,
              std::string& error) {
  const CsvCell& c = cell(t, row, column);
  const std::string v = trim(c.text);
  if (!parseInteger(v, year) || year < first || year > last) {
    error = cellError(t.file, c,
                      "'" + v + "' is not a year between " + std::to_string(first) + " and " + std::to_string(last));
    return false;
  }
  return true;
}

double* fieldOf(HistoryYear& y, HistoryField f) {
  switch (f) {
    case HistoryField::RealGrowthPct: return &y.realGrowthPct;
    case HistoryField::GrdpTrillionVnd: return &y.grdpTrillionVnd;
    case HistoryField::GrdpPerCapitaMvnd: return &y.grdpPerCapitaMvnd;
    case HistoryField::GrdpPerCapitaUsd: return &y.grdpPerCapitaUsd;
    case HistoryField::PopulationMillions: return &y.populationMillions;
    case HistoryField::VndPerUsd: return &y.vndPerUsd;
    case HistoryField::DeflatorIndex: return &y.deflatorIndex;
    case HistoryField::VnCpiPct: return &y.vnCpiPct;
    case HistoryField::UsCpiPct: return &y.usCpiPct;
    case HistoryField::Count: break;
  }
  return nullptr;
}

// Levels must be positive; growth and inflation rates may be negative.
bool mustBePositive(HistoryField f) {
  return f != HistoryField::RealGrowthPct && f != HistoryField::VnCpiPct && f != HistoryField::UsCpiPct;
}

void ensureYears(HistoricalData& d) {
  if (!d.years.empty()) return;
  for (int y = kFirstHistoryYear; y <= kLastHistoryYear; ++y) {
    HistoryYear h;
    h.year = y;
    d.years.push_back(h);
  }
}

}  // namespace

bool parseCsv(const std::string& text, const std::string& fileName, std::vector<CsvRow>& rows, std::string& error) {
  rows.clear();
  size_t i = 0;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // UTF-8 BOM
  int line = 1, column = 1;
  CsvRow row;
  CsvCell current{"", line, column};
  bool quoted = false, wasQuoted = false;
  auto advance = [&](char ch) {
    if (ch == '\n') ++line, column = 1;
    else if (!isContinuationByte(static_cast<unsigned char>(ch))) ++column;
  };
  auto endCell = [&]() {
    row.push_back(current);
    current = CsvCell{"", line, column};
    wasQuoted = false;
  };
  while (i < text.size()) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          current.text += '"';
          advance(ch), advance(ch);
          i += 2;
          continue;
        }
        quoted = false;
        wasQuoted = true;
        advance(ch);
        ++i;
        continue;
      }
      current.text += ch;
      advance(ch);
      ++i;
      continue;
    }
    if (ch == '"') {
      if (!trim(current.text).empty() || wasQuoted) {
        error = position(fileName, line, column) + "unexpected quote inside a field";
        return false;
      }
      current.text.clear();
      quoted = true;
      advance(ch);
      ++i;
      continue;
    }
    if (ch == ',') {
      advance(ch);
      ++i;
      endCell();
      continue;
    }
    if (ch == '\r' || ch == '\n') {
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      endCell();
      rows.push_back(std::move(row));
      row.clear();
      advance('\n');
      current = CsvCell{"", line, column};
      ++i;
      continue;
    }
    if (wasQuoted && ch != ' ' && ch != '\t') {
      error = position(fileName, line, column) + "unexpected text after a closing quote";
      return false;
    }
    if (ch == '\0') {
      error = position(fileName, line, column) + "unexpected NUL byte (is this a text file?)";
      return false;
    }
    current.text += ch;
    advance(ch);
    ++i;
  }
  if (quoted) {
    error = position(fileName, current.line, current.column) + "quoted field is never closed";
    return false;
  }
  if (!row.empty() || !current.text.empty() || wasQuoted) {
    endCell();
    rows.push_back(std::move(row));
  }
  return true;
}

bool parseHistoryCsv(const std::string& text, const std::string& fileName, HistoricalData& into, std::string& error) {
  Table t;
  if (!readTable(text, fileName, {"year", "indicator", "value", "unit", "flag", "source"}, t, error)) return false;
  ensureYears(into);
  for (const CsvRow& row : t.rows) {
    int year = 0;
    if (!readYear(t, row, "year", kFirstHistoryYear, kLastHistoryYear, year, error)) return false;
    const CsvCell& indicatorCell = cell(t, row, "indicator");
    const std::string indicator = trim(indicatorCell.text);
    int field = -1;
    for (int f = 0; f < kHistoryFieldCount; ++f)
      if (historyFieldKey(HistoryField(f)) == indicator) field = f;
    if (field < 0) {
      error = cellError(fileName, indicatorCell, "unknown indicator '" + indicator + "'");
      return false;
    }
    char flag = 0;
    double value = kMissing;
    std::string source, sourceVi;
    if (!readFlag(t, row, flag, error) || !readValue(t, row, "value", flag, value, error) ||
        !readSource(t, row, source, sourceVi, error))
      return false;
    if (std::isfinite(value) && mustBePositive(HistoryField(field)) && value <= 0) {
      error = cellError(fileName, cell(t, row, "value"), indicator + " must be positive");
      return false;
    }
    HistoryYear& y = into.years[size_t(year - kFirstHistoryYear)];
    if (y.flag[size_t(field)] != 0) {
      error = cellError(fileName, indicatorCell,
                        "duplicate " + indicator + " for " + std::to_string(year) + " (each point appears once)");
      return false;
    }
    *fieldOf(y, HistoryField(field)) = value;
    y.flag[size_t(field)] = flag;
    y.source[size_t(field)] = source;
    y.sourceVi[size_t(field)] = sourceVi;
  }
  return true;
}

bool parsePeriodsCsv(const std::string& text, const std::string& fileName, HistoricalData& into, std::string& error) {
  Table t;
  if (!readTable(text, fileName, {"first_year", "last_year", "avg_real_growth_pct", "flag", "source"}, t, error))
    return false;
  for (const CsvRow& row : t.rows) {
    GrowthPeriod p;
    if (!readYear(t, row, "first_year", 1990, kLastHistoryYear, p.firstYear, error) ||
        !readYear(t, row, "last_year", 1990, kLastHistoryYear, p.lastYear, error) ||
        !readFlag(t, row, p.flag, error) || !readValue(t, row, "avg_real_growth_pct", p.flag, p.avgRealGrowthPct, error) ||
        !readSource(t, row, p.source, p.sourceVi, error))
      return false;
    if (p.lastYear < p.firstYear) {
      error = cellError(fileName, cell(t, row, "last_year"), "last_year is before first_year");
      return false;
    }
    if (into.period(p.firstYear, p.lastYear)) {
      error = cellError(fileName, cell(t, row, "first_year"), "duplicate period");
      return false;
    }
    into.periods.push_back(p);
  }
  return true;
}

bool parseFactsCsv(const std::string& text, const std::string& fileName, HistoricalData& into, std::string& error) {
  Table t;
  if (!readTable(text, fileName, {"id", "year", "value", "unit", "flag", "source"}, t, error)) return false;
  for (const CsvRow& row : t.rows) {
    DataFact f;
    const CsvCell& idCell = cell(t, row, "id");
    f.id = trim(idCell.text);
    if (f.id.empty()) {
      error = cellError(fileName, idCell, "empty id");
      return false;
    }
    if (into.fact(f.id)) {
      error = cellError(fileName, idCell, "duplicate id '" + f.id + "'");
      return false;
    }
    f.unit = trim(cell(t, row, "unit").text);
    if (!readYear(t, row, "year", 1990, kLastYear, f.year, error) || !readFlag(t, row, f.flag, error) ||
        !readValue(t, row, "value", f.flag, f.value, error) || !readSource(t, row, f.source, f.sourceVi, error))
      return false;
    into.facts.push_back(f);
  }
  for (std::string_view needed : kRequiredFacts) {
    const DataFact* f = into.fact(needed);
    if (!f || !std::isfinite(f->value)) {
      error = fileName + ": the model needs the fact '" + std::string(needed) + "' with a value";
      return false;
    }
  }
  return true;
}

std::optional<std::vector<TargetSet>> parseTargetsCsv(const std::string& text, const std::string& fileName,
                                                      std::string& error) {
  Table t;
  if (!readTable(text, fileName,
                 {"set_id", "name_en", "name_vi", "year", "low_usd", "high_usd", "approximate", "flag", "source"}, t,
                 error))
    return std::nullopt;
  std::vector<TargetSet> sets;
  for (const CsvRow& row : t.rows) {
    const CsvCell& idCell = cell(t, row, "set_id");
    const std::string id = trim(idCell.text);
    if (id.empty()) {
      error = cellError(fileName, idCell, "empty set_id");
      return std::nullopt;
    }
    const std::string nameEn = trim(cell(t, row, "name_en").text), nameVi = trim(cell(t, row, "name_vi").text);
    if (nameEn.empty() || nameVi.empty()) {
      error = cellError(fileName, cell(t, row, nameEn.empty() ? "name_en" : "name_vi"), "a target set needs both names");
      return std::nullopt;
    }
    TargetSet* set = nullptr;
    for (TargetSet& s : sets)
      if (s.id == id) set = &s;
    if (!set) {
      sets.push_back(TargetSet{id, nameEn, nameVi, {}});
      set = &sets.back();
    } else if (set->nameEn != nameEn || set->nameVi != nameVi) {
      error = cellError(fileName, cell(t, row, "name_en"), "names differ from earlier rows of set '" + id + "'");
      return std::nullopt;
    }
    Target target;
    char flag = 0;
    std::string source, sourceVi;
    if (!readYear(t, row, "year", kFirstHistoryYear, kLastYear, target.year, error) || !readFlag(t, row, flag, error) ||
        !readSource(t, row, source, sourceVi, error))
      return std::nullopt;
    if (flag == 'U') {
      error = cellError(fileName, cell(t, row, "flag"), "an unconfirmed target (U) cannot be shipped");
      return std::nullopt;
    }
    if (!readValue(t, row, "low_usd", flag, target.lowUsd, error)) return std::nullopt;
    if (!(target.lowUsd > 0)) {
      error = cellError(fileName, cell(t, row, "low_usd"), "low_usd must be positive");
      return std::nullopt;
    }
    const CsvCell& highCell = cell(t, row, "high_usd");
    if (trim(highCell.text).empty()) {
      target.highUsd = std::numeric_limits<double>::infinity();  // open "> X" target
    } else if (!parseNumber(trim(highCell.text), target.highUsd) || target.highUsd < target.lowUsd) {
      error = cellError(fileName, highCell, "high_usd must be empty (open target) or a number ≥ low_usd");
      return std::nullopt;
    }
    const CsvCell& approxCell = cell(t, row, "approximate");
    const std::string approx = trim(approxCell.text);
    if (approx != "0" && approx != "1") {
      error = cellError(fileName, approxCell, "approximate must be 0 or 1");
      return std::nullopt;
    }
    target.approximate = approx == "1";
    for (const Target& other : set->targets)
      if (other.year == target.year) {
        error = cellError(fileName, cell(t, row, "year"), "set '" + id + "' already has a target for this year");
        return std::nullopt;
      }
    set->targets.push_back(target);
  }
  return sets;
}

std::optional<HistoricalData> loadHistoricalData(const std::string& dataDir, std::string& error) {
  HistoricalData data;
  std::string text;
  struct Step {
    const char* file;
    bool (*parse)(const std::string&, const std::string&, HistoricalData&, std::string&);
  };
  const Step steps[] = {{kGrdpFile, parseHistoryCsv},
                        {kConversionFile, parseHistoryCsv},
                        {kPeriodsFile, parsePeriodsCsv},
                        {kFactsFile, parseFactsCsv}};
  for (const Step& step : steps) {
    const std::string path = joinPath(dataDir, step.file);
    if (!text::readFile(path, text, error, "data file") || !step.parse(text, path, data, error)) return std::nullopt;
  }
  return data;
}

std::optional<std::vector<TargetSet>> loadTargetSets(const std::string& dataDir, std::string& error) {
  const std::string path = joinPath(dataDir, kTargetsFile);
  std::string text;
  if (!text::readFile(path, text, error, "data file")) return std::nullopt;
  return parseTargetsCsv(text, path, error);
}

}  // namespace h2045
