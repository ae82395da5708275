// Parser robustness: thousands of random mutations of valid scenario files and data CSVs.
// Each must either parse into something the model accepts or fail with a message, leaving
// the caller's scenario untouched. Run under AddressSanitizer/UBSan to catch memory errors.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "scenario/data.h"
#include "scenario/scenario_file.h"

using namespace h2045;

namespace {

std::string readAsset(const std::string& name) {
  std::ifstream in(std::string(H2045_TEST_ASSET_DIR) + "/data/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Byte-level mutations in the spirit of a fuzzer: flip, insert, delete, duplicate a slice,
// or splice in a token that parsers tend to mishandle.
std::string mutate(std::string s, std::mt19937_64& rng) {
  static const char* const kTokens[] = {"\"", ",", "\n", "\r\n", "{", "}", "[", "]", ":", "-", "1e309",
                                        "nan", "-0", "\xEF\xBB\xBF", "\xC3", "\\u0000", "\\", "9999999999",
                                        "0.0000001", "", "null", "true", "U", "A"};
  std::uniform_int_distribution<int> op(0, 4);
  const int edits = 1 + int(rng() % 4);
  for (int e = 0; e < edits; ++e) {
    const size_t at = s.empty() ? 0 : size_t(rng() % s.size());
    switch (op(rng)) {
      case 0: if (!s.empty()) s[at] = char(rng() % 256); break;
      case 1: s.insert(at, 1, char(rng() % 256)); break;
      case 2: if (!s.empty()) s.erase(at, 1 + rng() % 8); break;
      case 3: if (!s.empty()) s.insert(at, s.substr(at, 1 + rng() % 16)); break;
      default: s.insert(at, kTokens[rng() % (sizeof(kTokens) / sizeof(kTokens[0]))]); break;
    }
  }
  return s;
}

}  // namespace

TEST(Robustness, MutatedScenarioFilesParseOrFailCleanly) {
  ScenarioFile seed;
  seed.name = "Reform";
  seed.scenario.at(ParamId::PublicInvestmentPct).value = 8;
  seed.scenario.at(ParamId::InstitutionalQualityTarget).value = 80;
  seed.scenario.at(ParamId::InstitutionalQualityTarget).startYear = 2028;
  const std::string texts[] = {scenarioToJson(seed, ScenarioEntries::All),
                               scenarioToJson(seed, ScenarioEntries::Changed)};
  std::mt19937_64 rng(2045);
  int accepted = 0;
  for (int k = 0; k < 20000; ++k) {
    const std::string text = mutate(texts[k % 2], rng);
    ScenarioFile target;
    target.name = "untouched";
    std::string error;
    if (loadScenarioJson(text, target, error)) {
      ++accepted;
      ASSERT_FALSE(validate(target.scenario).has_value()) << text;
    } else {
      ASSERT_FALSE(error.empty()) << text;
      ASSERT_EQ(target.name, "untouched");
      ASSERT_EQ(target.scenario, Scenario::defaults());
    }
  }
  EXPECT_GT(accepted, 0);  // some mutations (e.g. inside the name) stay valid
}

TEST(Robustness, MutatedSettingsParseOrFailCleanly) {
  const std::string seeds[] = {"infra.public_investment_pct=8.5", "inst.quality_target.start_year=2030",
                               "hc.rnd_pct.phase_in_years=5", "assume.alpha=0.4"};
  std::mt19937_64 rng(7);
  for (int k = 0; k < 20000; ++k) {
    const std::string text = mutate(seeds[k % 4], rng);
    Scenario s = Scenario::defaults();
    std::string error;
    if (applySetting(s, text, error)) {
      ASSERT_FALSE(validate(s).has_value()) << text;
    } else {
      ASSERT_FALSE(error.empty()) << text;
      ASSERT_EQ(s, Scenario::defaults()) << text;
    }
  }
}

TEST(Robustness, MutatedDataFilesParseOrFailCleanly) {
  const std::string grdp = readAsset(kGrdpFile), periods = readAsset(kPeriodsFile),
                    facts = readAsset(kFactsFile), targets = readAsset(kTargetsFile);
  ASSERT_FALSE(grdp.empty());
  std::mt19937_64 rng(11);
  int rejected = 0;
  for (int k = 0; k < 6000; ++k) {
    std::string error;
    HistoricalData d;
    bool ok = false;
    switch (k % 4) {
      case 0: ok = parseHistoryCsv(mutate(grdp, rng), "hanoi_grdp.csv", d, error); break;
      case 1: ok = parsePeriodsCsv(mutate(periods, rng), "growth_periods.csv", d, error); break;
      case 2: ok = parseFactsCsv(mutate(facts, rng), "facts.csv", d, error); break;
      default: ok = parseTargetsCsv(mutate(targets, rng), "targets.csv", error).has_value(); break;
    }
    if (ok) {
      for (const HistoryYear& y : d.years)
        for (int f = 0; f < kHistoryFieldCount; ++f) {
          const double v = y.value(HistoryField(f));
          ASSERT_TRUE(std::isnan(v) || std::isfinite(v));  // never ±inf from "1e309"
        }
    } else {
      ASSERT_FALSE(error.empty());
      ++rejected;
    }
  }
  EXPECT_GT(rejected, 1000);
}

// Data that parse but are odd (a zero population, a negative rate, a missing year) must give
// either a finite trajectory or none at all.
TEST(Robustness, MutatedDataNeverGiveNonFiniteResults) {
  const std::string grdp = readAsset(kGrdpFile), conversion = readAsset(kConversionFile),
                    periods = readAsset(kPeriodsFile), facts = readAsset(kFactsFile);
  std::mt19937_64 rng(13);
  int simulated = 0;
  for (int k = 0; k < 3000; ++k) {
    HistoricalData d;
    std::string error;
    const bool mutateGrdp = k % 2 == 0;
    if (!parseHistoryCsv(mutateGrdp ? mutate(grdp, rng) : grdp, kGrdpFile, d, error) ||
        !parseHistoryCsv(mutateGrdp ? conversion : mutate(conversion, rng), kConversionFile, d, error) ||
        !parsePeriodsCsv(periods, kPeriodsFile, d, error) || !parseFactsCsv(facts, kFactsFile, d, error))
      continue;
    for (int base : {2020, 2025}) {
      Scenario s = Scenario::defaults();
      s.baseYear = base;
      const Trajectory t = simulate(s, d);
      simulated += t.count > 0;
      for (const YearResult& r : t) {
        ASSERT_TRUE(std::isfinite(r.grdpPerCapitaUsd) && std::isfinite(r.grdpPerCapitaMvnd) &&
                    std::isfinite(r.realGrowthPct) && std::isfinite(r.perCapitaGrowthPct) &&
                    std::isfinite(r.usdPerCapitaGrowthPct) && std::isfinite(r.population))
            << "case " << k << " base " << base << " year " << r.year;
      }
    }
  }
  EXPECT_GT(simulated, 100);
}
