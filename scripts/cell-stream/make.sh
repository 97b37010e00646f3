#!/bin/bash
# Cell-stream fixtures: a form's table as a text export prints it, one cell a line, with no row breaks.
# LibreOffice's own text filter writes the line form (an empty or covered cell is an empty line); the paragraph form
# (cells parted by blank lines, an empty cell a line holding one space) and the pipe form (each cell closed by ` |`, an
# empty cell a lone `|`) are how a site's page text stores a table; the flat form (every cell on one line, parted by a
# space, the empty ones gone) is a page's text with its markup stripped and its white space collapsed.
# Usage: bash scripts/cell-stream/make.sh [HTML ...]   (default: the layout G, E, B and C fixtures and the GBK page)
# Writes test/fixtures/records/<name>.{libreoffice-text,page-text,pipe-text,flat-text}.txt; run
# scripts/update-record-fixtures.ts afterwards and review the records.
set -euo pipefail
cd "$(dirname "$0")/../.."
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(test/fixtures/records/layout-g-project-self-evaluation.html test/fixtures/records/layout-e-facts-over-values.html test/fixtures/records/gbk-page.html test/fixtures/records/layout-b-chongqing.html test/fixtures/records/layout-c-sichuan.html)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for html in "${inputs[@]}"; do
  name=$(basename "$html" .html)
  cp "$html" "$tmp/$name.html"
  soffice --headless "-env:UserInstallation=file://$tmp/profile" --convert-to 'txt:Text (encoded):UTF8' --outdir "$tmp" "$tmp/$name.html" >/dev/null
  # LibreOffice writes a byte-order mark; a page's text has none.
  sed '1s/^\xEF\xBB\xBF//' "$tmp/$name.txt" > "test/fixtures/records/$name.libreoffice-text.txt"
  awk '{ print ($0 == "" ? " " : $0); print "" }' "test/fixtures/records/$name.libreoffice-text.txt" > "test/fixtures/records/$name.page-text.txt"
  awk '{ print ($0 == "" ? "|" : $0 " |") }' "test/fixtures/records/$name.libreoffice-text.txt" > "test/fixtures/records/$name.pipe-text.txt"
  awk 'NF { printf "%s ", $0 } END { print "" }' "test/fixtures/records/$name.libreoffice-text.txt" > "test/fixtures/records/$name.flat-text.txt"
  echo "wrote test/fixtures/records/$name.{libreoffice-text,page-text,pipe-text,flat-text}.txt"
done
