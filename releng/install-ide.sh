#!/usr/bin/env bash
# Makes a runnable PTL Workbench IDE in DEST: a fresh copy of the built product (the bare platform)
# with the PTL feature installed from the built update site by the product's own p2 director —
# the same install a user does into their own Eclipse, so this also tests the update site.
#   releng/install-ide.sh DEST
# Needs a build of both: ./build.sh -DskipTests -pl releng/org.ptl.product,update-site -am package
# On success DEST/.ptl-installed exists (./ptl ide reinstalls when it is older than the build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/org.ptl.product/target/products/org.ptl.ide/linux/gtk/x86_64/ptl-ide"
site="$root/update-site/target/repository"
feature=org.ptl.feature.feature.group

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: releng/install-ide.sh DEST   (DEST is replaced by the product with PTL installed)" >&2
  exit 2
fi
for built in "$product/plugins" "$site/p2.index"; do
  if [ ! -e "$built" ]; then
    echo "install-ide: $built is missing; build first:" >&2
    echo "  ./build.sh -q -DskipTests -pl releng/org.ptl.product,update-site -am package" >&2
    exit 2
  fi
done
mkdir -p "$(dirname "$1")"
dest=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

rm -rf "$dest"
cp -a "$product" "$dest"
log="$dest/install.log"
echo "install-ide: installing $feature from $site into $dest ..." >&2
# -data @none: the director needs no workspace (else it would create ~/workspace/.metadata).
if ! "$root/releng/launch-ide.sh" "$dest" -- -nosplash -consoleLog -data @none \
      -application org.eclipse.equinox.p2.director \
      -repository "file:$site" -installIU "$feature" \
      -destination "$dest" -profile DefaultProfile >"$log" 2>&1; then
  echo "install-ide: the p2 director failed; its output ($log):" >&2
  cat "$log" >&2
  exit 1
fi
touch "$dest/.ptl-installed"
echo "install-ide: done ($(grep -m1 'Operation completed' "$log" || echo 'installed'))" >&2
