#include "test_support.h"

#include <cstdio>
#include <cstdlib>

namespace h2045::test {

std::string dataDir() { return std::string(H2045_TEST_ASSET_DIR) + "/data"; }

const HistoricalData& hanoiData() {
  static const HistoricalData data = [] {
    std::string error;
    auto loaded = loadHistoricalData(dataDir(), error);
    if (!loaded) {
      std::fprintf(stderr, "cannot load test data: %s\n", error.c_str());
      std::abort();
    }
    return *loaded;
  }();
  return data;
}

const std::vector<TargetSet>& targetSets() {
  static const std::vector<TargetSet> sets = [] {
    std::string error;
    auto loaded = loadTargetSets(dataDir(), error);
    if (!loaded) {
      std::fprintf(stderr, "cannot load target sets: %s\n", error.c_str());
      std::abort();
    }
    return *loaded;
  }();
  return sets;
}

const TargetSet& targetSet(const std::string& id) {
  for (const TargetSet& s : targetSets())
    if (s.id == id) return s;
  std::fprintf(stderr, "no target set %s\n", id.c_str());
  std::abort();
}

Scenario withValue(Scenario s, ParamId p, double value) {
  s.at(p).value = value;
  return s;
}

double usdIn(const Trajectory& t, int year) {
  const YearResult* r = t.find(year);
  return r ? r->grdpPerCapitaUsd : kMissing;
}

}  // namespace h2045::test
