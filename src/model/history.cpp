// Historical data lookups: the model reads data, it never loads it (src/scenario does).
#include "model/model.h"

namespace h2045 {

std::string_view historyFieldKey(HistoryField f) {
  switch (f) {
    case HistoryField::RealGrowthPct: return "real_growth_pct";
    case HistoryField::GrdpTrillionVnd: return "grdp_trillion_vnd";
    case HistoryField::GrdpPerCapitaMvnd: return "grdp_per_capita_mvnd";
    case HistoryField::GrdpPerCapitaUsd: return "grdp_per_capita_usd";
    case HistoryField::PopulationMillions: return "population_millions";
    case HistoryField::VndPerUsd: return "vnd_per_usd";
    case HistoryField::DeflatorIndex: return "deflator_index";
    case HistoryField::VnCpiPct: return "vn_cpi_pct";
    case HistoryField::UsCpiPct: return "us_cpi_pct";
    case HistoryField::Count: break;
  }
  return "";
}

double HistoryYear::value(HistoryField f) const {
  switch (f) {
    case HistoryField::RealGrowthPct: return realGrowthPct;
    case HistoryField::GrdpTrillionVnd: return grdpTrillionVnd;
    case HistoryField::GrdpPerCapitaMvnd: return grdpPerCapitaMvnd;
    case HistoryField::GrdpPerCapitaUsd: return grdpPerCapitaUsd;
    case HistoryField::PopulationMillions: return populationMillions;
    case HistoryField::VndPerUsd: return vndPerUsd;
    case HistoryField::DeflatorIndex: return deflatorIndex;
    case HistoryField::VnCpiPct: return vnCpiPct;
    case HistoryField::UsCpiPct: return usCpiPct;
    case HistoryField::Count: break;
  }
  return kMissing;
}

const HistoryYear* HistoricalData::find(int year) const {
  for (const HistoryYear& y : years)
    if (y.year == year) return &y;
  return nullptr;
}

double HistoricalData::value(int year, HistoryField f) const {
  const HistoryYear* y = find(year);
  return y ? y->value(f) : kMissing;
}

const DataFact* HistoricalData::fact(std::string_view id) const {
  for (const DataFact& f : facts)
    if (f.id == id) return &f;
  return nullptr;
}

const GrowthPeriod* HistoricalData::period(int firstYear, int lastYear) const {
  for (const GrowthPeriod& p : periods)
    if (p.firstYear == firstYear && p.lastYear == lastYear) return &p;
  return nullptr;
}

const YearResult* Trajectory::find(int year) const {
  const int i = year - baseYear;
  if (i < 0 || i >= count) return nullptr;
  return &rows[i];
}

}  // namespace h2045
