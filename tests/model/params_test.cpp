// The lever and assumption table: complete, consistent, bilingual, sourced; validation rejects
// bad input with a reason and never changes the scenario.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "test_support.h"

using namespace h2045;

namespace {

std::string_view groupPrefix(ParamGroup g) {
  switch (g) {
    case ParamGroup::Infrastructure: return "infra.";
    case ParamGroup::Institutions: return "inst.";
    case ParamGroup::HumanCapital: return "hc.";
    case ParamGroup::Assumptions: return "assume.";
  }
  return "";
}

}  // namespace

TEST(Params, EveryEntryIsCompleteAndConsistent) {
  std::set<std::string_view> ids;
  for (int i = 0; i < kParamCount; ++i) {
    const ParamSpec& p = paramSpecs()[size_t(i)];
    SCOPED_TRACE(std::string(p.id));
    EXPECT_EQ(static_cast<int>(p.param), i);
    EXPECT_TRUE(ids.insert(p.id).second) << "duplicate id";
    EXPECT_EQ(p.id.substr(0, groupPrefix(p.group).size()), groupPrefix(p.group));
    EXPECT_LT(p.minValue, p.maxValue);
    EXPECT_GE(p.defaultValue, p.minValue);
    EXPECT_LE(p.defaultValue, p.maxValue);
    EXPECT_GT(p.step, 0.0);
    EXPECT_FALSE(p.unit.empty());
    EXPECT_FALSE(p.source.empty());
    if (p.prior) EXPECT_EQ(p.source.substr(0, 5), "prior");
    else EXPECT_NE(p.source.substr(0, 5), "prior");
    EXPECT_EQ(findParam(p.id), p.param);
  }
  EXPECT_FALSE(findParam("infra.nonexistent").has_value());
}

TEST(Params, IdsNamedInTheIssueExist) {
  for (const char* id : {"infra.public_investment_pct", "infra.disbursement_pct", "infra.efficiency",
                         "infra.lag_years", "inst.quality_target", "inst.years_to_target",
                         "hc.entrant_schooling_years", "hc.rnd_pct", "assume.beta", "assume.gamma_inst",
                         "assume.usd_drift_pct"})
    EXPECT_TRUE(findParam(id).has_value()) << id;
}

TEST(Params, RangesRequiredByTheInvariantsAndLiterature) {
  EXPECT_EQ(spec(ParamId::Beta).minValue, 0.0);   // β = 0 must be expressible
  EXPECT_GE(spec(ParamId::Beta).maxValue, 0.20);  // World Bank PRWP 11272
  EXPECT_EQ(spec(ParamId::GammaInstitutions).minValue, 0.0);
  EXPECT_EQ(spec(ParamId::GammaInstitutions).maxValue, 1.0);
  EXPECT_EQ(spec(ParamId::ConstructionLagYears).kind, ParamKind::Integer);
  EXPECT_EQ(spec(ParamId::SchoolingReturns).kind, ParamKind::Choice);
}

TEST(Params, DefaultsAreValid) {
  EXPECT_FALSE(validate(Scenario::defaults()).has_value());
  Scenario s = Scenario::defaults();
  s.baseYear = 2020;
  EXPECT_FALSE(validate(s).has_value());
  EXPECT_FALSE(validate(s, test::hanoiData()).has_value());
}

TEST(Params, OutOfRangeIsRejectedNotClamped) {
  for (const ParamSpec& p : paramSpecs()) {
    for (double bad : {p.minValue - p.step, p.maxValue + p.step, std::nan(""), HUGE_VAL}) {
      const auto err = validate(test::withValue(Scenario::defaults(), p.param, bad));
      ASSERT_TRUE(err.has_value()) << p.id << " accepted " << bad;
      EXPECT_EQ(err->param, p.param);
      EXPECT_EQ(err->problem, std::isfinite(bad) ? ValidationProblem::OutOfRange : ValidationProblem::NotFinite);
      // simulate() refuses it too: an empty trajectory, no crash, no NaN.
      EXPECT_EQ(simulate(test::withValue(Scenario::defaults(), p.param, bad), test::hanoiData()).count, 0);
    }
  }
}

TEST(Params, WholeNumbersForIntegerAndChoice) {
  auto err = validate(test::withValue(Scenario::defaults(), ParamId::ConstructionLagYears, 2.5));
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->param, ParamId::ConstructionLagYears);
  EXPECT_EQ(err->problem, ValidationProblem::NotWhole);
  EXPECT_TRUE(validate(test::withValue(Scenario::defaults(), ParamId::SchoolingReturns, 0.5)).has_value());
  EXPECT_FALSE(validate(test::withValue(Scenario::defaults(), ParamId::SchoolingReturns, 1.0)).has_value());
}

// The exported limits are the ones validate() applies: each edge is accepted, one past it refused.
TEST(Params, BaseYearAndTimingAreCheckedAtTheExportedLimits) {
  auto problemWith = [](auto change) -> std::optional<ValidationProblem> {
    Scenario s = Scenario::defaults();
    change(s);
    auto err = validate(s);
    return err ? std::optional<ValidationProblem>(err->problem) : std::nullopt;
  };
  using P = ValidationProblem;
  for (int year : {kFirstBaseYear, kLastBaseYear})
    EXPECT_FALSE(problemWith([&](Scenario& s) { s.baseYear = year; })) << year;
  for (int year : {kFirstBaseYear - 1, kLastBaseYear + 1})
    EXPECT_EQ(problemWith([&](Scenario& s) { s.baseYear = year; }), P::BaseYearOutOfRange) << year;
  for (int year : {kFirstStartYear, kLastStartYear})
    EXPECT_FALSE(problemWith([&](Scenario& s) { s.at(ParamId::RndPct).startYear = year; })) << year;
  for (int year : {kFirstStartYear - 1, kLastStartYear + 1})
    EXPECT_EQ(problemWith([&](Scenario& s) { s.at(ParamId::RndPct).startYear = year; }), P::StartYearOutOfRange);
  for (int years : {kMinPhaseInYears, kMaxPhaseInYears})
    EXPECT_FALSE(problemWith([&](Scenario& s) { s.at(ParamId::RndPct).phaseInYears = years; })) << years;
  for (int years : {kMinPhaseInYears - 1, kMaxPhaseInYears + 1})
    EXPECT_EQ(problemWith([&](Scenario& s) { s.at(ParamId::RndPct).phaseInYears = years; }), P::PhaseInOutOfRange);
  // Assumptions have no timing: a wild start year on one is not an error.
  EXPECT_FALSE(problemWith([](Scenario& s) { s.at(ParamId::Alpha).startYear = 1900; }));
}

TEST(Params, DataValidationNeedsBaseYearData) {
  Scenario s = Scenario::defaults();
  const HistoricalData empty;
  auto err = validate(s, empty);
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->param, ParamId::Count);
  EXPECT_EQ(err->problem, ValidationProblem::BaseYearWithoutData);
  // simulate() on unusable data returns an empty trajectory rather than garbage.
  EXPECT_EQ(simulate(s, empty).count, 0);
}
