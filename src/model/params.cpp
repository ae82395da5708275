// The lever and assumption table: every number the model uses that a user may question.
// Defaults, ranges and sources follow docs/model.md; "prior" marks numbers without a firm source.
#include "model/model.h"

#include <cmath>

namespace h2045 {

namespace {

using G = ParamGroup;
using K = ParamKind;

// clang-format off
constexpr std::array<ParamSpec, kParamCount> kSpecs = {{
  // --- Breakthrough 1: infrastructure -------------------------------------------------
  {ParamId::PublicInvestmentPct, "infra.public_investment_pct", G::Infrastructure, K::Continuous, "pct_grdp",
   5.5, 2.0, 15.0, 0.1, 1, false,
   "C: Hanoi 2025 public investment plan > 87 trillion VND / GRDP ≈ 1,580 trillion VND"},
  {ParamId::DisbursementPct, "infra.disbursement_pct", G::Infrastructure, K::Continuous, "pct",
   65.0, 40.0, 100.0, 1.0, 0, false,
   "B: Hanoi disbursed 64.4 % of its 2025 plan by 26 Nov 2025; 60.9 % in 2021"},
  {ParamId::InvestmentEfficiency, "infra.efficiency", G::Infrastructure, K::Continuous, "share",
   0.7, 0.4, 1.0, 0.01, 2, false,
   "IMF (2015), Making Public Investment More Efficient: about 30 % of the value is lost"},
  {ParamId::ConstructionLagYears, "infra.lag_years", G::Infrastructure, K::Integer, "years",
   3.0, 0.0, 7.0, 1.0, 0, true, "prior"},
  // --- Breakthrough 2: institutions ---------------------------------------------------
  {ParamId::InstitutionalQualityTarget, "inst.quality_target", G::Institutions, K::Continuous, "index",
   68.4, 50.0, 95.0, 0.1, 1, false,
   "A: Hanoi PCI score 68.38 in 2024, rank 24 of 63 (VCCI)"},
  {ParamId::InstitutionalYearsToTarget, "inst.years_to_target", G::Institutions, K::Integer, "years",
   10.0, 1.0, 20.0, 1.0, 0, true, "prior"},
  {ParamId::DigitalGovernmentPct, "inst.digital_gov_pct", G::Institutions, K::Continuous, "pct",
   50.0, 0.0, 100.0, 1.0, 0, true, "prior"},
  // --- Breakthrough 3: human capital --------------------------------------------------
  {ParamId::EntrantSchoolingYears, "hc.entrant_schooling_years", G::HumanCapital, K::Continuous, "years",
   13.0, 9.0, 17.0, 0.1, 1, true, "prior"},
  {ParamId::SkilledMigration, "hc.skilled_migration", G::HumanCapital, K::Continuous, "per_year",
   0.0, 0.0, 0.05, 0.001, 3, true, "prior"},
  {ParamId::RndPct, "hc.rnd_pct", G::HumanCapital, K::Continuous, "pct_grdp",
   0.5, 0.0, 4.0, 0.1, 1, true, "prior"},
  // --- Assumptions --------------------------------------------------------------------
  {ParamId::Alpha, "assume.alpha", G::Assumptions, K::Continuous, "share",
   0.35, 0.30, 0.50, 0.01, 2, true, "prior (no authoritative capital share for Vietnam)"},
  {ParamId::Beta, "assume.beta", G::Assumptions, K::Continuous, "share",
   0.10, 0.0, 0.20, 0.005, 3, false,
   "Bom & Ligthart (2014): 0.083 short run, 0.122 long run; World Bank PRWP 11272 (2025): about 0.20. "
   "Literature range 0.05–0.20; 0 allowed to switch infrastructure off"},
  {ParamId::DeltaPrivate, "assume.delta_private", G::Assumptions, K::Continuous, "per_year",
   0.05, 0.03, 0.08, 0.005, 3, true, "prior"},
  {ParamId::DeltaPublic, "assume.delta_public", G::Assumptions, K::Continuous, "per_year",
   0.04, 0.03, 0.08, 0.005, 3, true, "prior"},
  {ParamId::Lambda, "assume.lambda", G::Assumptions, K::Continuous, "per_year",
   0.02, 0.0, 0.05, 0.005, 3, true, "prior (LTGM convention 0.01–0.03)"},
  {ParamId::GammaInstitutions, "assume.gamma_inst", G::Assumptions, K::Continuous, "pp",
   0.3, 0.0, 1.0, 0.05, 2, true, "prior (evidence linking PCI to growth is mixed)"},
  {ParamId::GammaRnd, "assume.gamma_rnd", G::Assumptions, K::Continuous, "pp",
   0.2, 0.0, 0.6, 0.01, 2, true, "prior (social returns to R&D of 20–50 %)"},
  {ParamId::GammaDigital, "assume.gamma_digital", G::Assumptions, K::Continuous, "pp",
   0.3, 0.0, 1.0, 0.05, 2, true, "prior"},
  {ParamId::UsdDriftPct, "assume.usd_drift_pct", G::Assumptions, K::Continuous, "pct",
   2.0, -1.0, 4.0, 0.1, 1, false,
   "C: rise of the USD price of output from 2010 to 2025 (deflator over conversion rate; Vietnam's deflator to "
   "2019, Hanoi's implied deflator after): 2.0 %/yr; from 2011 1.4, from 2015 1.1, from 2020 0.6; US CPI ≈ 2.6 %/yr"},
  {ParamId::PrivateInvestmentPct, "assume.private_investment_pct", G::Assumptions, K::Continuous, "pct_grdp",
   29.5, 15.0, 40.0, 0.5, 1, false,
   "C: total social investment 37–39 % of GRDP (2024) less the city's disbursed plan (3.6 %) and other state "
   "infrastructure (5 %); non-state + FDI are 63 % of the total (≈ 24 % of GRDP), the rest state enterprises' "
   "commercial investment"},
  {ParamId::PopulationGrowthPct, "assume.population_growth_pct", G::Assumptions, K::Continuous, "pct",
   1.5, 0.0, 4.0, 0.1, 1, false,
   "C: 2019 census 8.05 M to 2025 ≈ 8.85 M (1.6 %/yr; 2020–25 1.3 %/yr); 2.2 %/yr in 2009–19"},
  {ParamId::WorkingAgeShare, "assume.working_age_share", G::Assumptions, K::Continuous, "share",
   0.711, 0.60, 0.80, 0.001, 3, false,
   "C: working-age (15–64) share 71.1 % in 2023; value reached in 2050, linear from the base year"},
  {ParamId::ParticipationRate, "assume.participation", G::Assumptions, K::Continuous, "share",
   0.78, 0.50, 0.95, 0.01, 2, true, "prior (value reached in 2050, linear from the base-year level 0.78)"},
  {ParamId::UnemploymentPct, "assume.unemployment_pct", G::Assumptions, K::Continuous, "pct",
   1.0, 0.0, 10.0, 0.1, 1, false,
   "B: 1.02 % in 2024; value reached in 2050, linear from the base year"},
  {ParamId::CohortReplacementRate, "assume.replacement_rate", G::Assumptions, K::Continuous, "per_year",
   0.025, 0.01, 0.05, 0.001, 3, true, "prior (a working life of about 40 years)"},
  {ParamId::InitialSchoolingYears, "assume.initial_schooling_years", G::Assumptions, K::Continuous, "years",
   10.0, 7.0, 13.0, 0.1, 1, true, "prior (Vietnam 8.2 years in 2017, UNDP; Hanoi not confirmed, higher)"},
  {ParamId::SchoolingReturns, "assume.schooling_returns", G::Assumptions, K::Choice, "choice",
   2.0, 0.0, 2.0, 1.0, 0, false,
   "2: Bils & Klenow (2000) smooth falling returns, φ(S) = 0.32/0.42·S^0.42 (13.4 % at 4 years, 8.4 % at 10); "
   "0: Hall & Jones (1999) piecewise 13.4/10.1/6.8 %; 1: flat 10 % for Vietnam (Patrinos et al. 2018, WB PRWP 8679)"},
  {ParamId::InstInvestmentLink, "assume.inst_investment_link", G::Assumptions, K::Continuous, "pp",
   0.5, 0.0, 2.0, 0.1, 1, true, "prior"},
  {ParamId::InstEfficiencyLink, "assume.inst_efficiency_link", G::Assumptions, K::Continuous, "share",
   0.02, 0.0, 0.10, 0.005, 3, true, "prior"},
  {ParamId::VndDeflatorPct, "assume.vnd_deflator_pct", G::Assumptions, K::Continuous, "pct",
   4.0, 0.0, 10.0, 0.1, 1, false,
   "C: rise of the VND price of output from 2010 to 2025 (Vietnam's GDP deflator to 2019, Hanoi's implied "
   "deflator after): 4.0 %/yr; from 2011 2.9; with the USD drift it implies 1.96 %/yr depreciation (data: 1.98)"},
  {ParamId::TrendFirstYear, "assume.trend_first_year", G::Assumptions, K::Integer, "year",
   2011.0, 2011.0, 2019.0, 1.0, 0, false,
   "A/B: yearly growth data from 2011 (2011–15 and 2016–20 averages fill the unconfirmed years); "
   "the window ends in the base year"},
  {ParamId::TrendExcludesCovid, "assume.trend_excludes_covid", G::Assumptions, K::Choice, "choice",
   1.0, 0.0, 1.0, 1.0, 0, false,
   "B: Hanoi growth 3.98 % (2020) and 2.92 % (2021) against ≈ 7.5 % before; s.d. 2.0 pp with, 0.94 pp without"},
  {ParamId::LongRunGrowthPct, "assume.long_run_growth_pct", G::Assumptions, K::Continuous, "pct",
   3.0, 1.0, 6.0, 0.1, 1, true,
   "prior (Pritchett & Summers 2014, Asiaphoria meets regression to the mean: growth regresses to the world "
   "mean of about 2 % per person; 1 pp added for a middle-income economy still catching up)"},
  {ParamId::GrowthRegression, "assume.growth_regression", G::Assumptions, K::Continuous, "per_year",
   0.05, 0.0, 0.15, 0.005, 3, true,
   "prior (Pritchett & Summers 2014: decade-on-decade persistence of growth about 0.2–0.5, so 0.07–0.15 a "
   "year across countries; 0.05, a half-life of 14 years, for a city with a steady record; 0 switches it off)"},
  {ParamId::OtherPublicInvestmentPct, "assume.other_public_investment_pct", G::Assumptions, K::Continuous, "pct_grdp",
   5.0, 2.0, 12.0, 0.1, 1, true,
   "prior (state investment is 36–38 % of Hanoi's social investment (A), ≈ 14 % of GRDP; less the city's "
   "disbursed plan (3.6 %) ≈ 10 %; half of it taken as infrastructure (central budget, ODA, state utilities), "
   "the rest as state enterprises' commercial capital)"},
  {ParamId::FinancingBorrowedPct, "assume.financing_borrowed_pct", G::Assumptions, K::Continuous, "pct",
   30.0, 0.0, 100.0, 1.0, 0, true,
   "prior (the city borrows through bonds and on-lent ODA within a legal debt limit; most of its investment "
   "is paid from the budget and land revenue)"},
  {ParamId::FinancingCrowdingOutPct, "assume.financing_crowding_out_pct", G::Assumptions, K::Continuous, "pct",
   50.0, 0.0, 100.0, 1.0, 0, true,
   "prior (taxes, fees and land revenue fall partly on firms; LTGM-PC lets the user choose the financing mix)"},
  {ParamId::CityDebtLimitPct, "assume.city_debt_limit_pct", G::Assumptions, K::Continuous, "pct_grdp",
   9.0, 2.0, 20.0, 0.5, 1, true,
   "prior (debt at most 90 % of the city's retained revenue, National Assembly Resolution 115/2020/QH14, B; "
   "60 % under the State Budget Law 2015; retained revenue ≈ 10 % of GRDP, not confirmed; today's debt taken as 0)"},
  {ParamId::CityBudgetPct, "assume.city_budget_pct", G::Assumptions, K::Continuous, "pct_grdp",
   10.0, 5.0, 20.0, 0.5, 1, true,
   "prior (Hanoi's local budget spending is roughly a tenth of GRDP; not confirmed in the data files)"},
  {ParamId::YearlyShockSdPp, "assume.yearly_shock_sd_pp", G::Assumptions, K::Continuous, "pp",
   0.94, 0.0, 3.0, 0.01, 2, false,
   "C: s.d. of Hanoi's yearly growth 2011–25 without 2020–21 (facts.csv growth_sd_hanoi_no_covid)"},
  {ParamId::TrendShiftSdPp, "assume.trend_shift_sd_pp", G::Assumptions, K::Continuous, "pp",
   0.75, 0.0, 2.0, 0.05, 2, true,
   "prior (decade growth rates correlate only about 0.2–0.3 across countries, Pritchett & Summers 2014)"},
  {ParamId::DisasterRiskPct, "assume.disaster_risk_pct", G::Assumptions, K::Continuous, "pct",
   3.0, 0.0, 10.0, 0.5, 1, true,
   "prior (a shock the size of 2020–21, when growth fell from about 7.5 % to 3–4 %, about once in 30 years)"},
}};
// clang-format on

// Table order must match ParamId: checked once at compile time.
constexpr bool tableInOrder() {
  for (int i = 0; i < kParamCount; ++i)
    if (static_cast<int>(kSpecs[i].param) != i) return false;
  return true;
}
static_assert(tableInOrder(), "kSpecs must be indexed by ParamId");

bool isWhole(double v) { return std::floor(v) == v; }

}  // namespace

const std::array<ParamSpec, kParamCount>& paramSpecs() { return kSpecs; }

const ParamSpec& spec(ParamId p) { return kSpecs[static_cast<int>(p)]; }

std::optional<ParamId> findParam(std::string_view id) {
  for (const ParamSpec& s : kSpecs)
    if (s.id == id) return s.param;
  return std::nullopt;
}

Scenario Scenario::defaults() {
  Scenario s;
  for (const ParamSpec& p : kSpecs) s.at(p.param).value = p.defaultValue;
  return s;
}

std::optional<ValidationError> validate(const Scenario& s) {
  using P = ValidationProblem;
  if (s.baseYear < kFirstBaseYear || s.baseYear > kLastBaseYear)
    return ValidationError{ParamId::Count, double(s.baseYear), P::BaseYearOutOfRange};
  for (const ParamSpec& p : kSpecs) {
    const ParamSetting& set = s.at(p.param);
    const double v = set.value;
    if (!std::isfinite(v)) return ValidationError{p.param, v, P::NotFinite};
    if (v < p.minValue || v > p.maxValue) return ValidationError{p.param, v, P::OutOfRange};
    if (p.kind != ParamKind::Continuous && !isWhole(v)) return ValidationError{p.param, v, P::NotWhole};
    if (isLever(p.group)) {
      if (set.startYear < kFirstStartYear || set.startYear > kLastStartYear)
        return ValidationError{p.param, double(set.startYear), P::StartYearOutOfRange};
      if (set.phaseInYears < kMinPhaseInYears || set.phaseInYears > kMaxPhaseInYears)
        return ValidationError{p.param, double(set.phaseInYears), P::PhaseInOutOfRange};
    }
  }
  return std::nullopt;
}

}  // namespace h2045
