// The growth model: calibration to the data and the yearly projection (docs/model.md §2–§4).
//
//   Y = A · Kp^α · (θ·Kg)^β · (h·L)^(1−α−β)
//
// θ·Kg is tracked as one effective stock: each year's public investment enters it at that
// year's efficiency ε and disbursement d, after the construction lag.
#include "model/model.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

namespace {

// TFP frontier (documented constants, not levers): Hanoi's TFP starts at 40 % of the
// frontier (Penn World Table puts Vietnam at roughly 0.3–0.4 of the US), which grows 1 %/yr.
constexpr double kTfpRelativeToFrontier = 0.40;
constexpr double kFrontierTfpGrowth = 0.01;
constexpr int kGrowthWindowYears = 5;

double pctToShare(double pct) { return pct / 100.0; }

// Hall & Jones (1999) piecewise Mincer returns, or a flat 10 % (Patrinos et al. 2018).
double schoolingReturn(double years, bool flatReturns) {
  if (flatReturns) return 0.10 * years;
  if (years <= 4.0) return 0.134 * years;
  if (years <= 8.0) return 0.536 + 0.101 * (years - 4.0);
  return 0.940 + 0.068 * (years - 8.0);
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

namespace {

// Compound real growth over the window ending in the base year: yearly data when complete,
// else an average quoted for exactly that period, else the years that are known.
double windowGrowth(const HistoricalData& data, int firstYear, int lastYear) {
  double logSum = 0;
  int known = 0;
  for (int t = firstYear; t <= lastYear; ++t) {
    const double g = data.value(t, HistoryField::RealGrowthPct);
    if (std::isfinite(g)) logSum += std::log1p(pctToShare(g)), ++known;
  }
  const int span = lastYear - firstYear + 1;
  if (known == span) return std::expm1(logSum / span);
  if (const GrowthPeriod* p = data.period(firstYear, lastYear))
    if (std::isfinite(p->avgRealGrowthPct)) return pctToShare(p->avgRealGrowthPct);
  return known > 0 ? std::expm1(logSum / known) : kMissing;
}

// Historical population growth: from the earliest data point 2–6 years before the base year.
double historicalPopulationGrowth(const HistoricalData& data, int baseYear) {
  const double popBase = populationAt(data, baseYear);
  for (int t = baseYear - 6; t <= baseYear - 2; ++t) {
    const double pop = data.value(t, HistoryField::PopulationMillions);
    if (std::isfinite(pop) && pop > 0 && std::isfinite(popBase))
      return std::pow(popBase / pop, 1.0 / double(baseYear - t)) - 1.0;
  }
  return pctToShare(spec(ParamId::PopulationGrowthPct).defaultValue);
}

double baselineEffectivePublicInvestment() {
  return spec(ParamId::InvestmentEfficiency).defaultValue *
         pctToShare(spec(ParamId::DisbursementPct).defaultValue) *
         pctToShare(spec(ParamId::PublicInvestmentPct).defaultValue);
}

double baseEmploymentShare() {
  return spec(ParamId::WorkingAgeShare).defaultValue * spec(ParamId::ParticipationRate).defaultValue *
         (1.0 - pctToShare(spec(ParamId::UnemploymentPct).defaultValue));
}

}  // namespace

Calibration calibrate(const Scenario& s, const HistoricalData& data) {
  Calibration c;
  const int B = s.baseYear;
  c.baseYear = B;
  c.windowFirstYear = B - kGrowthWindowYears + 1;
  c.windowLastYear = B;
  c.basePerCapitaMvnd = historicalPerCapitaMvnd(data, B);
  c.basePopulation = populationAt(data, B);
  c.baseVndPerUsd = data.value(B, HistoryField::VndPerUsd);
  const double gStar = windowGrowth(data, c.windowFirstYear, c.windowLastYear);
  if (!std::isfinite(c.basePerCapitaMvnd) || !std::isfinite(c.basePopulation) ||
      !std::isfinite(c.baseVndPerUsd) || !std::isfinite(gStar) || c.basePopulation <= 0 ||
      c.basePerCapitaMvnd <= 0 || c.baseVndPerUsd <= 0)
    return c;

  const double alpha = s.value(ParamId::Alpha), beta = s.value(ParamId::Beta);
  const double labourShare = 1.0 - alpha - beta;
  const bool flat = s.value(ParamId::SchoolingReturns) != 0.0;

  // Human capital growth in the first year of the baseline (default levers).
  const double s0 = s.value(ParamId::InitialSchoolingYears);
  const double s1 = s0 + s.value(ParamId::CohortReplacementRate) *
                             (spec(ParamId::EntrantSchoolingYears).defaultValue - s0) +
                    spec(ParamId::SkilledMigration).defaultValue;
  const double gh = std::exp(schoolingReturn(s1, flat) - schoolingReturn(s0, flat)) - 1.0;
  const double gL = historicalPopulationGrowth(data, B);

  // On a balanced growth path 1+g = (1+gA)^(1/(1−α−β)) · (1+gh) · (1+gL): solve for gA.
  const double gA = std::pow((1.0 + gStar) / ((1.0 + gh) * (1.0 + gL)), labourShare) - 1.0;
  const double lambda = s.value(ParamId::Lambda);
  const double gap0 = std::log(1.0 / kTfpRelativeToFrontier);

  c.targetGrowthPct = 100.0 * gStar;
  c.labourGrowthPct = 100.0 * gL;
  c.humanCapitalGrowthPct = 100.0 * gh;
  c.requiredTfpGrowthPct = 100.0 * gA;
  c.baselineTfpGrowthPct = 100.0 * (gA - lambda * gap0);

  // Capital stocks on the same path: K/Y = s/(g+δ); public investment arrives `lag` years late.
  // The stocks were built at the historical rates (the table defaults), not at the rates the
  // user assumes for the future: otherwise a higher private investment rate would only rescale
  // the base-year stock and never change growth.
  const double sp = pctToShare(spec(ParamId::PrivateInvestmentPct).defaultValue);
  const int lag0 = int(spec(ParamId::ConstructionLagYears).defaultValue);
  c.privateCapitalOutput = sp / (gStar + s.value(ParamId::DeltaPrivate));
  c.publicCapitalOutput = baselineEffectivePublicInvestment() * std::pow(1.0 + gStar, -lag0) /
                          (gStar + s.value(ParamId::DeltaPublic));

  const double y0 = c.basePerCapitaMvnd * c.basePopulation;  // trillion VND
  const double h0 = std::exp(schoolingReturn(s0, flat));
  const double l0 = c.basePopulation * baseEmploymentShare();
  c.initialTfp = y0 / (std::pow(c.privateCapitalOutput * y0, alpha) *
                       std::pow(c.publicCapitalOutput * y0, beta) * std::pow(h0 * l0, labourShare));

  // Data-derived price drifts over the window (for checking the assumption defaults).
  const int w0 = B - kGrowthWindowYears;
  const double pcStart = historicalPerCapitaMvnd(data, w0), popStart = populationAt(data, w0);
  const double rateStart = data.value(w0, HistoryField::VndPerUsd);
  if (std::isfinite(rateStart) && rateStart > 0) {
    c.vndDepreciationDataPct = 100.0 * (std::pow(c.baseVndPerUsd / rateStart, 1.0 / kGrowthWindowYears) - 1.0);
    double realGrowth = 1.0;
    bool complete = true;
    for (int t = w0 + 1; t <= B; ++t) {
      const double g = data.value(t, HistoryField::RealGrowthPct);
      complete = complete && std::isfinite(g);
      if (std::isfinite(g)) realGrowth *= 1.0 + pctToShare(g);
    }
    if (complete && std::isfinite(pcStart) && std::isfinite(popStart)) {
      const double usdRatio = (c.basePerCapitaMvnd / c.baseVndPerUsd) / (pcStart / rateStart);
      const double realPerCapitaRatio = realGrowth / (c.basePopulation / popStart);
      c.usdDriftDataPct = 100.0 * (std::pow(usdRatio / realPerCapitaRatio, 1.0 / kGrowthWindowYears) - 1.0);
    }
  }
  c.ok = std::isfinite(c.initialTfp) && c.initialTfp > 0;
  return c;
}

std::optional<ValidationError> validate(const Scenario& s, const HistoricalData& data) {
  if (auto e = validate(s)) return e;
  if (!calibrate(s, data).ok)
    return ValidationError{ParamId::Count, double(s.baseYear), ValidationProblem::BaseYearWithoutData};
  return std::nullopt;
}

std::optional<ValidationError> validate(const TfpShocks& shocks) {
  for (double pp : shocks.pp)
    if (!std::isfinite(pp) || std::abs(pp) > kMaxTfpShockPp)
      return ValidationError{ParamId::Count, pp, ValidationProblem::TfpShockOutOfRange};
  return std::nullopt;
}

void simulate(const Scenario& s, const HistoricalData& data, const TfpShocks* shocks, Trajectory& out) {
  out.baseYear = s.baseYear;
  out.count = 0;
  const DataFact* investmentRecord = data.fact(kTotalInvestmentHighFact);
  out.totalInvestmentRecordPct = investmentRecord ? investmentRecord->value : kMissing;
  if (validate(s)) return;  // invalid input yields an empty trajectory, never garbage or a crash
  if (shocks && validate(*shocks)) return;
  const Calibration cal = calibrate(s, data);
  if (!cal.ok) return;

  const int B = s.baseYear;
  const Defaults defaults = tableDefaults();
  const double alpha = s.value(ParamId::Alpha), beta = s.value(ParamId::Beta);
  const double labourShare = 1.0 - alpha - beta;
  const double deltaP = s.value(ParamId::DeltaPrivate), deltaG = s.value(ParamId::DeltaPublic);
  const double lambda = s.value(ParamId::Lambda);
  const double gammaI = pctToShare(s.value(ParamId::GammaInstitutions));
  const double gammaR = pctToShare(s.value(ParamId::GammaRnd));
  const double gammaD = pctToShare(s.value(ParamId::GammaDigital));
  const double g0 = pctToShare(cal.baselineTfpGrowthPct);
  const double gStar = pctToShare(cal.targetGrowthPct);
  const double replacement = s.value(ParamId::CohortReplacementRate);
  const bool flat = s.value(ParamId::SchoolingReturns) != 0.0;
  const double drift = pctToShare(s.value(ParamId::UsdDriftPct));
  const double depreciation = pctToShare(s.value(ParamId::VndDepreciationPct));
  const double popGrowth = pctToShare(s.value(ParamId::PopulationGrowthPct));
  const double spBase = pctToShare(s.value(ParamId::PrivateInvestmentPct));
  const double invLink = pctToShare(s.value(ParamId::InstInvestmentLink));
  const double effLink = s.value(ParamId::InstEfficiencyLink);
  const double i0 = spec(ParamId::InstitutionalQualityTarget).defaultValue;
  const double r0 = spec(ParamId::RndPct).defaultValue;
  const double d0 = pctToShare(spec(ParamId::DigitalGovernmentPct).defaultValue);
  const int lastPopYear = lastPopulationYear(data);

  // Public investment waiting to become productive, by arrival year offset from the base year.
  // Vintages made before the base year follow the baseline settings (they are already built).
  std::array<double, kMaxYears + 8> arrivals{};
  const double y0 = cal.basePerCapitaMvnd * cal.basePopulation;
  const int lag0 = int(spec(ParamId::ConstructionLagYears).defaultValue);
  for (int k = 0; k < lag0; ++k)
    arrivals[k] = baselineEffectivePublicInvestment() * y0 * std::pow(1.0 + gStar, -(lag0 - k));

  // State in the base year. Growth is computed in logs (Δln Y = Δln A + α Δln Kp + β Δln Kg +
  // (1−α−β)(Δφ(S) + Δln L)): fewer transcendental calls, and the decomposition is exact.
  double Y = y0;
  double Kp = cal.privateCapitalOutput * y0, Kg = cal.publicCapitalOutput * y0;
  double lnKp = std::log(Kp), lnKg = std::log(Kg);
  double S = s.value(ParamId::InitialSchoolingYears);
  double phi = schoolingReturn(S, flat);
  double h = std::exp(phi);
  double N = cal.basePopulation;
  double L = N * baseEmploymentShare(), lnL = std::log(L);
  double A = cal.initialTfp;
  double tfpGap = std::log(1.0 / kTfpRelativeToFrontier);
  const double lnFrontierGrowth = std::log1p(kFrontierTfpGrowth);
  double rate = cal.baseVndPerUsd;
  double usdPrice = 1.0;  // USD price level relative to the base year

  // Factor from base-year prices to 2025 prices (1 when the base year is 2025).
  const int yearsTo2025 = kLastHistoryYear - B;
  double rate2025 = data.value(kLastHistoryYear, HistoryField::VndPerUsd);
  if (!std::isfinite(rate2025)) rate2025 = rate * std::pow(1.0 + depreciation, yearsTo2025);
  const double usdPrice2025 = std::pow(1.0 + drift, yearsTo2025);
  const double toPrices2025 = usdPrice2025 * rate2025 / cal.baseVndPerUsd;
  const double usdPerMvndBase = 1e6 / cal.baseVndPerUsd;

  auto fillLevels = [&](YearResult& r, int year) {
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
    r.humanCapital = h;
    r.schoolingYears = S;
    r.tfp = A;
    r.vndPerUsd = rate;
  };
  // Policy variables of one year; ε (with its institutional link) is returned for reuse.
  auto fillPolicy = [&](YearResult& r, int year) {
    r.institutionalIndex = institutionalIndex(s, defaults, year);
    r.digitalGovernment = pctToShare(leverValue(s, defaults, ParamId::DigitalGovernmentPct, year));
    r.rndPct = leverValue(s, defaults, ParamId::RndPct, year);
    r.publicInvestmentPct = leverValue(s, defaults, ParamId::PublicInvestmentPct, year);
    r.disbursementPct = leverValue(s, defaults, ParamId::DisbursementPct, year);
    r.privateInvestmentPct = 100.0 * (spBase + invLink * (r.institutionalIndex - i0) / 10.0);
    const double eps = std::min(1.0, leverValue(s, defaults, ParamId::InvestmentEfficiency, year) +
                                         effLink * (r.institutionalIndex - i0) / 10.0);
    r.effectivePublicInvestmentPct = eps * pctToShare(r.disbursementPct) * r.publicInvestmentPct;
    r.totalInvestmentPct = r.privateInvestmentPct + r.publicInvestmentPct;
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
  const double dataGrowth = data.value(B, HistoryField::RealGrowthPct);
  base.realGrowthPct = std::isfinite(dataGrowth) ? dataGrowth : 0.0;
  // The base year's per-person growth rates come from the data too (0 where the data lack them).
  const double popBefore = populationAt(data, B - 1), pcBefore = historicalPerCapitaMvnd(data, B - 1);
  const double rateBefore = data.value(B - 1, HistoryField::VndPerUsd);
  if (std::isfinite(dataGrowth) && std::isfinite(popBefore) && popBefore > 0)
    base.perCapitaGrowthPct = 100.0 * ((1.0 + pctToShare(dataGrowth)) * popBefore / N - 1.0);
  if (std::isfinite(pcBefore) && std::isfinite(rateBefore) && pcBefore > 0)
    base.usdPerCapitaGrowthPct = 100.0 * (base.grdpPerCapitaUsd / (pcBefore * 1e6 / rateBefore) - 1.0);
  int count = 1;

  for (int year = B + 1; year <= kLastYear; ++year, ++count) {
    const YearResult& last = out.rows[count - 1];
    const int k = year - B;  // arrival slot of the public capital that becomes productive this year

    // Capital: last year's investment builds this year's stock; public investment (already net
    // of disbursement and efficiency) waits `lag` years in the pipeline.
    const int lag = integerLeverValue(s, defaults, ParamId::ConstructionLagYears, year - 1);
    arrivals[k - 1 + lag] += pctToShare(last.effectivePublicInvestmentPct) * Y;
    const double KpNext = (1.0 - deltaP) * Kp + pctToShare(last.privateInvestmentPct) * Y;
    const double KgNext = (1.0 - deltaG) * Kg + arrivals[k - 1];
    const double lnKpNext = std::log(KpNext);
    const double lnKgNext = beta > 0 ? std::log(KgNext) : lnKg;

    // Human capital: cohorts replace the workforce slowly; migration adds skills directly.
    const double entrants = leverValue(s, defaults, ParamId::EntrantSchoolingYears, year - 1);
    const double migration = leverValue(s, defaults, ParamId::SkilledMigration, year - 1);
    const double SNext = S + replacement * (entrants - S) + migration;
    const double phiNext = schoolingReturn(SNext, flat);

    // Labour: population (data while there are data), working-age share, participation, unemployment.
    const double popData = year <= lastPopYear ? populationAt(data, year) : kMissing;
    const double NNext = std::isfinite(popData) ? popData : N * (1.0 + popGrowth);
    const double LNext = NNext * pathTo2050(s, defaults, ParamId::WorkingAgeShare, year) *
                         pathTo2050(s, defaults, ParamId::ParticipationRate, year) *
                         (1.0 - pctToShare(pathTo2050(s, defaults, ParamId::UnemploymentPct, year)));
    const double lnLNext = std::log(LNext);

    // TFP: baseline, convergence to the frontier, and the three breakthroughs.
    YearResult& r = out.rows[count];
    r = YearResult{};
    fillPolicy(r, year);
    double gA = g0 + lambda * tfpGap + gammaI * (r.institutionalIndex - i0) / 10.0 +
                gammaR * (r.rndPct - r0) + gammaD * (r.digitalGovernment - d0);
    if (shocks) gA += pctToShare(shocks->pp[year - kFirstHistoryYear]);
    if (!(gA > -1.0)) return;  // cannot happen within the validated ranges; never emit −inf
    const double dlnA = std::log(1.0 + gA);
    tfpGap += lnFrontierGrowth - dlnA;

    // Growth decomposition: log contributions scaled so they sum to the growth rate exactly.
    const double dlnKp = alpha * (lnKpNext - lnKp), dlnKg = beta * (lnKgNext - lnKg);
    const double dlnH = labourShare * (phiNext - phi), dlnL = labourShare * (lnLNext - lnL);
    const double logGrowth = dlnA + dlnKp + dlnKg + dlnH + dlnL;
    const double growth = std::exp(logGrowth) - 1.0;
    const double scale = std::abs(logGrowth) > 1e-12 ? 100.0 * growth / logGrowth : 100.0;
    r.contributions.tfp = scale * dlnA;
    r.contributions.privateCapital = scale * dlnKp;
    r.contributions.infrastructure = scale * dlnKg;
    r.contributions.humanCapital = scale * dlnH;
    r.contributions.labour = scale * dlnL;

    // Prices: the conversion rate follows the data, then the depreciation assumption.
    const double rateData = year <= kLastHistoryYear ? data.value(year, HistoryField::VndPerUsd) : kMissing;
    rate = std::isfinite(rateData) ? rateData : rate * (1.0 + depreciation);
    usdPrice *= 1.0 + drift;

    const double perCapitaBefore = Y / N;
    Y *= 1.0 + growth;
    Kp = KpNext, Kg = KgNext, lnKp = lnKpNext, lnKg = lnKgNext;
    S = SNext, phi = phiNext, h = std::exp(phiNext);
    N = NNext, L = LNext, lnL = lnLNext;
    A *= 1.0 + gA;
    fillLevels(r, year);
    r.projected = true;
    r.realGrowthPct = 100.0 * growth;
    r.perCapitaGrowthPct = 100.0 * (Y / N / perCapitaBefore - 1.0);
    r.usdPerCapitaGrowthPct = 100.0 * (r.grdpPerCapitaUsd / last.grdpPerCapitaUsd - 1.0);
  }
  out.count = count;
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
