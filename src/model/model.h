// Hanoi 2045 Pathways — public interface of the simulation core.
//
// Pure C++17: no UI, no I/O, no globals. A scenario is plain data; simulate() is a
// deterministic function of (scenario, historical data) that allocates nothing in
// its yearly loop, so the interface can run it thousands of times per frame.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace h2045 {

constexpr int kFirstHistoryYear = 2010;
constexpr int kLastHistoryYear = 2025;
constexpr int kLastYear = 2050;
constexpr int kMaxYears = kLastYear - kFirstHistoryYear + 1;  // 41 rows cover any trajectory
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------
// Levers and assumptions: one table, every entry with a stable id.
// ---------------------------------------------------------------------------

enum class ParamGroup : std::uint8_t { Infrastructure, Institutions, HumanCapital, Assumptions };
enum class ParamKind : std::uint8_t { Continuous, Integer, Choice };

// Order is part of the share-link format: append new entries before Count, never reorder.
enum class ParamId : int {
  // Breakthrough 1 — infrastructure
  PublicInvestmentPct,      // infra.public_investment_pct
  DisbursementPct,          // infra.disbursement_pct
  InvestmentEfficiency,     // infra.efficiency
  ConstructionLagYears,     // infra.lag_years
  // Breakthrough 2 — institutions
  InstitutionalQualityTarget,  // inst.quality_target
  InstitutionalYearsToTarget,  // inst.years_to_target
  DigitalGovernmentPct,        // inst.digital_gov_pct (completion reached after the phase-in)
  // Breakthrough 3 — human capital
  EntrantSchoolingYears,    // hc.entrant_schooling_years
  SkilledMigration,         // hc.skilled_migration (years of S per year)
  RndPct,                   // hc.rnd_pct
  // Assumptions
  Alpha,                    // assume.alpha
  Beta,                     // assume.beta
  DeltaPrivate,             // assume.delta_private
  DeltaPublic,              // assume.delta_public
  Lambda,                   // assume.lambda
  GammaInstitutions,        // assume.gamma_inst (pp TFP growth per 10 index points)
  GammaRnd,                 // assume.gamma_rnd
  GammaDigital,             // assume.gamma_digital
  UsdDriftPct,              // assume.usd_drift_pct
  PrivateInvestmentPct,     // assume.private_investment_pct
  PopulationGrowthPct,      // assume.population_growth_pct
  WorkingAgeShare,          // assume.working_age_share
  ParticipationRate,        // assume.participation
  UnemploymentPct,          // assume.unemployment_pct
  CohortReplacementRate,    // assume.replacement_rate
  InitialSchoolingYears,    // assume.initial_schooling_years
  SchoolingReturns,         // assume.schooling_returns (Choice: 0 Hall–Jones, 1 flat 10 %)
  InstInvestmentLink,       // assume.inst_investment_link (pp private investment per 10 points)
  InstEfficiencyLink,       // assume.inst_efficiency_link (ε per 10 points)
  VndDeflatorPct,           // assume.vnd_deflator_pct (VND price of output, %/yr; replaced the depreciation)
  TrendFirstYear,           // assume.trend_first_year (first year of the calibration window)
  TrendExcludesCovid,       // assume.trend_excludes_covid (Choice: 1 leaves 2020–21 out of the window)
  LongRunGrowthPct,         // assume.long_run_growth_pct (output per worker, excluding schooling)
  GrowthRegression,         // assume.growth_regression (share of the excess TFP growth lost per year)
  OtherPublicInvestmentPct, // assume.other_public_investment_pct (central, ODA, state utilities, % GRDP)
  FinancingBorrowedPct,     // assume.financing_borrowed_pct (share of extra spending borrowed)
  FinancingCrowdingOutPct,  // assume.financing_crowding_out_pct (share of the rest taken from private investment)
  CityDebtLimitPct,         // assume.city_debt_limit_pct (% GRDP)
  CityBudgetPct,            // assume.city_budget_pct (city budget spending, % GRDP)
  // The Monte Carlo's own assumptions (model/uncertainty.h): no effect on the single line.
  YearlyShockSdPp,          // assume.yearly_shock_sd_pp (s.d. of the yearly TFP shocks)
  TrendShiftSdPp,           // assume.trend_shift_sd_pp (s.d. of a path's lasting trend shift)
  DisasterRiskPct,          // assume.disaster_risk_pct (chance of a disaster in a year)
  Count
};
constexpr int kParamCount = static_cast<int>(ParamId::Count);

struct ParamSpec {
  ParamId param;
  std::string_view id;       // stable id, e.g. "infra.public_investment_pct"
  ParamGroup group;
  ParamKind kind;
  std::string_view unit;     // short unit key: "pct_grdp", "pct", "years", "index", "share", "pp", "per_year", "choice"
  double defaultValue;
  double minValue;
  double maxValue;
  double step;               // slider granularity
  int decimals;              // display precision
  bool prior;                // true when no firm source: shown as an assumption to question
  std::string_view source;   // citation, or "prior"
  // Names and descriptions are in assets/i18n (param.<id>.name, param.<id>.desc).
};

// The whole table, indexed by ParamId.
const std::array<ParamSpec, kParamCount>& paramSpecs();
const ParamSpec& spec(ParamId p);
std::optional<ParamId> findParam(std::string_view id);
constexpr bool isLever(ParamGroup g) { return g != ParamGroup::Assumptions; }

// ---------------------------------------------------------------------------
// Scenario: plain data, copyable, comparable.
// ---------------------------------------------------------------------------

struct ParamSetting {
  double value = 0.0;
  int startYear = 2026;    // levers only: first year the change applies
  int phaseInYears = 3;    // levers only: linear ramp from the baseline value
  bool operator==(const ParamSetting& o) const {
    return value == o.value && startYear == o.startYear && phaseInYears == o.phaseInYears;
  }
  bool operator!=(const ParamSetting& o) const { return !(*this == o); }
};

struct Scenario {
  int baseYear = kLastHistoryYear;  // projection starts after this year (2025 default; 2020 replays)
  std::array<ParamSetting, kParamCount> params{};

  static Scenario defaults();  // every parameter at its table default
  double value(ParamId p) const { return params[static_cast<int>(p)].value; }
  ParamSetting& at(ParamId p) { return params[static_cast<int>(p)]; }
  const ParamSetting& at(ParamId p) const { return params[static_cast<int>(p)]; }
  bool operator==(const Scenario& o) const { return baseYear == o.baseYear && params == o.params; }
  bool operator!=(const Scenario& o) const { return !(*this == o); }
};

// The limits validate() enforces beyond each parameter's own range. Callers that check
// first or explain a rejection use these, never copies.
constexpr int kFirstBaseYear = 2019;  // first year with GRDP/person data
constexpr int kLastBaseYear = kLastHistoryYear;
constexpr int kFirstStartYear = kFirstHistoryYear;  // a lever's start year
constexpr int kLastStartYear = kLastYear;
constexpr int kMinPhaseInYears = 0;  // a lever's linear ramp
constexpr int kMaxPhaseInYears = 30;

// Why a scenario is invalid. The model names the problem; src/scenario words it.
enum class ValidationProblem : std::uint8_t {
  BaseYearOutOfRange,  // outside kFirstBaseYear..kLastBaseYear
  BaseYearWithoutData, // the data lack GRDP/person, population, rate or growth for it
  NotFinite,
  OutOfRange,          // outside the parameter's min..max
  NotWhole,            // integer or choice parameter with a fraction
  StartYearOutOfRange, // outside kFirstStartYear..kLastStartYear
  PhaseInOutOfRange,   // outside kMinPhaseInYears..kMaxPhaseInYears
  TfpShockOutOfRange,  // not finite or |shock| > kMaxTfpShockPp
};
struct ValidationError {
  ParamId param;  // Count when the error is not about one parameter (e.g. base year)
  double value;
  ValidationProblem problem;
};
std::optional<ValidationError> validate(const Scenario& s);

// ---------------------------------------------------------------------------
// Historical data (loaded by src/scenario from assets/data, NaN where unknown).
// ---------------------------------------------------------------------------

// The historical series, one per HistoryYear field (order = HistoryYear's fields).
enum class HistoryField : std::uint8_t {
  RealGrowthPct, GrdpTrillionVnd, GrdpPerCapitaMvnd, GrdpPerCapitaUsd, PopulationMillions,
  VndPerUsd, DeflatorIndex, VnCpiPct, UsCpiPct, Count
};
constexpr int kHistoryFieldCount = static_cast<int>(HistoryField::Count);
std::string_view historyFieldKey(HistoryField f);  // "real_growth_pct", ... (the CSV indicator names)

struct HistoryYear {
  int year = 0;
  double realGrowthPct = kMissing;        // Hanoi real GRDP growth
  double grdpTrillionVnd = kMissing;      // current prices
  double grdpPerCapitaMvnd = kMissing;    // current prices, million VND
  double grdpPerCapitaUsd = kMissing;     // official, at the statistics office's rate
  double populationMillions = kMissing;
  double vndPerUsd = kMissing;            // conversion rate used for official USD figures
  double deflatorIndex = kMissing;        // Vietnam GDP deflator, 2010 = 100
  double vnCpiPct = kMissing;
  double usCpiPct = kMissing;
  // Provenance of each field, indexed by HistoryField: flag 'A', 'B', 'C', 'U' (see data.md)
  // or 0 when the data files say nothing; source is the citation shown on hover, in English
  // and (sourceVi) in Vietnamese.
  std::array<char, kHistoryFieldCount> flag{};
  std::array<std::string, kHistoryFieldCount> source{};
  std::array<std::string, kHistoryFieldCount> sourceVi{};
  double value(HistoryField f) const;
  char flagOf(HistoryField f) const { return flag[static_cast<int>(f)]; }
  const std::string& sourceOf(HistoryField f) const { return source[static_cast<int>(f)]; }
  const std::string& sourceViOf(HistoryField f) const { return sourceVi[static_cast<int>(f)]; }
};

// A multi-year average quoted by a source (e.g. 2016–20 ≈ 6.67 %/yr) where yearly data are missing.
struct GrowthPeriod {
  int firstYear = 0, lastYear = 0;
  double avgRealGrowthPct = kMissing;
  char flag = 0;
  std::string source, sourceVi;
};

// A single sourced number used for calibration or shown in the data panel (assets/data/facts.csv).
struct DataFact {
  std::string id;     // e.g. "public_investment_plan_2025"
  int year = 0;
  double value = kMissing;
  std::string unit;
  char flag = 0;
  std::string source, sourceVi;
};

// Facts the model reads (the data loader refuses a facts.csv without them): the range of
// total investment, % of GRDP, Hanoi has sustained; its top is the plausibility threshold.
constexpr std::string_view kTotalInvestmentLowFact = "total_investment_share_low";
constexpr std::string_view kTotalInvestmentHighFact = "total_investment_share_high";
constexpr std::string_view kRequiredFacts[] = {kTotalInvestmentLowFact, kTotalInvestmentHighFact};

struct HistoricalData {
  std::vector<HistoryYear> years;  // ascending, kFirstHistoryYear..kLastHistoryYear
  std::vector<GrowthPeriod> periods;
  std::vector<DataFact> facts;
  const HistoryYear* find(int year) const;
  double value(int year, HistoryField f) const;  // NaN when unknown
  const DataFact* fact(std::string_view id) const;
  const GrowthPeriod* period(int firstYear, int lastYear) const;
};

// ---------------------------------------------------------------------------
// Trajectory: fixed capacity, no allocation.
// ---------------------------------------------------------------------------

struct GrowthContributions {  // percentage points of real GRDP growth (all 0 in the base-year row)
  double tfp = 0, privateCapital = 0, infrastructure = 0, humanCapital = 0, labour = 0;
  double sum() const { return tfp + privateCapital + infrastructure + humanCapital + labour; }
};

struct YearResult {
  int year = 0;
  bool projected = false;              // false for the base year (rows[0], anchored to the data)
  double realGrdpTrillionVnd2025 = 0;  // constant 2025 prices
  double nominalGrdpTrillionVnd = 0;
  double population = 0;               // millions
  double employment = 0;               // millions
  double grdpPerCapitaMvnd = 0;        // current prices
  double grdpPerCapitaUsd = 0;         // current USD
  double grdpPerCapitaUsd2025 = 0;     // constant 2025 USD
  double realGrowthPct = 0;            // real GRDP growth over the previous year
  double perCapitaGrowthPct = 0;       // real GRDP/person growth
  double usdPerCapitaGrowthPct = 0;    // current-USD GRDP/person growth
  double privateCapital = 0;           // trillion VND 2025
  double publicCapital = 0;            // trillion VND 2025: all state-funded infrastructure (effective, after ε and d)
  double humanCapital = 0;             // h = exp(φ(S))
  double schoolingYears = 0;           // S
  double tfp = 0;                      // A, index
  double institutionalIndex = 0;       // I, 0–100
  double digitalGovernment = 0;        // D, 0–1
  double rndPct = 0;                   // R, % GRDP
  double publicInvestmentPct = 0;      // planned public infrastructure investment, % GRDP
  double effectivePublicInvestmentPct = 0;  // ε·d·sg (the city's plan)
  double otherPublicInvestmentPct = 0; // central budget, ODA, state utilities (disbursed), % GRDP
  double privateInvestmentPct = 0;     // after crowding out
  double totalInvestmentPct = 0;       // private + disbursed city plan + other state, % GRDP
  double disbursementPct = 0;
  double vndPerUsd = 0;
  // Financing of public investment and R&D above their baseline (% GRDP; negative when below it).
  double extraSpendingPct = 0;         // (d·sg − d0·sg0) + (R − R0)
  double borrowingPct = 0;             // part of it borrowed
  double crowdingOutPct = 0;           // part of it taken from private investment
  double budgetReallocationPct = 0;    // part of it cut from other city spending
  double cityDebtPct = 0;              // debt from the extra spending, % GRDP (end of year)
  GrowthContributions contributions;
};

struct Trajectory {
  int baseYear = kLastHistoryYear;
  int count = 0;
  // The limits the plausibility warnings compare against: the highest total investment share
  // Hanoi has sustained (facts.csv; NaN when the data lack it) and the scenario's debt limit
  // and budget size.
  double totalInvestmentRecordPct = kMissing;
  double cityDebtLimitPct = 0;
  double cityBudgetPct = 0;
  std::array<YearResult, kMaxYears> rows{};
  const YearResult* find(int year) const;
  const YearResult* begin() const { return rows.data(); }
  const YearResult* end() const { return rows.data() + count; }
};

// Official GRDP per person of a past year in million VND: the data point, else official USD ×
// the conversion rate, else GRDP ÷ population. In current USD: the official figure, else
// million VND ÷ the conversion rate (how official USD figures are made). NaN when unknown.
double historicalPerCapitaMvnd(const HistoricalData& data, int year);
double historicalPerCapitaUsd(const HistoricalData& data, int year);

// Official GRDP per person of a past year in constant 2025 USD: that year's real GRDP per
// person, chained back from 2025 with Hanoi's real growth rates and population, valued at
// 2025 prices and the 2025 conversion rate. Matches the projections' grdpPerCapitaUsd2025
// (2025 gives the official 2025 figure), so history and scenarios share one scale. NaN where
// a growth rate or population on the way is unknown, or outside kFirstHistoryYear..2025.
double historicalPerCapitaUsd2025(const HistoricalData& data, int year);

// Runs the model from the scenario's base year to kLastYear. Calibrates to the data
// internally (cheap). The scenario must be valid (see validate()). rows[0] is the base
// year (anchored to data), rows[1..] the projection. If the scenario is invalid or the data
// lack the base year's GRDP/person or population, the result has count == 0.
Trajectory simulate(const Scenario& s, const HistoricalData& data);
void simulate(const Scenario& s, const HistoricalData& data, Trajectory& out);

// Optional per-year TFP growth shocks (percentage points), indexed by year − kFirstHistoryYear.
// For the uncertainty runs; the plain simulate() uses zero shocks.
struct TfpShocks {
  std::array<double, kMaxYears> pp{};
};
// Shocks must be finite and within ±kMaxTfpShockPp (COVID cost Hanoi about 4 pp); otherwise
// simulate() returns an empty trajectory, as for an invalid scenario.
constexpr double kMaxTfpShockPp = 30.0;
std::optional<ValidationError> validate(const TfpShocks& shocks);
void simulate(const Scenario& s, const HistoricalData& data, const TfpShocks* shocks, Trajectory& out);

// Calibration to the data (done inside simulate; exposed for documentation and tests).
constexpr int kCovidFirstYear = 2020, kCovidLastYear = 2021;
// Real growth of one past year: the data, else the part of a quoted period average not explained
// by the period's known years (2017–18 from the 2016–20 average), else NaN.
double historicalGrowthPct(const HistoricalData& data, int year);

struct Calibration {
  bool ok = false;
  int baseYear = 0;
  int windowFirstYear = 0, windowLastYear = 0;  // trend window: first year (assumption) to the base year
  int windowYears = 0;             // years averaged (the COVID years left out when so assumed)
  double targetGrowthPct = 0;      // g*: compound real GRDP growth over the window's years
  double labourGrowthPct = 0;      // population growth over the window, used to back out TFP
  double humanCapitalGrowthPct = 0;  // h growth at the historical renewal rate (the table default)
  double requiredTfpGrowthPct = 0;   // gA*: TFP growth that makes g* a balanced growth path
  double baselineTfpGrowthPct = 0;   // first projected year's baseline TFP growth (= gA*)
  double longRunTfpGrowthPct = 0;    // gA∞: TFP growth giving the long-run growth per worker
  double privateCapitalOutput = 0;   // Kp/Y at the base year = sp/(g*+δp), sp the historical rate (default)
  double publicCapitalOutput = 0;    // Kg/Y = ε·(d·sg + s_other)·(1+g*)^−lag/(g*+δg), historical rates
  double publicCapitalReturn = 0;    // gross return per VND disbursed: ε·β·Y/Kg
  double privateCapitalReturn = 0;   // α·Y/Kp
  double initialTfp = 0;             // A at the base year (level that reproduces base GRDP)
  double basePerCapitaMvnd = 0, basePopulation = 0, baseVndPerUsd = 0;
  // Data-derived price growth over kPriceWindow (NaN when not derivable), for the defaults.
  double usdDriftDataPct = kMissing;      // USD price of output
  double vndDeflatorDataPct = kMissing;   // VND price of output
  double vndDepreciationDataPct = kMissing;  // conversion rate
};
// Yearly price growth of output over (firstYear, lastYear]: Vietnam's GDP deflator before the
// first year with Hanoi GRDP/person data, Hanoi's implied deflator (nominal ÷ real GRDP/person)
// from then on; the conversion rate from the data. NaN where the data break off.
struct PriceGrowth {
  double usdPct = kMissing, vndPct = kMissing, ratePct = kMissing;
};
PriceGrowth historicalPriceGrowth(const HistoricalData& data, int firstYear, int lastYear);
constexpr int kPriceWindowFirstYear = 2010, kPriceWindowLastYear = 2025;
Calibration calibrate(const Scenario& s, const HistoricalData& data);

// Validation that needs the data (base-year GRDP/person and population must be known).
std::optional<ValidationError> validate(const Scenario& s, const HistoricalData& data);

// What a run reads from the data and works out from the assumptions alone: the calibration,
// the data series, the labour force, the baseline TFP path and (for one setting of the two
// schooling levers) the schooling path. Kept by a caller that runs many scenarios differing
// only in their levers (the target map's cells, a solver's steps), so that each run projects
// and nothing more; simulate() remakes it whenever the base year, an assumption, the data or
// the schooling levers differ from what it was made for, so a stale one is never used. The
// results are the same to the last bit with or without it. One cache serves one
// HistoricalData that does not change while the cache is in use.
struct RunCache {
  bool ok = false;
  const HistoricalData* data = nullptr;
  int baseYear = 0;
  std::array<double, kParamCount> assumptions{};  // the assumption values it was made for
  Calibration calibration;
  double totalInvestmentRecordPct = kMissing;
  double toPrices2025 = 1, usdPrice2025 = 1, usdPerMvndBase = 0;
  double baseGrowthPct = kMissing, populationBefore = kMissing, perCapitaBefore = kMissing, rateBefore = kMissing;
  double output0 = 0, privateCapital0 = 0, publicCapital0 = 0, lnPrivateCapital0 = 0, lnPublicCapital0 = 0;
  std::array<double, kMaxYears + 8> arrivals{};  // the past vintages' arrival slots
  // Per year from the base year (index year − baseYear): population, employment, its log,
  // the conversion rate (data, or NaN), the USD price's growth, baseline TFP growth and ln(1+it).
  std::array<double, kMaxYears> population{}, employment{}, lnEmployment{}, rateData{}, usdPriceGrowth{};
  std::array<double, kMaxYears> baselineTfpGrowth{}, lnBaselineTfpGrowth{};
  // The schooling path, for the settings of the two schooling levers in `schoolingLevers`.
  bool schoolingOk = false;
  std::array<ParamSetting, 2> schoolingLevers{};
  std::array<double, kMaxYears> schoolingYears{}, schoolingReturn{}, humanCapital{};
};
void simulate(const Scenario& s, const HistoricalData& data, RunCache& cache, const TfpShocks* shocks,
              Trajectory& out);

// ---------------------------------------------------------------------------
// Targets.
// ---------------------------------------------------------------------------

struct Target {
  int year = 0;
  double lowUsd = 0;    // met when value >= lowUsd
  double highUsd = 0;   // upper end of a range; +inf for an open "> X" target
  bool approximate = false;  // "≈ 45,000"
};

struct TargetSet {
  std::string id;  // "congress17_2020", "master_plan_2024", "revised_plan_2026", "custom"
  std::string nameEn, nameVi;
  std::vector<Target> targets;
};

struct TargetStatus {
  Target target;
  double valueUsd = 0;        // model's current-USD GRDP/person in the target year
  bool met = false;
  double gapUsd = 0;          // lowUsd − value when missed, 0 when met
  double percentOfTarget = 0; // value / lowUsd × 100
  double requiredGrowthPct = 0;  // constant USD GRDP/person growth from the base year to lowUsd
};

std::vector<TargetStatus> evaluateTargets(const Trajectory& t, const TargetSet& set);
// Constant annual growth (%) taking fromValue in fromYear to toValue in toYear.
double requiredGrowthPct(double fromValue, int fromYear, double toValue, int toYear);

// ---------------------------------------------------------------------------
// What's needed: the smallest lever setting that reaches a target.
// ---------------------------------------------------------------------------

// TooEarly: the target year comes before the lever can move output (its start year, after the base
// year, plus a year for levers that act through capital or schooling).
enum class SolveStatus { Found, AlreadyMet, Unreachable, Invalid, TooEarly };
struct SolveResult {
  SolveStatus status = SolveStatus::Invalid;
  double value = kMissing;     // lever setting (Found / AlreadyMet: current value)
  double achievedUsd = kMissing;
  int iterations = 0;          // bounded by kMaxSolveIterations
  int firstActingYear = 0;     // first year the lever can change GRDP (see firstYearLeverActs)
};
constexpr int kMaxSolveIterations = 100;
// For levers that lower the outcome when raised (e.g. lag), "smallest" means the
// setting closest to the current one that reaches the target.
SolveResult solveLever(const Scenario& s, const HistoricalData& data, ParamId lever, int year,
                       double targetUsd);
// First year in which a lever's setting can change GRDP.
int firstYearLeverActs(const Scenario& s, ParamId lever);

// What's needed of every lever at once: each lever alone (solveLever for each, in table order),
// and the smallest uniform push of all of them together — one share k in [0, 1] that moves
// every lever from its current setting k of the way toward the end of its range that raises
// the year's GRDP per person most — that reaches the target (bisection on k; the model rises
// with each push). `pushed` is the scenario at that share (Found), else at k = 1 (Unreachable)
// or the scenario itself (AlreadyMet). Integer levers move to the nearest whole value.
struct LeverNeed {
  ParamId lever;
  SolveResult result;
};
struct AllLeversNeed {
  std::vector<LeverNeed> alone;
  SolveStatus pushStatus = SolveStatus::Invalid;
  double pushShare = kMissing;  // k
  double pushedUsd = kMissing;  // GRDP per person at k (current USD)
  Scenario pushed;
};
AllLeversNeed solveAllLevers(const Scenario& s, const HistoricalData& data, int year, double targetUsd);
// The scenario pushed k of the way toward each lever's growth-raising end (the ends found
// once per scenario by solveAllLevers; exposed for tests).
Scenario pushLevers(const Scenario& s, const std::array<double, kParamCount>& raisingEnd, double k);

// ---------------------------------------------------------------------------
// Plausibility warnings (text is looked up by the UI/CLI from the kind's key).
// ---------------------------------------------------------------------------

enum class WarningKind {
  InvestmentShareHigh, DisbursementAboveRecord, GrowthAboveRecord, PublicInvestmentHigh,
  CityDebtAboveLimit, BudgetReallocationHigh, Count
};
constexpr int kWarningKindCount = static_cast<int>(WarningKind::Count);
struct Warning {
  WarningKind kind;
  int year;          // first year it happens
  double value;      // offending value
  double threshold;  // historical limit it exceeds
};
std::string_view warningKey(WarningKind k);  // "investment_share_high", ...
std::vector<Warning> plausibilityWarnings(const Trajectory& t);
// The kinds plausibilityWarnings() would list, as bits (1 << kind), without allocating.
unsigned plausibilityWarningKinds(const Trajectory& t);

}  // namespace h2045
