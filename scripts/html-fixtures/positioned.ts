// A PDF as a site's document preview publishes it: each page a box of absolutely placed text runs (top, left,
// font-size in pt, width left to the browser) and table borders as empty boxes with one border each.
// Usage: node --import tsx scripts/html-fixtures/positioned.ts IN.pdf OUT.html
import { readFileSync, writeFileSync } from 'node:fs';
import { openPdf } from '../../src/parse/pdf/pdfjs.ts';
import { readPage } from '../../src/parse/pdf/page-reader.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: positioned.ts IN.pdf OUT.html');
const doc = await openPdf(new Uint8Array(readFileSync(input)), input);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pt = (n: number) => `${n.toFixed(3)}pt`;
const pages: string[] = [];
for (let p = 1; p <= doc.numPages; p++) {
  const c = await readPage(await doc.getPage(p), p);
  const parts: string[] = [];
  for (const r of c.rulings) {
    const horizontal = r.y0 === r.y1;
    parts.push(
      horizontal
        ? `<div class="r" style="position:absolute;left:${pt(r.x0)};top:${pt(r.y0)};width:${pt(r.x1 - r.x0)};height:0pt;border-bottom:0.5pt solid #000000;"> </div>`
        : `<div class="r" style="position:absolute;left:${pt(r.x0)};top:${pt(r.y0)};width:0pt;height:${pt(r.y1 - r.y0)};border-right:0.5pt solid #000000;"> </div>`,
    );
  }
  for (const t of c.texts) {
    // The em size the run's width implies (a Chinese glyph is an em wide, others about half): what the preview sets.
    const ems = [...t.text].reduce((sum, ch) => sum + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 1 : 0.55), 0);
    const size = ems > 0 ? (t.x1 - t.x0) / ems : t.y1 - t.y0;
    parts.push(
      `<div class="p" style="top:${pt(t.y0)};left:${pt(t.x0)};line-height:${pt(t.y1 - t.y0)};font-size:${pt(size)};width:auto;position:absolute;">${escapeHtml(t.text)}</div>`,
    );
  }
  pages.push(`<div class="page" style="width:${pt(c.width)};height:${pt(c.height)};overflow:hidden;position:relative;margin:0.5em;">${parts.join('')}</div>`);
}
await doc.destroy();
// The preview sits inside the site's page, all on one line as such pages are.
writeFileSync(
  output,
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>预览</title></head><body><div class="text">${pages.join('')}</div></body></html>\n`,
);
console.log(`wrote ${output} (${pages.length} pages)`);
