#!/usr/bin/env bash
# End-to-end test of `ptl lsp` in a real editor: headless Neovim (Debian's `neovim`, 0.7 or newer)
# set up with exactly the Lua block of README.md's "Neovim" section, `ptl` on the PATH through a
# symbolic link to this checkout's launcher (the packaged command line), a copy of the examples
# whose claims.ptl has a seeded defect (ttl_level no longer shared with pkvm). Checks the
# diagnostics' check ids and lines, a hover and a definition in another file (releng/nvim-lsp-test.lua
# writes them). Usage: releng/nvim-lsp-test.sh   (after the command line is built; .ci/run runs it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim-lsp-test: Neovim is not installed (apt-get install neovim)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$root/examples" "$work/ws"
claims="$work/ws/pkvm/claims.ptl"
sed -i 's/claim ttl_level \[56:55\] shared with pkvm/claim ttl_level [56:55]/' "$claims"
grep -q 'claim ttl_level \[56:55\] "' "$claims" || { echo "nvim-lsp-test: the seeded defect did not apply" >&2; exit 1; }
defect_line=$(grep -n 'claim ttl_level' "$claims" | cut -d: -f1)
format_line=$(grep -n '^format arm64_s2_4k ' "$work/ws/arm64/stage2_4k.ptl" | cut -d: -f1)

# the README's block, verbatim
awk '/<!-- nvim-setup/ { found = 1; next } found && /^```lua/ { inside = 1; next } inside && /^```/ { exit } inside { print }' \
  "$root/README.md" >"$work/init.lua"
[ -s "$work/init.lua" ] || { echo "nvim-lsp-test: no Neovim setup found in README.md" >&2; exit 1; }

mkdir -p "$work/bin"
ln -s "$root/ptl" "$work/bin/ptl"
"$root/ptl" checks >/dev/null # builds and prepares the command line outside Neovim's time-out

start=$(date +%s)
status=0
(cd "$work/ws" && PATH="$work/bin:$PATH" PTL_NVIM_OUT="$work/out.txt" XDG_CONFIG_HOME="$work/config" \
  XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" \
  timeout 300 nvim --headless -i NONE -u "$work/init.lua" pkvm/claims.ptl \
  -c "luafile $root/releng/nvim-lsp-test.lua" </dev/null >"$work/nvim.txt" 2>&1) || status=$?
echo "nvim-lsp-test: Neovim $(nvim --version | head -n 1 | cut -d' ' -f2) ran for $(($(date +%s) - start)) s (exit $status); it saw:"
sed 's/^/  /' "$work/out.txt" 2>/dev/null | cut -c1-160 || true

failures=0
expect() { # description, extended regular expression on the output
  if grep -Eq "$2" "$work/out.txt" 2>/dev/null; then
    echo "  ok: $1"
  else
    echo "  FAILED: $1 (no line matching: $2)" >&2
    failures=$((failures + 1))
  fi
}
expect "claims.overlap, an error, on line $defect_line" "^diagnostic $defect_line claims\.overlap 1$"
if grep -E '^diagnostic ' "$work/out.txt" | grep -Ev "^diagnostic $defect_line claims\.overlap 1$" | grep -Eq ' 1$'; then
  echo "  FAILED: an error other than the seeded one" >&2
  failures=$((failures + 1))
fi
expect "hover shows the claim's bits" '^hover \*\*claim\*\* `pkvm\.state` .*bits \[56:55\]'
expect "definition of arm64_s2_4k in arm64/stage2_4k.ptl, line $format_line" \
  "^definition .*/arm64/stage2_4k\.ptl $format_line$"
if [ "$status" -ne 0 ] || [ "$failures" -ne 0 ]; then
  echo "nvim-lsp-test: FAILED; Neovim said:" >&2
  sed 's/^/  /' "$work/nvim.txt" >&2
  exit 1
fi
echo "nvim-lsp-test: passed"
