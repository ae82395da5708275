// The lever and assumption table: complete, consistent, bilingual, sourced; validation rejects
// bad input with a reason and never changes the scenario.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "test_support.h"

using namespace h2045;

namespace {

bool hasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

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
    EXPECT_FALSE(p.nameEn.empty());
    EXPECT_FALSE(p.descEn.empty());
    // Vietnamese text is written with diacritics, not stripped ASCII.
    EXPECT_TRUE(hasNonAscii(p.nameVi)) << p.nameVi;
    EXPECT_TRUE(hasNonAscii(p.descVi)) << p.descVi;
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
      EXPECT_FALSE(err->message.empty());
      // simulate() refuses it too: an empty trajectory, no crash, no NaN.
      EXPECT_EQ(simulate(test::withValue(Scenario::defaults(), p.param, bad), test::hanoiData()).count, 0);
    }
  }
}

TEST(Params, WholeNumbersForIntegerAndChoice) {
  auto err = validate(test::withValue(Scenario::defaults(), ParamId::ConstructionLagYears, 2.5));
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->param, ParamId::ConstructionLagYears);
  EXPECT_TRUE(validate(test::withValue(Scenario::defaults(), ParamId::SchoolingReturns, 0.5)).has_value());
  EXPECT_FALSE(validate(test::withValue(Scenario::defaults(), ParamId::SchoolingReturns, 1.0)).has_value());
}

TEST(Params, BaseYearAndTimingAreChecked) {
  Scenario s = Scenario::defaults();
  s.baseYear = 2018;
  auto err = validate(s);
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->param, ParamId::Count);
  s.baseYear = 2026;
  EXPECT_TRUE(validate(s).has_value());
  s = Scenario::defaults();
  s.at(ParamId::RndPct).phaseInYears = -1;
  EXPECT_TRUE(validate(s).has_value());
  s = Scenario::defaults();
  s.at(ParamId::RndPct).startYear = 2051;
  EXPECT_TRUE(validate(s).has_value());
}

TEST(Params, DataValidationNeedsBaseYearData) {
  Scenario s = Scenario::defaults();
  const HistoricalData empty;
  auto err = validate(s, empty);
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->param, ParamId::Count);
  // simulate() on unusable data returns an empty trajectory rather than garbage.
  EXPECT_EQ(simulate(s, empty).count, 0);
}
