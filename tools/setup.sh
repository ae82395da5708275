#!/usr/bin/env bash
# Installs what the build and the tests need, and nothing more. Idempotent: on a
# ready machine it only checks and returns in well under a second.
#   tools/setup.sh            everything (native app, CLI, tests, web app, browser tests)
#   tools/setup.sh --native   only what the native build and native tests need
#   tools/setup.sh --web      only what building and serving the web app needs (tools/serve.sh)
# Everything comes from Debian packages (plus playwright-core from npm for the browser
# tests); Dear ImGui and SDL2 sources come from Debian's source packages into build/_deps.
# Needs Debian 12 (bookworm), root or sudo, and its Debian package sources (either format).
set -Eeuo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
deps="$here/build/_deps"
# The system's files are read under H2045_SYSROOT (empty: the real system); the set-up test
# points it at a made-up machine.
sysroot=${H2045_SYSROOT:-}
apt_dir="$sysroot/etc/apt"
want_native=1 want_web=1 want_browser=1
case "${1:-}" in
  "") ;;
  --native) want_web=0 want_browser=0 ;;
  --web) want_native=0 want_browser=0 ;;
  -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
  *) echo "usage: tools/setup.sh [--native | --web]" >&2; exit 2 ;;
esac

say()  { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] FAILED: %s\n' "$*" >&2; exit 1; }
# No step may end the script without saying so: anything that fails unexpectedly names itself.
trap 'fail "line $LINENO of tools/setup.sh: \`$BASH_COMMAND\` exited $?. Please report this with the messages above."' ERR

[ -r "$sysroot/etc/debian_version" ] || fail "This script expects Debian 12 (bookworm). On another system install the packages listed in tools/setup.sh by hand."
codename=bookworm
if [ -r "$sysroot/etc/os-release" ]; then
  codename=$(. "$sysroot/etc/os-release"; echo "${VERSION_CODENAME:-bookworm}")
fi
[ "$codename" = bookworm ] || say "warning: this is Debian '$codename'; the project is built and tested on Debian 12 (bookworm)."

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "Run as root, or install sudo: packages must be installed."
  sudo="sudo"
fi

common_pkgs=(cmake ninja-build dpkg-dev xz-utils python3 fonts-noto-core nlohmann-json3-dev libfmt-dev
             libfast-float-dev)
# clang and libclang-rt-14-dev: libFuzzer and the sanitizer runtimes for the fuzz tests (tests/fuzz).
# libqrcodegen-dev: the share link's QR code (the web build compiles its source package instead);
# libqrcodegencpp-dev: the C++ encoder the tests compare the drawn code with.
native_pkgs=(g++ pkg-config libsdl2-dev libgl-dev libgles-dev libgtest-dev libbenchmark-dev
             libstb-dev libqrcodegen-dev libqrcodegencpp-dev libcli11-dev xvfb xauth imagemagick clang libclang-rt-14-dev)
# fonttools: pyftsubset cuts the bundled font to Latin + Vietnamese; libstb-dev: the PNG writer's header.
web_pkgs=(emscripten fonttools libstb-dev)
browser_pkgs=(chromium ca-certificates)
pkgs=("${common_pkgs[@]}")
[ $want_native = 1 ] && pkgs+=("${native_pkgs[@]}")
[ $want_web = 1 ] && pkgs+=("${web_pkgs[@]}")
[ $want_browser = 1 ] && pkgs+=("${browser_pkgs[@]}")
# Node.js may come from elsewhere than Debian (a newer one); only its commands matter.
if [ $want_web = 1 ] || [ $want_browser = 1 ]; then
  command -v node >/dev/null || pkgs+=(nodejs)
fi
if [ $want_browser = 1 ]; then
  command -v npm >/dev/null || pkgs+=(npm)
fi

# dpkg-query exits non-zero when it knows nothing of a package: that only means "not installed".
installed_list() { dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '/install ok installed/ { print $1 }' || true; }
not_installed() {  # prints those of "$@" that are not installed
  local have
  have=$(installed_list "$@")
  for p in "$@"; do grep -qx "$p" <<<"$have" || echo "$p"; done
}
missing=()
while IFS= read -r p; do missing+=("$p"); done < <(not_installed "${pkgs[@]}")

# Only what the app uses of SDL in a browser: the window, events, timers and the GL context.
# Sound, the renderer, joysticks, haptics, sensors, power, locale and the rest would each come
# into the download. Written next to the library, so a change of this list rebuilds it.
sdl_options="-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_PTHREADS=OFF -DSDL_THREADS=OFF
  -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF
  -DSDL_POWER=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF"
sdl_built() {
  [ -f "$deps/sdl2-wasm/lib/libSDL2.a" ] && [ "$(cat "$deps/sdl2-wasm/options" 2>/dev/null)" = "$sdl_options" ]
}
# Source lines are needed for `apt-get source imgui libsdl2 qr-code-generator`; they are derived
# from the machine's own `deb` lines for the Debian release (same mirrors), in either source format.
need_imgui=0 need_sdl=0 need_qr=0
[ -f "$deps/imgui/imgui.cpp" ] || need_imgui=1
if [ $want_web = 1 ] && ! ls "$deps"/qr-code-generator-*/c/qrcodegen.c >/dev/null 2>&1; then
  need_qr=1
fi
if [ $want_web = 1 ] && ! sdl_built && ! ls -d "$deps"/libsdl2-2.* >/dev/null 2>&1; then
  need_sdl=1
fi
have_deb_src() {
  grep -qsE '^[[:space:]]*deb-src[[:space:]]' "$apt_dir/sources.list" "$apt_dir"/sources.list.d/*.list \
    || grep -qsE '^Types:.*[[:space:]]deb-src([[:space:]]|$)|^Types:[[:space:]]*deb-src' "$apt_dir"/sources.list.d/*.sources
}
add_deb_src() {
  local list="$apt_dir/sources.list.d/hanoi2045-deb-src.list"
  local deb822="$apt_dir/sources.list.d/hanoi2045-deb-src.sources"
  local tmp added=0
  tmp=$(mktemp)
  # One-line format: `deb [options] URI SUITE COMPONENTS` -> the same line as deb-src.
  for f in "$apt_dir/sources.list" "$apt_dir"/sources.list.d/*.list; do
    [ -f "$f" ] && [ "$f" != "$list" ] || continue
    awk -v rel="$codename" '
      $1 == "deb" {
        i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
        if ($(i + 1) ~ "^" rel) { sub(/^[[:space:]]*deb/, "deb-src"); print }
      }' "$f" >>"$tmp"
  done
  if [ -s "$tmp" ]; then
    $sudo cp "$tmp" "$list" && $sudo chmod 644 "$list"
    say "added Debian source lines: $list"
    added=1
  fi
  : >"$tmp"
  # deb822 format: each stanza of type deb for the release, copied as type deb-src.
  for f in "$apt_dir"/sources.list.d/*.sources; do
    [ -f "$f" ] && [ "$f" != "$deb822" ] || continue
    awk -v rel="$codename" '
      function flush() {
        if (types ~ /(^|[[:space:]])deb([[:space:]]|$)/ && suites ~ "(^|[[:space:]])" rel) {
          print "Types: deb-src"; printf "%s", body; print ""
        }
        types = ""; suites = ""; body = ""
      }
      /^[[:space:]]*$/ { flush(); next }
      /^#/ { next }
      /^Types:/ { types = $0; sub(/^Types:[[:space:]]*/, "", types); next }
      /^Suites:/ { suites = $0; sub(/^Suites:[[:space:]]*/, "", suites) }
      { body = body $0 "\n" }
      END { flush() }' "$f" >>"$tmp"
  done
  if [ -s "$tmp" ]; then
    $sudo cp "$tmp" "$deb822" && $sudo chmod 644 "$deb822"
    say "added Debian source lines: $deb822"
    added=1
  fi
  rm -f "$tmp"
  [ $added = 1 ] || fail "No Debian package sources for '$codename' found in $apt_dir/sources.list or $apt_dir/sources.list.d/, so the source packages imgui, libsdl2 and qr-code-generator cannot be fetched. Add the 'deb' line of your Debian mirror (see https://wiki.debian.org/SourcesList), then run tools/setup.sh again."
}
new_sources=0
if { [ $need_imgui = 1 ] || [ $need_sdl = 1 ] || [ $need_qr = 1 ]; } && ! have_deb_src; then
  add_deb_src
  new_sources=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $new_sources = 1 ]; then
  [ ${#missing[@]} -gt 0 ] && say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -q || fail "apt-get update failed: check the network and the sources in $apt_dir."
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" \
      || fail "apt-get install failed for: ${missing[*]}. Check the messages above (disk space, network, held packages), then run tools/setup.sh again."
    still=$(not_installed "${missing[@]}" | tr '\n' ' ')
    [ -z "$still" ] || fail "apt-get install reported success, but these are still not installed: $still"
  fi
fi

mkdir -p "$deps"

# Dear ImGui and SDL2 sources from Debian's source packages (orig tarball + Debian patches).
# When a mirror lacks a source package's Debian part (its .debian.tar.*) but has the .dsc and the
# upstream tarball, the upstream source is unpacked as dpkg-source would name it, after checking
# the tarball's size and SHA-256 against the .dsc. (The projects built this way need none of
# Debian's changes: they are the library's own source files.)
unpack_upstream() {  # $1 package
  local dsc orig sum size folder
  dsc=$(ls "$deps"/"$1"_*.dsc 2>/dev/null | head -n 1)
  orig=$(ls "$deps"/"$1"_*.orig.tar.* 2>/dev/null | head -n 1)
  [ -n "$dsc" ] && [ -n "$orig" ] || return 1
  sum=$(sha256sum "$orig" | cut -d' ' -f1)
  size=$(stat -c %s "$orig")
  grep -q " $sum $size $(basename "$orig")\$" "$dsc" || return 1
  folder="$1-$(basename "$orig" | sed -E "s/^$1_(.*)\.orig\.tar\..*$/\1/")"
  rm -rf "$deps/$folder" "$deps/.upstream-$1"
  mkdir -p "$deps/.upstream-$1"
  tar -xf "$orig" -C "$deps/.upstream-$1" || return 1
  # The tarball holds one top folder (QR-Code-generator-1.8.0/): it becomes <package>-<version>.
  mv "$deps/.upstream-$1"/* "$deps/$folder" && rmdir "$deps/.upstream-$1" || return 1
  say "warning: the Debian changes of $1 are not on this mirror; using its upstream source (checksum checked against the .dsc)"
}

fetch_source() {  # $1 package, $2 glob of the unpacked folder
  if ! ls -d "$deps"/$2 >/dev/null 2>&1; then
    say "fetching Debian source package $1"
    (cd "$deps" && apt-get source -q "$1" >"$deps/$1-source.log" 2>&1) || {
      # The package lists may predate the source lines.
      $sudo apt-get update -q >/dev/null 2>&1 || true
      (cd "$deps" && apt-get source -q "$1" >"$deps/$1-source.log" 2>&1) || unpack_upstream "$1" \
        || fail "apt-get source $1 failed (the last lines of $deps/$1-source.log follow):
$(tail -n 5 "$deps/$1-source.log")"
    }
    ls -d "$deps"/$2 >/dev/null 2>&1 || fail "apt-get source $1 did not unpack a folder $deps/$2 (see $deps/$1-source.log)."
  fi
}
fetch_source imgui 'imgui-1.*'
imgui_dir=$(ls -d "$deps"/imgui-1.* | head -n 1)
ln -sfn "$(basename "$imgui_dir")" "$deps/imgui"

if [ $want_web = 1 ]; then
  # The QR code generator's C source, compiled into the web build (natively: libqrcodegen-dev).
  fetch_source qr-code-generator 'qr-code-generator-*/c'
  export NODE_PATH=/usr/share/nodejs  # Debian's emcc finds node-acorn there
  sdl_prefix="$deps/sdl2-wasm"
  if ! sdl_built; then
    fetch_source libsdl2 'libsdl2-2.*'
    sdl_src=$(ls -d "$deps"/libsdl2-2.* | head -n 1)
    command -v emcmake >/dev/null || fail "emcmake not found although the emscripten package is installed: check 'dpkg -L emscripten'."
    say "building SDL2 for WebAssembly (once; 3 to 5 minutes)"
    rm -rf "$deps/sdl2-wasm-build" "$sdl_prefix"
    # shellcheck disable=SC2086  # the options are words
    emcmake cmake -S "$sdl_src" -B "$deps/sdl2-wasm-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX="$sdl_prefix" $sdl_options >"$deps/sdl2-wasm.log" 2>&1 \
      || fail "configuring SDL2 for WebAssembly failed (see $deps/sdl2-wasm.log)."
    { cmake --build "$deps/sdl2-wasm-build" && cmake --install "$deps/sdl2-wasm-build"; } >>"$deps/sdl2-wasm.log" 2>&1 \
      || fail "building SDL2 for WebAssembly failed (see $deps/sdl2-wasm.log)."
    [ -f "$sdl_prefix/lib/libSDL2.a" ] || fail "SDL2 for WebAssembly built, but $sdl_prefix/lib/libSDL2.a is missing (see $deps/sdl2-wasm.log)."
    printf '%s' "$sdl_options" >"$sdl_prefix/options"
  fi
  # The Closure Compiler that minifies Emscripten's JavaScript glue (Debian's closure-compiler is
  # from 2013, too old for it): from npm, the version Emscripten 3.1.6 was made with, as a
  # native program (no Java).
  if [ ! -x "$here/tools/web-build/node_modules/.bin/google-closure-compiler" ]; then
    say "installing the Closure Compiler from npm"
    (cd "$here/tools/web-build" && npm ci --no-audit --no-fund >"$deps/npm-web-build.log" 2>&1) \
      || fail "npm ci in tools/web-build failed: is the npm registry reachable? The last lines of $deps/npm-web-build.log:
$(tail -n 5 "$deps/npm-web-build.log")"
  fi
fi

if [ $want_browser = 1 ]; then
  # playwright-core 1.61 is the newest that runs on Debian 12's own Node.js 18.
  node_version=$(node --version 2>/dev/null || echo none)
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$node_major" -ge 18 ] 2>/dev/null \
    || fail "The browser tests need Node.js 18 or newer (found: $node_version). Install Debian's nodejs package, or run tools/setup.sh --native to leave the browser tests out."
  # playwright-core drives Debian's Chromium; it never downloads a browser of its own.
  if [ ! -f "$here/tests/browser/node_modules/playwright-core/package.json" ]; then
    say "installing playwright-core from npm"
    (cd "$here/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >"$deps/npm.log" 2>&1) \
      || fail "npm ci in tests/browser failed: is the npm registry reachable? The last lines of $deps/npm.log:
$(tail -n 5 "$deps/npm.log")"
  fi
fi

say "ready"
