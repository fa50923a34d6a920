#!/bin/sh
# Seeds the Maven wrapper's cache with the Maven version that .mvn/wrapper/maven-wrapper.properties
# names, by resolving org.apache.maven:apache-maven:<version>:tar.gz:bin with the *installed* mvn.
# The installed Maven fetches it from whatever repository or mirror it is configured with, so no
# repository host has to appear in this project (the wrapper's distributionUrl is host-free).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
url=$(sed -n 's/^distributionUrl=//p' "$root/.mvn/wrapper/maven-wrapper.properties" | tr -d '[:space:]')
version=$(echo "$url" | sed 's#.*/apache-maven-\(.*\)-bin\.zip$#\1#')

# mvnw keys its cache on Java's String.hashCode of the distributionUrl, printed in hex.
hash=0; rest="$url"
while [ -n "$rest" ]; do
  c="${rest%"${rest#?}"}"
  hash=$(((hash * 31 + $(LC_CTYPE=C printf %d "'$c")) % 4294967296))
  rest="${rest#?}"
done
dest="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$version/$(printf %x "$hash")"
if [ -x "$dest/bin/mvn" ]; then
  exit 0
fi
if ! command -v mvn >/dev/null 2>&1; then
  echo "bootstrap-maven: no 'mvn' on PATH to fetch Maven $version with." >&2
  echo "  Install one (Debian: apt-get install maven) or export MVNW_REPOURL=<repository base URL>." >&2
  exit 2
fi
echo "bootstrap-maven: fetching Maven $version for ./mvnw ..." >&2
tmp=$(mktemp -d)
trap 'cd /; rm -rf "$tmp"' EXIT
# Run outside the project: the installed (older) Maven must not load .mvn/extensions.xml.
cd "$tmp"
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
  -Dartifact="org.apache.maven:apache-maven:$version:tar.gz:bin" -DoutputDirectory="$tmp/out"
mkdir -p "$(dirname "$dest")"
rm -rf "$dest"
mv "$tmp/out/apache-maven-$version" "$dest"
echo "bootstrap-maven: Maven $version installed in $dest" >&2
