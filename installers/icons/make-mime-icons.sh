#!/usr/bin/env bash
# Draws the icon of MNIST Explorer model files (*.mnx, MIME type application/x-mnist-explorer-model)
# with ImageMagick 6 (the real /usr/bin/convert): a white page with a folded corner and the app icon
# (mnist-explorer-512.png from make-icons.sh) on it, so file managers show .mnx files as documents
# of this app. Writes application-x-mnist-explorer-model-<size>.png for the hicolor sizes that
# lib/desktop-integration.sh installs (icons/hicolor/<size>x<size>/mimetypes/).
# Re-run after changing the app icon: installers/icons/make-mime-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=${CONVERT:-/usr/bin/convert}
"$CONVERT" -version | grep -q ImageMagick || { echo "needs ImageMagick's convert" >&2; exit 1; }
name=application-x-mnist-explorer-model

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The 1024 px master: a page 760 wide, the top-right corner folded over (200 px), the app icon
# (600 px) in its lower part.
"$CONVERT" -size 1024x1024 xc:none \
  -fill '#fbfbf8' -stroke '#6b7280' -strokewidth 16 \
  -draw "polygon 132,40 692,40 892,240 892,984 132,984" \
  -fill '#d9dce3' -draw "polygon 692,40 692,240 892,240" \
  \( mnist-explorer-512.png -resize 600x600 \) -geometry +212+330 -composite \
  "$tmp/master.png"
for size in 16 24 32 48 64 128 256; do
  "$CONVERT" "$tmp/master.png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$name-$size.png"
done
