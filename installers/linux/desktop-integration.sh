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
# Also the AppStream metadata (/usr/share/metainfo, for software centres) and the icon file managers
# show for .mnx files (hicolor mimetypes/application-x-mnist-explorer-model.png, in several sizes).
set -u
lib=$(dirname "$(readlink -f "$0")")
# jpackage's names ("<package>-<launcher>"), so a version installed with xdg-utils is replaced in place.
entry=mnist-explorer-mnist-explorer.desktop
mimeinfo=mnist-explorer-mnist-explorer-MimeInfo.xml
applications=/usr/share/applications
mime=/usr/share/mime
metainfo=/usr/share/metainfo/dev.mnistexplorer.MNISTExplorer.metainfo.xml
hicolor=/usr/share/icons/hicolor
mime_icon=application-x-mnist-explorer-model
mime_icon_sizes="16 24 32 48 64 128 256"

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$mime/packages" ]; then
    update-mime-database "$mime" >/dev/null 2>&1 || echo "mnist-explorer: update-mime-database failed (ignored)" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$applications" ]; then
    update-desktop-database -q "$applications" 2>/dev/null || echo "mnist-explorer: update-desktop-database failed (ignored)" >&2
  fi
  # Only where the theme is indexed: gtk-update-icon-cache refuses a folder without index.theme.
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$hicolor" 2>/dev/null || echo "mnist-explorer: gtk-update-icon-cache failed (ignored)" >&2
  fi
  return 0
}

case "${1:-}" in
  install)
    mkdir -p "$applications" "$mime/packages" &&
      install -m 644 "$lib/$entry" "$applications/$entry" &&
      install -m 644 "$lib/$mimeinfo" "$mime/packages/$mimeinfo" ||
      echo "mnist-explorer: could not add the menu entry (ignored; the app is installed)" >&2
    mkdir -p "$(dirname "$metainfo")" && install -m 644 "$lib/$(basename "$metainfo")" "$metainfo" ||
      echo "mnist-explorer: could not add the AppStream metadata (ignored)" >&2
    for size in $mime_icon_sizes; do
      mkdir -p "$hicolor/${size}x$size/mimetypes" &&
        install -m 644 "$lib/mime-icons/$mime_icon-$size.png" "$hicolor/${size}x$size/mimetypes/$mime_icon.png" ||
        echo "mnist-explorer: could not add the $size px .mnx icon (ignored)" >&2
    done
    refresh_caches
    ;;
  uninstall)
    rm -f "$applications/$entry" "$mime/packages/$mimeinfo" "$metainfo"
    for size in $mime_icon_sizes; do rm -f "$hicolor/${size}x$size/mimetypes/$mime_icon.png"; done
    refresh_caches
    ;;
  *)
    echo "usage: $0 install|uninstall" >&2
    exit 2
    ;;
esac
exit 0
