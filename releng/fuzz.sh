#!/usr/bin/env bash
# Fuzzes the ptl command with Jazzer (tests/org.ptl.fuzz): check, format, simulate, explore and
# decode, each for SECONDS (default 30), seeded with the bundled examples and the check fixtures.
# Every input must keep the command's contract (a known exit code, no internal error, no stack
# trace, reports and JSON that parse; see tests/org.ptl.fuzz/src/main/java/org/ptl/fuzz).
#
# Usage: releng/fuzz.sh [SECONDS] [TARGET...]      e.g. releng/fuzz.sh 600 check format
#
# Prints, per target, the inputs run and the failures found; exits 1 when one was found. A failing
# input is kept under target/fuzz/findings/TARGET/; to keep it fixed, copy it (after the fix) into
# tests/org.ptl.fuzz/src/test/resources/org/ptl/fuzz/PtlFuzzTestInputs/TARGET/, which ./build.sh
# replays. The generated corpus grows in target/fuzz/corpus/ from run to run (never committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(check format simulate explore decode conform)
case "$seconds" in ''|*[!0-9]*) echo "fuzz: SECONDS must be a number, not '$seconds'" >&2; exit 2 ;; esac

module="$root/tests/org.ptl.fuzz"
classpath="$module/target/fuzz.classpath"
work="$root/target/fuzz"
JAVA_HOME=$("$root/releng/find-jdk.sh") || exit 2
java="$JAVA_HOME/bin/java"

newer_sources() {
  [ -n "$(find "$root/plugins" "$module/src" "$module/pom.xml" \( -name target -prune \) -o -type f \
        -newer "$classpath" -print 2>/dev/null | head -n 1)" ]
}
if [ ! -f "$classpath" ] || newer_sources; then
  echo "fuzz: building the fuzz targets (first use or changed sources) ..." >&2
  mkdir -p "$root/target"
  # from scratch, as the ptl launcher builds (a changed constant stays inlined otherwise)
  rm -rf "$root"/plugins/*/target "$module/target/classes"
  if ! "$root/build.sh" -q -DskipTests -pl tests/org.ptl.fuzz -am package >"$root/target/fuzz-build.log" 2>&1; then
    echo "fuzz: the build failed; see target/fuzz-build.log" >&2
    tail -n 20 "$root/target/fuzz-build.log" >&2
    exit 2
  fi
fi

# Seeds: every example and fixture, behind the header that places it in its own directory.
seeds="$work/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
(cd "$root" && find examples tests/org.ptl.cli.tests/fixtures -name '*.ptl' | sort) | while read -r file; do
  { printf '// in: %s\n' "$(dirname "$file")"; cat "$root/$file"; } >"$seeds/$(echo "$file" | tr '/' '_')"
done

# conform reads traces: its seeds are the bundled and the fixtures' casemate traces
trace_seeds="$work/trace-seeds"
rm -rf "$trace_seeds"
mkdir -p "$trace_seeds"
(cd "$root" && find examples tests/org.ptl.cli.tests/fixtures -name '*.log' | sort) | while read -r file; do
  cp "$root/$file" "$trace_seeds/$(echo "$file" | tr '/' '_')"
done

failed=0
printf '%-9s %10s %8s %9s\n' target inputs "exec/s" failures
for target in "${targets[@]}"; do
  class="org.ptl.fuzz.$(echo "${target:0:1}" | tr a-z A-Z)${target:1}Target"
  corpus="$work/corpus/$target"
  findings="$work/findings/$target"
  log="$work/$target.log"
  mkdir -p "$corpus" "$findings"
  set +e
  (cd "$findings" && "$java" -Xmx4g -Xss16m -XX:+EnableDynamicAgentLoading -Dptl.root="$root" \
     -cp "$(cat "$classpath"):$module/target/classes" com.code_intelligence.jazzer.Jazzer \
     --target_class="$class" --instrumentation_includes='org.ptl.**' --keep_going=20 \
     -max_total_time="$seconds" -timeout=30 -rss_limit_mb=6144 -print_final_stats=1 \
     "$corpus" "$([ "$target" = conform ] && echo "$trace_seeds" || echo "$seeds")") >"$log" 2>&1
  status=$?
  set -e
  runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
  [ -n "$runs" ] || runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\)/\1/p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *\([0-9]*\)/\1/p' "$log" | tail -n 1)
  crashes=$(find "$findings" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  printf '%-9s %10s %8s %9s\n' "$target" "${runs:-?}" "${rate:-?}" "$crashes"
  if [ "$crashes" -gt 0 ] || { [ "$status" -ne 0 ] && [ -z "$runs" ]; }; then
    failed=1
    echo "fuzz: $target: see $log and $findings" >&2
    grep -m 3 -A 12 '== Java Exception' "$log" >&2 || tail -n 20 "$log" >&2
  fi
done
exit $failed
