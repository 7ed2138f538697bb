#!/bin/sh
# Adds or removes MNIST Explorer's menu entry and its model-file type (*.mnx) for all users:
#   lib/desktop-integration.sh install | uninstall
# The .deb's postinst/prerm and the .rpm's %post/%preun call it (installed as lib/ of the app).
#
# Why not jpackage's own scripts: they run xdg-desktop-menu, which exits 3 where
# /usr/share/desktop-directories is missing (minimal Debian images, containers, lab machines), so
# `apt install` failed to configure the package and `apt remove` then failed the same way. Here the
# files go straight to where the freedesktop specs look (/usr/share/applications,
# /usr/share/mime/packages), the caches are refreshed with whichever tools are installed, and a
# missing or failing tool never fails the package operation: a menu entry is a nicety, the app
# works without it. The icon needs nothing installed: the entry names the app's own PNG by path.
set -u
lib=$(dirname "$(readlink -f "$0")")
# jpackage's names ("<package>-<launcher>"), so a version installed with xdg-utils is replaced in place.
entry=mnist-explorer-mnist-explorer.desktop
mimeinfo=mnist-explorer-mnist-explorer-MimeInfo.xml
applications=/usr/share/applications
mime=/usr/share/mime

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$mime/packages" ]; then
    update-mime-database "$mime" >/dev/null 2>&1 || echo "mnist-explorer: update-mime-database failed (ignored)" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$applications" ]; then
    update-desktop-database -q "$applications" 2>/dev/null || echo "mnist-explorer: update-desktop-database failed (ignored)" >&2
  fi
  return 0
}

case "${1:-}" in
  install)
    mkdir -p "$applications" "$mime/packages" &&
      install -m 644 "$lib/$entry" "$applications/$entry" &&
      install -m 644 "$lib/$mimeinfo" "$mime/packages/$mimeinfo" ||
      echo "mnist-explorer: could not add the menu entry (ignored; the app is installed)" >&2
    refresh_caches
    ;;
  uninstall)
    rm -f "$applications/$entry" "$mime/packages/$mimeinfo"
    refresh_caches
    ;;
  *)
    echo "usage: $0 install|uninstall" >&2
    exit 2
    ;;
esac
exit 0
