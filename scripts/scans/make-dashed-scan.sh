#!/bin/bash
# test/fixtures/scans/dashed-inner-rules-300dpi.jpg: test/fixtures/scans/dashed-inner-rules.html (an indicator table with a solid
# frame and dashed inner rules) printed by chromium, the top of page 1 at 300 dpi, turned 0.6°, JPEG quality 60.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
node --import tsx scripts/html-fixtures/print-chromium.ts test/fixtures/scans/dashed-inner-rules.html "$tmp/d.pdf"
pdftoppm -r 300 -f 1 -l 1 -png "$tmp/d.pdf" "$tmp/d"
convert "$tmp/d-1.png" -crop 2480x1200+0+0 +repage -background white -rotate 0.6 -quality 60 -density 300 -units PixelsPerInch \
  test/fixtures/scans/dashed-inner-rules-300dpi.jpg
rm -rf "$tmp"
