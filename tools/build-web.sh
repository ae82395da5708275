#!/usr/bin/env bash
# Builds the web app (WebAssembly + WebGL 2) into build/web/site: a static folder that any
# static server can host. Prints the files and their sizes (raw and gzip).
#   tools/build-web.sh            set up what is missing, configure, build
#   H2045_SKIP_SETUP=1 tools/build-web.sh   skip the set-up check
set -Eeuo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
trap 'echo "[build-web] FAILED (line $LINENO: \`$BASH_COMMAND\` exited $?): see the messages above." >&2' ERR

[ "${H2045_SKIP_SETUP:-0}" = 1 ] || tools/setup.sh --web
export NODE_PATH=/usr/share/nodejs  # Debian's emcc finds node-acorn there

mkdir -p build
cmake --preset web >build/web-configure.log 2>&1 || { cat build/web-configure.log; exit 1; }
cmake --build --preset web

site=build/web/site
printf '\n%-18s %10s %10s\n' "web file" "bytes" "gzip -9"
for f in "$site"/*; do
  printf '%-18s %10d %10d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
echo "web app: $here/$site"
