// Runs the built hanoi2045-cli as a separate process: exit codes, messages and outputs.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "model/sensitivity.h"
#include "scenario/scenario_file.h"

namespace h2045 {
namespace {

using Json = nlohmann::json;

struct Process {
  int exitCode = -1;
  std::string out, err;
};

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string tempPath(const std::string& name) { return ::testing::TempDir() + "h2045_cli_" + name; }

// Runs the CLI with `args` (shell syntax) and the test data folder unless `withDataDir` is
// false; `environment` ("NAME=value ...") is set for this run only.
Process cli(const std::string& args, bool withDataDir = true, const std::string& environment = "") {
  const std::string errPath = tempPath("stderr_" + std::to_string(::getpid()) + ".txt");
  std::string command = environment + (environment.empty() ? "" : " ") + "'" + H2045_CLI_PATH + "' " + args;
  if (withDataDir) command += std::string(" --data-dir '") + H2045_TEST_DATA_DIR + "'";
  command += " 2>'" + errPath + "'";
  Process p;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return p;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) p.out.append(buf, n);
  const int status = ::pclose(pipe);
  p.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  p.err = readAll(errPath);
  std::remove(errPath.c_str());
  return p;
}

bool has(const std::string& text, const std::string& fragment) { return text.find(fragment) != std::string::npos; }

Json runJson(const std::string& args) {
  Process p = cli("run " + args);
  EXPECT_EQ(p.exitCode, 0) << p.err;
  return Json::parse(p.out);
}

double usdIn(const Json& result, int year) {
  for (const Json& y : result["years"])
    if (y["year"] == year) return y["grdp_per_capita_usd"].get<double>();
  ADD_FAILURE() << "year " << year << " missing";
  return NAN;
}

const ParamSpec& publicInvestment() { return spec(ParamId::PublicInvestmentPct); }
std::string rangeText(const ParamSpec& p) { return formatNumber(p.minValue) + " to " + formatNumber(p.maxValue); }

// --- Usage ------------------------------------------------------------------------

TEST(Cli, HelpAndVersion) {
  Process help = cli("--help", false);
  EXPECT_EQ(help.exitCode, 0);
  for (const char* word : {"levers", "run", "solve", "targets", "--data-dir", "Exit codes"})
    EXPECT_TRUE(has(help.out, word)) << word;
  Process runHelp = cli("run --help", false);
  EXPECT_EQ(runHelp.exitCode, 0);
  for (const char* word : {"--scenario", "--set", "--base-year", "--format", "--target-set"})
    EXPECT_TRUE(has(runHelp.out, word)) << word;
  Process version = cli("--version", false);
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_TRUE(has(version.out, "hanoi2045-cli ")) << version.out;
}

TEST(Cli, MissingOrUnknownCommand) {
  EXPECT_EQ(cli("", false).exitCode, 1);
  Process p = cli("fly", false);
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_FALSE(p.err.empty());
  p = cli("run --no-such-option", true);
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "--no-such-option")) << p.err;
}

// --- Bad input: exit code and a message naming id, value and range ----------------------

TEST(Cli, UnknownIdInSet) {
  Process p = cli("run --set infra.public_investmnt_pct=8");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "unknown id")) << p.err;
  EXPECT_TRUE(has(p.err, "infra.public_investmnt_pct")) << p.err;
  EXPECT_TRUE(p.out.empty());
}

TEST(Cli, OutOfRangeValue) {
  const std::string id(publicInvestment().id);
  const double tooHigh = publicInvestment().maxValue + 5;
  Process p = cli("run --set " + id + "=" + formatNumber(tooHigh));
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, id)) << p.err;
  EXPECT_TRUE(has(p.err, formatNumber(tooHigh))) << p.err;
  EXPECT_TRUE(has(p.err, rangeText(publicInvestment()))) << p.err;
  EXPECT_TRUE(p.out.empty());
}

TEST(Cli, MalformedNumber) {
  const std::string id(publicInvestment().id);
  for (const char* bad : {"8x", "abc", "nan", "1e999"}) {
    Process p = cli("run --set " + id + "=" + bad);
    EXPECT_EQ(p.exitCode, 1) << bad;
    EXPECT_TRUE(has(p.err, id)) << p.err;
    EXPECT_TRUE(has(p.err, bad)) << p.err;
    EXPECT_TRUE(has(p.err, rangeText(publicInvestment()))) << p.err;
  }
  Process p = cli("solve --lever " + id + " --year 2045 --usd 36k");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "--usd")) << p.err;
  EXPECT_TRUE(has(p.err, "36k")) << p.err;
}

TEST(Cli, MissingScenarioFile) {
  Process p = cli("run --scenario /nonexistent/h2045/plan.json");
  EXPECT_EQ(p.exitCode, 2);
  EXPECT_TRUE(has(p.err, "/nonexistent/h2045/plan.json")) << p.err;
}

TEST(Cli, InvalidScenarioFileNamesTheProblem) {
  const std::string path = tempPath("invalid.json");
  std::ofstream(path) << R"({"format":"hanoi2045-scenario","version":1,"levers":{"infra.efficiency":3}})";
  Process p = cli("run --scenario '" + path + "'");
  EXPECT_EQ(p.exitCode, 2);
  EXPECT_TRUE(has(p.err, "infra.efficiency")) << p.err;
  EXPECT_TRUE(has(p.err, rangeText(spec(ParamId::InvestmentEfficiency)))) << p.err;
  std::remove(path.c_str());
}

TEST(Cli, BadFormat) {
  Process p = cli("run --format xml");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "xml")) << p.err;
  EXPECT_TRUE(has(p.err, "json or csv")) << p.err;
}

TEST(Cli, BadBaseYearAndTargetSet) {
  Process p = cli("run --base-year 2040");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "--base-year = 2040")) << p.err;  // names the option as typed
  EXPECT_TRUE(has(p.err, std::to_string(kFirstBaseYear) + " to " + std::to_string(kLastBaseYear))) << p.err;
  p = cli("run --target-set nowhere");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "nowhere")) << p.err;
  EXPECT_TRUE(has(p.err, "congress17_2020")) << p.err;
}

TEST(Cli, MissingDataFolder) {
  Process p = cli("run --data-dir /nonexistent/h2045/data", false);
  EXPECT_EQ(p.exitCode, 3);
  EXPECT_TRUE(has(p.err, "/nonexistent/h2045/data")) << p.err;
}

TEST(Cli, FindsDataWithoutBeingTold) {
  Process p = cli("targets", false, "env -u H2045_DATA_DIR");  // next to the program or the source tree
  EXPECT_EQ(p.exitCode, 0) << p.err;
  Json parsed;
  EXPECT_NO_THROW(parsed = Json::parse(p.out));
}

// --- Results -----------------------------------------------------------------------

TEST(Cli, RunJsonHasEveryYearTo2050) {
  Json j = runJson("--format json");
  std::vector<int> years;
  for (const Json& y : j["years"]) {
    years.push_back(y["year"].get<int>());
    EXPECT_TRUE(y["grdp_per_capita_usd"].is_number()) << y["year"];
    EXPECT_GT(y["grdp_per_capita_usd"].get<double>(), 0);
  }
  std::vector<int> expected;
  for (int y = 2025; y <= 2050; ++y) expected.push_back(y);
  EXPECT_EQ(years, expected);
  EXPECT_EQ(j["target_set"]["id"], "congress17_2020");
  EXPECT_FALSE(j["targets"].empty());
  for (const Json& t : j["targets"]) EXPECT_TRUE(t["met"].is_boolean());
}

TEST(Cli, MorePublicInvestmentRaises2045Income) {
  const double base = usdIn(runJson(""), 2045);
  const double more = usdIn(runJson("--set infra.public_investment_pct=10"), 2045);
  EXPECT_GT(more, base);
}

TEST(Cli, StartYearDelaysTheLever) {
  Json base = runJson("");
  Json late = runJson("--set infra.public_investment_pct=10 --set infra.public_investment_pct.start_year=2035");
  EXPECT_DOUBLE_EQ(usdIn(late, 2030), usdIn(base, 2030));
  EXPECT_GT(usdIn(late, 2050), usdIn(base, 2050));
}

TEST(Cli, BaseYear2020Replays) {
  Json j = runJson("--base-year 2020");
  ASSERT_FALSE(j["years"].empty());
  EXPECT_EQ(j["years"].front()["year"], 2020);
  EXPECT_EQ(j["years"].back()["year"], 2050);
  EXPECT_EQ(j["base_year"], 2020);
}

TEST(Cli, ScenarioFileGivesTheSameRunAsSet) {
  const std::string path = tempPath("scenario.json");
  Process saved = cli("scenario --set infra.public_investment_pct=10 --name test -o '" + path + "'", false);
  ASSERT_EQ(saved.exitCode, 0) << saved.err;
  Json fromFile = runJson("--scenario '" + path + "'");
  Json fromSet = runJson("--set infra.public_investment_pct=10");
  EXPECT_EQ(fromFile["years"], fromSet["years"]);
  EXPECT_EQ(fromFile["scenario"]["name"], "test");
  std::remove(path.c_str());
}

TEST(Cli, CsvOpensAsATable) {
  Process p = cli("run --format csv");
  ASSERT_EQ(p.exitCode, 0) << p.err;
  ASSERT_EQ(p.out.compare(0, 3, "\xEF\xBB\xBF"), 0);
  std::size_t lines = 0;
  for (std::size_t pos = 0; (pos = p.out.find("\r\n", pos)) != std::string::npos; pos += 2) ++lines;
  EXPECT_EQ(lines, 1u + (2050 - 2025 + 1));
  Process vi = cli("run --format csv --lang vi");
  ASSERT_EQ(vi.exitCode, 0) << vi.err;
  EXPECT_EQ(vi.out.compare(3, 4, "Năm"), 0);
}

TEST(Cli, LeversAndTargets) {
  Process levers = cli("levers", false);
  ASSERT_EQ(levers.exitCode, 0) << levers.err;
  Json l = Json::parse(levers.out);
  EXPECT_EQ(l["levers"].size() + l["assumptions"].size(), static_cast<std::size_t>(kParamCount));
  Process targets = cli("targets");
  ASSERT_EQ(targets.exitCode, 0) << targets.err;
  Json t = Json::parse(targets.out);
  bool foundSeed = false;
  for (const Json& set : t["target_sets"]) {
    if (set["id"] != "congress17_2020") continue;
    for (const Json& target : set["targets"])
      if (target["year"] == 2045) foundSeed = target["low_usd"] == 36000.0;  // the seed article's goal
  }
  EXPECT_TRUE(foundSeed);
}

// --- What's needed -------------------------------------------------------------------

TEST(Cli, SolveAnswersAndAgreesWithRun) {
  const std::string id(publicInvestment().id);
  const double base = usdIn(runJson(""), 2045);
  const double most = usdIn(runJson("--set " + id + "=" + formatNumber(publicInvestment().maxValue)), 2045);
  ASSERT_GT(most, base);
  const double target = std::round((base + most) / 2);

  Process p = cli("solve --lever " + id + " --year 2045 --usd " + formatNumber(target));
  ASSERT_EQ(p.exitCode, 0) << p.err;
  Json answer = Json::parse(p.out);
  ASSERT_EQ(answer["status"], "found") << p.out;
  const double value = answer["value"].get<double>();
  EXPECT_GT(value, publicInvestment().defaultValue);
  EXPECT_LE(value, publicInvestment().maxValue);

  // Running at the answer reaches the target; a visibly smaller setting does not.
  const double reached = usdIn(runJson("--set " + id + "=" + formatNumber(value)), 2045);
  EXPECT_GE(reached, target * (1 - 1e-9));
  EXPECT_NEAR(reached, answer["achieved_usd"].get<double>(), 1e-6 * target);
  const double below = usdIn(runJson("--set " + id + "=" + formatNumber(value - publicInvestment().step)), 2045);
  EXPECT_LT(below, target);
}

TEST(Cli, SolveUnreachableAndBadQuestions) {
  const std::string id(publicInvestment().id);
  Process p = cli("solve --lever " + id + " --year 2045 --usd 5000000");
  EXPECT_EQ(p.exitCode, 4) << p.err;
  EXPECT_EQ(Json::parse(p.out)["status"], "unreachable");

  p = cli("solve --lever assume.beta --year 2045 --usd 36000");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "assume.beta")) << p.err;
  p = cli("solve --lever no.such --year 2045 --usd 36000");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "no.such")) << p.err;
  p = cli("solve --lever " + id + " --year 2060 --usd 36000");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "2060")) << p.err;
  EXPECT_TRUE(has(p.err, "2050")) << p.err;
  p = cli("solve --lever " + id + " --year 2045 --usd -5");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "-5")) << p.err;
  p = cli("solve --year 2045 --usd 36000");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "--lever")) << p.err;
  // Years far outside int are refused by range, not cast (the cast would be undefined).
  for (const char* year : {"1e300", "-1e300", "2045.5"}) {
    p = cli("solve --lever " + id + " --year " + year + " --usd 36000");
    EXPECT_EQ(p.exitCode, 1) << year;
    EXPECT_TRUE(has(p.err, "allowed a whole year 2026 to 2050")) << p.err;
  }
}


TEST(Cli, SolveAlreadyMet) {
  const std::string id(publicInvestment().id);
  Process p = cli("solve --lever " + id + " --year 2030 --usd 1000");
  ASSERT_EQ(p.exitCode, 0) << p.err;
  Json answer = Json::parse(p.out);
  EXPECT_EQ(answer["status"], "already_met");
  EXPECT_EQ(answer["value"].get<double>(), publicInvestment().defaultValue);
}

// --- Output files and data discovery -------------------------------------------------

TEST(Cli, OutputFile) {
  const std::string path = tempPath("result.json");
  Process p = cli("run --compact -o '" + path + "'");
  ASSERT_EQ(p.exitCode, 0) << p.err;
  EXPECT_TRUE(p.out.empty());
  const std::string text = readAll(path);
  EXPECT_EQ(text.find('\n'), text.size() - 1) << "compact JSON is one line";
  EXPECT_EQ(Json::parse(text)["format"], "hanoi2045-result");
  std::remove(path.c_str());

  p = cli("run -o /nonexistent/h2045/dir/result.json");
  EXPECT_EQ(p.exitCode, 2);
  EXPECT_TRUE(has(p.err, "/nonexistent/h2045/dir/result.json")) << p.err;
}

TEST(Cli, DataFolderFromEnvironment) {
  // Read when no --data-dir is given; a wrong one is reported, never silently skipped.
  Process good = cli("targets", false, std::string("H2045_DATA_DIR='") + H2045_TEST_DATA_DIR + "'");
  EXPECT_EQ(good.exitCode, 0) << good.err;
  Process bad = cli("targets", false, "H2045_DATA_DIR=/nonexistent/h2045/env");
  EXPECT_EQ(bad.exitCode, 3);
  EXPECT_TRUE(has(bad.err, "/nonexistent/h2045/env")) << bad.err;
  EXPECT_TRUE(has(bad.err, "H2045_DATA_DIR")) << bad.err;
}

// A copy of the program in <tmp>/bin finds <tmp>/assets/data before the source tree:
// the copied data differ (one target set dropped) so the test can tell which was read.
TEST(Cli, FindsDataNextToTheProgram) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(::testing::TempDir()) / ("h2045_cli_layout_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "bin");
  fs::create_directories(root / "assets" / "data");
  fs::copy_file(H2045_CLI_PATH, root / "bin" / "hanoi2045-cli");
  for (const auto& entry : fs::directory_iterator(H2045_TEST_DATA_DIR)) {
    if (entry.path().filename() != "targets.csv") {
      fs::copy_file(entry.path(), root / "assets" / "data" / entry.path().filename());
      continue;
    }
    std::ifstream in(entry.path());
    std::ofstream out(root / "assets" / "data" / "targets.csv");
    for (std::string line; std::getline(in, line);)
      if (line.rfind("master_plan_2024", 0) != 0) out << line << "\n";
  }
  const std::string command = "env -u H2045_DATA_DIR '" + (root / "bin" / "hanoi2045-cli").string() + "' targets";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_TRUE(pipe);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  const int status = ::pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  Json j = Json::parse(out);
  std::vector<std::string> ids;
  for (const Json& set : j["target_sets"]) ids.push_back(set["id"]);
  EXPECT_FALSE(ids.empty());
  EXPECT_EQ(std::find(ids.begin(), ids.end(), "master_plan_2024"), ids.end()) << "read the source tree instead";
  fs::remove_all(root);
}

// --- Every lever at both ends of its range: valid JSON, finite numbers, all years --------

TEST(Cli, ExtremeSettingsGiveFiniteResults) {
  for (const ParamSpec& p : paramSpecs()) {
    for (double v : {p.minValue, p.maxValue}) {
      const std::string setting = std::string(p.id) + "=" + formatNumber(v);
      Process run = cli("run --compact --set " + setting);
      ASSERT_EQ(run.exitCode, 0) << setting << ": " << run.err;
      Json j = Json::parse(run.out);  // NaN or inf would not parse
      ASSERT_EQ(j["years"].size(), 26u) << setting;
      for (const Json& y : j["years"]) {
        EXPECT_TRUE(y["grdp_per_capita_usd"].is_number()) << setting << " " << y["year"];
        EXPECT_GT(y["grdp_per_capita_usd"].get<double>(), 0) << setting;
      }
    }
  }
}

// --- Presets and share links --------------------------------------------------------

TEST(Cli, PresetsListsEveryPresetWithResultsAndLinks) {
  Process p = cli("presets");
  ASSERT_EQ(p.exitCode, 0) << p.err;
  const Json list = Json::parse(p.out)["presets"];
  ASSERT_EQ(list.size(), 7u);
  EXPECT_EQ(list[0]["id"], "baseline");
  for (const Json& preset : list) {
    const std::string id = preset["id"];
    // The listed 2045 figure is what `run --preset` gives.
    const Json run = runJson("--preset " + id + " --compact");
    EXPECT_EQ(preset["grdp_per_capita_usd_2045"].get<double>(), usdIn(run, 2045)) << id;
    EXPECT_EQ(preset["grdp_per_capita_usd_2030"].get<double>(), usdIn(run, 2030)) << id;
    EXPECT_LT(preset["link_chars"].get<int>(), 200) << id;
    EXPECT_EQ(preset["link"].get<std::string>().size(), preset["link_chars"].get<std::size_t>());
  }
}

TEST(Cli, LinkOfAPresetOpensToTheSameRun) {
  Process link = cli("link --preset reform_led --lang vi");
  ASSERT_EQ(link.exitCode, 0) << link.err;
  ASSERT_EQ(link.out.rfind("#s=", 0), 0u) << link.out;
  const std::string fragment = link.out.substr(0, link.out.find('\n'));
  const Json viaLink = runJson("--from-link 'https://example.org/hanoi2045/" + fragment + "' --compact");
  const Json viaPreset = runJson("--preset reform_led --lang vi --compact");
  EXPECT_EQ(viaLink["years"], viaPreset["years"]);
  Process doc = cli("scenario --from-link '" + fragment + "'");
  ASSERT_EQ(doc.exitCode, 0) << doc.err;
  EXPECT_TRUE(has(doc.out, "\"name\": \"D\u1eabn") || has(doc.out, "Dẫn dắt")) << doc.out;
}

TEST(Cli, DamagedLinkIsABadInput) {
  Process link = cli("link --preset congress17");
  ASSERT_EQ(link.exitCode, 0) << link.err;
  std::string fragment = link.out.substr(0, link.out.find('\n'));
  fragment[10] = fragment[10] == 'A' ? 'B' : 'A';
  Process p = cli("run --from-link '" + fragment + "'");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(p.out.empty());
  EXPECT_TRUE(has(p.err, "share link")) << p.err;
}

TEST(Cli, OneScenarioSourceAtATime) {
  Process p = cli("run --preset baseline --from-link '#s=AQEIQmFzZWxpbmWUXslz'");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "use one")) << p.err;
  p = cli("run --preset nonesuch");
  EXPECT_EQ(p.exitCode, 1);
  EXPECT_TRUE(has(p.err, "unknown preset")) << p.err;
}

TEST(Cli, DocumentTargetSetIsUsedUnlessTheOptionSaysOtherwise) {
  const std::string path = tempPath("custom_targets.json");
  std::ofstream(path) << R"({"format":"hanoi2045-scenario","version":2,"target_set":"custom",)"
                         R"("custom_targets":[{"year":2040,"low_usd":1000}]})";
  Json run = runJson("--scenario '" + path + "'");
  EXPECT_EQ(run["target_set"]["id"], "custom");
  ASSERT_EQ(run["targets"].size(), 1u);
  EXPECT_EQ(run["targets"][0]["year"], 2040);
  EXPECT_TRUE(run["targets"][0]["met"].get<bool>());
  run = runJson("--scenario '" + path + "' --target-set master_plan_2024");
  EXPECT_EQ(run["target_set"]["id"], "master_plan_2024");
  std::ofstream(path) << R"({"format":"hanoi2045-scenario","version":2,"target_set":"no_such_set"})";
  Process p = cli("run --scenario '" + path + "'");
  EXPECT_EQ(p.exitCode, 2);
  EXPECT_TRUE(has(p.err, "no_such_set")) << p.err;
  std::remove(path.c_str());
}

TEST(Cli, DamagedScenarioFileNeverPrintsRawBytes) {
  const std::string path = tempPath("damaged.json");
  std::ofstream(path, std::ios::binary) << "{\"format\":\"hanoi2045-scenario\",\"version\":2,\"name\":\"\xff\x1b[2J\"}";
  Process p = cli("run --scenario '" + path + "'");
  EXPECT_EQ(p.exitCode, 2);
  EXPECT_FALSE(has(p.err, "\xff")) << p.err;
  EXPECT_FALSE(has(p.err, "\x1b")) << p.err;
  EXPECT_TRUE(has(p.err, "\\xFF")) << p.err;
  std::remove(path.c_str());
}

TEST(Cli, CsvWithoutByteOrderMark) {
  Process with = cli("run --format csv");
  Process without = cli("run --format csv --no-bom");
  ASSERT_EQ(with.exitCode, 0);
  ASSERT_EQ(without.exitCode, 0);
  EXPECT_EQ(with.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(with.out.substr(3), without.out);
}

}  // namespace
}  // namespace h2045

namespace h2045 {
namespace {

// --- Monte Carlo --------------------------------------------------------------------

// The bands and chances of the model's own Monte Carlo, reproducible by seed, in JSON and CSV;
// bad path counts and formats are refused with a message.
TEST(Cli, MonteCarloGivesBandsAndChancesReproducibly) {
  Process a = cli("montecarlo --paths 300 --seed 11");
  ASSERT_EQ(a.exitCode, 0) << a.err;
  const Json j = Json::parse(a.out);
  EXPECT_EQ(j["format"], "hanoi2045-montecarlo");
  EXPECT_EQ(j["paths"], 300);
  EXPECT_EQ(j["percentiles"].size(), 5u);
  const Json* y2045 = nullptr;
  for (const Json& y : j["years"])
    if (y["year"] == 2045) y2045 = &y;
  ASSERT_NE(y2045, nullptr);
  const Json& band = (*y2045)["grdp_per_capita_usd"];
  for (size_t i = 1; i < band.size(); ++i) EXPECT_LE(band[i - 1].get<double>(), band[i].get<double>());
  const double single = usdIn(runJson(""), 2045);
  EXPECT_LT(band[0].get<double>(), single);
  EXPECT_GT(band[4].get<double>(), single);
  ASSERT_FALSE(j["targets"].empty());
  for (const Json& t : j["targets"]) {
    EXPECT_GE(t["probability"].get<double>(), 0.0);
    EXPECT_LE(t["probability"].get<double>(), 1.0);
  }
  EXPECT_EQ(cli("montecarlo --paths 300 --seed 11").out, a.out) << "the same seed, the same bands";
  EXPECT_NE(cli("montecarlo --paths 300 --seed 12").out, a.out);

  Process csv = cli("montecarlo --paths 200 --format csv");
  ASSERT_EQ(csv.exitCode, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("year,percentile,grdp_per_capita_usd,", 0), 0u) << csv.out.substr(0, 80);
  EXPECT_TRUE(has(csv.out, "\n2045,50,"));

  Process none = cli("montecarlo --paths 0");
  EXPECT_EQ(none.exitCode, 1);
  EXPECT_TRUE(has(none.err, "--paths = 0")) << none.err;
  Process xml = cli("montecarlo --format xml");
  EXPECT_EQ(xml.exitCode, 1);
  EXPECT_TRUE(has(xml.err, "unknown format")) << xml.err;
}

}  // namespace
}  // namespace h2045

namespace h2045 {
namespace {

// explain: the groups' shares add up to scenario − baseline, the baseline and the scenario are
// the single runs, what remains is the target less the scenario, and the 2025 miss adds up.
TEST(Cli, ExplainSplitsTheChangeIntoGroupsThatAddUp) {
  const std::string sets = "--set infra.public_investment_pct=9 --set inst.quality_target=85 --set assume.usd_drift_pct=1";
  Process p = cli("explain --year 2045 " + sets);
  ASSERT_EQ(p.exitCode, 0) << p.err;
  const Json j = Json::parse(p.out);
  EXPECT_EQ(j["format"], "hanoi2045-explain");
  EXPECT_EQ(j["year"], 2045);
  ASSERT_EQ(j["groups"].size(), 5u);
  for (const char* unit : {"grdp_per_capita_usd", "grdp_per_capita_usd_2025", "grdp_per_capita_mvnd"}) {
    double sum = 0;
    for (const Json& g : j["groups"]) sum += g["value"][unit].get<double>();
    EXPECT_NEAR(sum, j["scenario_value"][unit].get<double>() - j["baseline"][unit].get<double>(), 1e-6) << unit;
  }
  EXPECT_NEAR(j["scenario_value"]["grdp_per_capita_usd"].get<double>(), usdIn(runJson(sets), 2045), 1e-6);
  EXPECT_NEAR(j["baseline"]["grdp_per_capita_usd"].get<double>(), usdIn(runJson(""), 2045), 1e-6);
  EXPECT_EQ(j["groups"][0]["id"], "infrastructure");
  EXPECT_EQ(j["groups"][0]["changed"][0]["id"], "infra.public_investment_pct");
  EXPECT_EQ(j["groups"][3]["id"], "prices");
  EXPECT_LT(j["groups"][3]["value"]["grdp_per_capita_usd"].get<double>(), 0);
  EXPECT_TRUE(j["groups"][2]["changed"].empty());
  EXPECT_EQ(j["groups"][2]["value"]["grdp_per_capita_usd"].get<double>(), 0.0);
  EXPECT_NEAR(j["target"]["remaining"]["grdp_per_capita_usd"].get<double>(),
              36000 - j["scenario_value"]["grdp_per_capita_usd"].get<double>(), 1e-6);
  double parts = 0;
  for (const Json& part : j["past_miss"]["parts"]) parts += part["usd"].get<double>();
  EXPECT_NEAR(parts, j["past_miss"]["actual_usd"].get<double>() - j["past_miss"]["target_usd"].get<double>(), 1e-6);
  Process bad = cli("explain --year 2025");
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_TRUE(has(bad.err, "--year = 2025")) << bad.err;
}

TEST(Cli, TornadoListsEachParameterAtBothEndsLargestSwingFirst) {
  Process p = cli("tornado --paths 200");
  ASSERT_EQ(p.exitCode, 0) << p.err;
  const Json j = Json::parse(p.out);
  EXPECT_EQ(j["format"], "hanoi2045-tornado");
  EXPECT_EQ(j["year"], 2045);
  ASSERT_GE(j["entries"].size(), 20u);
  for (size_t i = 1; i < j["entries"].size(); ++i)
    EXPECT_GE(j["entries"][i - 1]["swing_usd"].get<double>(), j["entries"][i]["swing_usd"].get<double>());
  // An end of the tornado is the single run at that end.
  for (const Json& e : j["entries"]) {
    if (e["id"] != std::string(publicInvestment().id)) continue;
    const std::string top = std::string(publicInvestment().id) + "=" + formatNumber(publicInvestment().maxValue);
    EXPECT_NEAR(e["at_max_usd"].get<double>(), usdIn(runJson("--set " + top), 2045), 1e-6);
  }
  EXPECT_EQ(j["sources"].size(), static_cast<size_t>(kUncertaintySourceCount));
  EXPECT_GT(j["spread_all"].get<double>(), j["sources"][0]["spread"].get<double>() * 0.98);
  Process bad = cli("tornado --year 2020");
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_TRUE(has(bad.err, "--year = 2020")) << bad.err;
}

}  // namespace
}  // namespace h2045
