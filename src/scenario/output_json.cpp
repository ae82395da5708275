// JSON output of results, tables and solver answers.
#include "scenario/output_json.h"

#include <cmath>
#include <cstdio>

#include "scenario/scenario_file.h"

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
// Result
// ---------------------------------------------------------------------------

OrderedJson yearToJson(const YearResult& y) {
  OrderedJson j;
  j["year"] = y.year;
  j["projected"] = y.projected;
  j["grdp_per_capita_usd"] = num(y.grdpPerCapitaUsd);
  j["grdp_per_capita_usd_2025"] = num(y.grdpPerCapitaUsd2025);
  j["grdp_per_capita_mvnd"] = num(y.grdpPerCapitaMvnd);
  j["real_growth_pct"] = num(y.realGrowthPct);
  j["per_capita_growth_pct"] = num(y.perCapitaGrowthPct);
  j["usd_per_capita_growth_pct"] = num(y.usdPerCapitaGrowthPct);
  const GrowthContributions& c = y.contributions;
  j["contributions_pp"] = {{"tfp", num(c.tfp)},
                           {"private_capital", num(c.privateCapital)},
                           {"infrastructure", num(c.infrastructure)},
                           {"human_capital", num(c.humanCapital)},
                           {"labour", num(c.labour)}};
  j["real_grdp_trillion_vnd_2025"] = num(y.realGrdpTrillionVnd2025);
  j["nominal_grdp_trillion_vnd"] = num(y.nominalGrdpTrillionVnd);
  j["population_millions"] = num(y.population);
  j["employment_millions"] = num(y.employment);
  j["private_capital_trillion_vnd_2025"] = num(y.privateCapital);
  j["public_capital_trillion_vnd_2025"] = num(y.publicCapital);
  j["human_capital_index"] = num(y.humanCapital);
  j["schooling_years"] = num(y.schoolingYears);
  j["tfp_index"] = num(y.tfp);
  j["institutional_index"] = num(y.institutionalIndex);
  j["digital_government"] = num(y.digitalGovernment);
  j["rnd_pct"] = num(y.rndPct);
  j["public_investment_pct"] = num(y.publicInvestmentPct);
  j["effective_public_investment_pct"] = num(y.effectivePublicInvestmentPct);
  j["private_investment_pct"] = num(y.privateInvestmentPct);
  j["total_investment_pct"] = num(y.totalInvestmentPct);
  j["disbursement_pct"] = num(y.disbursementPct);
  j["vnd_per_usd"] = num(y.vndPerUsd);
  j["other_public_investment_pct"] = num(y.otherPublicInvestmentPct);
  j["extra_spending_pct"] = num(y.extraSpendingPct);
  j["borrowing_pct"] = num(y.borrowingPct);
  j["crowding_out_pct"] = num(y.crowdingOutPct);
  j["budget_reallocation_pct"] = num(y.budgetReallocationPct);
  j["city_debt_pct"] = num(y.cityDebtPct);
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

static OrderedJson warningToJson(const Warning& w) {
  OrderedJson j;
  j["kind"] = warningKey(w.kind);
  j["year"] = w.year;
  j["value"] = num(w.value);
  j["threshold"] = num(w.threshold);
  j["message"] = warningMessage(w);
  return j;
}

OrderedJson resultToJson(const Scenario& s, const Trajectory& t, const TargetSet* targets,
                         std::string_view scenarioName) {
  OrderedJson j;
  j["format"] = kResultFormat;
  j["version"] = kResultVersion;
  ScenarioFile file;
  file.name = std::string(scenarioName);
  file.scenario = s;
  // The run is reproducible from this block (only non-default entries, to stay short).
  j["scenario"] = OrderedJson::parse(scenarioToJson(file, ScenarioEntries::Changed), nullptr, false);
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
  for (const Warning& w : plausibilityWarnings(t)) warnings.push_back(warningToJson(w));
  j["warnings"] = std::move(warnings);
  return j;
}

std::string resultJson(const Scenario& s, const Trajectory& t, const TargetSet* targets,
                       std::string_view scenarioName, int indent) {
  return dumpJson(resultToJson(s, t, targets, scenarioName), indent);
}

// ---------------------------------------------------------------------------
// Lever table
// ---------------------------------------------------------------------------

static OrderedJson paramToJson(const ParamSpec& p, const Scenario* current) {
  OrderedJson j;
  j["id"] = p.id;
  j["group"] = groupKey(p.group);
  j["kind"] = kindKey(p.kind);
  j["name_en"] = p.nameEn;
  j["name_vi"] = p.nameVi;
  j["description_en"] = p.descEn;
  j["description_vi"] = p.descVi;
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

OrderedJson leversToJson(const Scenario* current) {
  OrderedJson levers = OrderedJson::array(), assumptions = OrderedJson::array();
  for (const ParamSpec& p : paramSpecs())
    (isLever(p.group) ? levers : assumptions).push_back(paramToJson(p, current));
  OrderedJson j;
  j["levers"] = std::move(levers);
  j["assumptions"] = std::move(assumptions);
  j["timing"] = {{"start_year", {{"min", kStartYearMin}, {"max", kStartYearMax}}},
                 {"phase_in_years", {{"min", kPhaseInYearsMin}, {"max", kPhaseInYearsMax}}}};
  if (current) j["base_year"] = current->baseYear;
  return j;
}

std::string leversJson(const Scenario* current, int indent) { return dumpJson(leversToJson(current), indent); }

// ---------------------------------------------------------------------------
// Target sets
// ---------------------------------------------------------------------------

// 36000 -> "36,000" (targets are whole dollars; fractions are kept if present).
static std::string groupedUsd(double v) {
  if (!std::isfinite(v)) return "?";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
  std::string digits = buf, out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

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

std::string solveMessage(ParamId lever, int year, double targetUsd, const SolveResult& r) {
  const ParamSpec& p = spec(lever);
  const std::string goal = groupedUsd(targetUsd) + " USD per person in " + std::to_string(year);
  char value[64];
  std::snprintf(value, sizeof value, "%.*f", p.decimals < 0 ? 2 : p.decimals + 1, r.value);
  switch (r.status) {
    case SolveStatus::Found:
      return std::string(p.nameEn) + " must reach " + value + " (" + unitText(p.unit) + ") to reach " + goal + ".";
    case SolveStatus::AlreadyMet:
      return "Already met: the current setting (" + std::string(value) + ") reaches " + goal + ".";
    case SolveStatus::Unreachable:
      return goal + " is not reachable with " + std::string(p.nameEn) + " within its range (" +
             formatNumber(p.minValue) + " to " + formatNumber(p.maxValue) + ").";
    case SolveStatus::TooEarly:
      return goal + " comes too early: " + std::string(p.nameEn) + " can change GRDP only from " +
             std::to_string(r.firstActingYear) + " (its start year, after the base year, and for investment or "
             "schooling one year more). Choose a later target year or an earlier start.";
    case SolveStatus::Invalid: break;
  }
  return "The question cannot be answered for this scenario (invalid scenario, lever, year or target).";
}

OrderedJson solveToJson(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r) {
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
  j["message"] = solveMessage(lever, year, targetUsd, r);
  return j;
}

std::string solveJson(const Scenario& s, ParamId lever, int year, double targetUsd, const SolveResult& r,
                      int indent) {
  return dumpJson(solveToJson(s, lever, year, targetUsd, r), indent);
}

// ---------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------

std::string warningMessage(const Warning& w) {
  char buf[256];
  const char* fmt = "";
  switch (w.kind) {
    case WarningKind::InvestmentShareHigh:
      fmt = "Total investment reaches %.1f %% of GRDP in %d, above Hanoi's historical range (up to %.1f %%).";
      break;
    case WarningKind::DisbursementAboveRecord:
      fmt = "Disbursement reaches %.1f %% of plan in %d, above what Hanoi has achieved (plausible up to %.1f %%).";
      break;
    case WarningKind::GrowthAboveRecord:
      fmt = "Real growth averages %.1f %%/yr over the five years to %d, above any sustained record (%.1f %%).";
      break;
    case WarningKind::PublicInvestmentHigh:
      fmt = "Public investment reaches %.1f %% of GRDP in %d, far above the historical level (threshold %.1f %%).";
      break;
    case WarningKind::CityDebtAboveLimit:
      fmt = "City debt from the extra spending reaches %.1f %% of GRDP in %d, above its limit (%.1f %%).";
      break;
    case WarningKind::BudgetReallocationHigh:
      fmt = "Cuts to other city spending reach %.1f %% of GRDP in %d, more than a quarter of the city budget (%.1f %%).";
      break;
    case WarningKind::Count: break;
  }
  std::snprintf(buf, sizeof buf, fmt, std::isfinite(w.value) ? w.value : 0.0, w.year,
                std::isfinite(w.threshold) ? w.threshold : 0.0);
  return buf;
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

namespace {
struct CsvColumn {
  const char* en;
  const char* vi;
  int decimals;
  double (*get)(const YearResult&);
};
}  // namespace

static const CsvColumn kCsvColumns[] = {
    {"GRDP per person (USD, current)", "GRDP bình quân đầu người (USD, giá hiện hành)", 1,
     [](const YearResult& y) { return y.grdpPerCapitaUsd; }},
    {"GRDP per person (USD, constant 2025)", "GRDP bình quân đầu người (USD, giá 2025)", 1,
     [](const YearResult& y) { return y.grdpPerCapitaUsd2025; }},
    {"GRDP per person (million VND, current)", "GRDP bình quân đầu người (triệu đồng, giá hiện hành)", 2,
     [](const YearResult& y) { return y.grdpPerCapitaMvnd; }},
    {"Real GRDP growth (%)", "Tăng trưởng GRDP thực (%)", 3, [](const YearResult& y) { return y.realGrowthPct; }},
    {"Real GRDP per person growth (%)", "Tăng trưởng GRDP thực bình quân đầu người (%)", 3,
     [](const YearResult& y) { return y.perCapitaGrowthPct; }},
    {"Contribution: TFP (pp)", "Đóng góp: TFP (điểm %)", 3, [](const YearResult& y) { return y.contributions.tfp; }},
    {"Contribution: private capital (pp)", "Đóng góp: vốn tư nhân (điểm %)", 3,
     [](const YearResult& y) { return y.contributions.privateCapital; }},
    {"Contribution: infrastructure (pp)", "Đóng góp: hạ tầng (điểm %)", 3,
     [](const YearResult& y) { return y.contributions.infrastructure; }},
    {"Contribution: human capital (pp)", "Đóng góp: vốn con người (điểm %)", 3,
     [](const YearResult& y) { return y.contributions.humanCapital; }},
    {"Contribution: labour (pp)", "Đóng góp: lao động (điểm %)", 3,
     [](const YearResult& y) { return y.contributions.labour; }},
    {"Real GRDP (trillion VND, 2025 prices)", "GRDP thực (nghìn tỷ đồng, giá 2025)", 1,
     [](const YearResult& y) { return y.realGrdpTrillionVnd2025; }},
    {"Nominal GRDP (trillion VND)", "GRDP danh nghĩa (nghìn tỷ đồng)", 1,
     [](const YearResult& y) { return y.nominalGrdpTrillionVnd; }},
    {"Population (million)", "Dân số (triệu người)", 3, [](const YearResult& y) { return y.population; }},
    {"Employment (million)", "Lao động có việc làm (triệu người)", 3, [](const YearResult& y) { return y.employment; }},
    {"Total investment (% GRDP)", "Tổng vốn đầu tư (% GRDP)", 2, [](const YearResult& y) { return y.totalInvestmentPct; }},
    {"Private investment (% GRDP)", "Đầu tư tư nhân (% GRDP)", 2, [](const YearResult& y) { return y.privateInvestmentPct; }},
    {"Public infrastructure investment (% GRDP)", "Đầu tư công cho hạ tầng (% GRDP)", 2,
     [](const YearResult& y) { return y.publicInvestmentPct; }},
    {"Effective public investment (% GRDP)", "Đầu tư công hiệu quả (% GRDP)", 3,
     [](const YearResult& y) { return y.effectivePublicInvestmentPct; }},
    {"Disbursement (% of plan)", "Tỷ lệ giải ngân (% kế hoạch)", 1, [](const YearResult& y) { return y.disbursementPct; }},
    {"Institutional quality index (0-100)", "Chỉ số chất lượng thể chế (0-100)", 2,
     [](const YearResult& y) { return y.institutionalIndex; }},
    {"Digital government (0-1)", "Chính quyền số (0-1)", 3, [](const YearResult& y) { return y.digitalGovernment; }},
    {"R&D spending (% GRDP)", "Chi cho R&D (% GRDP)", 3, [](const YearResult& y) { return y.rndPct; }},
    {"Mean years of schooling", "Số năm đi học bình quân", 3, [](const YearResult& y) { return y.schoolingYears; }},
    {"Human capital index", "Chỉ số vốn con người", 4, [](const YearResult& y) { return y.humanCapital; }},
    {"TFP index", "Chỉ số TFP", 4, [](const YearResult& y) { return y.tfp; }},
    {"Private capital (trillion VND, 2025 prices)", "Vốn tư nhân (nghìn tỷ đồng, giá 2025)", 1,
     [](const YearResult& y) { return y.privateCapital; }},
    {"Public capital (trillion VND, 2025 prices)", "Vốn công (nghìn tỷ đồng, giá 2025)", 1,
     [](const YearResult& y) { return y.publicCapital; }},
    {"VND per USD", "Tỷ giá (đồng/USD)", 0, [](const YearResult& y) { return y.vndPerUsd; }},
    {"Other state infrastructure investment (% GRDP)", "Đầu tư hạ tầng khác của Nhà nước (% GRDP)", 2,
     [](const YearResult& y) { return y.otherPublicInvestmentPct; }},
    {"Extra public spending (% GRDP)", "Chi công tăng thêm (% GRDP)", 3, [](const YearResult& y) { return y.extraSpendingPct; }},
    {"Borrowed (% GRDP)", "Phần đi vay (% GRDP)", 3, [](const YearResult& y) { return y.borrowingPct; }},
    {"Crowding out of private investment (% GRDP)", "Đầu tư tư nhân bị chèn lấn (% GRDP)", 3,
     [](const YearResult& y) { return y.crowdingOutPct; }},
    {"Cut from other city spending (% GRDP)", "Cắt từ các khoản chi khác của thành phố (% GRDP)", 3,
     [](const YearResult& y) { return y.budgetReallocationPct; }},
    {"City debt from extra spending (% GRDP)", "Dư nợ thành phố do chi tăng thêm (% GRDP)", 2,
     [](const YearResult& y) { return y.cityDebtPct; }},
};

static std::string csvNumber(double v, int decimals, bool decimalComma) {
  if (!std::isfinite(v)) return {};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  // snprintf follows the C locale's decimal point; normalise, then apply the chosen one.
  for (char& c : s)
    if (c == ',' || c == '.') c = decimalComma ? ',' : '.';
  if (s == "-0" || s.find_first_not_of("-0.,") == std::string::npos) s.erase(0, s[0] == '-' ? 1 : 0);
  return s;
}

std::string trajectoryCsv(const Trajectory& t, const CsvOptions& options) {
  const bool vi = options.language == "vi";
  const char sep = options.decimalComma ? ';' : ',';
  std::string out;
  if (options.byteOrderMark) out += "\xEF\xBB\xBF";
  out += csvField(vi ? "Năm" : "Year", sep);
  out += sep;
  out += csvField(vi ? "Loại" : "Kind", sep);
  for (const CsvColumn& c : kCsvColumns) {
    out += sep;
    out += csvField(vi ? c.vi : c.en, sep);
  }
  out += "\r\n";
  for (const YearResult& y : t) {
    out += std::to_string(y.year);
    out += sep;
    out += csvField(y.projected ? (vi ? "dự báo" : "projection") : (vi ? "thực tế" : "actual"), sep);
    for (const CsvColumn& c : kCsvColumns) {
      out += sep;
      out += csvNumber(c.get(y), c.decimals, options.decimalComma);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace h2045
