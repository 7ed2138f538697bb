#!/bin/sh
# Dumps or removes the app's class-data-sharing (AppCDS) archive, lib/app/mnist-explorer.jsa:
#   lib/cds-archive.sh create | remove
# Why: the JVM then maps the JDK, JavaFX and app classes that a start and a first visit of each
# place load (pre-parsed and pre-verified) instead of reading and verifying them from the jars; the
# window appears in about half the time. The launcher's java options name the archive
# (-XX:SharedArchiveFile=$APPDIR/mnist-explorer.jsa); without it, or with one that does not match,
# the JVM silently starts without sharing, only slower.
# Why here and not in the package: an archive records the absolute class path it was dumped with
# and is refused anywhere else, so it is dumped where the app is installed (the .deb's postinst, the
# .rpm's %posttrans; build-installers.sh for the app image it leaves in target/). The class list
# (lib/app/mnist-explorer.classlist) is recorded at build time by a --visit-and-quit run.
# Never fails the package operation: the app works without the archive.
set -u
lib=$(dirname "$(readlink -f "$0")")
app=$lib/app
archive=$app/mnist-explorer.jsa
classlist=$app/mnist-explorer.classlist
cfg=$app/mnist-explorer-launcher.cfg
[ -f "$cfg" ] || cfg=$app/mnist-explorer.cfg

case "${1:-}" in
  create)
    if [ ! -f "$classlist" ] || [ ! -f "$cfg" ]; then
      echo "mnist-explorer: no class list or launcher settings in $app; no CDS archive (ignored)" >&2
      exit 0
    fi
    # The launcher's class path, in its order, with $APPDIR spelled as the JVM will see it.
    classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$cfg" | paste -sd: -)
    rm -f "$archive"
    if "$lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
      -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" \
      >"$app/cds-dump.log" 2>&1; then
      chmod 644 "$archive"
      rm -f "$app/cds-dump.log"
    else
      echo "mnist-explorer: the CDS archive could not be dumped (ignored): $(tail -3 "$app/cds-dump.log")" >&2
      rm -f "$archive" "$app/cds-dump.log"
    fi
    ;;
  remove)
    rm -f "$archive" "$app/cds-dump.log"
    ;;
  *)
    echo "usage: $0 create | remove" >&2
    exit 2
    ;;
esac
exit 0
