#include "model/uncertainty.h"

#include <algorithm>
#include <cmath>

#include "model/portable_math.h"
#include "model/schooling.h"

namespace h2045 {

namespace {

namespace pm = portable;

// The arrays a loop reads and writes do not overlap: no run-time overlap checks are needed to
// run its iterations side by side.
#if defined(__clang__)
#define H2045_INDEPENDENT_ITERATIONS _Pragma("clang loop vectorize(assume_safety)")
#elif defined(__GNUC__)
#define H2045_INDEPENDENT_ITERATIONS _Pragma("GCC ivdep")
#else
#define H2045_INDEPENDENT_ITERATIONS
#endif
// A function built for several x86-64 instruction sets, the best one chosen when the program
// starts (natively; WebAssembly has one, with its 128-bit lanes).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(__EMSCRIPTEN__)
#define H2045_INSTRUCTION_SET_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define H2045_INSTRUCTION_SET_CLONES
#endif

std::uint64_t splitmix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

double clampToRange(ParamId p, double v) { return std::clamp(v, spec(p).minValue, spec(p).maxValue); }

// 52 random bits as a double in [0, 1): the bits become the mantissa of a number in [1, 2).
double unitInterval(std::uint64_t bits) { return pm::fromBits((bits >> 12) | 0x3FF0000000000000ULL) - 1.0; }

// A normal truncated to [lo, hi] from `tries` standard normals: the first inside the range,
// else the centre clamped (all tries outside happens once in millions for the spreads used).
double truncatedNormal(const double* z, int tries, double mean, double sd, double lo, double hi) {
  for (int i = 0; i < tries; ++i) {
    const double v = mean + sd * z[i];
    if (v >= lo && v <= hi) return v;
  }
  return std::clamp(mean, lo, hi);
}

double triangular(double u, double lo, double mode, double hi) {
  if (!(hi > lo)) return lo;
  const double cut = (mode - lo) / (hi - lo);
  return u < cut ? lo + std::sqrt(u * (hi - lo) * (mode - lo)) : hi - std::sqrt((1 - u) * (hi - lo) * (hi - mode));
}

// Per path: the normals and uniforms its once-per-path draws use, in this order.
constexpr int kTruncatedNormalTries = 3;
enum PathNormal { kTrendNormal, kUsdNormal, kVndNormal, kBetaNormals, kAlphaNormals = kBetaNormals + kTruncatedNormalTries,
                  kPathNormals = kAlphaNormals + kTruncatedNormalTries };
enum PathUniform { kGammaInstitutionsUniform, kGammaRndUniform, kGammaDigitalUniform, kLambdaUniform, kLagUniform,
                   kPathUniforms };

}  // namespace

RandomStream::RandomStream(std::uint64_t seed) {
  for (int lane = 0; lane < kLanes; ++lane)
    for (auto& word : state_) word[static_cast<size_t>(lane)] = splitmix64(seed);
}

H2045_INSTRUCTION_SET_CLONES
void RandomStream::raw(std::uint64_t* out, size_t n) {
  auto &s0 = state_[0], &s1 = state_[1], &s2 = state_[2], &s3 = state_[3];
  // One step of every lane, written to `to`; the loop over lanes is what runs side by side.
  auto step = [&](std::uint64_t* to) {
    for (size_t l = 0; l < kLanes; ++l) {
      const std::uint64_t x = s1[l] + (s1[l] << 2);  // s1 · 5
      const std::uint64_t r = (x << 7) | (x >> 57);
      to[l] = r + (r << 3);                          // · 9
      const std::uint64_t t = s1[l] << 17;
      s2[l] ^= s0[l];
      s3[l] ^= s1[l];
      s1[l] ^= s2[l];
      s0[l] ^= s3[l];
      s2[l] ^= t;
      s3[l] = (s3[l] << 45) | (s3[l] >> 19);
    }
  };
  size_t done = 0;
  for (; done + kLanes <= n; done += kLanes) step(out + done);
  if (done < n) {
    std::array<std::uint64_t, kLanes> block{};
    step(block.data());
    std::copy(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(n - done), out + done);
  }
}

H2045_INSTRUCTION_SET_CLONES
void RandomStream::uniforms(double* out, size_t n) {
  std::array<std::uint64_t, 256> bits{};
  for (size_t done = 0; done < n; done += bits.size()) {
    const size_t take = std::min(bits.size(), n - done);
    raw(bits.data(), take);
    for (size_t i = 0; i < take; ++i) out[done + i] = unitInterval(bits[i]);
  }
}

H2045_INSTRUCTION_SET_CLONES
void RandomStream::normals(double* out, size_t n) {
  std::array<std::uint64_t, 256> bits{};
  for (size_t done = 0; done < n; done += bits.size()) {
    const size_t take = std::min(bits.size(), n - done);
    raw(bits.data(), (take + 1) & ~size_t(1));
    const size_t pairs = (take + 1) / 2;
    std::array<double, 256> z{};
    for (size_t i = 0; i < pairs; ++i) {
      // Box–Muller. The radius from 1 − u, in (0, 1]; the angle as a quarter turn q (two bits)
      // plus x in [−π/4, π/4): the pair is rotated by q quarter turns, which keeps the angle
      // uniform on the circle and the series short.
      const std::uint64_t a = bits[2 * i], b = bits[2 * i + 1];
      const double radius = std::sqrt(-2.0 * pm::log(1.0 - unitInterval(a)));
      const std::uint64_t q = b >> 62;
      const double x = 1.5707963267948966 * (unitInterval(b << 2) - 0.5);
      double sine, cosine;
      pm::sinCosQuarter(x, sine, cosine);
      // The rotation in bits, without branches: odd quarters swap sine and cosine; the second
      // and third flip the first's sign, the third and fourth the second's.
      const std::uint64_t swap = std::uint64_t(0) - (q & 1);
      const std::uint64_t sineBits = pm::bitsOf(sine), cosineBits = pm::bitsOf(cosine);
      const std::uint64_t first = (sineBits & swap) | (cosineBits & ~swap);
      const std::uint64_t second = (cosineBits & swap) | (sineBits & ~swap);
      const std::uint64_t firstSign = ((q ^ (q >> 1)) & 1) << 63, secondSign = (q >> 1) << 63;
      z[2 * i] = radius * pm::fromBits(first ^ firstSign);
      z[2 * i + 1] = radius * pm::fromBits(second ^ secondSign);
    }
    std::copy(z.begin(), z.begin() + static_cast<std::ptrdiff_t>(take), out + done);
  }
}

UncertaintyAssumptions uncertaintyAssumptions(const Scenario& s) {
  UncertaintyAssumptions u;
  u.yearlyShockSdPp = s.value(ParamId::YearlyShockSdPp);
  u.trendShiftSdPp = s.value(ParamId::TrendShiftSdPp);
  u.disasterProbability = s.value(ParamId::DisasterRiskPct) / 100.0;
  return u;
}

Scenario PathDraws::scenarioOf(const Scenario& s, int path) const {
  const auto i = static_cast<size_t>(path);
  Scenario out = s;
  out.at(ParamId::UsdDriftPct).value = usdDriftPct[i];
  out.at(ParamId::VndDeflatorPct).value = vndDeflatorPct[i];
  out.at(ParamId::Alpha).value = alpha[i];
  out.at(ParamId::Beta).value = beta[i];
  out.at(ParamId::Lambda).value = lambda[i];
  out.at(ParamId::GammaInstitutions).value = gammaInstitutions[i];
  out.at(ParamId::GammaRnd).value = gammaRnd[i];
  out.at(ParamId::GammaDigital).value = gammaDigital[i];
  out.at(ParamId::ConstructionLagYears).value = lagYears[i];
  return out;
}

TfpShocks PathDraws::shocksOf(int path) const {
  TfpShocks out;
  for (int year = baseYear + 1; year <= kLastYear; ++year)
    out.pp[static_cast<size_t>(year - kFirstHistoryYear)] = shock(year, path);
  return out;
}

H2045_INSTRUCTION_SET_CLONES
void drawPaths(const Scenario& s, const UncertaintyAssumptions& u, std::uint64_t seed, int paths, PathDraws& out) {
  const auto n = static_cast<size_t>(std::max(paths, 0));
  const auto years = static_cast<size_t>(kLastYear - s.baseYear);
  out.count = int(n);
  out.baseYear = s.baseYear;
  for (auto* v : {&out.trendShiftPp, &out.usdDriftPct, &out.vndDeflatorPct, &out.alpha, &out.beta, &out.lambda,
                  &out.gammaInstitutions, &out.gammaRnd, &out.gammaDigital})
    v->resize(n);
  out.lagYears.resize(n);
  out.shockPp.resize(n * years);
  // Paths are drawn in chunks of kDrawChunk, each from its own stream and always whole (the
  // last chunk's extra paths are drawn and dropped): path i's draws depend on the seed and i
  // only, so a run of fewer paths is the first paths of a longer one (the drag's quick run
  // and the full run share their first paths, and the fan does not jump when a slider is let go).
  constexpr size_t kDrawChunk = 256;
  const size_t normalsAt = 0, uniformsAt = kDrawChunk * kPathNormals, shocksAt = uniformsAt + kDrawChunk * kPathUniforms;
  const size_t rollsAt = shocksAt + kDrawChunk * years, secondAt = rollsAt + kDrawChunk * years;
  out.scratch.resize(secondAt + kDrawChunk);
  const double rho = std::clamp(u.usdDriftTrendCorrelation, -1.0, 1.0);
  const ParamSpec &usd = spec(ParamId::UsdDriftPct), &beta = spec(ParamId::Beta), &alpha = spec(ParamId::Alpha);
  const double gammaInst = s.value(ParamId::GammaInstitutions);
  const double k = std::clamp(u.gammaInstitutionsSpread, 0.0, 1.0);
  const auto& lagSpec = spec(ParamId::ConstructionLagYears);
  double lagTotal = 0;
  for (double w : u.lagOffsetProbabilities) lagTotal += std::max(w, 0.0);
  const double first = u.disasterFirstYearPp, low = u.disasterSecondYearLowPp;
  const double width = u.disasterSecondYearHighPp - u.disasterSecondYearLowPp;

  for (size_t chunkStart = 0; chunkStart < n; chunkStart += kDrawChunk) {
    RandomStream random(seed + 0x9E3779B97F4A7C15ULL * (chunkStart / kDrawChunk));
    const size_t m = std::min(kDrawChunk, n - chunkStart);
    double* normal = out.scratch.data() + normalsAt;
    double* uniform = out.scratch.data() + uniformsAt;
    double* shock = out.scratch.data() + shocksAt;  // [year][path in chunk]
    double* roll = out.scratch.data() + rollsAt;
    double* second = out.scratch.data() + secondAt;  // 1 in a disaster's second year
    random.normals(normal, kDrawChunk * kPathNormals);
    random.uniforms(uniform, kDrawChunk * kPathUniforms);
    random.normals(shock, kDrawChunk * years);
    random.uniforms(roll, kDrawChunk * years);

    // Once per path: the trend shift and, correlated with it, the US price drift; the VND
    // price; the elasticities, the γs, λ and the construction lag.
    for (size_t i = 0; i < m; ++i) {
      const size_t p = chunkStart + i;
      const double* z = normal + i * kPathNormals;
      const double* v = uniform + i * kPathUniforms;
      out.trendShiftPp[p] = u.trendShiftSdPp * z[kTrendNormal];
      const double usdNormal = rho * z[kTrendNormal] + std::sqrt(1.0 - rho * rho) * z[kUsdNormal];
      out.usdDriftPct[p] = std::clamp(s.value(ParamId::UsdDriftPct) + u.usdDriftSdPp * usdNormal, usd.minValue, usd.maxValue);
      out.vndDeflatorPct[p] = clampToRange(ParamId::VndDeflatorPct, s.value(ParamId::VndDeflatorPct) + u.vndDeflatorSdPp * z[kVndNormal]);
      out.beta[p] = truncatedNormal(z + kBetaNormals, kTruncatedNormalTries, s.value(ParamId::Beta), u.betaSd, beta.minValue, beta.maxValue);
      out.alpha[p] = truncatedNormal(z + kAlphaNormals, kTruncatedNormalTries, s.value(ParamId::Alpha), u.alphaSd, alpha.minValue, alpha.maxValue);
      out.gammaInstitutions[p] = clampToRange(ParamId::GammaInstitutions, triangular(v[kGammaInstitutionsUniform], gammaInst * (1.0 - k),
                                                                                     gammaInst, gammaInst * (1.0 + k)));
      auto around = [&](ParamId param, double halfWidth, double draw) {
        return clampToRange(param, s.value(param) + halfWidth * (2.0 * draw - 1.0));
      };
      out.gammaRnd[p] = around(ParamId::GammaRnd, u.gammaRndHalfWidth, v[kGammaRndUniform]);
      out.gammaDigital[p] = around(ParamId::GammaDigital, u.gammaDigitalHalfWidth, v[kGammaDigitalUniform]);
      out.lambda[p] = around(ParamId::Lambda, u.lambdaHalfWidth, v[kLambdaUniform]);
      // The lag offset: the first whose cumulative probability passes the draw.
      int offset = 0;
      if (lagTotal > 0) {
        const double draw = v[kLagUniform] * lagTotal;
        double cumulative = 0;
        offset = int(u.lagOffsetProbabilities.size()) - 1;
        for (size_t j = 0; j < u.lagOffsetProbabilities.size(); ++j) {
          cumulative += std::max(u.lagOffsetProbabilities[j], 0.0);
          if (draw < cumulative) {
            offset = int(j);
            break;
          }
        }
        offset += UncertaintyAssumptions::kFirstLagOffset;
      }
      out.lagYears[p] = int(std::clamp(s.value(ParamId::ConstructionLagYears) + offset, lagSpec.minValue, lagSpec.maxValue));
    }

    // Every projected year: an ordinary shock, the path's trend shift, and now and then a
    // disaster that lasts two years. Years outer, paths inner: each year's loop runs on
    // several paths at once.
    std::fill(second, second + kDrawChunk, 0.0);
    const double* shift = out.trendShiftPp.data() + chunkStart;
    for (size_t y = 0; y < years; ++y) {
      const double* z = shock + y * kDrawChunk;
      const double* r = roll + y * kDrawChunk;
      double* to = out.shockPp.data() + y * n + chunkStart;
      for (size_t i = 0; i < m; ++i) {
        const bool inSecondYear = second[i] != 0.0;
        const bool starts = !inSecondYear && r[i] < u.disasterProbability;
        const double disaster = inSecondYear ? low + width * r[i] : (starts ? first : 0.0);
        second[i] = starts ? 1.0 : 0.0;
        const double pp = shift[i] + u.yearlyShockSdPp * z[i] + disaster;
        to[i] = std::clamp(pp, -kMaxTfpShockPp, kMaxTfpShockPp);
      }
    }
  }
}

namespace {

// What every path shares: the single run's policy, labour and schooling (no drawn quantity
// enters them) and the calibration's growth rates and capital ratios.
struct SharedPath {
  bool ok = false;
  int baseYear = 0, years = 0;  // projected years
  Trajectory single;
  double gStar = 0, labourGrowth = 0, humanCapitalGrowth = 0, longRunGrowth = 0;
  double y0 = 0, kp0 = 0, kg0 = 0, lnKp0 = 0, lnKg0 = 0;
  std::array<double, kMaxYears> lnL{}, phi{};
  double usdPerMvndBase = 0, usdPrice2025 = 1, baseRate = 0;
  // Past years' USD price growth and conversion rates (NaN after the data: the path's own).
  std::array<double, kMaxYears> pastUsdGrowth{}, pastRate{};
};

bool prepare(const Scenario& s, const HistoricalData& data, SharedPath& c) {
  c.ok = false;
  if (validate(s, data)) return false;
  simulate(s, data, c.single);
  const Calibration cal = calibrate(s, data);
  c.baseYear = s.baseYear;
  c.years = kLastYear - s.baseYear;
  if (!cal.ok || c.single.count != c.years + 1) return false;
  c.gStar = cal.targetGrowthPct / 100.0;
  c.labourGrowth = cal.labourGrowthPct / 100.0;
  c.humanCapitalGrowth = cal.humanCapitalGrowthPct / 100.0;
  c.longRunGrowth = s.value(ParamId::LongRunGrowthPct) / 100.0;
  c.y0 = cal.basePerCapitaMvnd * cal.basePopulation;
  c.kp0 = cal.privateCapitalOutput * c.y0;
  c.kg0 = cal.publicCapitalOutput * c.y0;
  c.lnKp0 = pm::log(c.kp0);
  c.lnKg0 = pm::log(c.kg0);
  const int schedule = int(s.value(ParamId::SchoolingReturns));
  for (int k = 0; k <= c.years; ++k) {
    const YearResult& row = c.single.rows[static_cast<size_t>(k)];
    c.lnL[static_cast<size_t>(k)] = pm::log(row.employment);
    c.phi[static_cast<size_t>(k)] = schoolingReturn(row.schoolingYears, schedule, pm::pow);
    const int year = c.baseYear + k;
    double growth = kMissing, rate = kMissing;
    if (year <= kLastHistoryYear && k > 0) {
      growth = historicalPriceGrowth(data, year - 1, year).usdPct / 100.0;
      rate = data.value(year, HistoryField::VndPerUsd);
    }
    c.pastUsdGrowth[static_cast<size_t>(k)] = growth;
    c.pastRate[static_cast<size_t>(k)] = rate;
  }
  c.baseRate = cal.baseVndPerUsd;
  c.usdPerMvndBase = 1e6 / cal.baseVndPerUsd;
  // The single run's factor to 2025 prices, recovered from its base row.
  const YearResult& base = c.single.rows[0];
  c.usdPrice2025 = base.grdpPerCapitaUsd2025 / base.grdpPerCapitaUsd;
  c.ok = true;
  return true;
}

// Each path's own state, one array per quantity ("structure of arrays"): the yearly loop over
// paths reads and writes neighbouring doubles, so it runs several paths per instruction.
enum PathArray {
  kOutput, kPrivateCapital, kPublicCapital, kLnPrivateCapital, kLnPublicCapital, kTfpAboveBaseline,
  kTrendExcess, kLongRunTfp, kLabourShare, kUsdPrice, kRate, kDepreciation,
  kCurrentUsd, kConstantUsd, kMillionVnd, kTfpFactor,
  kGammaInstitutionsShare, kGammaRndShare, kGammaDigitalShare, kDriftShare, kPathArrays
};
constexpr int kPipelineSlots = 16;  // the farthest arrival is 7 years + 1 ahead (the lag's maximum)

// One projected year's quantities that every path shares.
struct SharedYear {
  double deltaP, deltaG, persistence, otherShare, privateShare, dPhi, dLnL, institutions, rnd, digital;
  double growthFromData, growthProjected, rateFromData, rateProjected, population, usdPerMvndBase, usdPrice2025;
  const double* shock;
  double* arrivingNow;
  double* otherSlot;
};

// The year of every path, as simulate() computes it for one (src/model/simulate.cpp). Built
// once per instruction set where the compiler can (AVX-512, AVX2, the baseline); the same
// operations in the same order, so the same bits whichever runs.
H2045_INSTRUCTION_SET_CLONES
void advanceYear(const SharedYear& year, const PathDraws& d, double* state, size_t n) {
  auto array = [&](PathArray a) { return state + static_cast<size_t>(a) * n; };
  double* Y = array(kOutput);
  double* Kp = array(kPrivateCapital);
  double* Kg = array(kPublicCapital);
  double* lnKp = array(kLnPrivateCapital);
  double* lnKg = array(kLnPublicCapital);
  double* above = array(kTfpAboveBaseline);
  double* excess = array(kTrendExcess);
  const double* longRun = array(kLongRunTfp);
  const double* labourShare = array(kLabourShare);
  double* usdPrice = array(kUsdPrice);
  double* rate = array(kRate);
  const double* depreciation = array(kDepreciation);
  double* currentUsd = array(kCurrentUsd);
  double* constantUsd = array(kConstantUsd);
  double* millionVnd = array(kMillionVnd);
  double* tfpFactor = array(kTfpFactor);
  const double* alpha = d.alpha.data();
  const double* beta = d.beta.data();
  const double* lambda = d.lambda.data();
  const double* gammaI = array(kGammaInstitutionsShare);
  const double* gammaR = array(kGammaRndShare);
  const double* gammaD = array(kGammaDigitalShare);
  const double* drift = array(kDriftShare);
  const double* shock = year.shock;
  double* arrivingNow = year.arrivingNow;
  double* otherSlot = year.otherSlot;
  const double deltaP = year.deltaP, deltaG = year.deltaG, persistence = year.persistence;
  const double otherShare = year.otherShare, privateShare = year.privateShare, dPhi = year.dPhi, dLnL = year.dLnL;
  const double institutionsTenth = year.institutions / 10.0, rnd = year.rnd, digital = year.digital;
  const double growthFromData = year.growthFromData, growthProjected = year.growthProjected;
  const double rateFromData = year.rateFromData, rateProjected = year.rateProjected;
  const double usdPerPersonPerOutput = year.usdPerMvndBase / year.population, usdPrice2025 = year.usdPrice2025;
  H2045_INDEPENDENT_ITERATIONS
  for (size_t p = 0; p < n; ++p) {
    // Every load first and both sides of every choice computed: the loop body has no
    // branches, which is what lets it run on several paths at once.
    const double y = Y[p], kp = Kp[p], kg = Kg[p], lnKpLast = lnKp[p], lnKgLast = lnKg[p];
    const double b = beta[p], ls = labourShare[p], lastRate = rate[p];
    otherSlot[p] += otherShare * y;
    const double KpNext = (1.0 - deltaP) * kp + privateShare * y;
    const double KgNext = (1.0 - deltaG) * kg + arrivingNow[p];
    arrivingNow[p] = 0.0;  // the slot comes round again in kPipelineSlots years
    const double lnKpNext = pm::log(KpNext);
    // simulate() keeps ln Kg when β = 0; here it moves, but only β times its change counts.
    const double lnKgNext = pm::log(KgNext);
    const double gBaseline = longRun[p] + excess[p];
    excess[p] *= persistence;
    // Products where simulate() divides (by 100 and 10): the same up to the last bit, and
    // divisions are the slowest of the operations here.
    double gA = gBaseline - lambda[p] * above[p] + gammaI[p] * institutionsTenth + gammaR[p] * rnd + gammaD[p] * digital;
    gA += shock[p] * 0.01;
    const double dlnA = pm::log(1.0 + gA);
    tfpFactor[p] = 1.0 + gA;
    above[p] += dlnA - pm::log(1.0 + gBaseline);
    const double logGrowth = dlnA + alpha[p] * (lnKpNext - lnKpLast) + b * (lnKgNext - lnKgLast) + ls * dPhi + ls * dLnL;
    const double growth = pm::exp(logGrowth) - 1.0;
    const double projectedRate = lastRate * (1.0 + depreciation[p]);
    const double nextRate = rateFromData + rateProjected * projectedRate;
    rate[p] = nextRate;
    const double priceGrowth = growthFromData + growthProjected * drift[p];
    const double price = usdPrice[p] * (1.0 + priceGrowth);
    usdPrice[p] = price;
    const double yNext = y * (1.0 + growth);
    Y[p] = yNext;
    Kp[p] = KpNext, Kg[p] = KgNext, lnKp[p] = lnKpNext, lnKg[p] = lnKgNext;
    const double realPerCapitaUsdBase = yNext * usdPerPersonPerOutput;
    const double current = realPerCapitaUsdBase * price;
    currentUsd[p] = current;
    constantUsd[p] = realPerCapitaUsdBase * usdPrice2025;
    millionVnd[p] = current * nextRate * 1e-6;
  }
}

// Runs every path of `draws` from the base year to kLastYear; after each year (the base year
// first) calls sink(yearIndex, currentUsd, constantUsd, millionVnd) with one value per path.
// False (and no more calls) if the scenario is invalid or a path left the model's domain.
template <class Sink>
bool runPaths(const Scenario& s, const SharedPath& c, const PathDraws& d, MonteCarloWork& w, Sink&& sink) {
  const auto n = static_cast<size_t>(d.count);
  if (!c.ok || n == 0 || d.baseYear != c.baseYear) return false;
  w.paths.assign(n * (kPathArrays + kPipelineSlots), 0.0);
  w.slots.resize(n);
  auto array = [&](PathArray a) { return w.paths.data() + static_cast<size_t>(a) * n; };
  double* Y = array(kOutput);
  double* Kp = array(kPrivateCapital);
  double* Kg = array(kPublicCapital);
  double* lnKp = array(kLnPrivateCapital);
  double* lnKg = array(kLnPublicCapital);
  double* excess = array(kTrendExcess);
  double* longRun = array(kLongRunTfp);
  double* labourShare = array(kLabourShare);
  double* usdPrice = array(kUsdPrice);
  double* rate = array(kRate);
  double* depreciation = array(kDepreciation);
  double* currentUsd = array(kCurrentUsd);
  double* constantUsd = array(kConstantUsd);
  double* millionVnd = array(kMillionVnd);
  double* tfpFactor = array(kTfpFactor);  // 1 + this year's TFP growth
  double* gammaInstitutionsShare = array(kGammaInstitutionsShare);
  double* gammaRndShare = array(kGammaRndShare);
  double* gammaDigitalShare = array(kGammaDigitalShare);
  double* driftShare = array(kDriftShare);
  double* pipeline = array(kPathArrays);  // [slot % kPipelineSlots][path]
  int* citySlot = w.slots.data();
  auto slot = [&](int k) { return pipeline + static_cast<size_t>(k % kPipelineSlots) * n; };

  const double deltaP = s.value(ParamId::DeltaPrivate), deltaG = s.value(ParamId::DeltaPublic);
  const double persistence = 1.0 - s.value(ParamId::GrowthRegression);
  const double eps0 = spec(ParamId::InvestmentEfficiency).defaultValue;
  const double i0 = spec(ParamId::InstitutionalQualityTarget).defaultValue;
  const double r0 = spec(ParamId::RndPct).defaultValue;
  const double d0 = spec(ParamId::DigitalGovernmentPct).defaultValue / 100.0;
  const int lag0 = int(spec(ParamId::ConstructionLagYears).defaultValue);
  const int lagStart = s.at(ParamId::ConstructionLagYears).startYear;

  // The base year: the calibration on each path's elasticities (TFP growth on the balanced
  // path, and its long-run rate), the capital stocks and the pipeline of past vintages.
  const double balanced = (1.0 + c.gStar) / ((1.0 + c.humanCapitalGrowth) * (1.0 + c.labourGrowth));
  const double lnBalanced = pm::log(balanced), lnLongRun = pm::log(1.0 + c.longRunGrowth);
  const double vintage = spec(ParamId::InvestmentEfficiency).defaultValue *
                         (spec(ParamId::DisbursementPct).defaultValue / 100.0 * spec(ParamId::PublicInvestmentPct).defaultValue / 100.0 +
                          spec(ParamId::OtherPublicInvestmentPct).defaultValue / 100.0) * c.y0;
  for (int k = 0; k < lag0; ++k) {
    const double arrival = vintage * pm::pow(1.0 + c.gStar, -(lag0 - k));
    std::fill(slot(k), slot(k) + n, arrival);
  }
  const YearResult& base = c.single.rows[0];
  for (size_t p = 0; p < n; ++p) {
    labourShare[p] = 1.0 - d.alpha[p] - d.beta[p];
    const double gTrend = pm::exp(labourShare[p] * lnBalanced) - 1.0;
    longRun[p] = pm::exp(labourShare[p] * lnLongRun) - 1.0;
    excess[p] = gTrend - longRun[p];
    Y[p] = c.y0;
    Kp[p] = c.kp0, Kg[p] = c.kg0, lnKp[p] = c.lnKp0, lnKg[p] = c.lnKg0;
    usdPrice[p] = 1.0;
    rate[p] = c.baseRate;
    depreciation[p] = (1.0 + d.vndDeflatorPct[p] / 100.0) / (1.0 + d.usdDriftPct[p] / 100.0) - 1.0;
    gammaInstitutionsShare[p] = d.gammaInstitutions[p] / 100.0;
    gammaRndShare[p] = d.gammaRnd[p] / 100.0;
    gammaDigitalShare[p] = d.gammaDigital[p] / 100.0;
    driftShare[p] = d.usdDriftPct[p] / 100.0;
    citySlot[p] = lag0 - 1;
    currentUsd[p] = base.grdpPerCapitaUsd;
    constantUsd[p] = base.grdpPerCapitaUsd2025;
    millionVnd[p] = base.grdpPerCapitaMvnd;
  }
  sink(0, currentUsd, constantUsd, millionVnd);

  for (int k = 1; k <= c.years; ++k) {
    const int year = c.baseYear + k;
    const YearResult& last = c.single.rows[static_cast<size_t>(k - 1)];
    const YearResult& row = c.single.rows[static_cast<size_t>(k)];
    // The pipeline: last year's public investment waits its lag. The city's projects finish in
    // the order they were started, each path with its own lag (a scattered store, so a loop of
    // its own); the other state-funded projects arrive after the historical lag.
    const bool lagActive = year - 1 > c.baseYear && year - 1 >= lagStart;
    const double cityShare = last.effectivePublicInvestmentPct / 100.0;
    for (size_t p = 0; p < n; ++p) {
      const int lag = lagActive ? d.lagYears[p] : lag0;
      citySlot[p] = std::max(k - 1 + lag, citySlot[p]);
      slot(citySlot[p])[p] += cityShare * Y[p];
    }
    double* arrivingNow = slot(k - 1);
    double* otherSlot = slot(k - 1 + lag0);
    const double otherShare = eps0 * (last.otherPublicInvestmentPct / 100.0);
    const double privateShare = last.privateInvestmentPct / 100.0;
    const double dPhi = c.phi[static_cast<size_t>(k)] - c.phi[static_cast<size_t>(k - 1)];
    const double dLnL = c.lnL[static_cast<size_t>(k)] - c.lnL[static_cast<size_t>(k - 1)];
    const double institutions = row.institutionalIndex - i0, rnd = row.rndPct - r0, digital = row.digitalGovernment - d0;
    const double pastGrowth = c.pastUsdGrowth[static_cast<size_t>(k)], pastRate = c.pastRate[static_cast<size_t>(k)];
    // The data's value where there is one, else the path's own: as sums, exact either way
    // (x + 0·y and 0 + 1·y), which keep the loop free of choices.
    const bool knownGrowth = std::isfinite(pastGrowth), knownRate = std::isfinite(pastRate);
    const double growthFromData = knownGrowth ? pastGrowth : 0.0, growthProjected = knownGrowth ? 0.0 : 1.0;
    const double rateFromData = knownRate ? pastRate : 0.0, rateProjected = knownRate ? 0.0 : 1.0;
    const SharedYear shared{deltaP, deltaG, persistence, otherShare, privateShare, dPhi, dLnL, institutions, rnd, digital,
                            growthFromData, growthProjected, rateFromData, rateProjected, row.population,
                            c.usdPerMvndBase, c.usdPrice2025, d.shockPp.data() + static_cast<size_t>(k - 1) * n,
                            arrivingNow, otherSlot};
    advanceYear(shared, d, w.paths.data(), n);
    // TFP growth of −100 % or below cannot happen within the ranges (shocks are capped at
    // ±30 pp); if it ever did, the whole run is refused rather than a path's logarithm faked.
    // (Checked in a loop of its own: a comparison in the loop above keeps it from running
    // several paths at once.)
    int outsideDomain = 0;
    for (size_t p = 0; p < n; ++p) outsideDomain |= !(tfpFactor[p] > 0.0);
    if (outsideDomain) return false;
    sink(k, currentUsd, constantUsd, millionVnd);
  }
  return true;
}

// Each value's bucket: (value − low)·scale, whole, at most buckets − 1. Monotone in the value,
// so the buckets are in the values' order.
H2045_INSTRUCTION_SET_CLONES
void bucketIndices(const double* values, size_t n, double low, double scale, int buckets, std::uint16_t* out) {
  const double top = double(buckets - 1);
  for (size_t i = 0; i < n; ++i) {
    const double position = (values[i] - low) * scale;
    out[i] = static_cast<std::uint16_t>(position < top ? position : top);
  }
}

// Order statistics at `ranks` (ascending) of values[0..n), exactly, in a few passes: a monotone
// bucket index sorts the values coarsely, and only the buckets that hold a wanted rank are
// ordered. Leaves `values` as they are.
template <size_t R>
void orderStatistics(const double* values, size_t n, const std::array<size_t, R>& ranks, MonteCarloWork& w,
                     std::array<double, R>& out) {
  constexpr int kBuckets = 1024;
  double low = values[0], high = values[0];
  for (size_t i = 1; i < n; ++i) {
    low = values[i] < low ? values[i] : low;
    high = values[i] > high ? values[i] : high;
  }
  const double scale = double(kBuckets) / (high - low);
  // (low and high by plain loops: the compiler turns them into packed minimum and maximum.)
  if (!(high > low) || !std::isfinite(scale)) {
    // All equal (or a range too narrow to bucket): order them all.
    w.candidates.assign(values, values + n);
    for (size_t r = 0; r < R; ++r) {
      std::nth_element(w.candidates.begin(), w.candidates.begin() + static_cast<std::ptrdiff_t>(ranks[r]), w.candidates.end());
      out[r] = w.candidates[ranks[r]];
    }
    return;
  }
  w.buckets.resize(n);
  std::array<std::uint32_t, kBuckets + 1> start{};
  bucketIndices(values, n, low, scale, kBuckets, w.buckets.data());
  for (size_t i = 0; i < n; ++i) ++start[w.buckets[i] + 1u];
  for (int b = 0; b < kBuckets; ++b) start[static_cast<size_t>(b) + 1] += start[static_cast<size_t>(b)];
  // The buckets holding the ranks, and where each one's values go in `candidates`.
  std::array<std::int32_t, kBuckets> where;
  where.fill(-1);
  std::array<std::uint16_t, R> bucketOf{};
  size_t total = 0;
  for (size_t r = 0; r < R; ++r) {
    const auto rank = static_cast<std::uint32_t>(ranks[r]);
    const auto b = static_cast<std::uint16_t>(std::upper_bound(start.begin(), start.end(), rank) - start.begin() - 1);
    bucketOf[r] = b;
    if (where[b] < 0) {
      where[b] = std::int32_t(total);
      total += start[b + 1u] - start[b];
    }
  }
  w.candidates.resize(total);
  std::array<std::uint32_t, kBuckets> fill{};
  for (size_t i = 0; i < n; ++i) {
    const std::uint16_t b = w.buckets[i];
    if (where[b] >= 0) w.candidates[static_cast<size_t>(where[b]) + fill[b]++] = values[i];
  }
  for (size_t r = 0; r < R; ++r) {
    const std::uint16_t b = bucketOf[r];
    const auto first = w.candidates.begin() + where[b];
    const auto last = first + static_cast<std::ptrdiff_t>(start[b + 1u] - start[b]);
    const auto nth = first + static_cast<std::ptrdiff_t>(ranks[r] - start[b]);
    std::nth_element(first, nth, last);
    out[r] = *nth;
  }
}

// The five percentiles of n values, linear between order statistics.
std::array<double, kBandPercentiles.size()> percentiles(const double* values, size_t n, MonteCarloWork& w) {
  constexpr size_t P = kBandPercentiles.size();
  std::array<size_t, 2 * P> ranks{};
  std::array<double, 2 * P> fraction{};
  for (size_t i = 0; i < P; ++i) {
    const double rank = kBandPercentiles[i] / 100.0 * double(n - 1);
    const auto below = static_cast<size_t>(std::floor(rank));
    ranks[2 * i] = below;
    ranks[2 * i + 1] = std::min(below + 1, n - 1);
    fraction[i] = rank - double(below);
  }
  std::array<double, 2 * P> at{};
  orderStatistics(values, n, ranks, w, at);
  std::array<double, P> out{};
  for (size_t i = 0; i < P; ++i) out[i] = at[2 * i] + fraction[i] * (at[2 * i + 1] - at[2 * i]);
  return out;
}

}  // namespace

void simulatePaths(const Scenario& s, const HistoricalData& data, const PathDraws& draws, PathValues& out) {
  out = PathValues{};
  SharedPath shared;
  if (!prepare(s, data, shared)) return;
  const auto n = static_cast<size_t>(draws.count);
  out.count = draws.count;
  out.baseYear = s.baseYear;
  for (auto& v : out.values) v.assign(n * static_cast<size_t>(shared.years + 1), kMissing);
  MonteCarloWork work;
  out.ok = runPaths(s, shared, draws, work, [&](int k, const double* current, const double* constant, const double* vnd) {
    const auto at = static_cast<std::ptrdiff_t>(static_cast<size_t>(k) * n);
    std::copy(current, current + n, out.values[static_cast<size_t>(ValueUnit::CurrentUsd)].begin() + at);
    std::copy(constant, constant + n, out.values[static_cast<size_t>(ValueUnit::ConstantUsd2025)].begin() + at);
    std::copy(vnd, vnd + n, out.values[static_cast<size_t>(ValueUnit::MillionVnd)].begin() + at);
  });
}

const YearBands* MonteCarloResult::find(int year) const {
  for (const YearBands& y : years)
    if (y.year == year) return &y;
  return nullptr;
}

void runMonteCarlo(const Scenario& s, const HistoricalData& data, const TargetSet& targets,
                   const UncertaintyAssumptions& u, const MonteCarloOptions& options, MonteCarloResult& out) {
  MonteCarloWork work;
  runMonteCarlo(s, data, targets, u, options, work, out);
}

void runMonteCarlo(const Scenario& s, const HistoricalData& data, const TargetSet& targets,
                   const UncertaintyAssumptions& u, const MonteCarloOptions& options, MonteCarloWork& work,
                   MonteCarloResult& out) {
  out.paths = 0;
  out.seed = options.seed;
  out.years.clear();
  out.targets.clear();
  if (options.paths < 1 || options.paths > kMaxMonteCarloPaths) return;
  SharedPath shared;
  if (!prepare(s, data, shared)) return;
  drawPaths(s, u, options.seed, options.paths, work.draws);
  const auto n = static_cast<size_t>(options.paths);
  out.years.resize(static_cast<size_t>(shared.years + 1));
  for (const Target& t : targets.targets)
    if (t.year > s.baseYear && t.year <= kLastYear) out.targets.push_back(TargetChance{t, 0.0});
  const bool ran = runPaths(s, shared, work.draws, work, [&](int k, const double* current, const double* constant, const double* vnd) {
    const int year = s.baseYear + k;
    std::array<const double*, static_cast<size_t>(ValueUnit::Count)> unit{};
    unit[static_cast<size_t>(ValueUnit::CurrentUsd)] = current;
    unit[static_cast<size_t>(ValueUnit::ConstantUsd2025)] = constant;
    unit[static_cast<size_t>(ValueUnit::MillionVnd)] = vnd;
    YearBands& bands = out.years[static_cast<size_t>(k)];
    bands.year = year;
    for (size_t i = 0; i < unit.size(); ++i) bands.value[i] = percentiles(unit[i], n, work);
    for (TargetChance& chance : out.targets) {
      if (chance.target.year != year) continue;
      size_t met = 0;
      for (size_t p = 0; p < n; ++p) met += current[p] >= chance.target.lowUsd;
      chance.probability = double(met) / double(n);
    }
  });
  if (!ran) {
    out.years.clear();
    out.targets.clear();
    return;
  }
  out.paths = options.paths;
}

}  // namespace h2045
