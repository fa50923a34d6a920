#!/usr/bin/env bash
# Smoke test of the ready-to-run IDE: installs PTL from the update site into a fresh copy of the
# product (releng/install-ide.sh), starts it on a fresh workspace with the example project, waits
# for org.ptl.ui to log that it opened the example in the PTL editor with the window maximised, takes
# a screenshot, closes the IDE and fails if that never happened or if the platform log has an ERROR
# entry; then runs README's p2 director command for the product as written (into target/my-ide).
#   releng/smoke-product.sh            (after ./build.sh, or the product + update-site modules)
# Output under target/smoke/ (ide.out: the IDE's console; workspace/.metadata/.log), screenshot
# target/screenshots/product.png (only when ImageMagick's import is installed).
# Runs itself under xvfb-run when there is no X display. PTL_SMOKE_TIMEOUT (seconds, default 120)
# bounds the wait for the editor.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
timeout=${PTL_SMOKE_TIMEOUT:-120}
case $timeout in ''|*[!0-9]*) echo "smoke-product: PTL_SMOKE_TIMEOUT must be a number of seconds, not '$timeout'" >&2; exit 2;; esac
[ $# -eq 0 ] || { echo "usage: releng/smoke-product.sh   (no arguments)" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "smoke-product: no X display and no xvfb-run; install xvfb and xauth (apt-get install xvfb xauth libgtk-3-0)" >&2
    exit 2
  fi
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

out="$root/target/smoke"
ide="$out/ptl-ide"
ws="$out/workspace"
log="$ws/.metadata/.log"
shot="$root/target/screenshots/product.png"
opened='^!MESSAGE opened .* in the PTL editor$'

start=$SECONDS
"$root/releng/install-ide.sh" "$ide"
echo "smoke-product: installed in $((SECONDS - start)) s" >&2

rm -rf "$ws"
mkdir -p "$ws" "$(dirname "$shot")"
start=$SECONDS
"$root/releng/launch-ide.sh" "$ide" -Dptl.examples=ptl-examples -- \
  -nosplash -consoleLog -data "$ws" >"$out/ide.out" 2>&1 &
pid=$!
# Whatever happens from here on, the IDE does not outlive the test.
stop_ide() {
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
trap stop_ide EXIT

until grep -q "$opened" "$log" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "smoke-product: FAILED: the IDE exited before opening the example; its last output ($out/ide.out):" >&2
    tail -n 40 "$out/ide.out" >&2
    exit 1
  fi
  if [ $((SECONDS - start)) -ge "$timeout" ]; then
    echo "smoke-product: FAILED: no \"opened ... in the PTL editor\" in $log after $timeout s; last output ($out/ide.out):" >&2
    tail -n 40 "$out/ide.out" >&2
    [ ! -f "$log" ] || "$root/releng/log-errors.sh" "$log" >&2 || true
    exit 1
  fi
  sleep 1
done
echo "smoke-product: $(grep -m1 "$opened" "$log" | sed 's/^!MESSAGE //') after $((SECONDS - start)) s" >&2
# a new workspace opens with its window maximised (on a bare X server: the screen's whole area)
if ! grep -q '^!MESSAGE the workbench window fills the screen' "$log"; then
  echo "smoke-product: FAILED: the window was not maximised on the first start (no message in $log)" >&2
  exit 1
fi
echo "smoke-product: $(grep -m1 '^!MESSAGE the workbench window fills' "$log" | sed 's/^!MESSAGE //')" >&2

if command -v import >/dev/null 2>&1; then
  sleep 3   # the editor opened; let the workbench finish painting it
  import -window root "$shot"
  echo "smoke-product: screenshot $shot" >&2
else
  echo "smoke-product: no screenshot (ImageMagick's import is not installed)" >&2
fi

stop_ide
trap - EXIT
rc=0
errors=$("$root/releng/log-errors.sh" "$log") || rc=$?
if [ $rc -ne 0 ]; then
  [ $rc -ne 1 ] || { echo "smoke-product: FAILED: the platform log $log has ERROR entries:"; echo "$errors"; } >&2
  exit 1
fi
echo "smoke-product: OK (no ERROR entry in $log)" >&2

# README's p2 director command for the product, run as written (a fresh copy under target/my-ide)
block=$(awk '/<!-- p2-director: product -->/ { found = 1; next }
  found && /^```sh/ { inside = 1; next }
  inside && /^```/ { exit }
  inside && !/# then start it$/ { print }' "$root/README.md")
if [ -z "$block" ]; then
  echo "smoke-product: FAILED: README.md has no p2 director block for the product" >&2
  exit 1
fi
start=$SECONDS
if ! (cd "$root" && bash -euo pipefail -c "$block") >"$out/readme-director.out" 2>&1; then
  echo "smoke-product: FAILED: README's p2 director command failed; its output ($out/readme-director.out):" >&2
  tail -n 40 "$out/readme-director.out" >&2
  exit 1
fi
if ! ls "$root"/target/my-ide/plugins/org.ptl.ui_*.jar >/dev/null 2>&1; then
  echo "smoke-product: FAILED: README's p2 director command ran but target/my-ide has no org.ptl.ui" >&2
  exit 1
fi
echo "smoke-product: README's p2 director command installed PTL into target/my-ide in $((SECONDS - start)) s" >&2
