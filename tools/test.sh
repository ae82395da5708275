#!/usr/bin/env bash
# Builds everything (native app, CLI, tests, benchmark, web app) and runs every test through
# ctest: GoogleTest unit tests, the CLI tests, the native smoke test under Xvfb and the browser
# tests (playwright-core + Debian's Chromium against build/web/site); then the model, scenario
# and interface unit tests again under AddressSanitizer and UBSan (build/native-asan), and the
# benchmark once, briefly (figures printed, nothing timed is asserted). The bounded fuzz runs
# (label fuzz: 100,000 executions of each target, about 40 s together) have a stage of their own.
#   tools/test.sh                 set up what is missing, build, test
#   H2045_SKIP_SETUP=1 tools/test.sh   skip the set-up check
set -Eeuo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
start=$(date +%s)
current="start"
step() { current=$*; printf '[test] %s (%ds)\n' "$*" $(( $(date +%s) - start )); }
trap 'printf "[test] FAILED during \"%s\" (exit %d after %ds): see the messages above.\n" "$current" $? $(( $(date +%s) - start )) >&2' ERR

if [ "${H2045_SKIP_SETUP:-0}" != 1 ]; then
  step "set-up"
  tools/setup.sh
fi

step "native build (build/native)"
mkdir -p build
cmake --preset native >build/native-configure.log 2>&1 || { cat build/native-configure.log; exit 1; }
cmake --build --preset native

step "web build (build/web/site)"
H2045_SKIP_SETUP=1 tools/build-web.sh

step "tests"
ctest --preset native -LE fuzz

step "fuzz: bounded runs of the scenario reader and the share-link decoder (libFuzzer, ASan, UBSan)"
ctest --preset native -L fuzz

# Only what the unit tests of the model, the scenario layer and the interface need: a debug
# build under ASan + UBSan is slow to compile, and the CLI, the app and the browser are
# already tested above.
step "sanitizer build (build/native-asan: model, scenario and interface tests)"
cmake --preset native-asan -DH2045_BUILD_CLI=OFF -DH2045_BROWSER_TESTS=OFF -DH2045_BUILD_FUZZ=OFF \
  >build/native-asan-configure.log 2>&1 || { cat build/native-asan-configure.log; exit 1; }
cmake --build --preset native-asan --target h2045_model_tests h2045_scenario_tests h2045_app_tests

step "tests under AddressSanitizer and UBSan"
ctest --preset native-asan -L '^(model|scenario|app)$'

step "benchmark (figures only)"
build/native/bin/h2045_model_bench --benchmark_min_time=0.05

step "all tests passed"
