#!/bin/sh
# Builds PTL Workbench and runs every test: ./build.sh [maven arguments]  (default: clean verify)
# Finds a JDK >= 21 by itself, seeds ./mvnw's Maven 3.9.11 through the installed mvn, and runs
# under xvfb-run when there is no X display (the Eclipse UI tests need one).
set -e
cd "$(dirname "$0")"
JAVA_HOME=$(releng/find-jdk.sh) || exit 2
export JAVA_HOME
[ -n "${MVNW_REPOURL:-}" ] || releng/bootstrap-maven.sh
[ $# -gt 0 ] || set -- clean verify
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  case " $* " in
    *skipTests*) ;;
    *) echo "build.sh: the Eclipse UI tests need an X display: install xvfb and GTK 3" \
         "(apt-get install xvfb xauth libgtk-3-0), set DISPLAY, or add -DskipTests" >&2
       exit 2 ;;
  esac
fi
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B "$@"
fi
exec ./mvnw -B "$@"
