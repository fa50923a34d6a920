#!/usr/bin/env bash
# JMH benchmarks of the simulation engine (plugins/org.ptl.sim) on the bundled arm64 stage-2 format
# (examples/arm64/stage2_4k_40.ptl) with Linux 6.12's operations (examples/kvm/stage2_6_12.ptl):
# map, walk and unmap 1 GiB in 4K pages (262,144 leaves), also map it one 4K page per call, and walk
# the fully populated range. Prints ms per operation, entries visited per second, bytes allocated
# per entry and bytes of heap per PTE as one table at the end (about 3 minutes on 2 cores, plus one
# or two when it has to build), and the shape of the tables measured. bench/sim-vs-linux.sh runs this
# next to Linux's own pgtable.c and prints both side by side.
#
# Usage: bench/sim-jmh.sh [JMH options]     e.g. bench/sim-jmh.sh -i 10 'Stage2Bench.walk'
#
# It first builds what it needs, when sources changed since the last build: the Tycho bundles
# org.ptl.model, org.ptl.sim and org.ptl.lang (which parses the examples during set-up) and the
# plain Maven module bench/org.ptl.sim.bench (JMH 1.37 from Maven Central, only in the reactor
# under -Pbench, so ./build.sh never builds or runs it). The build runs offline first and goes
# online only when that fails (on first use, to fetch JMH and plain-Maven plugins).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
module="$root/bench/org.ptl.sim.bench"
classpath="$module/target/bench.classpath"
stamp="$module/target/built.stamp"

JAVA_HOME=$("$root/releng/find-jdk.sh") || exit 2
export JAVA_HOME
java="$JAVA_HOME/bin/java"
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)

sources_newer_than() {
  [ -n "$(find "$root/plugins/org.ptl.model" "$root/plugins/org.ptl.sim" "$root/plugins/org.ptl.lang" "$module" \
        "$root/releng/org.ptl.target" "$root/pom.xml" \( -name target -o -name src-gen -o -name emf-gen \
        -o -name generated \) -prune -o -type f -newer "$1" -print 2>/dev/null | head -n 1)" ]
}

# a jar of the class path gone (./build.sh cleans the bundles' target/ folders) also means a build
jar_missing() {
  tr ':' '\n' <"$classpath" | while read -r jar; do [ -e "$jar" ] || { echo "$jar"; break; }; done | grep -q .
}

if [ ! -f "$classpath" ] || [ ! -f "$stamp" ] || sources_newer_than "$stamp" || jar_missing; then
  echo "sim-jmh: building org.ptl.sim and the benchmarks (first use or changed sources) ..." >&2
  log="$root/target/sim-jmh-build.log"
  mkdir -p "$root/target"
  build() { "$root/build.sh" "$@" -q -Pbench -DskipTests package -pl bench/org.ptl.sim.bench -am >"$log" 2>&1; }
  if ! build -o && ! build; then
    echo "sim-jmh: the build failed; see $log" >&2
    tail -n 30 "$log" >&2
    exit 2
  fi
  touch "$stamp"
fi

# The serial collector makes the heap-per-PTE measurement (done in this JVM) exact; the JMH forks
# get their own options (see SimBench).
opts="-XX:+UseSerialGC -Xms1g -Xmx1g"
[ "${version:-0}" -ge 24 ] && opts="--sun-misc-unsafe-memory-access=allow $opts"
# shellcheck disable=SC2086
exec "$java" $opts -Dptl.root="$root" -cp "$module/target/classes:$(cat "$classpath")" \
  org.ptl.sim.bench.SimBench "$@"
