#!/usr/bin/env bash
# Smoke test of the desktop app on a virtual display:
#   hanoi2045 --frames 30 --screenshot out.png  starts, renders, exits 0 and writes a PNG of
#   the requested size whose pixels vary (a blank or one-colour window fails).
# Also: a bad option exits non-zero with a message and opens no window.
set -euo pipefail
app=$1
out=${2:-$(mktemp -d)}
mkdir -p "$out"
shot="$out/smoke.png"
rm -f "$shot"

# Under the native-asan preset: Mesa, X11 and D-Bus keep allocations until exit that LeakSanitizer
# reports as leaks; the unit tests keep leak checking for the project's own code.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

command -v xvfb-run >/dev/null || { echo "xvfb-run not found: install Debian's xvfb (tools/setup.sh)"; exit 1; }
command -v identify >/dev/null || { echo "identify not found: install Debian's imagemagick (tools/setup.sh)"; exit 1; }

if "$app" --frames 0 >"$out/bad.log" 2>&1; then
  echo "FAIL: --frames 0 was accepted"; exit 1
fi
grep -q -- "--frames expects" "$out/bad.log" || { echo "FAIL: no clear message for --frames 0:"; cat "$out/bad.log"; exit 1; }

# Run it in the English locale first, then Vietnamese, as a user would.
for lang in en vi; do
  rm -f "$shot"
  start=$(date +%s.%N)
  if ! xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
      "$app" --frames 30 --screenshot "$shot" --size 1024x640 --lang "$lang" >"$out/run-$lang.log" 2>&1; then
    echo "FAIL: hanoi2045 exited non-zero (lang $lang):"; cat "$out/run-$lang.log"; exit 1
  fi
  end=$(date +%s.%N)
  [ -s "$shot" ] || { echo "FAIL: no screenshot written (lang $lang)"; cat "$out/run-$lang.log"; exit 1; }

  read -r width height deviation colours < <(identify -format '%w %h %[fx:standard_deviation] %k\n' "$shot")
  echo "lang $lang: ${width}x${height}, deviation $deviation, $colours colours, $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"
  [ "$width" = 1024 ] && [ "$height" = 640 ] || { echo "FAIL: screenshot is ${width}x${height}, expected 1024x640"; exit 1; }
  # A blank window has a deviation of 0 and one colour; text and panels give far more.
  awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || { echo "FAIL: screenshot looks blank (deviation $deviation)"; exit 1; }
  [ "$colours" -gt 16 ] || { echo "FAIL: only $colours colours in the screenshot"; exit 1; }
  cp "$shot" "$out/smoke-$lang.png"
done
# --lang reaches the interface: the two pictures differ (labels are translated).
different=$(compare -metric AE "$out/smoke-en.png" "$out/smoke-vi.png" null: 2>&1 || true)
[ "${different%% *}" -gt 1000 ] 2>/dev/null || { echo "FAIL: English and Vietnamese screenshots are the same ($different pixels differ)"; exit 1; }
echo "English and Vietnamese screens differ in $different pixels"

# The exports reach the working folder: the chart's picture, read from the framebuffer after a
# frame, and the CSV with its byte-order mark.
exports="$out/exports"
rm -rf "$exports" && mkdir -p "$exports"
if ! (cd "$exports" && xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
      "$app" --frames 6 --size 1024x640 --lang en --command export=png --command export=csv) >"$out/exports.log" 2>&1; then
  echo "FAIL: hanoi2045 --command export=... exited non-zero:"; cat "$out/exports.log"; exit 1
fi
[ -s "$exports/hanoi2045-chart.png" ] || { echo "FAIL: no hanoi2045-chart.png in the working folder"; ls -l "$exports"; exit 1; }
read -r width height deviation < <(identify -format '%w %h %[fx:standard_deviation]\n' "$exports/hanoi2045-chart.png")
echo "chart export: ${width}x${height}, deviation $deviation"
[ "$width" -gt 300 ] && [ "$width" -lt 1024 ] && [ "$height" -gt 200 ] && [ "$height" -lt 640 ] \
  || { echo "FAIL: the chart's picture is ${width}x${height}: not the chart of a 1024x640 window"; exit 1; }
awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || { echo "FAIL: the chart's picture looks blank"; exit 1; }
[ "$(head -c 3 "$exports/hanoi2045-trajectory.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] \
  || { echo "FAIL: hanoi2045-trajectory.csv is missing or has no byte-order mark"; exit 1; }
echo "PASS"
