#!/bin/bash
# test/fixtures/scans/seal-and-scanner-frame-150dpi.jpg: page 1 of records/ruled-cut-without-border.chromium.pdf at
# 150 dpi, a red seal (ring, star, two strokes) over the 实施单位/全年执行数 cells, the scanner's dark border around
# the page, turned 0.8°, JPEG quality 70.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
pdftoppm -r 150 -f 1 -l 1 -png test/fixtures/records/ruled-cut-without-border.chromium.pdf "$tmp/p"
red='rgb(215,40,40)'
convert "$tmp/p-1.png" -fill none -stroke "$red" -strokewidth 5 -draw "circle 1000,250 1000,390" \
  -fill "$red" -stroke none -draw "polygon 1000,195 1016,240 1063,240 1025,268 1040,313 1000,285 960,313 975,268 937,240 984,240" \
  -stroke "$red" -strokewidth 3 -draw "line 900,330 1100,330" -draw "line 905,200 905,300" \
  -bordercolor 'rgb(70,70,70)' -border 12 -background white -rotate 0.8 -quality 70 -density 150 -units PixelsPerInch \
  test/fixtures/scans/seal-and-scanner-frame-150dpi.jpg
rm -rf "$tmp"
