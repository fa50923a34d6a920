#!/usr/bin/env bash
# How long the layout prover takes: `ptl explore --format json` on every bundled HYP VA layout and
# the 5.4 twin, each run three times; prints per layout its verdict, the number of classes (the
# inputs with few values, split), the free input bits each SAT problem ranges over, and the
# prover's own time (best and worst of the runs) beside the whole process's wall time. Goal: each
# era proved in under one second of prover time (`ptl check` gives the prover 5 s).
#
# Usage: bench/layout-proof.sh [RUNS]     (default 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
cd "$root"
./ptl checks >/dev/null   # builds the command line first, outside the timings

files=(examples/layout/*.ptl tests/org.ptl.cli.tests/fixtures/twins/hyp_va_5_4.ptl)
printf '%-14s %-9s %8s %10s %16s %16s\n' layout verdict classes "free bits" "prover s" "process s"
for file in "${files[@]}"; do
  provers=() walls=() verdict="" classes="" bits="" name=""
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    json=$(./ptl explore --format json "$file" 2>/dev/null || true)
    end=$(date +%s.%N)
    read -r name verdict classes bits seconds < <(python3 -c '
import json, sys
l = json.load(sys.stdin)["layouts"][0]
print(l["layout"], l["verdict"], l["classes"], l["freeBits"], "%.3f" % l["seconds"])' <<<"$json")
    provers+=("$seconds")
    walls+=("$(python3 -c "print('%.2f' % ($end - $start))")")
  done
  range() { printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | paste -sd- ; }
  printf '%-14s %-9s %8s %10s %16s %16s\n' "$name" "$verdict" "$classes" "$bits" "$(range "${provers[@]}")" \
    "$(range "${walls[@]}")"
done
