#!/usr/bin/env bash
# The simulation engine against Linux's own stage-2 library, side by side (issue 17): the JMH
# benchmarks of bench/sim-jmh.sh (map, map one 4K page per call, walk leaves, walk every entry,
# unmap; 1 GiB in 4K pages on the 4K/40-bit stage 2) and the same operations on Linux 6.12's
# arch/arm64/kvm/hyp/pgtable.c, compiled unmodified as a user-space program, in each of RUNS runs;
# then one table: per operation the median time of one call on each side and their ratio, each as
# min / median / max over the runs, with the machine's load average.
#
# Usage: bench/sim-vs-linux.sh [RUNS]     (default 3; about 5 minutes a run on 2 cores)
#
# Nothing of the kernel is in this project: pgtable.c and asm/kvm_pgtable.h come from Debian's
# linux-source-6.12 package, which this script downloads with apt-get download (no root needed; the
# candidate version of the machine's package lists), extracts into a temporary folder under
# target/sim-vs-linux/ and deletes with everything built from it when it ends. The headers it
# compiles against are the project's stand-ins (bench/native/linux-shim: real memory accesses,
# maintenance counted, the pool of table pages of org.ptl.sim), with the harness
# bench/native/pgtable_bench.c, by cc -O2 with the kernel's code-generation flags, as the nVHE hyp
# object (-D__KVM_NVHE_HYPERVISOR__: pKVM's build, no RCU); set PGTABLE_BUILD=host for the host
# kernel's build instead. Before timing, both sides print the shape of the tables they build
# (pages, table entries, leaves, sum of every entry) and the script fails unless they are equal.
# Each run's output stays in target/sim-vs-linux/ (run-N-linux.txt, run-N-jmh.txt, run-N-jmh.csv)
# and the table in target/sim-vs-linux/table.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
case "$runs" in
  '' | *[!0-9]* | 0) echo "usage: bench/sim-vs-linux.sh [RUNS]   (RUNS: a number of runs, 1 or more)" >&2; exit 2 ;;
esac
case "${PGTABLE_BUILD:=hyp}" in
  hyp) build_flag=-D__KVM_NVHE_HYPERVISOR__ build_text="built as for nVHE hyp (pKVM)" ;;
  host) build_flag= build_text="built as for the host kernel" ;;
  *) echo "bench: PGTABLE_BUILD is 'hyp' (the default) or 'host', not '$PGTABLE_BUILD'" >&2; exit 2 ;;
esac
out="$root/target/sim-vs-linux"
mkdir -p "$out"

for tool in apt-get dpkg-deb tar xz cc awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is missing (this script needs a Debian machine with a C compiler)" >&2; exit 2; }
done

# --- Linux's pgtable.c, from Debian's package; removed at exit, whatever happens ---
work=$(mktemp -d "$out/linux.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "bench: downloading Debian's linux-source-6.12 (about 150 MB) with apt-get download into $work;" \
  "only pgtable.c and kvm_pgtable.h are extracted, and all of it is deleted when this script ends" >&2
if ! (cd "$work" && apt-get download -q -o APT::Sandbox::User=root linux-source-6.12) >"$work/apt.log" 2>&1; then
  echo "bench: apt-get download linux-source-6.12 failed (as root, 'apt-get update' first may help):" >&2
  cat "$work/apt.log" >&2
  exit 2
fi
deb=$(echo "$work"/linux-source-6.12_*.deb)
version=$(dpkg-deb -f "$deb" Version)
src="$work/linux"
mkdir -p "$src"
echo "bench: extracting arch/arm64/kvm/hyp/pgtable.c and arch/arm64/include/asm/kvm_pgtable.h of $version ..." >&2
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/src/linux-source-6.12.tar.xz |
  tar -xJ -C "$src" --strip-components=1 linux-source-6.12/arch/arm64/kvm/hyp/pgtable.c \
    linux-source-6.12/arch/arm64/include/asm/kvm_pgtable.h
rm -f "$deb"

# the kernel's own code-generation flags that change what -O2 may assume
cflags=(-O2 -fno-strict-aliasing -fno-strict-overflow -fno-delete-null-pointer-checks -fno-common -Wall $build_flag
  -I"$root/bench/native/linux-shim" -I"$src/arch/arm64/include")
for unit in "$src/arch/arm64/kvm/hyp/pgtable.c" "$root/bench/native/linux-shim/shim.c" "$root/bench/native/pgtable_bench.c"; do
  if ! cc "${cflags[@]}" -c "$unit" -o "$work/$(basename "$unit" .c).o" 2>>"$work/cc.log"; then
    echo "bench: $(basename "$unit") does not compile against bench/native/linux-shim:" >&2
    cat "$work/cc.log" >&2
    exit 2
  fi
done
cc -o "$work/pgtable_bench" "$work/pgtable_bench.o" "$work/shim.o" "$work/pgtable.o"
compiler=$(cc --version | head -n 1)

# --- the runs: Linux's code, then the engine's JMH benchmarks, each run ---
loads=()
for run in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "bench: run $run of $runs: Linux's pgtable.c (about 1 minute) ..." >&2
  if ! "$work/pgtable_bench" >"$out/run-$run-linux.txt" 2>&1; then
    echo "bench: the Linux harness failed:" >&2
    cat "$out/run-$run-linux.txt" >&2
    exit 1
  fi
  echo "bench: run $run of $runs: the engine, bench/sim-jmh.sh in JMH's sample mode (about 4 minutes) ..." >&2
  if ! LC_ALL=C "$root/bench/sim-jmh.sh" -bm sample -tu ms -rf csv -rff "$out/run-$run-jmh.csv" \
    >"$out/run-$run-jmh.txt" 2>&1; then
    echo "bench: bench/sim-jmh.sh failed; see $out/run-$run-jmh.txt" >&2
    tail -n 20 "$out/run-$run-jmh.txt" >&2
    exit 1
  fi
  loads+=("$load-$(cut -d' ' -f1 /proc/loadavg)")
  if ! diff <(grep '^shape ' "$out/run-$run-linux.txt" | sort) <(grep '^shape ' "$out/run-$run-jmh.txt" | sort) >&2; then
    echo "bench: the engine's tables (>) differ from those of Linux's pgtable.c (<): the times would not compare the same work" >&2
    exit 1
  fi
done

# --- the table ---
{
  echo "Linux $version arch/arm64/kvm/hyp/pgtable.c, $build_text by $compiler -O2, against"
  echo "org.ptl.sim ($(grep '^JVM:' "$out/run-1-jmh.txt" | sed 's/^JVM: //'), JMH): 1 GiB in 4K pages on the 4K/40-bit stage 2."
  echo "Each figure: the median time of one call; min / median / max over $runs runs (ratio: engine / Linux, per run)."
  echo
  echo "| operation | engine (Java) ms | Linux pgtable.c (C) ms | engine / Linux |"
  echo "|---|---|---|---|"
  for op in map mapPages walkLeaves walkAll unmap; do
    for run in $(seq 1 "$runs"); do
      c=$(awk -v op="$op" '$1 == "time" && $2 == op { print $3 }' "$out/run-$run-linux.txt")
      java=$(awk -F, -v key="\"org.ptl.sim.bench.Stage2Bench.$op:p0.50\"" '$1 == key { print $5 }' "$out/run-$run-jmh.csv")
      [ -n "$c" ] && [ -n "$java" ] || { echo "bench: no time for $op in run $run" >&2; exit 1; }
      echo "$java $c"
    done | awk -v op="$op" '
      function spread(values, n,   sorted, i, j, t, fmt) {
        for (i = 1; i <= n; i++) sorted[i] = values[i]
        for (i = 2; i <= n; i++) for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) { t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t }
        fmt = sorted[n] >= 10 ? "%.1f" : "%.2f"
        return sprintf(fmt " / " fmt " / " fmt, sorted[1], sorted[int((n + 1) / 2)], sorted[n])
      }
      { n++; java[n] = $1; c[n] = $2; ratio[n] = $1 / $2 }
      END {
        names["map"] = "map into an empty table"; names["mapPages"] = "map, one 4K page per call"
        names["walkLeaves"] = "walk, leaves"; names["walkAll"] = "walk, every entry"; names["unmap"] = "unmap"
        printf "| %s | %s | %s | %s |\n", names[op], spread(java, n), spread(c, n), spread(ratio, n)
      }'
  done
  echo
  echo "Load average (1 minute) at the start and end of each run: ${loads[*]} (2 cores)."
  echo "Tables built, equal on both sides in every run (pages, table entries, leaves, sum of every entry):"
  grep '^shape ' "$out/run-1-linux.txt" | sed 's/^/  /'
  echo "TLB and cache maintenance Linux asked for (counted by the stand-ins; the engine, with Maintenance.NONE, skips it):"
  grep '^maintenance ' "$out/run-1-linux.txt" | sed 's/^maintenance /  /'
} | tee "$out/table.md"
