// The growth model: calibration to the data and the yearly projection (docs/model.md §2–§4).
//
//   Y = A · Kp^α · (θ·Kg)^β · (h·L)^(1−α−β)
//
// θ·Kg is tracked as one effective stock: each year's public investment enters it at that
// year's efficiency ε and disbursement d, after the construction lag.
#include "model/model.h"
#include "model/schooling.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

namespace {

// Real interest on the city's debt (prior: Vietnam's government bond yields of 2–3 % less
// inflation, concessional ODA lower); interest is added to the debt.
constexpr double kRealInterestOnCityDebt = 0.02;

double pctToShare(double pct) { return pct / 100.0; }

// Mincer returns with the C library's pow (the schedules: model/schooling.h).
double schoolingReturn(double years, int schedule) {
  return h2045::schoolingReturn(years, schedule, [](double a, double b) { return std::pow(a, b); });
}

// Share of the workforce that is new each year: entrants replace the leavers (r) and fill the
// growth of the labour force (n). A shrinking labour force hires nobody once n < −r.
double entrantShare(double replacement, double labourGrowth) {
  return std::max(0.0, replacement + labourGrowth) / (1.0 + labourGrowth);
}

// How far a lever has moved from its baseline value in year t (0 before it starts, 1 when
// fully phased in). Levers never act in or before the base year.
double rampShare(const ParamSetting& set, int year, int baseYear) {
  if (year <= baseYear || year < set.startYear) return 0.0;
  if (set.phaseInYears <= 0) return 1.0;
  return std::min(1.0, double(year - set.startYear + 1) / double(set.phaseInYears));
}

// The baseline (default) value of every parameter, looked up once per run.
using Defaults = std::array<double, kParamCount>;
Defaults tableDefaults() {
  Defaults d{};
  for (const ParamSpec& p : paramSpecs()) d[static_cast<int>(p.param)] = p.defaultValue;
  return d;
}

double leverValue(const Scenario& s, const Defaults& defaults, ParamId p, int year) {
  const double base = defaults[static_cast<int>(p)];
  const ParamSetting& set = s.at(p);
  return base + (set.value - base) * rampShare(set, year, s.baseYear);
}

// Integer levers (the construction lag) switch at the start year, without a ramp.
int integerLeverValue(const Scenario& s, const Defaults& defaults, ParamId p, int year) {
  const ParamSetting& set = s.at(p);
  const bool active = year > s.baseYear && year >= set.startYear;
  return int(active ? set.value : defaults[static_cast<int>(p)]);  // whole numbers (validated)
}

// Institutional index: moves linearly from the base level to the target over the chosen years.
double institutionalIndex(const Scenario& s, const Defaults& defaults, int year) {
  const double base = defaults[static_cast<int>(ParamId::InstitutionalQualityTarget)];
  const ParamSetting& target = s.at(ParamId::InstitutionalQualityTarget);
  if (year <= s.baseYear || year < target.startYear) return base;
  const double years = std::max(1.0, s.value(ParamId::InstitutionalYearsToTarget));
  const double share = std::min(1.0, double(year - target.startYear + 1) / years);
  return base + (target.value - base) * share;
}

// Assumptions that describe a level reached in 2050, moving linearly from the base year.
double pathTo2050(const Scenario& s, const Defaults& defaults, ParamId p, int year) {
  const double base = defaults[static_cast<int>(p)];
  const double share = double(year - s.baseYear) / double(kLastYear - s.baseYear);
  return base + (s.value(p) - base) * std::clamp(share, 0.0, 1.0);
}

// Population in millions: data, or log-linear interpolation between the nearest data years.
double populationAt(const HistoricalData& data, int year) {
  const double exact = data.value(year, HistoryField::PopulationMillions);
  if (std::isfinite(exact)) return exact;
  int before = 0, after = 0;
  double popBefore = kMissing, popAfter = kMissing;
  for (const HistoryYear& y : data.years) {
    if (!std::isfinite(y.populationMillions)) continue;
    if (y.year < year && (before == 0 || y.year > before)) before = y.year, popBefore = y.populationMillions;
    if (y.year > year && (after == 0 || y.year < after)) after = y.year, popAfter = y.populationMillions;
  }
  if (before == 0 || after == 0) return kMissing;
  const double w = double(year - before) / double(after - before);
  return popBefore * std::pow(popAfter / popBefore, w);
}

int lastPopulationYear(const HistoricalData& data) {
  int last = 0;
  for (const HistoryYear& y : data.years)
    if (std::isfinite(y.populationMillions) && y.year > last) last = y.year;
  return last;
}

}  // namespace

double historicalPerCapitaMvnd(const HistoricalData& data, int year) {
  const HistoryYear* y = data.find(year);
  if (!y) return kMissing;
  if (std::isfinite(y->grdpPerCapitaMvnd)) return y->grdpPerCapitaMvnd;
  if (std::isfinite(y->grdpPerCapitaUsd) && std::isfinite(y->vndPerUsd))
    return y->grdpPerCapitaUsd * y->vndPerUsd / 1e6;
  const double pop = populationAt(data, year);
  if (std::isfinite(y->grdpTrillionVnd) && std::isfinite(pop) && pop > 0) return y->grdpTrillionVnd / pop;
  return kMissing;
}

double historicalPerCapitaUsd(const HistoricalData& data, int year) {
  const double official = data.value(year, HistoryField::GrdpPerCapitaUsd);
  if (std::isfinite(official)) return official;
  const double rate = data.value(year, HistoryField::VndPerUsd);
  return rate > 0 ? historicalPerCapitaMvnd(data, year) * 1e6 / rate : kMissing;
}

double historicalGrowthPct(const HistoricalData& data, int year) {
  const double g = data.value(year, HistoryField::RealGrowthPct);
  if (std::isfinite(g)) return g;
  for (const GrowthPeriod& p : data.periods) {
    if (year < p.firstYear || year > p.lastYear || !std::isfinite(p.avgRealGrowthPct)) continue;
    double knownLog = 0;
    int unknown = 0;
    for (int t = p.firstYear; t <= p.lastYear; ++t) {
      const double gt = data.value(t, HistoryField::RealGrowthPct);
      if (std::isfinite(gt)) knownLog += std::log1p(pctToShare(gt));
      else ++unknown;
    }
    const int span = p.lastYear - p.firstYear + 1;
    return 100.0 * std::expm1((span * std::log1p(pctToShare(p.avgRealGrowthPct)) - knownLog) / unknown);
  }
  return kMissing;
}

PriceGrowth historicalPriceGrowth(const HistoricalData& data, int firstYear, int lastYear) {
  PriceGrowth out;
  if (lastYear <= firstYear) return out;
  double lnVnd = 0, lnRate = 0;
  for (int t = firstYear + 1; t <= lastYear; ++t) {
    const double rate0 = data.value(t - 1, HistoryField::VndPerUsd), rate1 = data.value(t, HistoryField::VndPerUsd);
    // Hanoi's own deflator where the city's data allow it, Vietnam's before.
    double deflator = kMissing;
    const double pc0 = historicalPerCapitaMvnd(data, t - 1), pc1 = historicalPerCapitaMvnd(data, t);
    const double pop0 = populationAt(data, t - 1), pop1 = populationAt(data, t);
    const double g = data.value(t, HistoryField::RealGrowthPct);
    if (std::isfinite(pc0) && std::isfinite(pc1) && std::isfinite(pop0) && std::isfinite(pop1) && std::isfinite(g))
      deflator = (pc1 / pc0) / ((1.0 + pctToShare(g)) * pop0 / pop1);
    else
      deflator = data.value(t, HistoryField::DeflatorIndex) / data.value(t - 1, HistoryField::DeflatorIndex);
    if (!std::isfinite(deflator) || !(deflator > 0) || !(rate0 > 0) || !(rate1 > 0)) return PriceGrowth{};
    lnVnd += std::log(deflator);
    lnRate += std::log(rate1 / rate0);
  }
  const double n = lastYear - firstYear;
  out.vndPct = 100.0 * std::expm1(lnVnd / n);
  out.ratePct = 100.0 * std::expm1(lnRate / n);
  out.usdPct = 100.0 * std::expm1((lnVnd - lnRate) / n);
  return out;
}

namespace {

// Population for the trend window: the data, else log-linear from the 2009 census (facts.csv) to
// the first population data point (the years 2010–18 have no yearly figure).
double windowPopulation(const HistoricalData& data, int year) {
  const double pop = populationAt(data, year);
  if (std::isfinite(pop)) return pop;
  const DataFact* census = data.fact("population_census_2009");
  if (!census || !std::isfinite(census->value) || year < census->year) return kMissing;
  for (const HistoryYear& y : data.years) {
    if (!std::isfinite(y.populationMillions) || y.year <= year) continue;
    const double w = double(year - census->year) / double(y.year - census->year);
    return census->value * std::pow(y.populationMillions / census->value, w);
  }
  return kMissing;
}

bool isCovidYear(int year) { return year >= kCovidFirstYear && year <= kCovidLastYear; }

double defaultShare(ParamId p) { return pctToShare(spec(p).defaultValue); }

// Effective public investment at the historical (table-default) rates: the city's disbursed plan
// and the other state-funded infrastructure, both at the default efficiency.
double baselineEffectivePublicInvestment() {
  return spec(ParamId::InvestmentEfficiency).defaultValue *
         (defaultShare(ParamId::DisbursementPct) * defaultShare(ParamId::PublicInvestmentPct) +
          defaultShare(ParamId::OtherPublicInvestmentPct));
}

double baselineDisbursedCityInvestmentPct() {
  return spec(ParamId::DisbursementPct).defaultValue / 100.0 * spec(ParamId::PublicInvestmentPct).defaultValue;
}

double baseEmploymentShare() {
  return spec(ParamId::WorkingAgeShare).defaultValue * spec(ParamId::ParticipationRate).defaultValue *
         (1.0 - pctToShare(spec(ParamId::UnemploymentPct).defaultValue));
}

// Everything simulate() needs; calibrate() adds the price statistics for the documentation.
Calibration calibrateModel(const Scenario& s, const HistoricalData& data) {
  Calibration c;
  const int B = s.baseYear;
  c.baseYear = B;
  c.windowFirstYear = std::min(int(s.value(ParamId::TrendFirstYear)), B);
  c.windowLastYear = B;
  c.basePerCapitaMvnd = historicalPerCapitaMvnd(data, B);
  c.basePopulation = populationAt(data, B);
  c.baseVndPerUsd = data.value(B, HistoryField::VndPerUsd);

  // Trend growth g*: compound average over the window's years (COVID years left out if so assumed).
  const bool excludeCovid = s.value(ParamId::TrendExcludesCovid) != 0.0;
  double logSum = 0;
  for (int t = c.windowFirstYear; t <= B; ++t) {
    if (excludeCovid && isCovidYear(t)) continue;
    const double g = historicalGrowthPct(data, t);
    if (std::isfinite(g)) logSum += std::log1p(pctToShare(g)), ++c.windowYears;
  }
  const double gStar = c.windowYears > 0 ? std::expm1(logSum / c.windowYears) : kMissing;
  // Labour growth over the same span (population is not a COVID casualty: all years count).
  const double popStart = windowPopulation(data, c.windowFirstYear - 1);
  const double gL = std::pow(c.basePopulation / popStart, 1.0 / double(B - c.windowFirstYear + 1)) - 1.0;
  if (!std::isfinite(c.basePerCapitaMvnd) || !std::isfinite(c.basePopulation) ||
      !std::isfinite(c.baseVndPerUsd) || !std::isfinite(gStar) || !std::isfinite(gL) || c.basePopulation <= 0 ||
      c.basePerCapitaMvnd <= 0 || c.baseVndPerUsd <= 0)
    return c;

  const double alpha = s.value(ParamId::Alpha), beta = s.value(ParamId::Beta);
  const double labourShare = 1.0 - alpha - beta;
  const int schedule = int(s.value(ParamId::SchoolingReturns));

  // Human capital growth of the past, at the historical renewal rate (the table default, like the
  // investment rates): the user's renewal rate is a view of the future, so raising it speeds up
  // schooling gains instead of re-labelling past growth as schooling.
  const double s0 = s.value(ParamId::InitialSchoolingYears);
  const double s1 = s0 + entrantShare(spec(ParamId::CohortReplacementRate).defaultValue, gL) *
                             (spec(ParamId::EntrantSchoolingYears).defaultValue - s0) +
                    spec(ParamId::SkilledMigration).defaultValue;
  const double gh = std::exp(schoolingReturn(s1, schedule) - schoolingReturn(s0, schedule)) - 1.0;

  // On a balanced growth path 1+g = (1+gA)^(1/(1−α−β)) · (1+gh) · (1+gL): solve for gA.
  const double gA = std::pow((1.0 + gStar) / ((1.0 + gh) * (1.0 + gL)), labourShare) - 1.0;
  c.targetGrowthPct = 100.0 * gStar;
  c.labourGrowthPct = 100.0 * gL;
  c.humanCapitalGrowthPct = 100.0 * gh;
  c.requiredTfpGrowthPct = 100.0 * gA;
  c.baselineTfpGrowthPct = c.requiredTfpGrowthPct;
  c.longRunTfpGrowthPct = 100.0 * (std::pow(1.0 + pctToShare(s.value(ParamId::LongRunGrowthPct)), labourShare) - 1.0);

  // Capital stocks on the same path: K/Y = s/(g+δ); public investment arrives `lag` years late.
  // The stocks were built at the historical rates (the table defaults), not at the rates the
  // user assumes for the future: otherwise a higher investment rate would only rescale the
  // base-year stock and never change growth.
  const int lag0 = int(spec(ParamId::ConstructionLagYears).defaultValue);
  c.privateCapitalOutput = defaultShare(ParamId::PrivateInvestmentPct) / (gStar + s.value(ParamId::DeltaPrivate));
  c.publicCapitalOutput = baselineEffectivePublicInvestment() * std::pow(1.0 + gStar, -lag0) /
                          (gStar + s.value(ParamId::DeltaPublic));
  c.publicCapitalReturn = spec(ParamId::InvestmentEfficiency).defaultValue * beta / c.publicCapitalOutput;
  c.privateCapitalReturn = alpha / c.privateCapitalOutput;

  const double y0 = c.basePerCapitaMvnd * c.basePopulation;  // trillion VND
  const double h0 = std::exp(schoolingReturn(s0, schedule));
  const double l0 = c.basePopulation * baseEmploymentShare();
  c.initialTfp = y0 / (std::pow(c.privateCapitalOutput * y0, alpha) *
                       std::pow(c.publicCapitalOutput * y0, beta) * std::pow(h0 * l0, labourShare));
  c.ok = std::isfinite(c.initialTfp) && c.initialTfp > 0;
  return c;
}

}  // namespace

Calibration calibrate(const Scenario& s, const HistoricalData& data) {
  Calibration c = calibrateModel(s, data);
  const PriceGrowth prices = historicalPriceGrowth(data, kPriceWindowFirstYear, kPriceWindowLastYear);
  c.usdDriftDataPct = prices.usdPct;
  c.vndDeflatorDataPct = prices.vndPct;
  c.vndDepreciationDataPct = prices.ratePct;
  return c;
}

std::optional<ValidationError> validate(const Scenario& s, const HistoricalData& data) {
  if (auto e = validate(s)) return e;
  if (!calibrateModel(s, data).ok)
    return ValidationError{ParamId::Count, double(s.baseYear), ValidationProblem::BaseYearWithoutData};
  return std::nullopt;
}

std::optional<ValidationError> validate(const TfpShocks& shocks) {
  for (double pp : shocks.pp)
    if (!std::isfinite(pp) || std::abs(pp) > kMaxTfpShockPp)
      return ValidationError{ParamId::Count, pp, ValidationProblem::TfpShockOutOfRange};
  return std::nullopt;
}

namespace {

// Whether the cache was made for this data, base year and every assumption's value.
bool fitsAssumptions(const RunCache& c, const Scenario& s, const HistoricalData& data) {
  if (!c.data || c.data != &data || c.baseYear != s.baseYear) return false;
  for (const ParamSpec& p : paramSpecs())
    if (!isLever(p.group) && c.assumptions[static_cast<int>(p.param)] != s.value(p.param)) return false;
  return true;
}

// Everything of a run that depends on the data and the assumptions only (the scenario is valid).
void prepareAssumptions(const Scenario& s, const HistoricalData& data, RunCache& c) {
  c = RunCache{};
  c.data = &data;
  c.baseYear = s.baseYear;
  for (const ParamSpec& p : paramSpecs())
    if (!isLever(p.group)) c.assumptions[static_cast<int>(p.param)] = s.value(p.param);
  const DataFact* investmentRecord = data.fact(kTotalInvestmentHighFact);
  c.totalInvestmentRecordPct = investmentRecord ? investmentRecord->value : kMissing;
  c.calibration = calibrateModel(s, data);
  const Calibration& cal = c.calibration;
  if (!cal.ok) return;

  const int B = s.baseYear;
  const Defaults defaults = tableDefaults();
  const double gStar = pctToShare(cal.targetGrowthPct);

  // Public investment waiting to become productive, by arrival slot (slot j enters the stock of
  // year B+j+1). Vintages made before the base year follow the historical rates (already built).
  const double y0 = cal.basePerCapitaMvnd * cal.basePopulation;
  const int lag0 = int(spec(ParamId::ConstructionLagYears).defaultValue);
  for (int k = 0; k < lag0; ++k)
    c.arrivals[static_cast<size_t>(k)] = baselineEffectivePublicInvestment() * y0 * std::pow(1.0 + gStar, -(lag0 - k));
  c.output0 = y0;
  c.privateCapital0 = cal.privateCapitalOutput * y0;
  c.publicCapital0 = cal.publicCapitalOutput * y0;
  // Growth is computed in logs (Δln Y = Δln A + α Δln Kp + β Δln Kg + (1−α−β)(Δφ(S) + Δln L)):
  // fewer transcendental calls, and the decomposition is exact.
  c.lnPrivateCapital0 = std::log(c.privateCapital0);
  c.lnPublicCapital0 = std::log(c.publicCapital0);

  // Yearly rise of the USD price: the data's for past years (a replay is driven by actual prices,
  // as by actual rates and population), the assumption after.
  const double drift = pctToShare(s.value(ParamId::UsdDriftPct));
  const double vndInflation = pctToShare(s.value(ParamId::VndDeflatorPct));
  const double depreciation = (1.0 + vndInflation) / (1.0 + drift) - 1.0;
  auto usdPriceGrowth = [&](int year) {
    if (year <= kLastHistoryYear) {
      const double pastPct = historicalPriceGrowth(data, year - 1, year).usdPct;
      if (std::isfinite(pastPct)) return pctToShare(pastPct);
    }
    return drift;
  };
  // Factor from base-year prices to 2025 prices (1 when the base year is 2025).
  double rate2025 = data.value(kLastHistoryYear, HistoryField::VndPerUsd);
  if (!std::isfinite(rate2025)) rate2025 = cal.baseVndPerUsd * std::pow(1.0 + depreciation, kLastHistoryYear - B);
  for (int year = B + 1; year <= kLastHistoryYear; ++year) c.usdPrice2025 *= 1.0 + usdPriceGrowth(year);
  c.toPrices2025 = c.usdPrice2025 * rate2025 / cal.baseVndPerUsd;
  c.usdPerMvndBase = 1e6 / cal.baseVndPerUsd;

  // The base year's growth rates come from the data.
  c.baseGrowthPct = data.value(B, HistoryField::RealGrowthPct);
  c.populationBefore = populationAt(data, B - 1);
  c.perCapitaBefore = historicalPerCapitaMvnd(data, B - 1);
  c.rateBefore = data.value(B - 1, HistoryField::VndPerUsd);

  // Labour: population (data while there are data), working-age share, participation,
  // unemployment; the conversion rate and the USD price from the data while there are data.
  const int lastPopYear = lastPopulationYear(data);
  const double popGrowth = pctToShare(s.value(ParamId::PopulationGrowthPct));
  double N = cal.basePopulation, L = N * baseEmploymentShare();
  c.population[0] = N, c.employment[0] = L, c.lnEmployment[0] = std::log(L);
  c.rateData[0] = cal.baseVndPerUsd;
  // The baseline TFP growth regresses from the trend toward the long-run rate (Pritchett &
  // Summers 2014).
  const double gALongRun = pctToShare(cal.longRunTfpGrowthPct);
  const double persistence = 1.0 - s.value(ParamId::GrowthRegression);
  double trendExcess = pctToShare(cal.requiredTfpGrowthPct) - gALongRun;
  for (int year = B + 1; year <= kLastYear; ++year) {
    const auto k = static_cast<size_t>(year - B);
    const double popData = year <= lastPopYear ? populationAt(data, year) : kMissing;
    N = std::isfinite(popData) ? popData : N * (1.0 + popGrowth);
    L = N * pathTo2050(s, defaults, ParamId::WorkingAgeShare, year) *
        pathTo2050(s, defaults, ParamId::ParticipationRate, year) *
        (1.0 - pctToShare(pathTo2050(s, defaults, ParamId::UnemploymentPct, year)));
    c.population[k] = N, c.employment[k] = L, c.lnEmployment[k] = std::log(L);
    c.rateData[k] = year <= kLastHistoryYear ? data.value(year, HistoryField::VndPerUsd) : kMissing;
    c.usdPriceGrowth[k] = usdPriceGrowth(year);
    const double gABaseline = gALongRun + trendExcess;
    trendExcess *= persistence;
    c.baselineTfpGrowth[k] = gABaseline;
    c.lnBaselineTfpGrowth[k] = std::log(1.0 + gABaseline);
  }
  c.ok = true;
}

std::array<ParamSetting, 2> schoolingLevers(const Scenario& s) {
  return {s.at(ParamId::EntrantSchoolingYears), s.at(ParamId::SkilledMigration)};
}

// Human capital: entrants replace leavers and fill the labour force's growth; migration adds
// skills directly. Depends on the assumptions (made for the cache already) and two levers.
void prepareSchooling(const Scenario& s, RunCache& c) {
  const Defaults defaults = tableDefaults();
  const double replacement = s.value(ParamId::CohortReplacementRate);
  const int schedule = int(s.value(ParamId::SchoolingReturns));
  double S = s.value(ParamId::InitialSchoolingYears);
  c.schoolingYears[0] = S;
  c.schoolingReturn[0] = schoolingReturn(S, schedule);
  c.humanCapital[0] = std::exp(c.schoolingReturn[0]);
  for (int year = s.baseYear + 1; year <= kLastYear; ++year) {
    const auto k = static_cast<size_t>(year - s.baseYear);
    const double entrants = leverValue(s, defaults, ParamId::EntrantSchoolingYears, year - 1);
    const double migration = leverValue(s, defaults, ParamId::SkilledMigration, year - 1);
    S = S + entrantShare(replacement, c.employment[k] / c.employment[k - 1] - 1.0) * (entrants - S) + migration;
    c.schoolingYears[k] = S;
    c.schoolingReturn[k] = schoolingReturn(S, schedule);
    c.humanCapital[k] = std::exp(c.schoolingReturn[k]);
  }
  c.schoolingLevers = schoolingLevers(s);
  c.schoolingOk = true;
}

}  // namespace

void simulate(const Scenario& s, const HistoricalData& data, RunCache& c, const TfpShocks* shocks, Trajectory& out) {
  out.baseYear = s.baseYear;
  out.count = 0;
  // Invalid input yields an empty trajectory, never garbage or a crash.
  if (validate(s) || (shocks && validate(*shocks))) {
    const DataFact* investmentRecord = data.fact(kTotalInvestmentHighFact);
    out.totalInvestmentRecordPct = investmentRecord ? investmentRecord->value : kMissing;
    return;
  }
  if (!fitsAssumptions(c, s, data)) prepareAssumptions(s, data, c);
  out.totalInvestmentRecordPct = c.totalInvestmentRecordPct;
  if (!c.ok) return;
  if (!c.schoolingOk || c.schoolingLevers != schoolingLevers(s)) prepareSchooling(s, c);
  const Calibration& cal = c.calibration;

  const int B = s.baseYear;
  const Defaults defaults = tableDefaults();
  const double alpha = s.value(ParamId::Alpha), beta = s.value(ParamId::Beta);
  const double labourShare = 1.0 - alpha - beta;
  const double deltaP = s.value(ParamId::DeltaPrivate), deltaG = s.value(ParamId::DeltaPublic);
  const double lambda = s.value(ParamId::Lambda);
  const double gammaI = pctToShare(s.value(ParamId::GammaInstitutions));
  const double gammaR = pctToShare(s.value(ParamId::GammaRnd));
  const double gammaD = pctToShare(s.value(ParamId::GammaDigital));
  // Price block: USD drift and VND inflation are the assumptions; the conversion rate follows.
  const double drift = pctToShare(s.value(ParamId::UsdDriftPct));
  const double vndInflation = pctToShare(s.value(ParamId::VndDeflatorPct));
  const double depreciation = (1.0 + vndInflation) / (1.0 + drift) - 1.0;
  const double spBase = pctToShare(s.value(ParamId::PrivateInvestmentPct));
  const double otherPublicPct = s.value(ParamId::OtherPublicInvestmentPct);
  const double invLink = pctToShare(s.value(ParamId::InstInvestmentLink));
  const double effLink = s.value(ParamId::InstEfficiencyLink);
  const double borrowedShare = pctToShare(s.value(ParamId::FinancingBorrowedPct));
  const double crowdingShare = pctToShare(s.value(ParamId::FinancingCrowdingOutPct));
  const double eps0 = spec(ParamId::InvestmentEfficiency).defaultValue;
  const double i0 = spec(ParamId::InstitutionalQualityTarget).defaultValue;
  const double r0 = spec(ParamId::RndPct).defaultValue;
  const double d0 = pctToShare(spec(ParamId::DigitalGovernmentPct).defaultValue);
  const double disbursed0 = baselineDisbursedCityInvestmentPct();
  out.cityDebtLimitPct = s.value(ParamId::CityDebtLimitPct);
  out.cityBudgetPct = s.value(ParamId::CityBudgetPct);

  std::array<double, kMaxYears + 8> arrivals = c.arrivals;
  // The city's projects finish in the order they were started: a shorter lag for new projects
  // cannot make them overtake the ones already under construction.
  const int lag0 = int(spec(ParamId::ConstructionLagYears).defaultValue);
  int lastCitySlot = lag0 - 1;

  // State in the base year.
  double Y = c.output0;
  double Kp = c.privateCapital0, Kg = c.publicCapital0;
  double lnKp = c.lnPrivateCapital0, lnKg = c.lnPublicCapital0;
  double N = c.population[0], L = c.employment[0];
  double A = cal.initialTfp;
  double lnTfpAboveBaseline = 0;  // ln A − ln A(baseline path)
  double rate = cal.baseVndPerUsd;
  double usdPrice = 1.0;  // USD price level relative to the base year
  double debt = 0;        // city debt from the extra spending, trillion VND at base-year prices
  const double toPrices2025 = c.toPrices2025, usdPrice2025 = c.usdPrice2025;
  const double usdPerMvndBase = c.usdPerMvndBase;

  auto fillLevels = [&](YearResult& r, int year) {
    const auto k = static_cast<size_t>(year - B);
    r.year = year;
    r.population = N;
    r.employment = L;
    r.realGrdpTrillionVnd2025 = Y * toPrices2025;
    const double realPerCapitaUsdBase = Y / N * usdPerMvndBase;
    r.grdpPerCapitaUsd = realPerCapitaUsdBase * usdPrice;
    r.grdpPerCapitaUsd2025 = realPerCapitaUsdBase * usdPrice2025;
    r.grdpPerCapitaMvnd = r.grdpPerCapitaUsd * rate / 1e6;
    r.nominalGrdpTrillionVnd = r.grdpPerCapitaMvnd * N;
    r.privateCapital = Kp * toPrices2025;
    r.publicCapital = Kg * toPrices2025;
    r.humanCapital = c.humanCapital[k];
    r.schoolingYears = c.schoolingYears[k];
    r.tfp = A;
    r.vndPerUsd = rate;
    r.cityDebtPct = 100.0 * debt / Y;
  };
  // Policy variables and their financing in one year.
  auto fillPolicy = [&](YearResult& r, int year) {
    r.institutionalIndex = institutionalIndex(s, defaults, year);
    r.digitalGovernment = pctToShare(leverValue(s, defaults, ParamId::DigitalGovernmentPct, year));
    r.rndPct = leverValue(s, defaults, ParamId::RndPct, year);
    r.publicInvestmentPct = leverValue(s, defaults, ParamId::PublicInvestmentPct, year);
    r.disbursementPct = leverValue(s, defaults, ParamId::DisbursementPct, year);
    const double eps = std::min(1.0, leverValue(s, defaults, ParamId::InvestmentEfficiency, year) +
                                         effLink * (r.institutionalIndex - i0) / 10.0);
    const double disbursed = pctToShare(r.disbursementPct) * r.publicInvestmentPct;
    r.effectivePublicInvestmentPct = eps * disbursed;
    r.otherPublicInvestmentPct = otherPublicPct;
    // Spending above the baseline is paid for: borrowed, taken from private investment, or cut
    // from other city spending. Private investment cannot be pushed below zero; what it cannot
    // give comes out of the budget.
    r.extraSpendingPct = (disbursed - disbursed0) + (r.rndPct - r0);
    r.borrowingPct = borrowedShare * r.extraSpendingPct;
    const double unborrowed = r.extraSpendingPct - r.borrowingPct;
    const double privateBefore = 100.0 * (spBase + invLink * (r.institutionalIndex - i0) / 10.0);
    r.crowdingOutPct = std::min(crowdingShare * unborrowed, std::max(privateBefore, 0.0));
    r.budgetReallocationPct = unborrowed - r.crowdingOutPct;
    r.privateInvestmentPct = privateBefore - r.crowdingOutPct;
    r.totalInvestmentPct = r.privateInvestmentPct + disbursed + otherPublicPct;
  };

  YearResult& base = out.rows[0];
  base = YearResult{};
  fillLevels(base, B);
  // The anchor is the data point itself, not a round trip through real terms and prices.
  base.grdpPerCapitaMvnd = cal.basePerCapitaMvnd;
  base.grdpPerCapitaUsd = cal.basePerCapitaMvnd * usdPerMvndBase;
  base.grdpPerCapitaUsd2025 = base.grdpPerCapitaUsd * usdPrice2025;
  base.nominalGrdpTrillionVnd = cal.basePerCapitaMvnd * N;
  fillPolicy(base, B);
  base.projected = false;
  const double dataGrowth = c.baseGrowthPct;
  base.realGrowthPct = std::isfinite(dataGrowth) ? dataGrowth : 0.0;
  // The base year's per-person growth rates come from the data too (0 where the data lack them).
  const double popBefore = c.populationBefore, pcBefore = c.perCapitaBefore, rateBefore = c.rateBefore;
  if (std::isfinite(dataGrowth) && std::isfinite(popBefore) && popBefore > 0)
    base.perCapitaGrowthPct = 100.0 * ((1.0 + pctToShare(dataGrowth)) * popBefore / N - 1.0);
  if (std::isfinite(pcBefore) && std::isfinite(rateBefore) && pcBefore > 0)
    base.usdPerCapitaGrowthPct = 100.0 * (base.grdpPerCapitaUsd / (pcBefore * 1e6 / rateBefore) - 1.0);
  int count = 1;

  for (int year = B + 1; year <= kLastYear; ++year, ++count) {
    const YearResult& last = out.rows[count - 1];
    const int k = year - B;  // arrival slot k−1 becomes productive this year
    const auto ki = static_cast<size_t>(k);

    // Capital: last year's investment builds this year's stock. Public investment (already net
    // of disbursement and efficiency) waits in the pipeline: the city's for its lag, in order of
    // starting; the other state-funded projects for the historical lag.
    const int lag = integerLeverValue(s, defaults, ParamId::ConstructionLagYears, year - 1);
    const int citySlot = std::max(k - 1 + lag, lastCitySlot);
    lastCitySlot = citySlot;
    arrivals[citySlot] += pctToShare(last.effectivePublicInvestmentPct) * Y;
    arrivals[k - 1 + lag0] += eps0 * pctToShare(last.otherPublicInvestmentPct) * Y;
    const double KpNext = (1.0 - deltaP) * Kp + pctToShare(last.privateInvestmentPct) * Y;
    const double KgNext = (1.0 - deltaG) * Kg + arrivals[k - 1];
    const double lnKpNext = std::log(KpNext);
    const double lnKgNext = beta > 0 ? std::log(KgNext) : lnKg;

    // TFP: the baseline path (from the cache); gains above it fade at λ; the three
    // breakthroughs add to it.
    YearResult& r = out.rows[count];
    r = YearResult{};
    fillPolicy(r, year);
    const double gABaseline = c.baselineTfpGrowth[ki];
    double gA = gABaseline - lambda * lnTfpAboveBaseline + gammaI * (r.institutionalIndex - i0) / 10.0 +
                gammaR * (r.rndPct - r0) + gammaD * (r.digitalGovernment - d0);
    if (shocks) gA += pctToShare(shocks->pp[year - kFirstHistoryYear]);
    if (!(gA > -1.0)) return;  // cannot happen within the validated ranges; never emit −inf
    const double dlnA = std::log(1.0 + gA);
    lnTfpAboveBaseline += dlnA - c.lnBaselineTfpGrowth[ki];

    // Growth decomposition: log contributions scaled so they sum to the growth rate exactly.
    const double dlnKp = alpha * (lnKpNext - lnKp), dlnKg = beta * (lnKgNext - lnKg);
    const double dlnH = labourShare * (c.schoolingReturn[ki] - c.schoolingReturn[ki - 1]);
    const double dlnL = labourShare * (c.lnEmployment[ki] - c.lnEmployment[ki - 1]);
    const double logGrowth = dlnA + dlnKp + dlnKg + dlnH + dlnL;
    const double growth = std::exp(logGrowth) - 1.0;
    const double scale = std::abs(logGrowth) > 1e-12 ? 100.0 * growth / logGrowth : 100.0;
    r.contributions.tfp = scale * dlnA;
    r.contributions.privateCapital = scale * dlnKp;
    r.contributions.infrastructure = scale * dlnKg;
    r.contributions.humanCapital = scale * dlnH;
    r.contributions.labour = scale * dlnL;

    // Prices: the conversion rate follows the data, then the rate the two price assumptions imply.
    const double rateData = c.rateData[ki];
    rate = std::isfinite(rateData) ? rateData : rate * (1.0 + depreciation);
    usdPrice *= 1.0 + c.usdPriceGrowth[ki];

    const double perCapitaBefore = Y / N;
    Y *= 1.0 + growth;
    // Debt: last year's with real interest, plus this year's borrowing.
    debt = debt * (1.0 + kRealInterestOnCityDebt) + pctToShare(r.borrowingPct) * Y;
    Kp = KpNext, Kg = KgNext, lnKp = lnKpNext, lnKg = lnKgNext;
    N = c.population[ki], L = c.employment[ki];
    A *= 1.0 + gA;
    fillLevels(r, year);
    r.projected = true;
    r.realGrowthPct = 100.0 * growth;
    r.perCapitaGrowthPct = 100.0 * (Y / N / perCapitaBefore - 1.0);
    r.usdPerCapitaGrowthPct = 100.0 * (r.grdpPerCapitaUsd / last.grdpPerCapitaUsd - 1.0);
  }
  out.count = count;
}

void simulate(const Scenario& s, const HistoricalData& data, const TfpShocks* shocks, Trajectory& out) {
  RunCache cache;
  simulate(s, data, cache, shocks, out);
}

double historicalPerCapitaUsd2025(const HistoricalData& data, int year) {
  constexpr int anchor = kLastHistoryYear;
  if (year < kFirstHistoryYear || year > anchor) return kMissing;
  const double rate = data.value(anchor, HistoryField::VndPerUsd);
  const double perCapitaAnchor = historicalPerCapitaMvnd(data, anchor) * 1e6 / rate;
  // Real GRDP of the anchor year relative to `year`.
  double realRatio = 1.0;
  for (int t = year + 1; t <= anchor; ++t) realRatio *= 1.0 + data.value(t, HistoryField::RealGrowthPct) / 100.0;
  const double populationRatio = populationAt(data, anchor) / populationAt(data, year);
  const double v = perCapitaAnchor / realRatio * populationRatio;
  return std::isfinite(v) && v > 0 ? v : kMissing;
}

void simulate(const Scenario& s, const HistoricalData& data, Trajectory& out) {
  simulate(s, data, nullptr, out);
}

Trajectory simulate(const Scenario& s, const HistoricalData& data) {
  Trajectory t;
  simulate(s, data, nullptr, t);
  return t;
}

}  // namespace h2045
