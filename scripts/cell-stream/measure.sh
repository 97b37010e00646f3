#!/bin/bash
# Score the cell-stream reading on documents of the layouts generator (scripts/layouts, written without the reader):
# its HTML documents of one seed converted by LibreOffice to the four text forms make.sh writes, each scored against
# the generator's gold (document names changed to the text files'), beside the HTML themselves.
# Usage: bash scripts/cell-stream/measure.sh SEED [N] [OUTDIR]   (needs `npm run build` and soffice)
set -euo pipefail
cd "$(dirname "$0")/../.."
seed=$1
n=${2:-2}
out=${3:-/tmp/cell-stream-$seed}
rm -rf "$out" && mkdir -p "$out/txt" "$out/html"
node --import tsx scripts/layouts/make.ts --out "$out/gen" --seed "$seed" --n "$n" --no-pdf >/dev/null
cp "$out"/gen/docs/*.html "$out/html/"
soffice --headless "-env:UserInstallation=file://$out/profile" --convert-to 'txt:Text (encoded):UTF8' --outdir "$out/txt" "$out"/html/*.html >/dev/null 2>&1
for f in "$out"/txt/*.txt; do
  b=${f%.txt}
  sed '1s/^\xEF\xBB\xBF//' "$f" > "$b.libreoffice-text.txt" && rm "$f"
  awk '{ print ($0 == "" ? " " : $0); print "" }' "$b.libreoffice-text.txt" > "$b.page-text.txt"
  awk '{ print ($0 == "" ? "|" : $0 " |") }' "$b.libreoffice-text.txt" > "$b.pipe-text.txt"
  awk 'NF { printf "%s ", $0 } END { print "" }' "$b.libreoffice-text.txt" > "$b.flat-text.txt"
done
score() { node ../shared/tools/score.mjs "$1" "$2" | tail -1; }
for form in libreoffice-text page-text pipe-text flat-text; do
  mkdir -p "$out/gold-$form"
  for g in "$out"/gen/gold/*.html.json; do
    b=$(basename "$g" .html.json)
    node -e 'const fs=require("fs");const d=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));d.document=process.argv[2];fs.writeFileSync(process.argv[3],JSON.stringify(d))' "$g" "$b.$form.txt" "$out/gold-$form/$b.$form.txt.json"
  done
  node bin/budget-extract.mjs extract "$out"/txt/*."$form".txt -o "$out/out-$form" --force --progress none >/dev/null 2>&1 || true
  echo "$form $(score "$out/out-$form/records.jsonl" "$out/gold-$form")"
done
mkdir -p "$out/gold-html" && cp "$out"/gen/gold/*.html.json "$out/gold-html/"
node bin/budget-extract.mjs extract "$out"/html/*.html -o "$out/out-html" --force --progress none >/dev/null 2>&1 || true
echo "html $(score "$out/out-html/records.jsonl" "$out/gold-html")"
