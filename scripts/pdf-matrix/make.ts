// A renderer matrix for the PDF table readers: the same synthetic documents (the seed's layout, with gold) printed
// by several programs, ruled and unruled, so the readers are measured on PDFs no one tuned them on.
// usage: node --import tsx scripts/pdf-matrix/make.ts --out DIR [--n 4] [--seed 7] [--renderers a,b,…]
//   renderers: writer-html (HTML table without borders opened in Writer), calc-html (the same HTML opened in Calc),
//   calc-xlsx (the form as a workbook without borders, printed by Calc), chromium (Debian chromium --print-to-pdf,
//   no borders), chromium-borders (the same with CSS borders). Writes DIR/docs/<doc>.<renderer>.pdf and
//   DIR/gold/<doc>.<renderer>.pdf.json; score with node /work/shared/tools/score.mjs RECORDS DIR/gold.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Doc } from '../synth/index.ts';
import { cellText, pdfWorkbook, styleFor } from '../synth/render-pdf.ts';
import { Rng } from '../synth/rng.ts';
import { tables, type Row } from '../synth/rows.ts';
import { holdoutDoc, holdoutGold } from '../pdf-fixtures/holdout.ts';
import { convertToPdf } from '../pdf-fixtures/soffice.ts';
import { runMain } from '../pdf-fixtures/run-main.ts';

export const RENDERERS = ['writer-html', 'calc-html', 'calc-xlsx', 'chromium', 'chromium-borders'] as const;
export type Renderer = (typeof RENDERERS)[number];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How one document's HTML is set: drawn from its index, so a seed gives the same files. */
export type HtmlStyle = { borders: boolean; valign: 'top' | 'middle' | 'bottom'; fontPt: number; padPx: number };

export function htmlStyle(index: number, seed: number, borders: boolean): HtmlStyle {
  const rng = new Rng(0x4d41 ^ Math.imul(index + 1, 2246822519) ^ seed);
  return { borders, valign: rng.pick(['top', 'middle', 'middle', 'bottom'] as const), fontPt: rng.pick([9, 10, 10.5, 11]), padPx: rng.pick([2, 3, 4, 6]) };
}

/** The seed's form as one HTML table (merged level cells as rowspans), its first row repeated as thead on every page. */
export function matrixHtml(doc: Doc, style: HtmlStyle): string {
  const tr = (r: Row) =>
    `<tr>${r.map((c) => `<td${(c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : ''}${(c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : ''}>${esc(cellText(c.parts))}</td>`).join('')}</tr>`;
  const rows = tables(doc).flat();
  const border = style.borders ? '1px solid #000' : 'none';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
table { border-collapse: collapse; width: 100%; }
td { font-size: ${style.fontPt}pt; vertical-align: ${style.valign}; padding: ${style.padPx}px; border: ${border}; }
tr { page-break-inside: avoid; }
</style></head>
<body>
<h3 style="text-align:center">${esc(doc.title)}</h3>
<table border="${style.borders ? 1 : 0}" cellspacing="0">
${[10, 18, 38, 10, 24].map((w) => `<col width="${w}%">`).join('')}
<thead>${tr(rows[0]!)}</thead>
<tbody>
${rows.slice(1).map(tr).join('\n')}
</tbody></table>
<p>备注: 1. 本表的填报主体是县级一级预算单位。</p>
</body></html>
`;
}

/** Print one HTML file with Debian's chromium (no header or footer lines). */
function chromiumPdf(html: string, pdf: string): void {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html], {
    stdio: 'ignore',
    timeout: 120_000,
  });
}

/** Write every document through every renderer asked for. */
export async function writeMatrix(docs: Doc[], seed: number, renderers: Renderer[], out: string): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'pdf-matrix-'));
  const written: string[] = [];
  try {
    for (const r of renderers) {
      const inputs: string[] = [];
      for (const [i, doc] of docs.entries()) {
        const base = doc.file.replace(/\.pdf$/, '');
        const name = `${base}.${r}`;
        if (r === 'calc-xlsx') {
          const path = join(tmp, `${name}.xlsx`);
          await pdfWorkbook(doc, { ...styleFor(doc, i), rulings: false }).xlsx.writeFile(path);
          inputs.push(path);
          continue;
        }
        const path = join(tmp, `${name}.html`);
        writeFileSync(path, matrixHtml(doc, htmlStyle(i, seed, r === 'chromium-borders')));
        if (r === 'chromium' || r === 'chromium-borders') chromiumPdf(path, join(tmp, `${name}.pdf`));
        else inputs.push(path);
      }
      if (r === 'writer-html') convertToPdf(inputs, tmp, 'pdf:writer_pdf_Export', 'HTML (StarWriter)');
      if (r === 'calc-html') convertToPdf(inputs, tmp, 'pdf:calc_pdf_Export', 'HTML (StarCalc)');
      if (r === 'calc-xlsx') convertToPdf(inputs, tmp);
      for (const doc of docs) {
        const name = `${doc.file.replace(/\.pdf$/, '')}.${r}.pdf`;
        renameSync(join(tmp, name), join(out, 'docs', name));
        writeFileSync(join(out, 'gold', `${name}.json`), JSON.stringify({ ...holdoutGold(doc), document: name }, null, 1) + '\n');
        written.push(name);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return written;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      n: { type: 'string', default: '4' },
      seed: { type: 'string', default: '7' },
      from: { type: 'string', default: '0' },
      renderers: { type: 'string', default: RENDERERS.join(',') },
      defects: { type: 'string', default: '0' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const renderers = values.renderers.split(',') as Renderer[];
  const bad = renderers.filter((r) => !RENDERERS.includes(r));
  if (bad.length) throw new Error(`unknown renderer(s) ${bad.join(', ')}; known: ${RENDERERS.join(', ')}`);
  mkdirSync(join(values.out, 'docs'), { recursive: true });
  mkdirSync(join(values.out, 'gold'), { recursive: true });
  const from = Number(values.from);
  const docs = Array.from({ length: Number(values.n) }, (_, i) => holdoutDoc(from + i, Number(values.seed), Number(values.defects)));
  const written = await writeMatrix(docs, Number(values.seed), renderers, values.out);
  console.log(`wrote ${written.length} PDFs and their gold to ${values.out} (docs/, gold/)`);
}

await runMain(import.meta.url, main);
