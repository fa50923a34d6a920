#!/usr/bin/env bash
# How fast 'ptl conform' checks a long trace, and that its memory does not grow with the trace: the
# pKVM v5.15 run of bench/conform/share_cycle.ptl (share, unshare, share) is written as a casemate
# trace ('ptl simulate --trace casemate'), its last two steps (unshare, share: locked sections that
# together leave the tables as they found them) are repeated with fresh record ids to RECORDS
# records, and the trace is
# checked against the scenario's binding twice: with the default heap, timed, and with a heap of
# 64 MiB, to show that the check needs memory for the tables, not for the trace.
# Goal: >= 2 million records per second; the 64 MiB run conforms as well.
#
# Usage: bench/conform.sh [RECORDS]     (default 10000000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
records=${1:-10000000}
cd "$root"
./ptl checks >/dev/null   # builds the command line first, outside the timings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./ptl simulate bench/conform/share_cycle.ptl --trace casemate >"$work/one.log"
# the prologue: every record before the second step's first lock; the body: the rest, repeated with new ids
python3 - "$work/one.log" "$records" >"$work/long.log" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
total = int(sys.argv[2])
starts = [i for i, line in enumerate(lines) if line.startswith("(lock ") and not lines[i - 1].startswith("(lock ")]
first = starts[1]
out = sys.stdout
out.write("\n".join(lines[:first]) + "\n")
parts = [re.match(r"(\(\S+ \(id )\d+(\).*)", line).groups() for line in lines[first:]]
n = first
chunk = []
while n < total:
    for head, tail in parts:
        if n >= total:
            break
        chunk.append(f"{head}{n}{tail}\n")
        n += 1
    if len(chunk) > 50000:
        out.write("".join(chunk))
        chunk.clear()
out.write("".join(chunk))
PY
size=$(du -h "$work/long.log" | cut -f1)
lines=$(wc -l <"$work/long.log")

start=$(date +%s.%N)
/usr/bin/time -f '%U %S %M' -o "$work/rss" ./ptl conform "$work/long.log" --binding pkvm_v5_15_arm64 -q >"$work/report" || true
end=$(date +%s.%N)
tail -n 1 "$work/report"
seconds=$(python3 -c "print('%.2f' % ($end - $start))")
rate=$(python3 -c "print('%.2f' % ($lines / ($end - $start) / 1e6))")
read -r user sys rss < <(tail -n 1 "$work/rss")
cpu=$(python3 -c "print('%.2f' % ($user + $sys))")
per_cpu=$(python3 -c "print('%.2f' % ($lines / ($user + $sys) / 1e6))")
# on a machine shared with other builds the wall-clock rate says little: CPU time is given too
echo "records: $lines ($size); wall: ${seconds} s, ${rate} M records/s; CPU: ${cpu} s (all threads, JVM start and JIT included), ${per_cpu} M records per CPU second; max RSS $(( rss / 1024 )) MiB; load average $(cut -d' ' -f1 /proc/loadavg)"
python3 -c "print('goal >= 2 M records/s:', 'met' if $rate >= 2 else 'MISSED')"

JAVA_OPTS="-Xms16m -Xmx64m" ./ptl conform "$work/long.log" --binding pkvm_v5_15_arm64 -q >"$work/report64" && \
  echo "with a 64 MiB heap: $(tail -n 1 "$work/report64")" || echo "with a 64 MiB heap: FAILED ($(tail -n 1 "$work/report64"))"
