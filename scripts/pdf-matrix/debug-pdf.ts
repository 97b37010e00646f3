// Debug view of one PDF page: its text runs (grey boxes with their text), the rulings (blue) and the cells the
// parser built from them (red boxes, one colour band per table row), as an SVG of the page.
// usage: node --import tsx scripts/pdf-matrix/debug-pdf.ts FILE.pdf --page N -o OUT.svg [--ocr]
//   --ocr: a scan, read as `extract --ocr` reads it (the runs are tesseract's, the blue lines the rulings found in the
//   raster or the virtual ones the word grid drew).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pdfParser } from '../../src/parse/pdf/index.ts';
import { openPdf } from '../../src/parse/pdf/pdfjs.ts';
import { readPage } from '../../src/parse/pdf/page-reader.ts';
import { ocrPage } from '../../src/parse/pdf/ocr/index.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ROW_FILLS = ['#ffecec', '#ecf4ff'];

/** The SVG of one page: runs, rulings and the parser's cells. */
export async function debugSvg(path: string, page: number, ocr = false): Promise<string> {
  const bytes = new Uint8Array(await readFile(path));
  const doc = await openPdf(bytes, path);
  const pdfPage = await doc.getPage(page);
  const { width, height } = pdfPage.getViewport({ scale: 1 });
  const content = ocr ? await ocrPage(path, page, { width, height }) : await readPage(pdfPage, page);
  await doc.destroy();
  const parsed = await pdfParser.parse({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }, { ocr });
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${content.width}" height="${content.height}" viewBox="0 0 ${content.width} ${content.height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  for (const b of parsed.blocks) {
    if (b.kind !== 'table' || b.grid.rows.every((r) => r.every((c) => c.loc.page !== page))) continue;
    b.grid.rows.forEach((row, r) => {
      for (const c of row) {
        const bb = c.loc.bbox;
        if (!bb || c.loc.page !== page || c.spanned) continue;
        out.push(
          `<rect x="${bb[0]}" y="${bb[1]}" width="${bb[2] - bb[0]}" height="${bb[3] - bb[1]}" fill="${ROW_FILLS[r % 2]}" stroke="red" stroke-width="0.6"/>`,
        );
      }
    });
  }
  for (const l of content.rulings) out.push(`<line x1="${l.x0}" y1="${l.y0}" x2="${l.x1}" y2="${l.y1}" stroke="blue" stroke-width="0.5"/>`);
  for (const t of content.texts) {
    out.push(`<rect x="${t.x0}" y="${t.y0}" width="${t.x1 - t.x0}" height="${t.y1 - t.y0}" fill="none" stroke="#999" stroke-width="0.3"/>`);
    out.push(`<text x="${t.x0}" y="${t.y1 - (t.y1 - t.y0) * 0.15}" font-size="${(t.y1 - t.y0) * 0.85}" fill="#333">${esc(t.text)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { page: { type: 'string', default: '1' }, o: { type: 'string' }, ocr: { type: 'boolean', default: false } },
});
if (!positionals[0] || !values.o) throw new Error('usage: debug-pdf.ts FILE.pdf --page N -o OUT.svg [--ocr]');
await writeFile(values.o, await debugSvg(positionals[0], Number(values.page), values.ocr));
console.log(`wrote ${values.o}`);
