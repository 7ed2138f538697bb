#!/usr/bin/env bash
# Builds MNIST Explorer's own Java runtime: the JDK modules the app uses plus JavaFX, nothing else.
#   jlink/build-runtime.sh LIB_DIR OUT_DIR
# LIB_DIR is Maven's target/lib (it holds JavaFX's platform jars, e.g. javafx-controls-21.0.11-linux.jar,
# which are modular jars that jlink takes as its module path). Uses $JDK_HOME (else $JAVA_HOME) for jlink.
# See jlink/README.md for why the app and DJL are not in the image.
set -euo pipefail
lib=${1:?LIB_DIR}
out=${2:?OUT_DIR}
jdk=${JDK_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}}

# JDK modules: jdeps over the app and its class-path jars (java.net.http: dataset download;
# jdk.crypto.ec: TLS to the dataset servers; jdk.unsupported: JNA/DJL; java.sql: JavaFX/Gson adapters).
modules=java.base,java.desktop,java.logging,java.management,java.net.http,java.sql
modules+=,jdk.unsupported,jdk.crypto.ec
modules+=,javafx.base,javafx.graphics,javafx.controls,javafx.swing

sep=':'
natives=lib
pwdflag=
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) sep=';' natives=bin pwdflag=-W ;; esac
lib=$(cd "$lib" && pwd $pwdflag) # absolute, and in Windows form where jlink.exe reads it

# Only JavaFX's platform jars (javafx-base-21.0.11-linux.jar), not the empty ones without a classifier.
shopt -s nullglob
fx=("$lib"/javafx-*-*.*.*-*.jar)
((${#fx[@]} > 0)) || { echo "no JavaFX platform jars in $lib" >&2; exit 1; }
modulepath="$jdk/jmods"
for jar in "${fx[@]}"; do modulepath+="$sep$jar"; done

rm -rf "$out"
# --compress=0: the .deb/.rpm/.msi/.dmg compressor does better on uncompressed modules, and it is faster.
"$jdk/bin/jlink" \
  --module-path "$modulepath" \
  --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=0 \
  --output "$out"

# JavaFX's native libraries sit in its platform jars; without them in the runtime JavaFX unpacks
# them into ~/.openjfx/cache on every first launch.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for jar in "${fx[@]}"; do
  (cd "$tmp" && "$jdk/bin/jar" xf "$jar")
done
find "$tmp" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) \
  -exec cp {} "$out/$natives/" \;
echo "runtime: $out ($(du -sh "$out" | cut -f1)), JavaFX natives: $(find "$tmp" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) | wc -l)"
