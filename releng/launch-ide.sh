#!/usr/bin/env bash
# Starts an installed PTL Workbench IDE (a copy of the product made by releng/install-ide.sh):
#   releng/launch-ide.sh INSTALL_DIR [JVM_ARG...] -- [ECLIPSE_ARG...]
# e.g. releng/launch-ide.sh target/ide/ptl-ide -Dptl.examples=ptl-examples -- -data ~/ptl-workspace
# The product has no native launcher (none is on Maven Central), so nothing reads its eclipse.ini:
# this script passes the -vmargs written there (from the .product file) to java itself. It replaces
# itself with the JVM (exec), so a caller can wait for or kill the IDE by this script's PID.
set -euo pipefail
usage() { echo "usage: releng/launch-ide.sh INSTALL_DIR [JVM_ARG...] -- [ECLIPSE_ARG...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
dir=$1; shift
launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$launcher" ]; then
  echo "launch-ide: $dir is not an installed product (no plugins/org.eclipse.equinox.launcher_*.jar)" >&2
  exit 2
fi

JAVA_HOME=$("$(dirname "$0")/find-jdk.sh") || exit 2
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || true)

# JVM arguments: the product's (the lines after -vmargs in eclipse.ini), then the caller's.
vmargs=()
if [ -f "$dir/eclipse.ini" ]; then
  mapfile -t vmargs < <(sed -n '/^-vmargs$/,$p' "$dir/eclipse.ini" | sed '1d;/^$/d')
fi
# Guice (Xtext) uses sun.misc.Unsafe; JDK 24+ warns about it on every start unless allowed.
[ "${version:-0}" -lt 24 ] || vmargs=(--sun-misc-unsafe-memory-access=allow "${vmargs[@]}")
while [ $# -gt 0 ] && [ "$1" != -- ]; do vmargs+=("$1"); shift; done
[ $# -eq 0 ] || shift   # the --

exec "$JAVA_HOME/bin/java" "${vmargs[@]}" -jar "$launcher" "$@"
