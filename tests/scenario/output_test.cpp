// Output formats: result JSON (no NaN, every field), lever table, targets, solver, CSV.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "scenario/output_json.h"
#include "scenario/scenario_file.h"
#include "project_words.h"

namespace h2045 {
namespace {

using Json = nlohmann::json;

// The project's own translations: the outputs' sentences and lever names come from them.
const Translations& translations() { return test::projectTranslations(); }
OutputWords english() { return OutputWords{translations(), Language::English}; }
OutputWords vietnamese() { return OutputWords{translations(), Language::Vietnamese}; }

// A small hand-made trajectory: the formatting code must not depend on the model's numbers.
Trajectory sampleTrajectory(int first = 2025, int last = 2030) {
  Trajectory t;
  t.baseYear = first;
  t.totalInvestmentRecordPct = 39;
  for (int year = first; year <= last; ++year) {
    YearResult& y = t.rows[t.count++];
    y.year = year;
    y.projected = year > first;
    y.grdpPerCapitaUsd = 7200.0 * std::pow(1.08, year - first);
    y.grdpPerCapitaUsd2025 = 7200.0 * std::pow(1.07, year - first);
    y.grdpPerCapitaMvnd = 179.2 * std::pow(1.09, year - first);
    y.realGrowthPct = 7.5;
    y.contributions = {3.0, 2.0, 1.0, 1.0, 0.5};
    y.population = 8.85;
    y.vndPerUsd = 24976;
  }
  return t;
}

TargetSet sampleTargets() {
  TargetSet set;
  set.id = "sample";
  set.nameEn = "Sample";
  set.nameVi = "Mẫu";
  set.targets = {{2028, 9000, 9500, false}, {2030, 10000, std::numeric_limits<double>::infinity(), false}};
  return set;
}

bool containsNonFinite(const Json& j) {
  if (j.is_number_float()) return !std::isfinite(j.get<double>());
  if (j.is_structured())
    for (const Json& child : j)
      if (containsNonFinite(child)) return true;
  return false;
}

TEST(ResultJson, HasEveryYearAndField) {
  const Trajectory t = sampleTrajectory();
  const TargetSet targets = sampleTargets();
  Json j = Json::parse(resultJson(Scenario::defaults(), t, &targets, english(), "Cơ sở"));
  EXPECT_EQ(j["format"], "hanoi2045-result");
  ASSERT_EQ(j["years"].size(), static_cast<std::size_t>(t.count));
  for (int i = 0; i < t.count; ++i) {
    const Json& y = j["years"][i];
    EXPECT_EQ(y["year"], t.rows[i].year);
    EXPECT_DOUBLE_EQ(y["grdp_per_capita_usd"].get<double>(), t.rows[i].grdpPerCapitaUsd);
    EXPECT_DOUBLE_EQ(y["grdp_per_capita_usd_2025"].get<double>(), t.rows[i].grdpPerCapitaUsd2025);
    EXPECT_DOUBLE_EQ(y["grdp_per_capita_mvnd"].get<double>(), t.rows[i].grdpPerCapitaMvnd);
    EXPECT_DOUBLE_EQ(y["real_growth_pct"].get<double>(), t.rows[i].realGrowthPct);
    for (const char* k : {"tfp", "private_capital", "infrastructure", "human_capital", "labour"})
      EXPECT_TRUE(y["contributions_pp"][k].is_number()) << k;
  }
  EXPECT_EQ(j["scenario"]["name"], "Cơ sở");
  EXPECT_EQ(j["target_set"]["id"], "sample");
  ASSERT_EQ(j["targets"].size(), 2u);
  EXPECT_EQ(j["targets"][0]["year"], 2028);
  EXPECT_TRUE(j["targets"][1]["high_usd"].is_null()) << "open target has no upper end";
  EXPECT_TRUE(j["warnings"].is_array());
}

TEST(ResultJson, NeverEmitsNaN) {
  Trajectory t = sampleTrajectory();
  t.rows[2].grdpPerCapitaUsd = kMissing;
  t.rows[3].contributions.tfp = std::numeric_limits<double>::infinity();
  t.rows[4].realGrowthPct = -std::numeric_limits<double>::infinity();
  const std::string text = resultJson(Scenario::defaults(), t, nullptr, english());
  EXPECT_EQ(text.find("nan"), std::string::npos);
  EXPECT_EQ(text.find("NaN"), std::string::npos);
  EXPECT_EQ(text.find(": inf"), std::string::npos);
  EXPECT_EQ(text.find(": -inf"), std::string::npos);
  EXPECT_EQ(text.find("Infinity"), std::string::npos);
  Json j = Json::parse(text);
  EXPECT_TRUE(j["years"][2]["grdp_per_capita_usd"].is_null());
  EXPECT_TRUE(j["years"][3]["contributions_pp"]["tfp"].is_null());
  EXPECT_TRUE(j["years"][4]["real_growth_pct"].is_null());
  EXPECT_FALSE(containsNonFinite(j));
  EXPECT_TRUE(j["target_set"].is_null());
  EXPECT_TRUE(j["targets"].empty());
}

TEST(ResultJson, EmbeddedScenarioReproducesTheRun) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = spec(ParamId::PublicInvestmentPct).maxValue;
  s.at(ParamId::PublicInvestmentPct).startYear = 2030;
  Json j = Json::parse(resultJson(s, sampleTrajectory(), nullptr, english()));
  std::string error;
  auto back = parseScenarioJson(j["scenario"].dump(), error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->scenario, s);
}

TEST(LeversJson, CoversTheWholeTable) {
  Scenario s = Scenario::defaults();
  s.at(ParamId::Beta).value = spec(ParamId::Beta).maxValue;
  Json j = Json::parse(leversJson(english(), &s));
  std::size_t levers = 0;
  for (const ParamSpec& p : paramSpecs()) levers += isLever(p.group) ? 1 : 0;
  EXPECT_EQ(j["levers"].size(), levers);
  EXPECT_EQ(j["assumptions"].size(), static_cast<std::size_t>(kParamCount) - levers);
  for (const char* section : {"levers", "assumptions"}) {
    for (const Json& e : j[section]) {
      auto param = findParam(e["id"].get<std::string>());
      ASSERT_TRUE(param) << e["id"];
      const ParamSpec& p = spec(*param);
      EXPECT_EQ(e["min"].get<double>(), p.minValue);
      EXPECT_EQ(e["max"].get<double>(), p.maxValue);
      EXPECT_EQ(e["default"].get<double>(), p.defaultValue);
      EXPECT_EQ(e["value"].get<double>(), s.value(*param));
      EXPECT_EQ(e.contains("start_year"), isLever(p.group));
      EXPECT_FALSE(e["name_vi"].get<std::string>().empty());
    }
  }
  EXPECT_FALSE(containsNonFinite(j));
}

TEST(LeversJson, NamesComeFromTheTranslations) {
  Json j = Json::parse(leversJson(english()));
  for (const Json& e : j["levers"]) {
    const ParamSpec& p = spec(*findParam(e["id"].get<std::string>()));
    EXPECT_EQ(e["name_en"], paramName(translations().english, p));
    EXPECT_EQ(e["name_vi"], paramName(translations().vietnamese, p));
    EXPECT_EQ(e["description_vi"], paramDescription(translations().vietnamese, p));
    EXPECT_NE(e["name_vi"], e["name_en"]);
  }
}

TEST(ResultJson, WarningMessagesAreTheInterfacesSentences) {
  Trajectory t = sampleTrajectory();
  t.rows[3].totalInvestmentPct = 55;  // far above any recorded share
  for (const OutputWords& words : {english(), vietnamese()}) {
    Json j = Json::parse(resultJson(Scenario::defaults(), t, nullptr, words));
    ASSERT_FALSE(j["warnings"].empty());
    const Json& w = j["warnings"][0];
    EXPECT_EQ(w["kind"], "investment_share_high");
    const Warning back{WarningKind::InvestmentShareHigh, w["year"].get<int>(), w["value"].get<double>(),
                       w["threshold"].get<double>()};
    EXPECT_EQ(w["message"], warningSentence(back, words.messages(), words.language));
  }
}

TEST(TargetsJson, LabelsAndOpenRanges) {
  EXPECT_EQ(targetLabel({2030, 12000, 13000, false}), "12,000\xE2\x80\x93" "13,000 USD");
  EXPECT_EQ(targetLabel({2045, 36000, std::numeric_limits<double>::infinity(), false}), "> 36,000 USD");
  EXPECT_EQ(targetLabel({2045, 45000, 45000, true}), "\xE2\x89\x88 45,000 USD");
  Json j = Json::parse(targetSetsJson({sampleTargets()}));
  ASSERT_EQ(j["target_sets"].size(), 1u);
  EXPECT_EQ(j["target_sets"][0]["name_vi"], "Mẫu");
  EXPECT_EQ(j["target_sets"][0]["targets"][0]["high_usd"], 9500.0);
  EXPECT_TRUE(j["target_sets"][0]["targets"][1]["high_usd"].is_null());
}

TEST(SolveJson, StatusAndNullForUnknownValue) {
  SolveResult unreachable;
  unreachable.status = SolveStatus::Unreachable;
  unreachable.iterations = 12;
  Json j = Json::parse(solveJson(Scenario::defaults(), ParamId::PublicInvestmentPct, 2045, 1e6, unreachable, english()));
  EXPECT_EQ(j["status"], "unreachable");
  EXPECT_TRUE(j["value"].is_null());
  EXPECT_EQ(j["lever"], "infra.public_investment_pct");
  EXPECT_NE(j["message"].get<std::string>().find("not reachable"), std::string::npos) << j["message"];
  j = Json::parse(solveJson(Scenario::defaults(), ParamId::PublicInvestmentPct, 2045, 1e6, unreachable, vietnamese()));
  const std::string vi = j["message"];
  EXPECT_NE(vi.find("1.000.000 USD"), std::string::npos) << vi;  // Vietnamese thousands
  EXPECT_NE(vi.find("15,0 "), std::string::npos) << vi;          // the range's upper end, decimal comma

  SolveResult found;
  found.status = SolveStatus::Found;
  found.value = 9.25;
  found.achievedUsd = 36001;
  j = Json::parse(solveJson(Scenario::defaults(), ParamId::PublicInvestmentPct, 2045, 36000, found, english()));
  EXPECT_EQ(j["status"], "found");
  EXPECT_EQ(j["value"], 9.25);
  EXPECT_EQ(j["achieved_usd"], 36001.0);
}

// --- CSV -------------------------------------------------------------------------

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// Splits one RFC 4180 record (quotes may hold separators and doubled quotes).
std::vector<std::string> splitRecord(const std::string& line, char sep) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else fields.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == sep) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

TEST(TrajectoryCsv, BomCrlfQuotingAndOneRowPerYear) {
  const Trajectory t = sampleTrajectory();
  const std::string csv = trajectoryCsv(t, english());
  ASSERT_EQ(csv.compare(0, 3, "\xEF\xBB\xBF"), 0) << "UTF-8 byte-order mark";
  auto lines = splitLines(csv.substr(3));
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(t.count) + 1);
  auto header = splitRecord(lines[0], ',');
  EXPECT_EQ(header[0], "Year");
  EXPECT_NE(std::find(header.begin(), header.end(), "GRDP per person (USD, current)"), header.end())
      << "a header holding a comma survives quoting";
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto row = splitRecord(lines[i], ',');
    ASSERT_EQ(row.size(), header.size()) << lines[i];
    EXPECT_EQ(row[0], std::to_string(t.rows[i - 1].year));
    const auto usd = std::find(header.begin(), header.end(), "GRDP per person (USD, current)") - header.begin();
    EXPECT_NEAR(std::stod(row[usd]), t.rows[i - 1].grdpPerCapitaUsd, 0.05);
  }
}

TEST(TrajectoryCsv, VietnameseHeadersAndDecimalComma) {
  Trajectory t = sampleTrajectory();
  t.rows[1].grdpPerCapitaUsd = kMissing;
  CsvOptions options;
  options.decimalComma = true;
  const std::string csv = trajectoryCsv(t, vietnamese(), options);
  auto lines = splitLines(csv.substr(3));
  auto header = splitRecord(lines[0], ';');
  EXPECT_EQ(header[0], "Năm");
  EXPECT_NE(std::find(header.begin(), header.end(), "GRDP bình quân đầu người (USD, giá hiện hành)"), header.end());
  auto row = splitRecord(lines[2], ';');
  ASSERT_EQ(row.size(), header.size());
  EXPECT_EQ(row[2], "") << "unknown value is an empty cell";
  EXPECT_EQ(row[3].find('.'), std::string::npos);
  EXPECT_NE(row[3].find(','), std::string::npos) << row[3];
  EXPECT_EQ(csv.find("nan"), std::string::npos);
}

// One column table: every CSV column is a field of the JSON rows (contributions nested), and
// every header is a translation in both languages, not its key.
TEST(YearColumns, CsvAndJsonCarryTheSameResults) {
  const Trajectory t = sampleTrajectory();
  const Json row = yearToJson(t.rows[1]);
  for (const YearColumn& c : yearColumns()) {
    SCOPED_TRACE(std::string(c.id));
    const Json& holder = c.contribution ? row.at("contributions_pp") : row;
    const std::string key = c.contribution ? c.contribution : std::string(c.id);
    ASSERT_TRUE(holder.contains(key));
    const double value = c.get(t.rows[1]);
    if (std::isfinite(value)) {
      EXPECT_EQ(holder.at(key).get<double>(), value);
    } else {
      EXPECT_TRUE(holder.at(key).is_null());
    }
    for (const OutputWords& words : {english(), vietnamese()}) {
      const std::string title = lookup(words.messages(), columnTitleKey(c));
      EXPECT_NE(title, columnTitleKey(c)) << "missing translation";
    }
  }
  for (const OutputWords& words : {english(), vietnamese()}) {
    auto header = splitRecord(splitLines(trajectoryCsv(t, words).substr(3))[0], ',');
    EXPECT_EQ(header.size(), yearColumns().size() + 2);  // year, kind, then the columns
  }
}

TEST(TrajectoryCsv, FieldQuoting) {
  EXPECT_EQ(csvField("plain"), "plain");
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvField("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(csvField("a;b", ','), "a;b");
}

}  // namespace
}  // namespace h2045
