// How long one projection and one what's-needed solve take (the interface budgets for
// thousands of simulate() calls per frame once uncertainty bands run).
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/model.h"
#include "model/explain.h"
#include "model/target_map.h"
#include "model/uncertainty.h"
#include "scenario/data.h"

namespace {

const h2045::HistoricalData& data() {
  static const h2045::HistoricalData d = [] {
    std::string error;
    auto loaded = h2045::loadHistoricalData(H2045_BENCH_DATA_DIR, error);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", error.c_str());
      std::exit(1);
    }
    return *loaded;
  }();
  return d;
}

h2045::Scenario reformScenario() {
  using h2045::ParamId;
  h2045::Scenario s = h2045::Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = 8;
  s.at(ParamId::InstitutionalQualityTarget).value = 80;
  s.at(ParamId::EntrantSchoolingYears).value = 14;
  s.at(ParamId::RndPct).value = 1.5;
  return s;
}

void BM_Simulate(benchmark::State& state) {
  const h2045::Scenario s = reformScenario();
  h2045::Trajectory t;
  for (auto _ : state) {
    h2045::simulate(s, data(), t);
    benchmark::DoNotOptimize(t.rows[20].grdpPerCapitaUsd);
  }
}
BENCHMARK(BM_Simulate);

void BM_SimulateReplayFrom2020(benchmark::State& state) {
  h2045::Scenario s = reformScenario();
  s.baseYear = 2020;
  h2045::Trajectory t;
  for (auto _ : state) {
    h2045::simulate(s, data(), t);
    benchmark::DoNotOptimize(t.rows[25].grdpPerCapitaUsd);
  }
}
BENCHMARK(BM_SimulateReplayFrom2020);

// A reachable target: public investment needed for 21,000 USD in 2045.
void BM_SolvePublicInvestment(benchmark::State& state) {
  const h2045::Scenario s = h2045::Scenario::defaults();
  // 2 % above the baseline's 2045: a real search (the lever reaches about +3 % at its top).
  const h2045::Trajectory baseline = h2045::simulate(s, data());
  const double target = 1.02 * baseline.find(2045)->grdpPerCapitaUsd;
  int iterations = 0;
  for (auto _ : state) {
    const h2045::SolveResult r = h2045::solveLever(s, data(), h2045::ParamId::PublicInvestmentPct, 2045, target);
    iterations = r.iterations;
    benchmark::DoNotOptimize(r.value);
  }
  if (iterations < 2) state.SkipWithError("the target must need a search");
  state.counters["simulations"] = iterations;
}
BENCHMARK(BM_SolvePublicInvestment);

void BM_Calibrate(benchmark::State& state) {
  const h2045::Scenario s = h2045::Scenario::defaults();
  for (auto _ : state) benchmark::DoNotOptimize(h2045::calibrate(s, data()).baselineTfpGrowthPct);
}
BENCHMARK(BM_Calibrate);

// The Monte Carlo the interface runs on every change (1,000 paths) and the goal
// (10,000): bands in every unit and the chances of one target set, in milliseconds. The
// buffers are kept between runs, as the interface keeps them.
void BM_MonteCarlo(benchmark::State& state) {
  const h2045::Scenario s = reformScenario();
  h2045::TargetSet targets;
  targets.id = "bench";
  targets.targets = {{2030, 12000, 13000, false}, {2045, 36000, HUGE_VAL, false}};
  const h2045::UncertaintyAssumptions u = h2045::uncertaintyAssumptions(s);
  h2045::MonteCarloResult mc;
  h2045::MonteCarloWork work;
  for (auto _ : state) {
    h2045::runMonteCarlo(s, data(), targets, u, h2045::MonteCarloOptions{static_cast<int>(state.range(0)), 2045}, work, mc);
    benchmark::DoNotOptimize(mc.targets.back().probability);
  }
  if (!mc.ok()) state.SkipWithError("no bands");
}
BENCHMARK(BM_MonteCarlo)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The target map the interface recomputes while a third lever is dragged: 40 × 40 runs with
// their plausibility warnings.
void BM_TargetMap(benchmark::State& state) {
  const h2045::Scenario s = reformScenario();
  h2045::TargetMap map;
  for (auto _ : state) {
    h2045::computeTargetMap(s, data(), h2045::ParamId::PublicInvestmentPct, h2045::ParamId::InstitutionalQualityTarget, 40, 40,
                            2045, map);
    benchmark::DoNotOptimize(map.value[0].data());
  }
  if (!map.ok()) state.SkipWithError("no map");
}
BENCHMARK(BM_TargetMap)->Unit(benchmark::kMillisecond);

// The gap explained: 32 runs.
void BM_ExplainGap(benchmark::State& state) {
  const h2045::Scenario s = reformScenario();
  const h2045::TargetSet none;
  for (auto _ : state) benchmark::DoNotOptimize(h2045::explainGap(s, data(), none, 2045).scenario[0]);
}
BENCHMARK(BM_ExplainGap)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
