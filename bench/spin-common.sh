# Shared by the bench scripts that compare ptl explore with SPIN (sourced, not run).

# need COMMAND PACKAGE: the command, installed from the Debian package with apt-get when running
# as root; otherwise a line saying how, and exit 2.
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing $2 with apt-get ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null; }
  fi
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: '$1' is missing; install it with: sudo apt-get install $2" >&2
  exit 2
}

# field NAME FILE: the first numeric JSON property NAME of ptl explore's --format json output.
field() { sed -n "s/^ *\"$1\": \([0-9.eE+-]*\),\{0,1\}$/\1/p" "$2" | head -1; }
