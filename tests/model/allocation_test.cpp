// simulate() must not touch the heap: the interface runs it many times per frame, and the web
// build's allocator is slow. Global operator new is replaced in this test binary to count calls.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "test_support.h"

namespace {
std::atomic<long> gAllocations{0};
}

void* operator new(std::size_t size) {
  ++gAllocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
// The nothrow forms too (std::stable_sort's buffer uses them): every new here pairs with the
// deletes above, which AddressSanitizer checks.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  ++gAllocations;
  return std::malloc(size ? size : 1);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

using namespace h2045;

TEST(Allocation, SimulateAllocatesNothing) {
  const HistoricalData& data = test::hanoiData();  // loaded (and allocated) before counting
  Scenario s = Scenario::defaults();
  s.at(ParamId::PublicInvestmentPct).value = 9;
  s.at(ParamId::InstitutionalQualityTarget).value = 85;
  TfpShocks shocks;
  shocks.pp[2030 - kFirstHistoryYear] = -4;
  Trajectory t;
  const long before = gAllocations.load();
  for (int base : {2020, 2025}) {
    s.baseYear = base;
    simulate(s, data, t);
    simulate(s, data, &shocks, t);
    (void)calibrate(s, data);
  }
  const long after = gAllocations.load();
  EXPECT_EQ(after - before, 0);
  EXPECT_GT(t.count, 0);
  // The counter works: a vector allocates.
  std::vector<int>* v = new std::vector<int>(10);
  delete v;
  EXPECT_GE(gAllocations.load() - after, 2);
}
