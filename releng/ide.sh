#!/usr/bin/env bash
# ./ptl ide [WORKSPACE]: starts the ready-to-run PTL Workbench IDE on WORKSPACE (default
# ~/ptl-workspace) with the example project in it, and returns when the IDE exits.
# Like ./ptl for the command line, it first builds what is missing or older than its sources (the
# product and the update site), and installs PTL into a product copy under target/ide/ once per
# build (releng/install-ide.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
product_repo="$root/releng/org.ptl.product/target/repository/p2.index"
site_repo="$root/update-site/target/repository/p2.index"
ide="$root/target/ide/ptl-ide"

usage() {
  cat <<'USAGE'
usage: ptl ide [WORKSPACE]
Starts the PTL Workbench IDE (Eclipse Platform with PTL installed from the update site) on
WORKSPACE, default ~/ptl-workspace, with the example project "ptl-examples" created in it on first
start. Builds the IDE first when it is missing or older than the sources (a few minutes).
USAGE
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  -*) echo "ptl ide: unknown option $1" >&2; usage >&2; exit 2 ;;
esac
if [ $# -gt 1 ]; then usage >&2; exit 2; fi
ws=${1:-$HOME/ptl-workspace}
if [ -e "$ws" ] && [ ! -d "$ws" ]; then
  echo "ptl ide: $ws is not a directory; give a workspace directory" >&2
  exit 2
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "ptl ide: no graphical display (DISPLAY is not set); run it in a desktop session" >&2
  exit 2
fi

# Everything that goes into the product or the update site (examples/ is packaged into org.ptl.ui).
sources_newer_than() {
  [ -n "$(find "$root/plugins" "$root/features" "$root/examples" "$root/releng/org.ptl.target" \
        "$root/releng/org.ptl.product" "$root/update-site" \
        \( -name target -prune \) -o -type f -newer "$1" -print 2>/dev/null | head -n 1)" ]
}
stale() { [ ! -f "$1" ] || sources_newer_than "$1"; }

if stale "$product_repo" || stale "$site_repo"; then
  echo "ptl ide: building the IDE and the update site (first use or changed sources; takes a few minutes) ..." >&2
  log="$root/target/ptl-ide-build.log"
  mkdir -p "$root/target"
  if ! "$root/build.sh" -q -DskipTests -pl releng/org.ptl.product,update-site -am package >"$log" 2>&1; then
    echo "ptl ide: the build failed; see $log" >&2
    tail -n 20 "$log" >&2
    exit 2
  fi
fi

stamp="$ide/.ptl-installed"
if [ ! -f "$stamp" ] || [ "$product_repo" -nt "$stamp" ] || [ "$site_repo" -nt "$stamp" ]; then
  "$root/releng/install-ide.sh" "$ide" || exit 2
fi

mkdir -p "$ws"
ws=$(cd "$ws" && pwd)
echo "ptl ide: starting PTL Workbench on $ws (platform log: $ws/.metadata/.log)" >&2
exec "$root/releng/launch-ide.sh" "$ide" -Dptl.examples=ptl-examples -- -data "$ws"
