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

# run_spin DIR PML W [SPIN OPTION...]: SPIN's verifier for the Promela file, built in DIR (spin -a,
# gcc -O2 -DSAFETY -DBFS) and run breadth first with a hash table of 2^W slots; sets spin_states,
# spin_seconds, spin_rate, spin_mb and spin_vector from pan's report, or exits 1 when pan did not
# finish cleanly.
run_spin() {
  local dir=$1 pml=$2 w=$3
  shift 3
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && spin -a "$@" "$pml" >/dev/null && gcc -O2 -DSAFETY -DBFS -DMEMLIM=16384 -o pan pan.c 2>/dev/null)
  echo "SPIN: spin -a${*:+ $*}, gcc -O2 -DSAFETY -DBFS, ./pan -w$w ..." >&2
  (cd "$dir" && ./pan -w"$w" >pan.out 2>&1) || true
  spin_states=$(sed -n 's/^ *\([0-9][0-9]*\) states, stored.*/\1/p' "$dir/pan.out" | head -1)
  spin_seconds=$(sed -n 's/^pan: elapsed time \([0-9.e+]*\) seconds.*/\1/p' "$dir/pan.out" | head -1)
  spin_rate=$(sed -n 's/^pan: rate *\([0-9.e+]*\) states\/second.*/\1/p' "$dir/pan.out" | head -1)
  spin_mb=$(sed -n 's/^ *\([0-9.]*\)[[:space:]]*total actual memory usage.*/\1/p' "$dir/pan.out" | head -1)
  spin_vector=$(sed -n 's/^State-vector \([0-9]*\) byte.*/\1/p' "$dir/pan.out" | head -1)
  if grep -q "errors: [1-9]" "$dir/pan.out" || [ -z "$spin_states" ]; then
    echo "bench: SPIN did not finish cleanly; see $dir/pan.out" >&2
    exit 1
  fi
}
