#include "model/uncertainty.h"

#include <algorithm>
#include <cmath>

namespace h2045 {

namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

double clampToRange(ParamId p, double v) { return std::clamp(v, spec(p).minValue, spec(p).maxValue); }

// A truncated normal by rejection (a handful of tries at most for the spreads used here),
// falling back to the clamped value so a path never waits.
double truncatedNormal(Random& r, double mean, double sd, double lo, double hi) {
  for (int i = 0; i < 16; ++i) {
    const double v = mean + sd * r.normal();
    if (v >= lo && v <= hi) return v;
  }
  return std::clamp(mean, lo, hi);
}

double triangular(Random& r, double lo, double mode, double hi) {
  if (!(hi > lo)) return lo;
  const double u = r.uniform();
  const double cut = (mode - lo) / (hi - lo);
  return u < cut ? lo + std::sqrt(u * (hi - lo) * (mode - lo)) : hi - std::sqrt((1 - u) * (hi - lo) * (hi - mode));
}

// The value at percentile p (0–100) of `values`, linear between order statistics; reorders.
double percentile(std::vector<double>& values, double p) {
  const double rank = p / 100.0 * double(values.size() - 1);
  const size_t below = static_cast<size_t>(std::floor(rank));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(below), values.end());
  const double low = values[below];
  if (below + 1 >= values.size()) return low;
  const double high = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(below) + 1, values.end());
  return low + (rank - double(below)) * (high - low);
}

}  // namespace

Random::Random(std::uint64_t seed) {
  for (std::uint64_t& s : state_) s = splitmix64(seed);
}

std::uint64_t Random::next() {
  const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
  const std::uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = rotl(state_[3], 45);
  return result;
}

double Random::uniform() { return double(next() >> 11) * 0x1.0p-53; }

double Random::normal() {
  if (hasSpare_) {
    hasSpare_ = false;
    return spare_;
  }
  // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
  const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  const double angle = kTwoPi * uniform();
  spare_ = radius * std::sin(angle);
  hasSpare_ = true;
  return radius * std::cos(angle);
}

UncertaintyAssumptions uncertaintyAssumptions(const Scenario& s) {
  UncertaintyAssumptions u;
  u.yearlyShockSdPp = s.value(ParamId::YearlyShockSdPp);
  u.trendShiftSdPp = s.value(ParamId::TrendShiftSdPp);
  u.disasterProbability = s.value(ParamId::DisasterRiskPct) / 100.0;
  return u;
}

void drawPath(const Scenario& s, const UncertaintyAssumptions& u, Random& random, PathDraw& out) {
  out.scenario = s;
  out.shocks = TfpShocks{};
  // Once per path: the trend shift and, correlated with it, the US price drift.
  const double trendNormal = random.normal();
  out.trendShiftPp = u.trendShiftSdPp * trendNormal;
  const double rho = std::clamp(u.usdDriftTrendCorrelation, -1.0, 1.0);
  const double usdNormal = rho * trendNormal + std::sqrt(1.0 - rho * rho) * random.normal();
  const ParamSpec& usd = spec(ParamId::UsdDriftPct);
  out.scenario.at(ParamId::UsdDriftPct).value =
      std::clamp(s.value(ParamId::UsdDriftPct) + u.usdDriftSdPp * usdNormal, usd.minValue, usd.maxValue);
  const ParamSpec& beta = spec(ParamId::Beta);
  out.scenario.at(ParamId::Beta).value =
      truncatedNormal(random, s.value(ParamId::Beta), u.betaSd, beta.minValue, beta.maxValue);
  const double gammaInst = s.value(ParamId::GammaInstitutions);
  const double k = std::clamp(u.gammaInstitutionsSpread, 0.0, 1.0);
  out.scenario.at(ParamId::GammaInstitutions).value = clampToRange(
      ParamId::GammaInstitutions, triangular(random, gammaInst * (1.0 - k), gammaInst, gammaInst * (1.0 + k)));
  auto uniformAround = [&](ParamId p, double halfWidth) {
    const double v = s.value(p);
    out.scenario.at(p).value = clampToRange(p, v + halfWidth * (2.0 * random.uniform() - 1.0));
  };
  uniformAround(ParamId::GammaRnd, u.gammaRndHalfWidth);
  uniformAround(ParamId::GammaDigital, u.gammaDigitalHalfWidth);
  uniformAround(ParamId::Lambda, u.lambdaHalfWidth);

  // Every projected year: an ordinary shock, the path's trend shift, and now and then a
  // disaster that lasts two years.
  int disasterSecondYear = -1;
  for (int year = s.baseYear + 1; year <= kLastYear; ++year) {
    double pp = out.trendShiftPp + u.yearlyShockSdPp * random.normal();
    const double roll = random.uniform();
    if (year == disasterSecondYear) {
      pp += u.disasterSecondYearLowPp + (u.disasterSecondYearHighPp - u.disasterSecondYearLowPp) * roll;
    } else if (roll < u.disasterProbability) {
      pp += u.disasterFirstYearPp;
      disasterSecondYear = year + 1;
    }
    out.shocks.pp[static_cast<size_t>(year - kFirstHistoryYear)] = std::clamp(pp, -kMaxTfpShockPp, kMaxTfpShockPp);
  }
}

const YearBands* MonteCarloResult::find(int year) const {
  for (const YearBands& y : years)
    if (y.year == year) return &y;
  return nullptr;
}

void runMonteCarlo(const Scenario& s, const HistoricalData& data, const TargetSet& targets,
                   const UncertaintyAssumptions& u, const MonteCarloOptions& options, MonteCarloResult& out) {
  out = MonteCarloResult{};
  if (options.paths < 1 || options.paths > kMaxMonteCarloPaths || validate(s, data)) return;
  const int firstYear = s.baseYear, years = kLastYear - s.baseYear + 1;
  constexpr size_t units = static_cast<size_t>(ValueUnit::Count);
  // values[unit][year][path]
  std::vector<std::vector<std::vector<double>>> values(
      units, std::vector<std::vector<double>>(static_cast<size_t>(years)));
  for (auto& unit : values)
    for (auto& year : unit) year.reserve(static_cast<size_t>(options.paths));

  Random random(options.seed);
  PathDraw draw;
  Trajectory path;
  int ran = 0;
  for (int i = 0; i < options.paths; ++i) {
    drawPath(s, u, random, draw);
    simulate(draw.scenario, data, &draw.shocks, path);
    if (path.count < years) continue;  // cannot happen within the ranges; never average a hole
    ++ran;
    for (int k = 0; k < years; ++k) {
      const YearResult& row = path.rows[static_cast<size_t>(k)];
      for (size_t unit = 0; unit < units; ++unit)
        values[unit][static_cast<size_t>(k)].push_back(perCapitaValue(row, static_cast<ValueUnit>(unit)));
    }
  }
  if (ran == 0) return;
  out.paths = ran;
  out.seed = options.seed;
  // Targets first (they need the unsorted current-USD values of their year, any order will do).
  for (const Target& t : targets.targets) {
    if (t.year <= s.baseYear || t.year > kLastYear) continue;
    const std::vector<double>& v = values[static_cast<size_t>(ValueUnit::CurrentUsd)][static_cast<size_t>(t.year - firstYear)];
    const auto met = std::count_if(v.begin(), v.end(), [&](double x) { return x >= t.lowUsd; });
    out.targets.push_back(TargetChance{t, double(met) / double(v.size())});
  }
  out.years.resize(static_cast<size_t>(years));
  for (int k = 0; k < years; ++k) {
    YearBands& b = out.years[static_cast<size_t>(k)];
    b.year = firstYear + k;
    for (size_t unit = 0; unit < units; ++unit)
      for (size_t p = 0; p < kBandPercentiles.size(); ++p)
        b.value[unit][p] = percentile(values[unit][static_cast<size_t>(k)], kBandPercentiles[p]);
  }
}

}  // namespace h2045
