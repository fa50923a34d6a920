#!/usr/bin/env bash
# The language server's speed and memory (bench/lsp/LspBench.java): `ptl lsp` started as an
# editor starts it, over stdio. Prints the first build of the generated 10,000-line spec
# (bench/spec10k.sh) as initialize's time, per file the time from didOpen to diagnostics and from an
# edit to diagnostics (goal: under 1 s after the first), and the server's memory with every
# example open. Usage: bench/lsp-10k.sh [EDITS]   (default 9 edits per file)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
edits=${1:-9}
out="$root/bench/out/spec10k"
rm -rf "$out"
"$root/bench/spec10k.sh" "$out"
"$root/ptl" checks >/dev/null # builds and prepares the command line first
java="$("$root/releng/find-jdk.sh")/bin/java"
"$java" -cp "$(cat "$root/releng/org.ptl.cli.distribution/target/cli/ptl.classpath")" \
  "$root/bench/lsp/LspBench.java" "$root/ptl" "$out" "$root/examples" "$edits"
