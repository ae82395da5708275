#!/usr/bin/env bash
# Tests tools/setup.sh on made-up machines: stand-in dpkg-query, apt-get, npm, node, emcmake and
# cmake on PATH record what the script asks of them, and a made-up /etc (H2045_SYSROOT) holds the
# apt sources. Each case checks what the script asks to install, its exit code and that it says
# what happened; none touches the real system.
#   tests/setup/setup_test.sh [path/to/setup.sh]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
script=${1:-$here/../../tools/setup.sh}
script=$(cd "$(dirname "$script")" && pwd)/$(basename "$script")
# The SDL options the script builds with (it writes them next to the library).
sdl_options=$(bash -c 'eval "$(sed -n "/^sdl_options=/,/\"\$/p" "$0")"; printf "%s" "$sdl_options"' "$script")
[ -n "$sdl_options" ] || { echo "no sdl_options in $script"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

check() {  # $1 description, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "  FAIL: $what"; fi
}

# The real tools the script may use, and nothing else from this machine: a bare machine must not
# find this machine's node, npm, cmake or dpkg-query.
realbin="$work/realbin"
mkdir -p "$realbin"
for t in bash sh env cat sed awk grep ls head tail mkdir touch ln basename dirname printf rm cp chmod \
         mktemp tr cut sort id date wc mv true false sleep sha256sum stat tar gzip rmdir; do
  p=$(command -v "$t") && ln -s "$p" "$realbin/$t"
done

# Stand-ins. State lives in $FAKE (installed packages, the calls made, switches for failures).
make_fakes() {  # $1 folder
  local bin=$1
  mkdir -p "$bin"
  cat >"$bin/dpkg-query" <<'EOF'
#!/bin/bash
# dpkg-query -W -f='${Package} ${Status}\n' PACKAGE...: like the real one, exit 1 when it has
# never seen one of the packages.
echo "dpkg-query $*" >>"$FAKE/calls"
shift 2; rc=0
for p in "$@"; do
  if grep -qx "$p" "$FAKE/installed" 2>/dev/null; then printf '%s install ok installed\n' "$p"
  else echo "dpkg-query: no packages found matching $p" >&2; rc=1; fi
done
exit $rc
EOF
  cat >"$bin/apt-get" <<'EOF'
#!/bin/bash
echo "apt-get $*" >>"$FAKE/calls"
args=()
for a in "$@"; do case "$a" in -*) ;; *) args+=("$a") ;; esac; done
case "${args[0]}" in
  update) [ -f "$FAKE/update-fails" ] && { echo "E: could not resolve the mirror" >&2; exit 100; }; exit 0 ;;
  install)
    [ -f "$FAKE/install-fails" ] && { echo "E: Unable to locate package ${args[1]}" >&2; exit 100; }
    for p in "${args[@]:1}"; do echo "$p" >>"$FAKE/installed"; [ "$p" = nodejs ] && touch "$FAKE/has-node"; [ "$p" = npm ] && touch "$FAKE/has-npm"; [ "$p" = emscripten ] && touch "$FAKE/has-emcmake"; done
    exit 0 ;;
  source)
    grep -qs deb-src "$FAKE"/root/etc/apt/sources.list.d/* "$FAKE"/root/etc/apt/sources.list || { echo "E: You must put some 'deb-src' URIs in your sources.list" >&2; exit 100; }
    case "${args[1]}" in
      imgui) mkdir -p imgui-1.89.9 && touch imgui-1.89.9/imgui.cpp ;;
      libsdl2) mkdir -p libsdl2-2.26.5 ;;
      qr-code-generator)
        if [ -f "$FAKE/qr-debian-missing" ]; then
          # A mirror with the .dsc and the upstream tarball but not the Debian part.
          mkdir -p up/QR-Code-generator-1.8.0/c && touch up/QR-Code-generator-1.8.0/c/qrcodegen.c
          tar -czf qr-code-generator_1.8.0.orig.tar.gz -C up QR-Code-generator-1.8.0 && rm -rf up
          sum=$(sha256sum qr-code-generator_1.8.0.orig.tar.gz | cut -d' ' -f1)
          [ -f "$FAKE/qr-tampered" ] && sum=0000000000000000000000000000000000000000000000000000000000000000
          printf 'Checksums-Sha256:\n %s %s qr-code-generator_1.8.0.orig.tar.gz\n' "$sum" \
            "$(stat -c %s qr-code-generator_1.8.0.orig.tar.gz)" >qr-code-generator_1.8.0-1.1.dsc
          echo "E: Failed to fetch http://mirror.example/debian/pool/main/q/qr-code-generator/qr-code-generator_1.8.0-1.1.debian.tar.xz  404  Not Found" >&2
          exit 100
        fi
        mkdir -p qr-code-generator-1.8.0/c && touch qr-code-generator-1.8.0/c/qrcodegen.c ;;
    esac ;;
esac
EOF
  cat >"$bin/node" <<'EOF'
#!/bin/bash
[ -f "$FAKE/has-node" ] || { echo "node: not installed" >&2; exit 127; }
case "$1" in --version) echo "v${FAKE_NODE:-18}.19.0" ;; -p) echo "${FAKE_NODE:-18}" ;; esac
EOF
  cat >"$bin/npm" <<'EOF'
#!/bin/bash
[ -f "$FAKE/has-npm" ] || { echo "npm: not installed" >&2; exit 127; }
echo "npm $* (in $(basename "$PWD"))" >>"$FAKE/calls"
case "$(basename "$PWD")" in
  browser) mkdir -p node_modules/playwright-core && echo '{}' >node_modules/playwright-core/package.json ;;
  web-build) mkdir -p node_modules/.bin && printf '#!/bin/sh\n' >node_modules/.bin/google-closure-compiler &&
             chmod +x node_modules/.bin/google-closure-compiler ;;
esac
EOF
  cat >"$bin/emcmake" <<'EOF'
#!/bin/bash
echo "emcmake $*" >>"$FAKE/calls"
exec "$@"
EOF
  cat >"$bin/cmake" <<'EOF'
#!/bin/bash
echo "cmake $*" >>"$FAKE/calls"
for a in "$@"; do case "$a" in -DCMAKE_INSTALL_PREFIX=*) echo "${a#*=}" >"$FAKE/prefix" ;; esac; done
if [ "$1" = --install ]; then p=$(cat "$FAKE/prefix"); mkdir -p "$p/lib" && touch "$p/lib/libSDL2.a"; fi
exit 0
EOF
  chmod +x "$bin"/*
  # node, npm and emcmake exist only once their package is "installed": hide them until then.
  mkdir -p "$bin/hidden"
  for t in node npm emcmake; do mv "$bin/$t" "$bin/hidden/$t"; done
}

deb822='Types: deb
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main

Types: deb
URIs: http://other.example/node
Suites: nodistro
Components: main'

all_pkgs="cmake ninja-build dpkg-dev xz-utils python3 fonts-noto-core nlohmann-json3-dev libfmt-dev libfast-float-dev g++ pkg-config
libsdl2-dev libgl-dev libgles-dev libgtest-dev libbenchmark-dev libstb-dev libqrcodegen-dev libqrcodegencpp-dev libcli11-dev xvfb xauth
imagemagick clang libclang-rt-14-dev emscripten fonttools chromium ca-certificates nodejs npm"

# A new machine: $1 = deb822 | oneline | none, then the packages it already has.
new_machine() {
  FAKE="$work/case-$((++case_no))"
  export FAKE
  mkdir -p "$FAKE/root/etc/apt/sources.list.d" "$FAKE/project/tools/web-build" "$FAKE/project/tests/browser"
  cp "$script" "$FAKE/project/tools/setup.sh"
  echo 12.8 >"$FAKE/root/etc/debian_version"
  printf 'ID=debian\nVERSION_CODENAME=bookworm\n' >"$FAKE/root/etc/os-release"
  case $1 in
    deb822) echo "$deb822" >"$FAKE/root/etc/apt/sources.list.d/debian.sources" ;;
    oneline) printf '%s\n' '# the mirror' 'deb http://mirror.example/debian bookworm main' \
                 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://mirror.example/debian-security bookworm-security main' \
                 'deb http://mirror.example/debian bookworm-updates main' >"$FAKE/root/etc/apt/sources.list"
             printf 'deb http://other.example/node nodistro main\n' >"$FAKE/root/etc/apt/sources.list.d/node.list" ;;
  esac
  shift; printf '%s\n' "$@" | grep . >"$FAKE/installed" || true
  : >"$FAKE/calls"
  make_fakes "$FAKE/bin"
}
# Everything installed and built, as after one full run.
make_ready() {
  tr ' ' '\n' <<<"$all_pkgs" | grep . >"$FAKE/installed"
  touch "$FAKE/has-node" "$FAKE/has-npm" "$FAKE/has-emcmake"
  mkdir -p "$FAKE/project/build/_deps/imgui-1.89.9" "$FAKE/project/build/_deps/sdl2-wasm/lib" \
           "$FAKE/project/tests/browser/node_modules/playwright-core"
  mkdir -p "$FAKE/project/build/_deps/qr-code-generator-1.8.0/c" "$FAKE/project/tools/web-build/node_modules/.bin"
  touch "$FAKE/project/build/_deps/imgui-1.89.9/imgui.cpp" "$FAKE/project/build/_deps/sdl2-wasm/lib/libSDL2.a" \
        "$FAKE/project/build/_deps/qr-code-generator-1.8.0/c/qrcodegen.c"
  # SDL built with the options setup.sh asks for (it keeps them next to the library).
  printf '%s' "$sdl_options" >"$FAKE/project/build/_deps/sdl2-wasm/options"
  printf '#!/bin/sh\n' >"$FAKE/project/tools/web-build/node_modules/.bin/google-closure-compiler"
  chmod +x "$FAKE/project/tools/web-build/node_modules/.bin/google-closure-compiler"
  ln -s imgui-1.89.9 "$FAKE/project/build/_deps/imgui"
  echo '{}' >"$FAKE/project/tests/browser/node_modules/playwright-core/package.json"
  echo "deb-src http://mirror.example/debian bookworm main" >"$FAKE/root/etc/apt/sources.list.d/src.list"
}
run_setup() {  # arguments for setup.sh; sets $rc, $out
  local path="$FAKE/bin:$realbin"
  [ -f "$FAKE/has-node" ] && ln -sf "$FAKE/bin/hidden/node" "$FAKE/bin/node"
  [ -f "$FAKE/has-npm" ] && ln -sf "$FAKE/bin/hidden/npm" "$FAKE/bin/npm"
  [ -f "$FAKE/has-emcmake" ] && ln -sf "$FAKE/bin/hidden/emcmake" "$FAKE/bin/emcmake"
  out=$(cd "$FAKE/project" && env -i PATH="$path" HOME="$FAKE" FAKE="$FAKE" FAKE_NODE="${FAKE_NODE:-18}" \
        H2045_SYSROOT="$FAKE/root" bash tools/setup.sh "$@" 2>&1)
  rc=$?
}
installs() { grep '^apt-get .*install' "$FAKE/calls" | sed 's/.*install -y -q --no-install-recommends //'; }
asked_for() { installs | tr ' ' '\n' | grep -qx "$1"; }
said() { grep -qF -- "$1" <<<"$out"; }
not() { ! "$@"; }
case_no=0

link_on_install() {
  # Wrap apt-get so that installing nodejs, npm or emscripten puts their commands on PATH.
  mv "$FAKE/bin/apt-get" "$FAKE/bin/hidden/apt-get-real"
  cat >"$FAKE/bin/apt-get" <<'EOF'
#!/bin/bash
"$FAKE/bin/hidden/apt-get-real" "$@" || exit $?
[ -f "$FAKE/has-node" ] && ln -sf "$FAKE/bin/hidden/node" "$FAKE/bin/node"
[ -f "$FAKE/has-npm" ] && ln -sf "$FAKE/bin/hidden/npm" "$FAKE/bin/npm"
[ -f "$FAKE/has-emcmake" ] && ln -sf "$FAKE/bin/hidden/emcmake" "$FAKE/bin/emcmake"
exit 0
EOF
  chmod +x "$FAKE/bin/apt-get"
}

echo "case 1: a bare machine (deb822 sources, nothing installed)"
new_machine deb822; link_on_install
run_setup
check "exit code 0 (got $rc)" [ "$rc" = 0 ]
check "asks to install every package" bash -c 'for p in '"$(tr '\n' ' ' <<<"$all_pkgs")"'; do grep -q "install.* $p\( \|$\)" "$FAKE/calls" || { echo "    not asked: $p"; exit 1; }; done'
check "says what it installs" said "installing Debian packages:"
check "says it is ready" said "[setup] ready"
check "runs apt-get update before install" bash -c 'grep -n "^apt-get" "$FAKE/calls" | head -n 1 | grep -q update'
src="$FAKE/root/etc/apt/sources.list.d/hanoi2045-deb-src.sources"
check "derives deb-src stanzas from the deb ones" grep -q '^Types: deb-src$' "$src"
check "keeps the machine's own mirror" grep -q '^URIs: http://mirror.example/debian$' "$src"
check "and the security mirror" grep -q '^URIs: http://mirror.example/debian-security$' "$src"
check "leaves out other distributions' sources" bash -c '! grep -q other.example "$0"' "$src"
check "keeps Signed-By" grep -q '^Signed-By:' "$src"
check "leaves the original file alone" bash -c '! grep -q deb-src "$FAKE/root/etc/apt/sources.list.d/debian.sources"'
check "fetches the imgui source package" grep -q '^apt-get source -q imgui' "$FAKE/calls"
check "fetches the libsdl2 source package" grep -q '^apt-get source -q libsdl2' "$FAKE/calls"
check "builds SDL2 for WebAssembly" grep -q '^emcmake cmake -S .*libsdl2-2.26.5' "$FAKE/calls"
check "fetches the QR code generator's source package" grep -q '^apt-get source -q qr-code-generator' "$FAKE/calls"
check "asks for the QR code library" asked_for libqrcodegen-dev
check "and for the C++ encoder the tests compare with" asked_for libqrcodegencpp-dev
check "installs playwright-core" grep -q '^npm ci.*(in browser)' "$FAKE/calls"
check "installs the Closure Compiler" grep -q '^npm ci.*(in web-build)' "$FAKE/calls"
check "builds SDL2 without sound or a renderer" grep -q '^emcmake cmake -S .*-DSDL_AUDIO=OFF.*-DSDL_RENDER=OFF' "$FAKE/calls"

echo "case 2: a ready machine"
new_machine deb822; make_ready
run_setup
check "exit code 0 (got $rc)" [ "$rc" = 0 ]
check "installs nothing" bash -c '! grep -q "^apt-get" "$FAKE/calls"'
check "runs no npm" bash -c '! grep -q "^npm" "$FAKE/calls"'
check "builds nothing" bash -c '! grep -q "^cmake" "$FAKE/calls"'
check "adds no source lines" bash -c '! ls "$FAKE"/root/etc/apt/sources.list.d/hanoi2045-* 2>/dev/null'
check "says it is ready" said "[setup] ready"

echo "case 3: apt-get install fails"
new_machine deb822; link_on_install; touch "$FAKE/install-fails"
run_setup
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says what failed" said "apt-get install failed for:"
check "names the packages" said "libsdl2-dev"
check "tries nothing after it" bash -c '! grep -q "^apt-get source\|^npm\|^cmake" "$FAKE/calls"'

echo "case 4: one-line sources (/etc/apt/sources.list), native only, some packages there"
new_machine oneline cmake ninja-build g++ python3; link_on_install
run_setup --native
check "exit code 0 (got $rc)" [ "$rc" = 0 ]
check "asks for what is missing" asked_for libsdl2-dev
check "does not ask for what is there" not asked_for cmake
check "asks for no web package" not asked_for emscripten
list="$FAKE/root/etc/apt/sources.list.d/hanoi2045-deb-src.list"
check "derives deb-src lines from the deb lines" grep -qx 'deb-src http://mirror.example/debian bookworm main' "$list"
check "keeps options" grep -qx 'deb-src \[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg\] http://mirror.example/debian-security bookworm-security main' "$list"
check "leaves out other distributions' lines" bash -c '! grep -q other.example "$0"' "$list"
check "fetches imgui" grep -q '^apt-get source -q imgui' "$FAKE/calls"
check "fetches no SDL2 source for a native build" bash -c '! grep -q "^apt-get source -q libsdl2" "$FAKE/calls"'
check "fetches no QR code source for a native build" bash -c '! grep -q "^apt-get source -q qr-code-generator" "$FAKE/calls"'

echo "case 5: no Debian sources at all"
new_machine none; link_on_install
run_setup --native
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says there are no sources" said "No Debian package sources"

echo "case 6: the package mirror cannot be reached"
new_machine deb822; link_on_install; touch "$FAKE/update-fails"
run_setup
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says apt-get update failed" said "apt-get update failed"

echo "case 7: a Node.js too old for the browser tests"
new_machine deb822; make_ready; FAKE_NODE=16
run_setup
FAKE_NODE=18
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says which Node.js it needs and found" said "need Node.js 18 or newer (found: v16.19.0)"

echo "case 8: not Debian"
new_machine deb822; rm "$FAKE/root/etc/debian_version"
run_setup
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says it expects Debian 12" said "expects Debian 12"

echo "case 9: npm cannot install playwright-core"
new_machine deb822; make_ready
rm "$FAKE/bin/hidden/npm"; printf '#!/bin/bash\nexit 3\n' >"$FAKE/bin/hidden/npm"; chmod +x "$FAKE/bin/hidden/npm"
rm -rf "$FAKE/project/tests/browser/node_modules"
run_setup
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says npm ci failed" said "npm ci in tests/browser failed"

echo "case 10: an unexpected failure names the step that failed"
new_machine deb822 $all_pkgs; make_ready
rm -rf "$FAKE/project/build/_deps"; echo "not a folder" >"$FAKE/project/build/_deps"
run_setup
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "names the failing command" said "\`mkdir -p"
check "says it failed" said "[setup] FAILED"

echo "case 11: the mirror lacks the QR code generator's Debian part"
new_machine deb822; link_on_install; touch "$FAKE/qr-debian-missing"
run_setup
[ "$rc" = 0 ] || printf '%s\n' "$out" | tail -n 5
check "exit code 0 (got $rc)" [ "$rc" = 0 ]
check "unpacks the upstream source as <package>-<version>" \
  test -f "$FAKE/project/build/_deps/qr-code-generator-1.8.0/c/qrcodegen.c"
check "says it uses the upstream source" said "using its upstream source (checksum checked against the .dsc)"

echo "case 12: ... and its upstream tarball does not match the .dsc"
new_machine deb822; link_on_install; touch "$FAKE/qr-debian-missing" "$FAKE/qr-tampered"
run_setup
check "exit code 1 (got $rc)" [ "$rc" = 1 ]
check "says apt-get source failed" said "apt-get source qr-code-generator failed"
check "unpacks nothing" bash -c '! ls -d "$0"/qr-code-generator-1.8.0 2>/dev/null' "$FAKE/project/build/_deps"

echo "case 13: SDL2 built earlier with other options"
new_machine deb822; make_ready
printf '%s' "-DSDL_SHARED=OFF -DSDL_STATIC=ON" >"$FAKE/project/build/_deps/sdl2-wasm/options"
mkdir -p "$FAKE/project/build/_deps/libsdl2-2.26.5+dfsg"
run_setup
check "exit code 0 (got $rc)" [ "$rc" = 0 ]
check "builds SDL2 again" grep -q '^emcmake cmake -S .*libsdl2-2.26.5' "$FAKE/calls"
check "records the options it was built with" \
  bash -c '[ "$(cat "$0")" = "$1" ]' "$FAKE/project/build/_deps/sdl2-wasm/options" "$sdl_options"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
