#!/usr/bin/env bash
# Installs what the build and the tests need, and nothing more. Idempotent: on a
# ready machine it only checks and returns in a few seconds.
#   tools/setup.sh            everything (native app, CLI, tests, web app, browser tests)
#   tools/setup.sh --native   only what the native build and native tests need
#   tools/setup.sh --web      only what building the web app needs (tools/serve.sh)
# Everything comes from Debian packages (plus playwright-core from npm for the browser
# tests); Dear ImGui and SDL2 sources come from Debian's source packages into build/_deps.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
deps="$here/build/_deps"
want_native=1 want_web=1 want_browser=1
case "${1:-}" in
  "") ;;
  --native) want_web=0 want_browser=0 ;;
  --web) want_native=0 want_browser=0 ;;
  -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
  *) echo "usage: tools/setup.sh [--native | --web]" >&2; exit 2 ;;
esac

say()  { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

[ -r /etc/debian_version ] || fail "This script expects Debian 12 (bookworm). On another system install the packages listed in tools/setup.sh by hand."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "Run as root, or install sudo: packages must be installed."
  sudo="sudo"
fi

common_pkgs=(cmake ninja-build dpkg-dev fonts-noto-core nlohmann-json3-dev)
native_pkgs=(g++ pkg-config libsdl2-dev libgl-dev libgles-dev libgtest-dev libbenchmark-dev
             libstb-dev libcli11-dev xvfb xauth imagemagick)
web_pkgs=(emscripten fonttools)   # fonttools: pyftsubset cuts the bundled font to Latin + Vietnamese
browser_pkgs=(chromium)
pkgs=("${common_pkgs[@]}")
[ $want_native = 1 ] && pkgs+=("${native_pkgs[@]}")
[ $want_web = 1 ] && pkgs+=("${web_pkgs[@]}")
[ $want_browser = 1 ] && pkgs+=("${browser_pkgs[@]}")
# Node.js may come from elsewhere than Debian; only its commands matter.
if [ $want_web = 1 ] || [ $want_browser = 1 ]; then
  command -v node >/dev/null || pkgs+=(nodejs)
fi
if [ $want_browser = 1 ]; then
  command -v npm >/dev/null || pkgs+=(npm)
fi

missing=()
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${pkgs[@]}" 2>/dev/null | awk '/install ok installed/ { print $1 }')
for p in "${pkgs[@]}"; do
  grep -qx "$p" <<<"$installed" || missing+=("$p")
done

# Source lines are needed for `apt-get source imgui libsdl2`.
sources=/etc/apt/sources.list.d/debian.sources
need_src=0
if [ ! -f "$deps/.sources-ok" ]; then
  if [ -f "$sources" ] && ! grep -q '^Types: deb deb-src' "$sources"; then
    say "enabling Debian source lines in $sources"
    $sudo sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"
    need_src=1
  elif [ ! -f "$sources" ] && ! grep -rqs '^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    fail "No deb-src lines found and no $sources to rewrite. Add deb-src lines for bookworm main, then re-run."
  fi
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_src = 1 ]; then
  say "installing: ${missing[*]:-(source lists only)}"
  $sudo apt-get update -q || fail "apt-get update failed: check the network and /etc/apt sources."
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" \
      || fail "apt-get install failed for: ${missing[*]}. Check the messages above (disk space, network, held packages)."
  fi
fi

mkdir -p "$deps"

# Dear ImGui and SDL2 sources from Debian's source packages (orig tarball + Debian patches).
fetch_source() {  # $1 package, $2 glob of the unpacked folder
  local found
  found=$(ls -d "$deps"/$2 2>/dev/null | head -n 1 || true)
  if [ -z "$found" ]; then
    say "fetching Debian source package $1"
    (cd "$deps" && apt-get source -q "$1" >"$deps/$1-source.log" 2>&1) || {
      # A fresh source list may not be in apt's cache yet.
      $sudo apt-get update -q >/dev/null
      (cd "$deps" && apt-get source -q "$1" >"$deps/$1-source.log" 2>&1) \
        || fail "apt-get source $1 failed (see $deps/$1-source.log)."
    }
  fi
}
fetch_source imgui 'imgui-1.*'
touch "$deps/.sources-ok"
imgui_dir=$(ls -d "$deps"/imgui-1.* | head -n 1)
ln -sfn "$(basename "$imgui_dir")" "$deps/imgui"

if [ $want_web = 1 ]; then
  export NODE_PATH=/usr/share/nodejs  # Debian's emcc finds node-acorn there
  sdl_prefix="$deps/sdl2-wasm"
  if [ ! -f "$sdl_prefix/lib/libSDL2.a" ]; then
    fetch_source libsdl2 'libsdl2-2.*'
    sdl_src=$(ls -d "$deps"/libsdl2-2.* | head -n 1)
    say "building SDL2 for WebAssembly (once; 3 to 5 minutes)"
    rm -rf "$deps/sdl2-wasm-build"
    emcmake cmake -S "$sdl_src" -B "$deps/sdl2-wasm-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX="$sdl_prefix" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
      -DSDL_PTHREADS=OFF -DSDL_THREADS=OFF >"$deps/sdl2-wasm.log" 2>&1 \
      || fail "configuring SDL2 for WebAssembly failed (see $deps/sdl2-wasm.log)."
    cmake --build "$deps/sdl2-wasm-build" >>"$deps/sdl2-wasm.log" 2>&1 \
      && cmake --install "$deps/sdl2-wasm-build" >>"$deps/sdl2-wasm.log" 2>&1 \
      || fail "building SDL2 for WebAssembly failed (see $deps/sdl2-wasm.log)."
  fi
fi

if [ $want_browser = 1 ]; then
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$node_major" -ge 20 ] || fail "The browser tests need Node.js 20 or newer (playwright-core); found $(node --version 2>/dev/null || echo none). Install Node.js 20, or run tools/setup.sh --native and skip the browser tests."
  # playwright-core drives Debian's Chromium; it never downloads a browser of its own.
  if [ ! -f "$here/tests/browser/node_modules/playwright-core/package.json" ]; then
    say "installing playwright-core from npm"
    (cd "$here/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null) \
      || fail "npm ci in tests/browser failed: is the npm registry reachable?"
  fi
fi

say "ready"
