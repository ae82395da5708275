// JSON output of results, tables and solver answers.
#include "scenario/output_json.h"

#include <cmath>

#include "scenario/scenario_file.h"
#include "scenario/text.h"

namespace h2045 {

// Finite numbers pass, NaN and infinity become null.
static OrderedJson num(double v) {
  if (!std::isfinite(v)) return nullptr;
  return v;
}

std::string dumpJson(const OrderedJson& j, int indent) {
  return j.dump(indent, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

static std::string_view groupKey(ParamGroup g) {
  switch (g) {
    case ParamGroup::Infrastructure: return "infrastructure";
    case ParamGroup::Institutions: return "institutions";
    case ParamGroup::HumanCapital: return "human_capital";
    case ParamGroup::Assumptions: return "assumptions";
  }
  return "unknown";
}

static std::string_view kindKey(ParamKind k) {
  switch (k) {
    case ParamKind::Continuous: return "continuous";
    case ParamKind::Integer: return "integer";
    case ParamKind::Choice: return "choice";
  }
  return "unknown";
}

// ---------------------------------------------------------------------------
// The per-year columns, shared by the result JSON and the CSV
// ---------------------------------------------------------------------------

const std::vector<YearColumn>& yearColumns() {
  static const std::vector<YearColumn> columns = {
    {"grdp_per_capita_usd", 1, nullptr, [](const YearResult& y) { return y.grdpPerCapitaUsd; }},
    {"grdp_per_capita_usd_2025", 1, nullptr, [](const YearResult& y) { return y.grdpPerCapitaUsd2025; }},
    {"grdp_per_capita_mvnd", 2, nullptr, [](const YearResult& y) { return y.grdpPerCapitaMvnd; }},
    {"real_growth_pct", 3, nullptr, [](const YearResult& y) { return y.realGrowthPct; }},
    {"per_capita_growth_pct", 3, nullptr, [](const YearResult& y) { return y.perCapitaGrowthPct; }},
    {"usd_per_capita_growth_pct", 3, nullptr, [](const YearResult& y) { return y.usdPerCapitaGrowthPct; }},
    {"contribution_tfp_pp", 3, "tfp", [](const YearResult& y) { return y.contributions.tfp; }},
    {"contribution_private_capital_pp", 3, "private_capital", [](const YearResult& y) { return y.contributions.privateCapital; }},
    {"contribution_infrastructure_pp", 3, "infrastructure", [](const YearResult& y) { return y.contributions.infrastructure; }},
    {"contribution_human_capital_pp", 3, "human_capital", [](const YearResult& y) { return y.contributions.humanCapital; }},
    {"contribution_labour_pp", 3, "labour", [](const YearResult& y) { return y.contributions.labour; }},
    {"real_grdp_trillion_vnd_2025", 1, nullptr, [](const YearResult& y) { return y.realGrdpTrillionVnd2025; }},
    {"nominal_grdp_trillion_vnd", 1, nullptr, [](const YearResult& y) { return y.nominalGrdpTrillionVnd; }},
    {"population_millions", 3, nullptr, [](const YearResult& y) { return y.population; }},
    {"employment_millions", 3, nullptr, [](const YearResult& y) { return y.employment; }},
    {"total_investment_pct", 2, nullptr, [](const YearResult& y) { return y.totalInvestmentPct; }},
    {"private_investment_pct", 2, nullptr, [](const YearResult& y) { return y.privateInvestmentPct; }},
    {"public_investment_pct", 2, nullptr, [](const YearResult& y) { return y.publicInvestmentPct; }},
    {"effective_public_investment_pct", 3, nullptr, [](const YearResult& y) { return y.effectivePublicInvestmentPct; }},
    {"disbursement_pct", 1, nullptr, [](const YearResult& y) { return y.disbursementPct; }},
    {"institutional_index", 2, nullptr, [](const YearResult& y) { return y.institutionalIndex; }},
    {"digital_government", 3, nullptr, [](const YearResult& y) { return y.digitalGovernment; }},
    {"rnd_pct", 3, nullptr, [](const YearResult& y) { return y.rndPct; }},
    {"schooling_years", 3, nullptr, [](const YearResult& y) { return y.schoolingYears; }},
    {"human_capital_index", 4, nullptr, [](const YearResult& y) { return y.humanCapital; }},
    {"tfp_index", 4, nullptr, [](const YearResult& y) { return y.tfp; }},
    {"private_capital_trillion_vnd_2025", 1, nullptr, [](const YearResult& y) { return y.privateCapital; }},
    {"public_capital_trillion_vnd_2025", 1, nullptr, [](const YearResult& y) { return y.publicCapital; }},
    {"vnd_per_usd", 0, nullptr, [](const YearResult& y) { return y.vndPerUsd; }},
    {"other_public_investment_pct", 3, nullptr, [](const YearResult& y) { return y.otherPublicInvestmentPct; }},
    {"extra_spending_pct", 3, nullptr, [](const YearResult& y) { return y.extraSpendingPct; }},
    {"borrowing_pct", 3, nullptr, [](const YearResult& y) { return y.borrowingPct; }},
    {"crowding_out_pct", 3, nullptr, [](const YearResult& y) { return y.crowdingOutPct; }},
    {"budget_reallocation_pct", 3, nullptr, [](const YearResult& y) { return y.budgetReallocationPct; }},
    {"city_debt_pct", 2, nullptr, [](const YearResult& y) { return y.cityDebtPct; }},
  };
  return columns;
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

OrderedJson yearToJson(const YearResult& y) {
  OrderedJson j;
  j["year"] = y.year;
  j["projected"] = y.projected;
  for (const YearColumn& c : yearColumns()) {
    if (c.contribution)
      j["contributions_pp"][c.contribution] = num(c.get(y));  // the object sits where its first entry is
    else
      j[std::string(c.id)] = num(c.get(y));
  }
  return j;
}

static OrderedJson targetStatusToJson(const TargetStatus& st) {
  OrderedJson j;
  j["year"] = st.target.year;
  j["low_usd"] = num(st.target.lowUsd);
  j["high_usd"] = num(st.target.highUsd);  // null for an open "> X" target
  j["approximate"] = st.target.approximate;
  j["label"] = targetLabel(st.target);
  j["value_usd"] = num(st.valueUsd);
  j["met"] = st.met;
  j["gap_usd"] = num(st.gapUsd);
  j["percent_of_target"] = num(st.percentOfTarget);
  j["required_growth_pct"] = num(st.requiredGrowthPct);
  return j;
}

static OrderedJson warningToJson(const Warning& w, const OutputWords& words) {
  OrderedJson j;
  j["kind"] = warningKey(w.kind);
  j["year"] = w.year;
  j["value"] = num(w.value);
  j["threshold"] = num(w.threshold);
  j["message"] = warningSentence(w, words.messages(), words.language);  // the app's sentence
  return j;
}

// The scenario file of `s` with only its non-default entries: what reproduces a result.
static OrderedJson changedEntriesJson(const Scenario& s, std::string_view name = "") {
  ScenarioFile file;
  file.name = std::string(name);
  file.scenario = s;
  return OrderedJson::parse(scenarioToJson(file, ScenarioEntries::Changed), nullptr, false);
}

OrderedJson resultToJson(const Scenario& s, const Trajectory& t, const TargetSet* targets, const OutputWords& words,
                         std::string_view scenarioName) {
  OrderedJson j;
  j["format"] = kResultFormat;
  j["version"] = kResultVersion;
  // The run is reproducible from this block (only non-default entries, to stay short).
  j["scenario"] = changedEntriesJson(s, scenarioName);
  j["base_year"] = t.baseYear;
  if (targets)
    j["target_set"] = {{"id", targets->id}, {"name_en", targets->nameEn}, {"name_vi", targets->nameVi}};
  else
    j["target_set"] = nullptr;
  OrderedJson years = OrderedJson::array();
  for (const YearResult& y : t) years.push_back(yearToJson(y));
  j["years"] = std::move(years);
  OrderedJson status = OrderedJson::array();
  if (targets)
    for (const TargetStatus& st : evaluateTargets(t, *targets)) status.push_back(targetStatusToJson(st));
  j["targets"] = std::move(status);
  OrderedJson warnings = OrderedJson::array();
  for (const Warning& w : plausibilityWarnings(t)) warnings.push_back(warningToJson(w, words));
  j["warnings"] = std::move(warnings);
  return j;
}

OrderedJson monteCarloToJson(const Scenario& s, const MonteCarloResult& mc) {
  OrderedJson j;
  j["format"] = "hanoi2045-montecarlo";
  j["version"] = kResultVersion;
  j["scenario"] = changedEntriesJson(s);
  j["paths"] = mc.paths;
  j["seed"] = mc.seed;
  j["percentiles"] = kBandPercentiles;
  OrderedJson years = OrderedJson::array();
  for (const YearBands& y : mc.years) {
    OrderedJson row;
    row["year"] = y.year;
    auto band = [&](ValueUnit u) {
      OrderedJson b = OrderedJson::array();
      for (size_t p = 0; p < kBandPercentiles.size(); ++p) b.push_back(num(y.at(u, p)));
      return b;
    };
    row["grdp_per_capita_usd"] = band(ValueUnit::CurrentUsd);
    row["grdp_per_capita_usd_2025"] = band(ValueUnit::ConstantUsd2025);
    row["grdp_per_capita_mvnd"] = band(ValueUnit::MillionVnd);
    years.push_back(std::move(row));
  }
  j["years"] = std::move(years);
  OrderedJson targets = OrderedJson::array();
  for (const TargetChance& t : mc.targets)
    targets.push_back({{"year", t.target.year},
                       {"low_usd", num(t.target.lowUsd)},
                       {"high_usd", num(t.target.highUsd)},
                       {"label", targetLabel(t.target)},
                       {"probability", num(t.probability)}});
  j["targets"] = std::move(targets);
  return j;
}

OrderedJson tornadoToJson(const Scenario& s, const Sensitivity& t, const std::vector<SourceSpread>& sources,
                          double spreadAll, const OutputWords& words) {
  OrderedJson j;
  j["format"] = "hanoi2045-tornado";
  j["version"] = kResultVersion;
  j["scenario"] = changedEntriesJson(s);
  j["year"] = t.year;
  j["grdp_per_capita_usd"] = num(t.scenario[0]);
  OrderedJson entries = OrderedJson::array();
  for (const SensitivityEntry& e : t.entries) {
    const ParamSpec& p = spec(e.param);
    entries.push_back({{"id", std::string(p.id)},
                       {"name", paramName(words.messages(), p)},
                       {"min", num(p.minValue)},
                       {"max", num(p.maxValue)},
                       {"at_min_usd", num(e.atMin[0])},
                       {"at_max_usd", num(e.atMax[0])},
                       {"swing_usd", num(e.swing(ValueUnit::CurrentUsd))},
                       {"drawn", e.drawnInMonteCarlo}});
  }
  j["entries"] = std::move(entries);
  OrderedJson spreads = OrderedJson::array();
  for (const SourceSpread& src : sources) spreads.push_back({{"id", uncertaintySourceId(src.source)}, {"spread", num(src.spread)}});
  j["sources"] = std::move(spreads);
  j["spread_all"] = num(spreadAll);
  return j;
}

namespace {
OrderedJson unitValuesJson(const UnitValues& v) {
  OrderedJson j;
  j["grdp_per_capita_usd"] = num(v[static_cast<size_t>(ValueUnit::CurrentUsd)]);
  j["grdp_per_capita_usd_2025"] = num(v[static_cast<size_t>(ValueUnit::ConstantUsd2025)]);
  j["grdp_per_capita_mvnd"] = num(v[static_cast<size_t>(ValueUnit::MillionVnd)]);
  return j;
}
}  // namespace

OrderedJson explainToJson(const Scenario& s, const GapExplanation& e, const PastMiss* past, const OutputWords& words) {
  OrderedJson j;
  j["format"] = "hanoi2045-explain";
  j["version"] = kResultVersion;
  j["scenario"] = changedEntriesJson(s);
  j["year"] = e.year;
  j["baseline"] = unitValuesJson(e.baseline);
  j["scenario_value"] = unitValuesJson(e.scenario);
  OrderedJson groups = OrderedJson::array();
  for (const GroupShare& g : e.groups) {
    OrderedJson changed = OrderedJson::array();
    for (ParamId id : g.changed) {
      const ParamSpec& p = spec(id);
      const ParamSetting& set = s.at(id);
      changed.push_back({{"id", std::string(p.id)}, {"name", paramName(words.messages(), p)}, {"value", num(set.value)},
                         {"start_year", set.startYear}, {"phase_in_years", set.phaseInYears}});
    }
    groups.push_back({{"id", changeGroupId(g.group)}, {"value", unitValuesJson(g.value)}, {"changed", std::move(changed)}});
  }
  j["groups"] = std::move(groups);
  if (e.target) {
    j["target"] = {{"year", e.target->year},
                   {"low_usd", num(e.target->lowUsd)},
                   {"high_usd", num(e.target->highUsd)},
                   {"label", targetLabel(*e.target)},
                   {"low", unitValuesJson(e.targetLow)},
                   {"remaining", unitValuesJson(e.remaining)}};
  } else {
    j["target"] = nullptr;
  }
  if (past && past->ok()) {
    OrderedJson parts = OrderedJson::array();
    for (const PastMissPart& part : past->parts)
      parts.push_back({{"id", part.id}, {"log_share", num(part.logShare)}, {"usd", num(part.usd)}});
    j["past_miss"] = {{"year", past->year},
                      {"from_year", past->fromYear},
                      {"target_usd", num(past->targetUsd)},
                      {"target_mvnd", num(past->targetMvnd)},
                      {"implied_vnd_per_usd", num(past->impliedVndPerUsd)},
                      {"actual_usd", num(past->actualUsd)},
                      {"actual_mvnd", num(past->actualMvnd)},
                      {"actual_vnd_per_usd", num(past->actualVndPerUsd)},
                      {"parts", std::move(parts)}};
  } else {
    j["past_miss"] = nullptr;
  }
  return j;
}

std::string monteCarloCsv(const MonteCarloResult& mc) {
  std::string out = "year,percentile,grdp_per_capita_usd,grdp_per_capita_usd_2025,grdp_per_capita_mvnd\n";
  for (const YearBands& y : mc.years)
    for (size_t p = 0; p < kBandPercentiles.size(); ++p)
      out += std::to_string(y.year) + "," + text::formatFixed(kBandPercentiles[p], 0) + "," +
             text::formatFixed(y.at(ValueUnit::CurrentUsd, p), 1) + "," + text::formatFixed(y.at(ValueUnit::ConstantUsd2025, p), 1) +
             "," + text::formatFixed(y.at(ValueUnit::MillionVnd, p), 2) + "\n";
  return out;
}

std::string resultJson(const Scenario& s, const Trajectory& t, const TargetSet* targets, const OutputWords& words,
                       std::string_view scenarioName, int indent) {
  return dumpJson(resultToJson(s, t, targets, words, scenarioName), indent);
}

// ---------------------------------------------------------------------------
// Lever table
// ---------------------------------------------------------------------------

static OrderedJson paramToJson(const ParamSpec& p, const OutputWords& words, const Scenario* current) {
  OrderedJson j;
  j["id"] = p.id;
  j["group"] = groupKey(p.group);
  j["kind"] = kindKey(p.kind);
  const TranslationTable& en = words.translations.english;
  const TranslationTable& vi = words.translations.vietnamese;
  j["name_en"] = paramName(en, p);
  j["name_vi"] = paramName(vi, p);
  j["description_en"] = paramDescription(en, p);
  j["description_vi"] = paramDescription(vi, p);
  j["unit"] = p.unit;
  j["unit_text"] = unitText(p.unit);
  j["default"] = num(p.defaultValue);
  j["min"] = num(p.minValue);
  j["max"] = num(p.maxValue);
  j["step"] = num(p.step);
  j["decimals"] = p.decimals;
  j["prior"] = p.prior;
  j["source"] = p.source;
  if (current) {
    const ParamSetting& set = current->at(p.param);
    j["value"] = num(set.value);
    if (isLever(p.group)) {
      j["start_year"] = set.startYear;
      j["phase_in_years"] = set.phaseInYears;
    }
  }
  return j;
}

OrderedJson leversToJson(const OutputWords& words, const Scenario* current) {
  OrderedJson levers = OrderedJson::array(), assumptions = OrderedJson::array();
  for (const ParamSpec& p : paramSpecs())
    (isLever(p.group) ? levers : assumptions).push_back(paramToJson(p, words, current));
  OrderedJson j;
  j["levers"] = std::move(levers);
  j["assumptions"] = std::move(assumptions);
  j["timing"] = {{"start_year", {{"min", kFirstStartYear}, {"max", kLastStartYear}}},
                 {"phase_in_years", {{"min", kMinPhaseInYears}, {"max", kMaxPhaseInYears}}}};
  if (current) j["base_year"] = current->baseYear;
  return j;
}

std::string leversJson(const OutputWords& words, const Scenario* current, int indent) {
  return dumpJson(leversToJson(words, current), indent);
}

// ---------------------------------------------------------------------------
// Target sets
// ---------------------------------------------------------------------------

// 36000 -> "36,000" (targets are whole dollars).
static std::string groupedUsd(double v) { return std::isfinite(v) ? formatLocalNumber(v, 0, Language::English) : "?"; }

std::string targetLabel(const Target& t) {
  if (!std::isfinite(t.highUsd)) return "> " + groupedUsd(t.lowUsd) + " USD";
  if (t.highUsd > t.lowUsd) return groupedUsd(t.lowUsd) + "\xE2\x80\x93" + groupedUsd(t.highUsd) + " USD";
  return (t.approximate ? "\xE2\x89\x88 " : "") + groupedUsd(t.lowUsd) + " USD";
}

OrderedJson targetSetToJson(const TargetSet& set) {
  OrderedJson targets = OrderedJson::array();
  for (const Target& t : set.targets) {
    targets.push_back({{"year", t.year},
                       {"low_usd", num(t.lowUsd)},
                       {"high_usd", num(t.highUsd)},
                       {"approximate", t.approximate},
                       {"label", targetLabel(t)}});
  }
  OrderedJson j;
  j["id"] = set.id;
  j["name_en"] = set.nameEn;
  j["name_vi"] = set.nameVi;
  j["targets"] = std::move(targets);
  return j;
}

std::string targetSetsJson(const std::vector<TargetSet>& sets, int indent) {
  OrderedJson list = OrderedJson::array();
  for (const TargetSet& s : sets) list.push_back(targetSetToJson(s));
  OrderedJson j;
  j["target_sets"] = std::move(list);
  return dumpJson(j, indent);
}

// ---------------------------------------------------------------------------
// Solver
// ---------------------------------------------------------------------------

std::string_view solveStatusKey(SolveStatus s) {
  switch (s) {
    case SolveStatus::Found: return "found";
    case SolveStatus::AlreadyMet: return "already_met";
    case SolveStatus::Unreachable: return "unreachable";
    case SolveStatus::Invalid: return "invalid";
    case SolveStatus::TooEarly: return "too_early";
  }
  return "invalid";
}

std::string solveMessage(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                         const OutputWords& words) {
  const TranslationTable& table = words.messages();
  const ParamSpec& p = spec(lever);
  auto usd = [&](double v) { return formatLocalNumber(v, 0, words.language) + " USD"; };
  SolveWording w;
  w.lever = paramName(table, p);
  w.value = paramValueText(table, words.language, p, r.value);
  w.startYear = std::to_string(s.at(lever).startYear);
  w.phaseInYears = yearsText(table, s.at(lever).phaseInYears);
  w.goal = usd(targetUsd);
  w.year = std::to_string(year);
  w.minValue = paramValueText(table, words.language, p, p.minValue);
  w.maxValue = paramValueText(table, words.language, p, p.maxValue);
  w.achieved = usd(r.achievedUsd);
  w.firstActingYear = std::to_string(r.firstActingYear);
  return solveSentence(r.status, w, table);
}

OrderedJson solveToJson(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                        const OutputWords& words) {
  const ParamSpec& p = spec(lever);
  OrderedJson j;
  j["lever"] = p.id;
  j["year"] = year;
  j["target_usd"] = num(targetUsd);
  j["status"] = solveStatusKey(r.status);
  j["value"] = num(r.value);
  j["current_value"] = num(s.value(lever));
  j["start_year"] = s.at(lever).startYear;
  j["phase_in_years"] = s.at(lever).phaseInYears;
  j["achieved_usd"] = num(r.achievedUsd);
  j["iterations"] = r.iterations;
  j["first_acting_year"] = r.firstActingYear;
  j["min"] = num(p.minValue);
  j["max"] = num(p.maxValue);
  j["unit"] = p.unit;
  j["message"] = solveMessage(s, lever, year, targetUsd, r, words);
  return j;
}

std::string solveJson(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                      const OutputWords& words, int indent) {
  return dumpJson(solveToJson(s, lever, year, targetUsd, r, words), indent);
}


// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

std::string csvField(std::string_view text, char separator) {
  bool quote = text.find_first_of("\"\r\n") != std::string_view::npos ||
               text.find(separator) != std::string_view::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}


static std::string csvNumber(double v, int decimals, bool decimalComma) {
  if (!std::isfinite(v)) return {};
  std::string s = text::formatFixed(v, decimals);
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);  // no "-0.00"
  if (decimalComma)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

std::string trajectoryCsv(const Trajectory& t, const OutputWords& words, const CsvOptions& options) {
  const TranslationTable& table = words.messages();
  const char sep = options.decimalComma ? ';' : ',';
  std::string out;
  if (options.byteOrderMark) out += "\xEF\xBB\xBF";
  out += csvField(lookup(table, "column.year"), sep);
  out += sep;
  out += csvField(lookup(table, "column.kind"), sep);
  for (const YearColumn& c : yearColumns()) {
    out += sep;
    out += csvField(lookup(table, columnTitleKey(c)), sep);
  }
  out += "\r\n";
  const std::string projection = csvField(lookup(table, "column.kind.projection"), sep);
  const std::string actual = csvField(lookup(table, "column.kind.actual"), sep);
  for (const YearResult& y : t) {
    out += std::to_string(y.year);
    out += sep;
    out += y.projected ? projection : actual;
    for (const YearColumn& c : yearColumns()) {
      out += sep;
      out += csvNumber(c.get(y), c.decimals, options.decimalComma);
    }
    out += "\r\n";
  }
  return out;
}

std::string columnTitleKey(const YearColumn& c) { return "column." + std::string(c.id); }

}  // namespace h2045
