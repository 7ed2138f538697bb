#!/usr/bin/env bash
# Draws the MNIST Explorer icon with ImageMagick 6 (the real /usr/bin/convert): a hand-drawn "7"
# in warm ink over a 7×7 grid of neurons, the neurons under the stroke lit. Writes
# mnist-explorer-<size>.png for 16..512 px and mnist-explorer.ico (Windows: 16, 24, 32, 48, 64, 256).
# The macOS .icns is made from these PNGs by iconutil on the macOS CI runner
# (.github/workflows/installers.yml); there is no proper .icns writer here.
# Re-run after changing the design: installers/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=${CONVERT:-/usr/bin/convert}
"$CONVERT" -version | grep -q ImageMagick || { echo "needs ImageMagick's convert" >&2; exit 1; }

# Grid point (c, r) sits at x = 200 + 104c, y = 200 + 104r on the 1024 px master.
lit="1,1 2,1 3,1 4,1 5,1 4,2 4,3 3,4 3,5 2,6"

master() { # $1 = output, $2 = draw the unlit neurons (1/0)
  local draws=() c r x y
  for r in 0 1 2 3 4 5 6; do
    for c in 0 1 2 3 4 5 6; do
      x=$((200 + 104 * c)); y=$((200 + 104 * r))
      if [[ " $lit " == *" $c,$r "* ]]; then
        draws+=(-fill '#8fdcff' -draw "circle $x,$y $((x + 34)),$y")
      elif [[ $2 == 1 ]]; then
        draws+=(-fill '#4a6a9e' -draw "circle $x,$y $((x + 20)),$y")
      fi
    done
  done
  "$CONVERT" -size 1024x1024 xc:none \
    -fill '#16213e' -stroke '#3b5998' -strokewidth 12 -draw "roundrectangle 56,56 968,968 190,190" \
    -stroke none "${draws[@]}" \
    -fill none -stroke '#ffb13b' -strokewidth 78 -draw "stroke-linecap round stroke-linejoin round path 'M 282,318 Q 500,268 730,300 Q 575,530 412,830'" \
    "$1"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
master "$tmp/full.png" 1
master "$tmp/small.png" 0
for size in 16 24 32 48 64 128 256 512; do
  src=$tmp/full.png
  ((size <= 32)) && src=$tmp/small.png
  "$CONVERT" "$src" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:mnist-explorer-$size.png"
done
"$CONVERT" mnist-explorer-{16,24,32,48,64,256}.png mnist-explorer.ico
cp mnist-explorer-512.png ../linux/mnist-explorer.png
