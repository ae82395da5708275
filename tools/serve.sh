#!/usr/bin/env bash
# Builds the web app and serves it on http://127.0.0.1:PORT (default 8045).
#   tools/serve.sh [PORT]
set -Eeuo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
trap 'echo "[serve] FAILED (line $LINENO: \`$BASH_COMMAND\` exited $?): see the messages above." >&2' ERR
port=${1:-${PORT:-8045}}
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] \
  || { echo "usage: tools/serve.sh [PORT]   (PORT: 1024-65535, default 8045)" >&2; exit 2; }

"$here/tools/build-web.sh"

python=$(command -v python3 || true)
[ -n "$python" ] || { echo "python3 not found: install Debian's python3" >&2; exit 1; }
if "$python" - "$port" <<'PY'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(0)
sys.exit(1)
PY
then
  echo "port $port on 127.0.0.1 is in use: pass another, e.g. tools/serve.sh 8046" >&2
  exit 1
fi

echo
echo "Hanoi 2045 Pathways: http://127.0.0.1:$port/   (Ctrl+C stops the server)"
echo
exec "$python" -m http.server "$port" --bind 127.0.0.1 --directory "$here/build/web/site"
