// hanoi2045-cli: the Hanoi 2045 Pathways model without a window, for scripts and batch runs.
//
//   hanoi2045-cli levers
//   hanoi2045-cli run --set infra.public_investment_pct=10 --format csv
//   hanoi2045-cli solve --lever infra.public_investment_pct --year 2045 --usd 36000
//   hanoi2045-cli targets
//   hanoi2045-cli presets
//   hanoi2045-cli link --preset congress17
//
// Results go to stdout (or --output), messages to stderr. Exit codes: docs/cli.md.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/data_dir.h"
#include "model/model.h"
#include "scenario/data.h"
#include "scenario/messages.h"
#include "scenario/output_json.h"
#include "scenario/presets.h"
#include "scenario/safe_text.h"
#include "scenario/scenario_file.h"
#include "scenario/share_link.h"

namespace h2045::cli {
namespace {

enum ExitCode : int {
  kOk = 0,
  kBadInput = 1,     // command line: unknown option or id, value out of range, malformed number
  kFileError = 2,    // scenario file missing or invalid, output file not writable
  kDataError = 3,    // data folder not found or its files invalid
  kUnreachable = 4,  // solve: the target cannot be reached within the lever's range
};

// Outcome of a step: code kOk, or an exit code with the message for stderr.
struct Status {
  int code = kOk;
  std::string message;
  bool ok() const { return code == kOk; }
};
Status failure(int code, std::string message) { return Status{code, std::move(message)}; }

// Options shared by the commands that build a scenario.
struct ScenarioOptions {
  // At most one source: a file, a preset or a share link (else the defaults).
  std::string scenarioPath;
  std::string presetId;
  std::string link;
  std::vector<std::string> settings;  // --set ID=VALUE, applied in order
  std::string baseYear;               // text, so a malformed year gets our own message
};

struct Globals {
  std::string dataDir;
  std::string outputPath;
  std::string language = "en";  // messages, and CSV headers
  const char* argv0 = nullptr;
  Translations translations;    // loaded before any command runs
  OutputWords words() const { return OutputWords{translations, language == "vi" ? Language::Vietnamese : Language::English}; }
};

// The lever names and the sentences of the outputs, from assets/i18n.
Status loadWords(Globals& g) {
  if (g.language != "en" && g.language != "vi")
    return failure(kBadInput, "--lang = \"" + g.language + "\": unknown language; allowed en or vi");
  DataDirChoice where = findTranslationDir(g.argv0);
  if (where.path.empty()) {
    std::string tried;
    for (const std::string& t : where.tried) tried += "\n  " + t;
    return failure(kDataError, "translation folder (assets/i18n) not found; tried:" + tried);
  }
  std::string error;
  if (!loadTranslationFolder(where.path, g.translations, error)) return failure(kDataError, error);
  return {};
}

// --- Building blocks ----------------------------------------------------------

Status loadPresetList(const Globals& g, std::vector<Preset>& out) {
  DataDirChoice where = findPresetDir(g.argv0);
  if (where.path.empty()) {
    std::string tried;
    for (const std::string& t : where.tried) tried += "\n  " + t;
    return failure(kDataError, "preset folder (assets/scenarios) not found; tried:" + tried);
  }
  std::string error;
  auto presets = loadPresets(where.path, error);
  if (!presets) return failure(kDataError, error);
  out = std::move(*presets);
  return {};
}

// --scenario, --preset or --from-link, then --base-year, then each --set, in this order.
Status buildScenario(const Globals& g, const ScenarioOptions& o, ScenarioFile& out) {
  std::string error;
  ScenarioFile file;
  const int sources = !o.scenarioPath.empty() + !o.presetId.empty() + !o.link.empty();
  if (sources > 1) return failure(kBadInput, "--scenario, --preset and --from-link each give the whole scenario; use one");
  if (!o.scenarioPath.empty()) {
    auto loaded = readScenarioFile(o.scenarioPath, error);
    if (!loaded) return failure(kFileError, error);
    file = std::move(*loaded);
  } else if (!o.presetId.empty()) {
    std::vector<Preset> presets;
    Status st = loadPresetList(g, presets);
    if (!st.ok()) return st;
    const Preset* preset = findPreset(presets, o.presetId);
    if (!preset) {
      std::string ids;
      for (std::string_view id : kPresetIds) ids += (ids.empty() ? "" : ", ") + std::string(id);
      return failure(kBadInput, "--preset = " + quotedText(o.presetId, 40) + ": unknown preset; allowed " + ids);
    }
    file = preset->documentIn(g.language == "vi" ? Language::Vietnamese : Language::English);
  } else if (!o.link.empty()) {
    auto decoded = decodeShareLink(o.link, error);
    if (!decoded) return failure(kBadInput, "--from-link: " + error);
    file = std::move(*decoded);
  }
  if (!o.baseYear.empty()) {
    auto year = parseNumber(o.baseYear);
    if (!year) {
      return failure(kBadInput, "--base-year = \"" + o.baseYear + "\": not a number; allowed a whole year " +
                                    std::to_string(kFirstBaseYear) + " to " + std::to_string(kLastBaseYear));
    }
    // checkBaseYear names the scenario-file field (base_year); the option is spelled --base-year.
    std::string msg = checkBaseYear(*year);
    if (!msg.empty()) return failure(kBadInput, "--base-year" + msg.substr(msg.find(' ')));
    file.scenario.baseYear = static_cast<int>(*year);
  }
  for (const std::string& setting : o.settings) {
    if (!applySetting(file.scenario, setting, error)) return failure(kBadInput, "--set: " + error);
  }
  if (auto invalid = validate(file.scenario)) return failure(kBadInput, describeValidationError(*invalid));
  out = std::move(file);
  return {};
}

struct Data {
  HistoricalData history;
  std::vector<TargetSet> targetSets;
  std::string dir;
};

Status loadData(const Globals& g, Data& out) {
  DataDirChoice where = findDataDir(g.dataDir, g.argv0);
  if (where.path.empty()) {
    std::string tried;
    for (const std::string& t : where.tried) tried += "\n  " + t;
    return failure(kDataError, "data folder not found; tried:" + tried +
                                   "\nGive one with --data-dir DIR or the H2045_DATA_DIR environment variable.");
  }
  std::string error;
  auto history = loadHistoricalData(where.path, error);
  if (!history) return failure(kDataError, error);
  auto sets = loadTargetSets(where.path, error);
  if (!sets) return failure(kDataError, error);
  out.history = std::move(*history);
  out.targetSets = std::move(*sets);
  out.dir = where.path;
  return {};
}

// Checks that need the data (e.g. the base year must have GRDP/person and population).
Status validateWithData(const Scenario& s, const Data& data) {
  if (auto invalid = validate(s, data.history)) return failure(kBadInput, describeValidationError(*invalid));
  return {};
}

const TargetSet* findTargetSet(const std::vector<TargetSet>& sets, const std::string& id) {
  for (const TargetSet& s : sets)
    if (s.id == id) return &s;
  return nullptr;
}

std::string targetSetIds(const std::vector<TargetSet>& sets) {
  std::string ids;
  for (const TargetSet& s : sets) ids += (ids.empty() ? "" : ", ") + s.id;
  return ids;
}

Status writeOutput(const Globals& g, const std::string& text) {
  if (g.outputPath.empty() || g.outputPath == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return {};
  }
  std::ofstream out(g.outputPath, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) return failure(kFileError, "cannot write output file '" + g.outputPath + "'");
  return {};
}

// --- Commands ------------------------------------------------------------------

Status runLevers(const Globals& g, const ScenarioOptions& o) {
  ScenarioFile file;
  Status st = buildScenario(g, o, file);
  if (!st.ok()) return st;
  return writeOutput(g, leversJson(g.words(), &file.scenario));
}

Status runTargets(const Globals& g) {
  Data data;
  Status st = loadData(g, data);
  if (!st.ok()) return st;
  return writeOutput(g, targetSetsJson(data.targetSets));
}

struct RunOptions {
  std::string format = "json";
  std::string targetSet;
  bool decimalComma = false;
  bool noByteOrderMark = false;
  bool compact = false;
};

// The targets a result is judged against: --target-set wins; else the document's own (its
// target set id, or its custom targets).
Status chooseTargets(const Globals& g, const ScenarioOptions& o, const ScenarioFile& file, const Data& data,
                     const std::string& targetSetOption, TargetSet& out) {
  if (!targetSetOption.empty()) {
    const TargetSet* found = findTargetSet(data.targetSets, targetSetOption);
    if (!found)
      return failure(kBadInput, "--target-set = \"" + targetSetOption + "\": unknown target set; allowed " +
                                    targetSetIds(data.targetSets));
    out = *found;
    return {};
  }
  std::string error;
  if (!documentTargets(file, data.targetSets, g.translations, out, error))
    return failure(o.link.empty() ? kFileError : kBadInput, error);
  return {};
}

// --paths within 1..kMaxMonteCarloPaths.
Status checkPaths(int paths) {
  if (paths >= 1 && paths <= kMaxMonteCarloPaths) return {};
  return failure(kBadInput, "--paths = " + std::to_string(paths) + ": allowed 1 to " + std::to_string(kMaxMonteCarloPaths));
}

// What run, montecarlo and explain begin with: the scenario built from the options, the data,
// the target set (the option's, else the scenario's own), and the scenario checked against the data.
Status prepareScenario(const Globals& g, const ScenarioOptions& o, const std::string& targetSetOption, ScenarioFile& file,
                       Data& data, TargetSet& targets) {
  Status st = buildScenario(g, o, file);
  if (!st.ok()) return st;
  st = loadData(g, data);
  if (!st.ok()) return st;
  st = chooseTargets(g, o, file, data, targetSetOption, targets);
  if (!st.ok()) return st;
  return validateWithData(file.scenario, data);
}

Status runRun(const Globals& g, const ScenarioOptions& o, const RunOptions& r) {
  if (r.format != "json" && r.format != "csv")
    return failure(kBadInput, "--format = \"" + r.format + "\": unknown format; allowed json or csv");
  ScenarioFile file;
  Data data;
  TargetSet targets;
  if (Status st = prepareScenario(g, o, r.targetSet, file, data, targets); !st.ok()) return st;
  const Trajectory trajectory = simulate(file.scenario, data.history);
  if (trajectory.count == 0) return failure(kDataError, "the data lack the base year's GRDP per person or population");
  if (r.format == "csv") {
    CsvOptions csv;
    csv.decimalComma = r.decimalComma;
    csv.byteOrderMark = !r.noByteOrderMark;
    return writeOutput(g, trajectoryCsv(trajectory, g.words(), csv));
  }
  return writeOutput(g, dumpJson(resultToJson(file.scenario, trajectory, &targets, g.words(), file.name), r.compact ? -1 : 2));
}

struct MonteCarloFlags {
  int paths = 10000;
  std::uint64_t seed = 2045;
  std::string format = "json";
  std::string targetSet;
};

// The spread of outcomes: percentile bands per year and the chance of each target.
Status runMonteCarloCommand(const Globals& g, const ScenarioOptions& o, const MonteCarloFlags& f) {
  if (f.format != "json" && f.format != "csv")
    return failure(kBadInput, "--format = \"" + f.format + "\": unknown format; allowed json or csv");
  if (Status paths = checkPaths(f.paths); !paths.ok()) return paths;
  ScenarioFile file;
  Data data;
  TargetSet chosen;
  if (Status st = prepareScenario(g, o, f.targetSet, file, data, chosen); !st.ok()) return st;
  MonteCarloResult mc;
  runMonteCarlo(file.scenario, data.history, chosen, uncertaintyAssumptions(file.scenario),
                MonteCarloOptions{f.paths, f.seed}, mc);
  if (!mc.ok()) return failure(kDataError, "the data lack the base year's GRDP per person or population");
  if (f.format == "csv") return writeOutput(g, monteCarloCsv(mc));
  return writeOutput(g, dumpJson(monteCarloToJson(file.scenario, mc)));
}

// What matters most for one year: each lever and assumption at either end of its range, and
// each source of the Monte Carlo's spread alone.
Status runTornado(const Globals& g, const ScenarioOptions& o, int year, int paths) {
  ScenarioFile file;
  Status st = buildScenario(g, o, file);
  if (!st.ok()) return st;
  Data data;
  st = loadData(g, data);
  if (!st.ok()) return st;
  st = validateWithData(file.scenario, data);
  if (!st.ok()) return st;
  if (year <= file.scenario.baseYear || year > kLastYear)
    return failure(kBadInput, "--year = " + std::to_string(year) + ": allowed " + std::to_string(file.scenario.baseYear + 1) +
                                  " to " + std::to_string(kLastYear));
  if (Status bad = checkPaths(paths); !bad.ok()) return bad;
  const Sensitivity t = sensitivity(file.scenario, data.history, year);
  if (!t.ok()) return failure(kDataError, "the data lack the base year's GRDP per person or population");
  double all = 0;
  const std::vector<SourceSpread> sources =
      spreadBySource(file.scenario, data.history, uncertaintyAssumptions(file.scenario), year, paths, 2045, &all);
  return writeOutput(g, dumpJson(tornadoToJson(file.scenario, t, sources, all, g.words())));
}

// The gap explained for one year: each group's Shapley share from the baseline to the scenario,
// what remains to the year's target, and the 2025 target's miss split into its causes.
Status runExplain(const Globals& g, const ScenarioOptions& o, int year, const std::string& targetSetOption) {
  ScenarioFile file;
  Data data;
  TargetSet chosen;
  if (Status st = prepareScenario(g, o, targetSetOption, file, data, chosen); !st.ok()) return st;
  if (year <= file.scenario.baseYear || year > kLastYear)
    return failure(kBadInput, "--year = " + std::to_string(year) + ": allowed " + std::to_string(file.scenario.baseYear + 1) +
                                  " to " + std::to_string(kLastYear));
  const GapExplanation e = explainGap(file.scenario, data.history, chosen, year);
  if (!e.ok()) return failure(kDataError, "the data lack the base year's GRDP per person or population");
  const PastMiss past = explainPastMiss(data.history, data.targetSets);
  return writeOutput(g, dumpJson(explainToJson(file.scenario, e, &past, g.words())));
}

struct SolveOptions {
  std::string lever, year, usd;
};

Status runSolve(const Globals& g, const ScenarioOptions& o, const SolveOptions& q) {
  auto lever = findParam(q.lever);
  if (!lever)
    return failure(kBadInput, "--lever: unknown id \"" + q.lever + "\" (run `hanoi2045-cli levers` for the list)");
  if (!isLever(spec(*lever).group))
    return failure(kBadInput, "--lever = \"" + q.lever + "\": an assumption, not a lever; solve moves levers only");
  ScenarioFile file;
  Status st = buildScenario(g, o, file);
  if (!st.ok()) return st;

  const int firstYear = file.scenario.baseYear + 1;
  const std::string yearRange = "allowed a whole year " + std::to_string(firstYear) + " to " + std::to_string(kLastYear);
  auto year = parseNumber(q.year);
  if (!year) return failure(kBadInput, "--year = \"" + q.year + "\": not a number; " + yearRange);
  // Range first: casting a huge number such as 1e300 to int is undefined behaviour.
  if (*year < firstYear || *year > kLastYear || *year != std::floor(*year))
    return failure(kBadInput, "--year = " + formatNumber(*year) + ": " + yearRange);

  constexpr double kMaxUsd = 1e7;
  const std::string usdRange = "allowed more than 0 and at most " + std::to_string(static_cast<long long>(kMaxUsd)) +
                               " (current USD per person)";
  auto usd = parseNumber(q.usd);
  if (!usd) return failure(kBadInput, "--usd = \"" + q.usd + "\": not a number; " + usdRange);
  if (*usd <= 0 || *usd > kMaxUsd) return failure(kBadInput, "--usd = " + formatNumber(*usd) + ": " + usdRange);

  Data data;
  st = loadData(g, data);
  if (!st.ok()) return st;
  st = validateWithData(file.scenario, data);
  if (!st.ok()) return st;
  const SolveResult answer = solveLever(file.scenario, data.history, *lever, static_cast<int>(*year), *usd);
  if (answer.status == SolveStatus::Invalid)
    return failure(kBadInput, solveMessage(file.scenario, *lever, static_cast<int>(*year), *usd, answer, g.words()));
  st = writeOutput(g, solveJson(file.scenario, *lever, static_cast<int>(*year), *usd, answer, g.words()));
  if (!st.ok()) return st;
  // An unreachable target is an answer (printed above), flagged by its own exit code for scripts.
  return answer.status == SolveStatus::Unreachable || answer.status == SolveStatus::TooEarly ? Status{kUnreachable, ""}
                                                                                           : Status{};
}

Status runScenario(const Globals& g, const ScenarioOptions& o, const std::string& name, bool changedOnly) {
  if (!name.empty()) {
    ScenarioDocument named;
    named.name = name;
    if (std::string msg = checkDocument(named); !msg.empty()) return failure(kBadInput, "--" + msg);
  }
  ScenarioFile file;
  Status st = buildScenario(g, o, file);
  if (!st.ok()) return st;
  if (!name.empty()) file.name = name;
  return writeOutput(g, scenarioToJson(file, changedOnly ? ScenarioEntries::Changed : ScenarioEntries::All));
}

// The presets with what a person compares them by: 2030 and 2045 GRDP per person and the
// length of their share link (in the --lang language, whose name the link carries).
Status runPresets(const Globals& g) {
  std::vector<Preset> presets;
  Status st = loadPresetList(g, presets);
  if (!st.ok()) return st;
  Data data;
  st = loadData(g, data);
  if (!st.ok()) return st;
  const Language lang = g.language == "vi" ? Language::Vietnamese : Language::English;
  OrderedJson list = OrderedJson::array();
  for (const Preset& p : presets) {
    const ScenarioDocument doc = p.documentIn(lang);
    st = validateWithData(doc.scenario, data);
    if (!st.ok()) return failure(kDataError, p.id + ": " + st.message);
    const Trajectory t = simulate(doc.scenario, data.history);
    const YearResult *y2030 = t.find(2030), *y2045 = t.find(2045);
    const std::string link = shareLinkFragment(doc);
    OrderedJson entry;
    entry["id"] = p.id;
    entry["name_en"] = p.nameEn;
    entry["name_vi"] = p.nameVi;
    entry["target_set"] = doc.targetSetId;
    entry["grdp_per_capita_usd_2030"] = y2030 ? OrderedJson(y2030->grdpPerCapitaUsd) : OrderedJson(nullptr);
    entry["grdp_per_capita_usd_2045"] = y2045 ? OrderedJson(y2045->grdpPerCapitaUsd) : OrderedJson(nullptr);
    entry["link"] = link;
    entry["link_chars"] = link.size();
    entry["description_en"] = p.descriptionEn;
    entry["description_vi"] = p.descriptionVi;
    entry["sources_en"] = p.sourcesEn;
    entry["sources_vi"] = p.sourcesVi;
    list.push_back(entry);
  }
  OrderedJson out;
  out["presets"] = list;
  return writeOutput(g, dumpJson(out) + "\n");
}

Status runLink(const Globals& g, const ScenarioOptions& o) {
  ScenarioFile file;
  Status st = buildScenario(g, o, file);
  if (!st.ok()) return st;
  return writeOutput(g, shareLinkFragment(file) + "\n");
}

// --- Command line ---------------------------------------------------------------

void addScenarioOptions(CLI::App& cmd, ScenarioOptions& o) {
  cmd.add_option("--scenario", o.scenarioPath, "Scenario file (JSON) to start from instead of the defaults")
      ->type_name("FILE");
  cmd.add_option("--preset", o.presetId, "Preset to start from (see `presets`), named in the --lang language")
      ->type_name("ID");
  cmd.add_option("--from-link", o.link, "Share link (URL, #s=... fragment or code) to start from")->type_name("TEXT");
  cmd.add_option("--set", o.settings,
                 "Change one setting: ID=VALUE, ID.start_year=YEAR or ID.phase_in_years=YEARS (repeatable)")
      ->type_name("ID=VALUE")
      ->take_all();
  cmd.add_option("--base-year", o.baseYear, "Last actual year the projection starts from (default 2025)")
      ->type_name("YEAR");
}

int run(int argc, char** argv) {
  Globals g;
  g.argv0 = argc > 0 ? argv[0] : nullptr;

  CLI::App app{"Hanoi 2045 Pathways: the growth model of Hanoi's GRDP per person, headless.\n"
               "Scenarios are JSON files; results are JSON or CSV on stdout.",
               "hanoi2045-cli"};
  app.set_version_flag("--version", std::string("hanoi2045-cli ") + H2045_VERSION + " (scenario format " +
                                        std::to_string(kScenarioVersion) + ", result format " +
                                        std::to_string(kResultVersion) + ")");
  app.fallthrough();  // global options may also follow the command
  app.require_subcommand(1);
  app.add_option("--data-dir", g.dataDir,
                 "Folder with the data CSVs (default: $H2045_DATA_DIR, else assets/data next to the program)")
      ->type_name("DIR");
  app.add_option("-o,--output", g.outputPath, "Write the result to this file instead of stdout")->type_name("FILE");
  app.add_option("--lang", g.language, "Language of messages and CSV headers: en (default) or vi")->type_name("en|vi");
  app.footer("Exit codes: 0 ok, 1 invalid input, 2 file error, 3 data error, 4 target unreachable (solve).\n"
             "Examples:\n"
             "  hanoi2045-cli run --set infra.public_investment_pct=10\n"
             "  hanoi2045-cli solve --lever infra.public_investment_pct --year 2045 --usd 36000\n"
             "  hanoi2045-cli link --preset congress17\n"
             "Documentation: docs/cli.md");

  ScenarioOptions leverOpts, runOpts, solveOpts, scenarioOpts, linkOpts;
  RunOptions runFlags;
  SolveOptions question;
  std::string scenarioName;
  bool changedOnly = false;

  CLI::App* levers = app.add_subcommand("levers", "Print the lever and assumption table (ids, ranges, units, values) as JSON");
  addScenarioOptions(*levers, leverOpts);

  CLI::App* runCmd = app.add_subcommand("run", "Simulate a scenario to 2050 and print the trajectory, target status and warnings");
  addScenarioOptions(*runCmd, runOpts);
  runCmd->add_option("--format", runFlags.format, "Output format: json (default) or csv")->type_name("json|csv");
  runCmd->add_option("--target-set", runFlags.targetSet, "Target set to evaluate (see `targets`; default congress17_2020)")
      ->type_name("ID");
  runCmd->add_flag("--decimal-comma", runFlags.decimalComma, "CSV with ';' separators and ',' decimals");
  runCmd->add_flag("--no-bom", runFlags.noByteOrderMark, "CSV without the UTF-8 byte-order mark");
  runCmd->add_flag("--compact", runFlags.compact, "JSON on one line");

  CLI::App* solve = app.add_subcommand("solve", "Find the smallest lever setting that reaches a GRDP per person target");
  solve->add_option("--lever", question.lever, "Lever id, e.g. infra.public_investment_pct")->type_name("ID")->required();
  solve->add_option("--year", question.year, "Target year, after the base year and at most 2050")->type_name("YEAR")->required();
  solve->add_option("--usd", question.usd, "Target GRDP per person, current USD")->type_name("USD")->required();
  addScenarioOptions(*solve, solveOpts);

  ScenarioOptions monteCarloOpts;
  MonteCarloFlags monteCarloFlags;
  CLI::App* monteCarlo = app.add_subcommand(
      "montecarlo", "Run many paths with random shocks and uncertain assumptions: percentile bands per year and "
                    "the chance of meeting each target");
  addScenarioOptions(*monteCarlo, monteCarloOpts);
  monteCarlo->add_option("--paths", monteCarloFlags.paths, "Number of paths (default 10000)")->type_name("N");
  monteCarlo->add_option("--seed", monteCarloFlags.seed, "Random seed: the same seed gives the same bands (default 2045)")
      ->type_name("S");
  monteCarlo->add_option("--format", monteCarloFlags.format, "Output format: json (default) or csv")->type_name("json|csv");
  monteCarlo->add_option("--target-set", monteCarloFlags.targetSet, "Target set (default: the scenario's own)")
      ->type_name("ID");

  ScenarioOptions tornadoOpts;
  int tornadoYear = 2045, tornadoPaths = 2000;
  CLI::App* tornado = app.add_subcommand(
      "tornado", "What matters most: GRDP per person in a year with each lever and assumption at either end of its "
                 "range, and each source of uncertainty's spread alone, as JSON");
  addScenarioOptions(*tornado, tornadoOpts);
  tornado->add_option("--year", tornadoYear, "The year (default 2045)")->type_name("YEAR");
  tornado->add_option("--paths", tornadoPaths, "Paths per source of uncertainty (default 2000)")->type_name("N");

  ScenarioOptions explainOpts;
  int explainYear = 2045;
  std::string explainTargets;
  CLI::App* explain = app.add_subcommand(
      "explain", "The gap explained: how much of the change from the baseline each group of levers and assumptions "
                 "makes (Shapley values), what remains to the year's target, and the 2025 target's miss split into "
                 "its causes, as JSON");
  addScenarioOptions(*explain, explainOpts);
  explain->add_option("--year", explainYear, "The year (default 2045)")->type_name("YEAR");
  explain->add_option("--target-set", explainTargets, "Target set (default: the scenario's own)")->type_name("ID");

  CLI::App* targets = app.add_subcommand("targets", "Print the target sets (GRDP per person goals by year) as JSON");

  CLI::App* scenario = app.add_subcommand("scenario", "Print a scenario file built from --scenario and --set");
  addScenarioOptions(*scenario, scenarioOpts);
  scenario->add_option("--name", scenarioName, "Name stored in the file")->type_name("TEXT");
  scenario->add_flag("--changed-only", changedOnly, "Write only entries that differ from the defaults");

  CLI::App* presetsCmd = app.add_subcommand(
      "presets", "List the presets: ids, names, 2030 and 2045 GRDP per person (current USD), share link and its length");

  CLI::App* link = app.add_subcommand("link", "Print the share link fragment (#s=...) of a scenario");
  addScenarioOptions(*link, linkOpts);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::cerr << "hanoi2045-cli: error: " << e.what() << "\nRun 'hanoi2045-cli --help' for usage.\n";
    return kBadInput;
  }

  Status st = loadWords(g);
  if (!st.ok()) {
    // no command can speak without its words
  } else if (*levers) st = runLevers(g, leverOpts);
  else if (*runCmd) st = runRun(g, runOpts, runFlags);
  else if (*solve) st = runSolve(g, solveOpts, question);
  else if (*monteCarlo) st = runMonteCarloCommand(g, monteCarloOpts, monteCarloFlags);
  else if (*tornado) st = runTornado(g, tornadoOpts, tornadoYear, tornadoPaths);
  else if (*explain) st = runExplain(g, explainOpts, explainYear, explainTargets);
  else if (*targets) st = runTargets(g);
  else if (*scenario) st = runScenario(g, scenarioOpts, scenarioName, changedOnly);
  else if (*presetsCmd) st = runPresets(g);
  else if (*link) st = runLink(g, linkOpts);
  if (!st.message.empty()) std::cerr << "hanoi2045-cli: error: " << st.message << "\n";
  return st.code;
}

}  // namespace
}  // namespace h2045::cli

int main(int argc, char** argv) {
  try {
    return h2045::cli::run(argc, argv);
  } catch (const std::exception& e) {  // last resort: a message, never a crash
    std::cerr << "hanoi2045-cli: internal error: " << e.what() << "\n";
    return 70;
  }
}
