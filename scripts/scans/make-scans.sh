#!/usr/bin/env bash
# Scans of a PDF, as an office scanner makes them: each page rasterised (pdftoppm), turned a little (skew), given
# sensor noise, saved as JPEG and bound into a PDF without a text layer (img2pdf), plus the pages as PNG and TIFF.
#
#   scripts/scans/make-scans.sh <input.pdf> <out-dir> [seed] [count]
#
# Each of the `count` scans (default 1) draws, from `seed` (default 1): a resolution of 150, 200 or 300 dpi, a skew
# in −3°…3° (tenths), a JPEG quality in 40–80 and a noise level; the draws are printed and written to
# <out-dir>/<name>-s<seed>-<k>.txt, so a scan can be made again. Same seed, same files (ImageMagick's -seed).
# Fixed settings instead of draws: DPI=300 SKEW=-1.5 QUALITY=60 NOISE=0.2 FIRST=2 LAST=2 in the environment.
# Needs poppler-utils (pdftoppm), imagemagick (convert) and img2pdf.
set -euo pipefail
in=${1:?input PDF}; out=${2:?output directory}; seed=${3:-1}; count=${4:-1}
for tool in pdftoppm convert img2pdf; do command -v "$tool" >/dev/null || { echo "make-scans: $tool is not installed" >&2; exit 1; }; done
mkdir -p "$out"
name=$(basename "$in" .pdf)
RANDOM=$seed
DPIS=(150 200 300)
for k in $(seq 1 "$count"); do
  dpi=${DPIS[$((RANDOM % 3))]}
  skew=$(( (RANDOM % 61) - 30 ))            # tenths of a degree, −3.0 … 3.0
  quality=$(( 40 + RANDOM % 41 ))            # 40 … 80
  noise=$(( 10 + RANDOM % 31 ))              # hundredths of ImageMagick's Gaussian attenuation, 0.10 … 0.40
  deg=$(awk -v s="$skew" 'BEGIN { printf "%.1f", s / 10 }')
  att=$(awk -v n="$noise" 'BEGIN { printf "%.2f", n / 100 }')
  dpi=${DPI:-$dpi}; deg=${SKEW:-$deg}; quality=${QUALITY:-$quality}; att=${NOISE:-$att}
  base="$out/$name-s$seed-$k"
  tmp=$(mktemp -d)
  pdftoppm -r "$dpi" -f "${FIRST:-1}" -l "${LAST:-0}" -gray -png "$in" "$tmp/p"
  pages=()
  for png in "$tmp"/p*.png; do
    jpg="${png%.png}.jpg"
    # Rotate on white, crop back to the page, noise, then JPEG at the drawn quality with the resolution recorded.
    convert "$png" -background white -rotate "$deg" -gravity center -crop "$(identify -format '%wx%h' "$png")+0+0" +repage \
      -seed "$((seed * 100 + k))" -attenuate "$att" +noise Gaussian -colorspace Gray \
      -density "$dpi" -units PixelsPerInch -quality "$quality" "$jpg"
    pages+=("$jpg")
  done
  img2pdf --output "$base.pdf" "${pages[@]}"
  # The same pages as images: page 1 as PNG, all pages as one multi-page TIFF.
  convert "${pages[0]}" -density "$dpi" -units PixelsPerInch "$base-p1.png"
  convert "${pages[@]}" -density "$dpi" -units PixelsPerInch -compress lzw "$base.tif"
  rm -rf "$tmp"
  echo "dpi=$dpi skew=$deg quality=$quality noise=$att pages=${#pages[@]}" | tee "$base.txt"
done
