#!/usr/bin/env bash
# How fast every interleaving of racing walkers is explored: `ptl explore --format json` on the two
# benchmark scenarios of bench/racing/ — two vCPUs with two faults each on one 2 MiB region, and
# three vCPUs faulting inside one 1 GiB block that must be split — with and without partial-order
# reduction, each RUNS times; prints states, transitions, complete interleavings, the events run
# (replays included), the runs started, and the exploration's own time (best and worst of the runs).
# Goals: the two-vCPU case exhaustively in under 1 s of exploration, three vCPUs in under 30 s.
#
# Usage: bench/racing.sh [RUNS]     (default 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
cd "$root"
./ptl checks >/dev/null   # builds the command line first, outside the timings

printf '%-22s %-9s %9s %12s %26s %12s %8s %16s %6s\n' scenario reduction states transitions interleavings \
  "events run" runs "exploration s" goal
for file in bench/racing/two_vcpus_two_faults.ptl bench/racing/three_vcpus_split_1g.ptl; do
  case "$file" in *two_vcpus*) goal=1 ;; *) goal=30 ;; esac
  for reduction in on off; do
    flag=()
    [ "$reduction" = off ] && flag=(--no-reduction)
    times=()
    for _ in $(seq "$runs"); do
      json=$(./ptl explore --format json "${flag[@]}" "$file")
      read -r name states transitions interleavings events started seconds < <(python3 -c '
import json, sys
s = json.load(sys.stdin)["scenarios"][0]
print(s["scenario"], s["states"], s["transitions"], s["interleavings"], s["eventsRun"], s["runs"], "%.3f" % s["seconds"])' <<<"$json")
      times+=("$seconds")
    done
    best=$(printf '%s\n' "${times[@]}" | sort -g | head -n 1)
    worst=$(printf '%s\n' "${times[@]}" | sort -g | tail -n 1)
    met=$(python3 -c "print('met' if $worst < $goal else 'MISSED')")
    [ "$reduction" = off ] && met="-"
    printf '%-22s %-9s %9s %12s %26s %12s %8s %16s %6s\n' "$name" "$reduction" "$states" "$transitions" \
      "$interleavings" "$events" "$started" "$best-$worst" "$met"
  done
done
