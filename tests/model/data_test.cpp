// The shipped data files load, carry a source and flag for every point, leave unconfirmed
// numbers empty, and broken files are reported with file, line and column.
#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"

using namespace h2045;

namespace {

std::string historyError(const std::string& text) {
  HistoricalData d;
  std::string error;
  EXPECT_FALSE(parseHistoryCsv(text, "x.csv", d, error));
  return error;
}

const char* kHeader = "year,indicator,value,unit,flag,source\n";

}  // namespace

TEST(Data, LoadsTheHanoiFiles) {
  const HistoricalData& d = test::hanoiData();
  ASSERT_EQ(d.years.size(), size_t(kLastHistoryYear - kFirstHistoryYear + 1));
  for (size_t i = 0; i < d.years.size(); ++i) EXPECT_EQ(d.years[i].year, kFirstHistoryYear + int(i));
  const HistoryYear* y2025 = d.find(2025);
  ASSERT_NE(y2025, nullptr);
  EXPECT_DOUBLE_EQ(y2025->grdpPerCapitaMvnd, 179.2);
  EXPECT_DOUBLE_EQ(y2025->vndPerUsd, 24976);
  EXPECT_DOUBLE_EQ(y2025->realGrowthPct, 8.16);
  EXPECT_EQ(y2025->flagOf(HistoryField::GrdpPerCapitaMvnd), 'A');
  EXPECT_FALSE(y2025->sourceOf(HistoryField::GrdpPerCapitaMvnd).empty());
  EXPECT_DOUBLE_EQ(d.value(2019, HistoryField::PopulationMillions), 8.053663);
  EXPECT_DOUBLE_EQ(d.value(2010, HistoryField::DeflatorIndex), 100.0);
  ASSERT_NE(d.period(2016, 2020), nullptr);
  EXPECT_DOUBLE_EQ(d.period(2016, 2020)->avgRealGrowthPct, 6.67);
  ASSERT_NE(d.fact("public_investment_plan_2025"), nullptr);
  EXPECT_EQ(d.fact("no_such_fact"), nullptr);
}

TEST(Data, UnconfirmedNumbersAreEmptyAndEveryPointHasASource) {
  const HistoricalData& d = test::hanoiData();
  // data.md marks these U: no number may be shipped for them.
  EXPECT_TRUE(std::isnan(d.value(2017, HistoryField::RealGrowthPct)));
  EXPECT_EQ(d.find(2017)->flagOf(HistoryField::RealGrowthPct), 'U');
  EXPECT_TRUE(std::isnan(d.value(2018, HistoryField::RealGrowthPct)));
  EXPECT_TRUE(std::isnan(d.value(2023, HistoryField::GrdpTrillionVnd)));
  EXPECT_TRUE(std::isnan(d.value(2023, HistoryField::DeflatorIndex)));
  EXPECT_TRUE(std::isnan(d.value(2025, HistoryField::UsCpiPct)));
  int points = 0;
  for (const HistoryYear& y : d.years) {
    for (int f = 0; f < kHistoryFieldCount; ++f) {
      const double v = y.value(HistoryField(f));
      if (std::isfinite(v)) {
        ++points;
        EXPECT_NE(y.flag[size_t(f)], 0) << y.year << " " << historyFieldKey(HistoryField(f));
        EXPECT_NE(y.flag[size_t(f)], 'U');
        EXPECT_FALSE(y.source[size_t(f)].empty());
      } else if (y.flag[size_t(f)] != 0) {
        EXPECT_EQ(y.flag[size_t(f)], 'U');
      }
    }
  }
  EXPECT_GT(points, 80);
}

// Every citation the interface can show is there in Vietnamese too (the source_vi column).
TEST(Data, EverySourceHasItsVietnameseText) {
  const HistoricalData& d = test::hanoiData();
  int points = 0;
  for (const HistoryYear& y : d.years)
    for (int f = 0; f < kHistoryFieldCount; ++f) {
      if (y.source[size_t(f)].empty()) continue;
      ++points;
      EXPECT_FALSE(y.sourceVi[size_t(f)].empty()) << y.year << " " << historyFieldKey(HistoryField(f));
      EXPECT_NE(y.sourceVi[size_t(f)], y.source[size_t(f)]) << y.year << " " << historyFieldKey(HistoryField(f));
    }
  EXPECT_GT(points, 50);
  for (const GrowthPeriod& p : d.periods) EXPECT_FALSE(p.sourceVi.empty()) << p.firstYear;
  for (const DataFact& f : d.facts) EXPECT_FALSE(f.sourceVi.empty()) << f.id;
  // Numbers inside the Vietnamese citations are written the Vietnamese way.
  EXPECT_EQ(d.find(2020)->sourceViOf(HistoryField::GrdpPerCapitaMvnd).find("5.420 USD × 23.208"), 0u);
  // A file that has the column must fill it; a file without it still loads (English only).
  HistoricalData e;
  std::string error;
  EXPECT_FALSE(parseHistoryCsv("year,indicator,value,unit,flag,source,source_vi\n2021,real_growth_pct,2.92,%,B,s,\n",
                               "x.csv", e, error));
  EXPECT_NE(error.find("x.csv:2:"), std::string::npos) << error;
  EXPECT_NE(error.find("source_vi"), std::string::npos) << error;
  HistoricalData f;
  ASSERT_TRUE(parseHistoryCsv(std::string(kHeader) + "2021,real_growth_pct,2.92,%,B,s\n", "x.csv", f, error)) << error;
  EXPECT_TRUE(f.find(2021)->sourceViOf(HistoryField::RealGrowthPct).empty());
}

TEST(Data, TargetSets) {
  const auto& sets = test::targetSets();
  ASSERT_EQ(sets.size(), 3u);
  const TargetSet& congress = test::targetSet("congress17_2020");
  ASSERT_EQ(congress.targets.size(), 3u);
  EXPECT_EQ(congress.targets[0].year, 2025);
  EXPECT_DOUBLE_EQ(congress.targets[0].lowUsd, 8300);
  EXPECT_DOUBLE_EQ(congress.targets[0].highUsd, 8500);
  EXPECT_TRUE(std::isinf(congress.targets[2].highUsd));  // "> 36,000"
  EXPECT_DOUBLE_EQ(congress.targets[2].lowUsd, 36000);
  const TargetSet& master = test::targetSet("master_plan_2024");
  ASSERT_EQ(master.targets.size(), 1u);
  EXPECT_DOUBLE_EQ(master.targets[0].lowUsd, 13500);
  const TargetSet& revised = test::targetSet("revised_plan_2026");
  ASSERT_EQ(revised.targets.size(), 2u);
  EXPECT_TRUE(revised.targets[1].approximate);
  EXPECT_DOUBLE_EQ(revised.targets[1].lowUsd, 45000);
  for (const TargetSet& s : sets) {
    EXPECT_FALSE(s.nameEn.empty());
    EXPECT_NE(s.nameVi, s.nameEn);
  }
}

TEST(Data, MissingDirectoryNamesTheFile) {
  std::string error;
  EXPECT_FALSE(loadHistoricalData("/nonexistent/dir", error).has_value());
  EXPECT_NE(error.find("/nonexistent/dir/hanoi_grdp.csv"), std::string::npos) << error;
  EXPECT_FALSE(loadTargetSets("/nonexistent/dir", error).has_value());
  EXPECT_NE(error.find("targets.csv"), std::string::npos) << error;
}

TEST(Data, BrokenNumberReportsLineAndColumn) {
  const std::string e = historyError(std::string(kHeader) + "2020,real_growth_pct,3.98,%,B,src\n"
                                                            "2021,real_growth_pct,2,92,%,B,src\n");
  EXPECT_NE(e.find("x.csv:3:"), std::string::npos) << e;
  const std::string e2 = historyError(std::string(kHeader) + "2021,real_growth_pct,2.9x,%,B,src\n");
  EXPECT_EQ(e2.rfind("x.csv:2:22: ", 0), 0u) << e2;
  EXPECT_NE(e2.find("not a number"), std::string::npos);
}

TEST(Data, RejectsBadCells) {
  EXPECT_NE(historyError(std::string(kHeader) + "2021,real_growth_pct,2.9,%,D,src\n").find("flag"), std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,real_growth_pct,2.9,%,U,src\n").find("empty"),
            std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,real_growth_pct,,%,B,src\n").find("flag U"),
            std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,real_growth_pct,2.9,%,B,\n").find("source"), std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2009,real_growth_pct,2.9,%,B,s\n").find("year"), std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,growth,2.9,%,B,s\n").find("unknown indicator"),
            std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,population_millions,-8,million,B,s\n").find("positive"),
            std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,real_growth_pct,nan,%,B,s\n").find("not a number"),
            std::string::npos);
  EXPECT_NE(historyError(std::string(kHeader) + "2021,real_growth_pct,1,%,B,s\n2021,real_growth_pct,2,%,B,s\n")
                .find("duplicate"),
            std::string::npos);
  EXPECT_NE(historyError("year,indicator,value,flag,source\n").find("missing column 'unit'"), std::string::npos);
  EXPECT_NE(historyError("").find("empty"), std::string::npos);
  const std::string quote = historyError(std::string(kHeader) + "2021,real_growth_pct,2.9,%,B,\"open\n");
  EXPECT_NE(quote.find("x.csv:2:"), std::string::npos) << quote;
  EXPECT_NE(quote.find("never closed"), std::string::npos) << quote;
}

TEST(Data, QuotedSourceWithCommasAndCrlf) {
  std::string error;
  HistoricalData d;
  EXPECT_TRUE(parseHistoryCsv(std::string(kHeader) + "2021,real_growth_pct,2.92,%,B,\"a, quoted \"\"source\"\"\"\r\n",
                              "ok.csv", d, error))
      << error;
  EXPECT_DOUBLE_EQ(d.value(2021, HistoryField::RealGrowthPct), 2.92);
  EXPECT_EQ(d.find(2021)->sourceOf(HistoryField::RealGrowthPct), "a, quoted \"source\"");
}

TEST(Data, CsvHandlesBomCrlfAndUtf8Columns) {
  std::vector<CsvRow> rows;
  std::string error;
  ASSERT_TRUE(parseCsv("\xEF\xBB\xBF" "a,b\r\n\"Hà Nội\",x\r\n", "t.csv", rows, error)) << error;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][0].text, "a");
  EXPECT_EQ(rows[1][0].text, "Hà Nội");
  EXPECT_EQ(rows[1][1].column, 10);  // columns count characters, not bytes
  EXPECT_FALSE(parseCsv("a,\"b\"c\n", "t.csv", rows, error));
  EXPECT_EQ(error.rfind("t.csv:1:6: ", 0), 0u) << error;
}

TEST(Data, TargetsFileErrors) {
  const std::string header = "set_id,name_en,name_vi,year,low_usd,high_usd,approximate,flag,source\n";
  std::string error;
  EXPECT_FALSE(parseTargetsCsv(header + "s,A,Á,2030,13000,12000,0,A,src\n", "t.csv", error).has_value());
  EXPECT_NE(error.find("t.csv:2:"), std::string::npos);
  EXPECT_FALSE(parseTargetsCsv(header + "s,A,Á,2030,,,0,U,src\n", "t.csv", error).has_value());
  EXPECT_FALSE(parseTargetsCsv(header + "s,A,Á,2030,1,,2,A,src\n", "t.csv", error).has_value());
  EXPECT_NE(error.find("approximate"), std::string::npos);
  EXPECT_FALSE(
      parseTargetsCsv(header + "s,A,Á,2030,1,,0,A,src\ns,B,Á,2045,2,,0,A,src\n", "t.csv", error).has_value());
  EXPECT_NE(error.find("names differ"), std::string::npos);
  auto ok = parseTargetsCsv(header + "s,A,Á,2030,1,,0,A,src\n", "t.csv", error);
  ASSERT_TRUE(ok.has_value()) << error;
  EXPECT_TRUE(std::isinf((*ok)[0].targets[0].highUsd));
}

// Exponents too long for an int must not wrap around: "1e99999999999" is not 0.1.
TEST(Data, HugeExponentsAreRejectedNotWrapped) {
  for (const char* value : {"1e99999999999", "1e4294967297", "8e2147483648"})
    EXPECT_NE(historyError(std::string(kHeader) + "2021,vnd_per_usd," + value + ",VND per USD,A,s\n")
                  .find("not a number"),
              std::string::npos)
        << value;
  // A tiny value underflows to 0, which a level refuses as non-positive.
  EXPECT_NE(historyError(std::string(kHeader) + "2021,vnd_per_usd,1e-99999999999,VND per USD,A,s\n").find("positive"),
            std::string::npos);
  // Ordinary exponents still work.
  HistoricalData d;
  std::string error;
  ASSERT_TRUE(parseHistoryCsv(std::string(kHeader) + "2021,vnd_per_usd,2.3208e4,VND per USD,A,s\n", "x.csv", d, error))
      << error;
  EXPECT_DOUBLE_EQ(d.value(2021, HistoryField::VndPerUsd), 23208);
}

TEST(Data, HistoryInConstant2025UsdChainsRealGrowth) {
  const HistoricalData& d = test::hanoiData();
  // 2025 is the official figure, the same point the default scenario starts from.
  Trajectory t = simulate(Scenario::defaults(), d);
  ASSERT_GT(t.count, 0);
  EXPECT_NEAR(historicalPerCapitaUsd2025(d, 2025), t.rows[0].grdpPerCapitaUsd2025, 1e-9);
  // Each earlier year is the next one taken back by that year's real growth; where both
  // populations are data (2024, 2025), exactly by real growth of GRDP per person.
  const double growth2025 = d.value(2025, HistoryField::RealGrowthPct) / 100.0;
  const double population2025 = d.value(2025, HistoryField::PopulationMillions) /
                                d.value(2024, HistoryField::PopulationMillions);
  EXPECT_NEAR(historicalPerCapitaUsd2025(d, 2025) / historicalPerCapitaUsd2025(d, 2024),
              (1 + growth2025) / population2025, 1e-12);
  for (int year = 2019; year < 2025; ++year) {
    const double next = historicalPerCapitaUsd2025(d, year + 1), here = historicalPerCapitaUsd2025(d, year);
    ASSERT_TRUE(std::isfinite(here) && std::isfinite(next)) << year;
    EXPECT_LT(here, next) << "GRDP per person grew in real terms in " << year + 1;
  }
  // No invented history: unconfirmed growth (2017, 2018) leaves earlier years empty.
  EXPECT_TRUE(std::isnan(historicalPerCapitaUsd2025(d, 2018)));
  EXPECT_TRUE(std::isnan(historicalPerCapitaUsd2025(d, 2012)));
  EXPECT_TRUE(std::isnan(historicalPerCapitaUsd2025(d, 2026)));
  EXPECT_TRUE(std::isnan(historicalPerCapitaUsd2025(d, 1999)));
}
