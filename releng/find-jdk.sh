#!/bin/sh
# Prints the home of a JDK >= 21 (Tycho 5 and the PTL bundles need one), or explains what to
# install and fails. Order: $JAVA_HOME, the javac on PATH, then /usr/lib/jvm (newest first).
# The version comes from the JDK's release file, so that no JVM has to start just to ask.
major() {
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "${v:-0}"
}
ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(major "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
if command -v javac >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if ok "$home"; then echo "$home"; exit 0; fi
fi
for j in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -t- -k2 -V -r); do
  if ok "$j"; then echo "$j"; exit 0; fi
done
echo "PTL needs a JDK 21 or newer (found none in JAVA_HOME, on PATH or under /usr/lib/jvm)." >&2
echo "  Debian/Ubuntu: apt-get install openjdk-21-jdk   (or any JDK >= 21, then export JAVA_HOME)" >&2
exit 2
