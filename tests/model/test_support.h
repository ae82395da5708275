// Shared helpers for the model tests: the real data files, loaded once.
#pragma once

#include <string>

#include "model/model.h"
#include "scenario/data.h"

namespace h2045::test {

std::string dataDir();                 // <source>/assets/data
const HistoricalData& hanoiData();     // loaded from dataDir(); the test aborts if it fails
const std::vector<TargetSet>& targetSets();
const TargetSet& targetSet(const std::string& id);
Scenario withValue(Scenario s, ParamId p, double value);
// A parameter's default, read from the model's table rather than repeated in the tests.
inline double defaultOf(ParamId p) { return spec(p).defaultValue; }
double usdIn(const Trajectory& t, int year);

}  // namespace h2045::test
