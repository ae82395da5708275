// Derived results: target status, required growth and plausibility warnings.
#include "model/model.h"

#include <cmath>

namespace h2045 {

namespace {

// Plausibility thresholds (docs/model.md §4). Each is a historical record or a documented prior.
constexpr double kDisbursementRecordPct = 80.0;     // prior: best documented 64.4 % by late Nov 2025
constexpr double kPublicInvestmentHighPct = 11.0;   // about twice the 2025 plan (5.5 % of GRDP)
constexpr double kSustainedGrowthRecordPct = 10.0;  // prior: best sustained (5-yr) records in East Asia
constexpr int kSustainedYears = 5;
// prior: cutting more than a quarter of the city's other spending to pay for a push is implausible.
constexpr double kBudgetReallocationShareLimit = 0.25;

}  // namespace

double requiredGrowthPct(double fromValue, int fromYear, double toValue, int toYear) {
  if (!(fromValue > 0) || !(toValue > 0) || toYear <= fromYear || !std::isfinite(fromValue) ||
      !std::isfinite(toValue))
    return kMissing;
  return 100.0 * (std::pow(toValue / fromValue, 1.0 / double(toYear - fromYear)) - 1.0);
}

std::vector<TargetStatus> evaluateTargets(const Trajectory& t, const TargetSet& set) {
  std::vector<TargetStatus> result;
  if (t.count == 0) return result;
  const YearResult& base = t.rows[0];
  for (const Target& target : set.targets) {
    const YearResult* row = t.find(target.year);
    if (!row) continue;  // target year outside the trajectory (before the base year)
    TargetStatus st;
    st.target = target;
    st.valueUsd = row->grdpPerCapitaUsd;
    st.met = st.valueUsd >= target.lowUsd;
    st.gapUsd = st.met ? 0.0 : target.lowUsd - st.valueUsd;
    st.percentOfTarget = target.lowUsd > 0 ? 100.0 * st.valueUsd / target.lowUsd : kMissing;
    st.requiredGrowthPct = target.year > base.year
                               ? requiredGrowthPct(base.grdpPerCapitaUsd, base.year, target.lowUsd, target.year)
                               : kMissing;
    result.push_back(st);
  }
  return result;
}

std::string_view warningKey(WarningKind k) {
  switch (k) {
    case WarningKind::InvestmentShareHigh: return "investment_share_high";
    case WarningKind::DisbursementAboveRecord: return "disbursement_above_record";
    case WarningKind::GrowthAboveRecord: return "growth_above_record";
    case WarningKind::PublicInvestmentHigh: return "public_investment_high";
    case WarningKind::CityDebtAboveLimit: return "city_debt_above_limit";
    case WarningKind::BudgetReallocationHigh: return "budget_reallocation_high";
    case WarningKind::Count: break;
  }
  return "";
}

namespace {

// Calls add(kind, year, value, threshold) for every warning's every year, in year order.
template <class Add>
void scanWarnings(const Trajectory& t, Add&& add) {
  // Sustained growth above the record: the growth over kSustainedYears, compared as a ratio
  // first (a power per year is what this scan would otherwise cost); the average is worked out
  // only near or above the record, where it decides and is reported.
  const double recordRatio = std::pow(1.0 + kSustainedGrowthRecordPct / 100.0, kSustainedYears) * (1.0 - 1e-9);
  for (int i = 1; i < t.count; ++i) {
    const YearResult& r = t.rows[i];
    if (!r.projected) continue;
    // The record comes from the data (facts.csv: Hanoi's total investment 37–39 % of GRDP).
    if (r.totalInvestmentPct > t.totalInvestmentRecordPct)
      add(WarningKind::InvestmentShareHigh, r.year, r.totalInvestmentPct, t.totalInvestmentRecordPct);
    if (r.disbursementPct > kDisbursementRecordPct)
      add(WarningKind::DisbursementAboveRecord, r.year, r.disbursementPct, kDisbursementRecordPct);
    if (r.publicInvestmentPct > kPublicInvestmentHighPct)
      add(WarningKind::PublicInvestmentHigh, r.year, r.publicInvestmentPct, kPublicInvestmentHighPct);
    if (r.cityDebtPct > t.cityDebtLimitPct)
      add(WarningKind::CityDebtAboveLimit, r.year, r.cityDebtPct, t.cityDebtLimitPct);
    const double budgetLimit = kBudgetReallocationShareLimit * t.cityBudgetPct;
    if (r.budgetReallocationPct > budgetLimit)
      add(WarningKind::BudgetReallocationHigh, r.year, r.budgetReallocationPct, budgetLimit);
    const double earlier = i >= kSustainedYears ? t.rows[i - kSustainedYears].realGrdpTrillionVnd2025 : 0.0;
    if (earlier > 0) {  // a hand-made or empty row has no GRDP: no growth to judge, no 0/0
      const double ratio = t.rows[i].realGrdpTrillionVnd2025 / earlier;
      if (ratio > recordRatio) {
        const double avg = 100.0 * (std::pow(ratio, 1.0 / kSustainedYears) - 1.0);
        if (avg > kSustainedGrowthRecordPct) add(WarningKind::GrowthAboveRecord, r.year, avg, kSustainedGrowthRecordPct);
      }
    }
  }
}

}  // namespace

// One warning per kind, at the first projected year it happens.
std::vector<Warning> plausibilityWarnings(const Trajectory& t) {
  std::vector<Warning> out;
  bool seen[kWarningKindCount] = {};
  scanWarnings(t, [&](WarningKind k, int year, double value, double threshold) {
    if (seen[int(k)]) return;
    seen[int(k)] = true;
    out.push_back(Warning{k, year, value, threshold});
  });
  return out;
}

unsigned plausibilityWarningKinds(const Trajectory& t) {
  unsigned kinds = 0;
  scanWarnings(t, [&](WarningKind k, int, double, double) { kinds |= 1u << static_cast<int>(k); });
  return kinds;
}

}  // namespace h2045
