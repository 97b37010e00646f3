// Writes documents of layouts A–I from two independent renderers plus their gold files.
// usage: node --import tsx scripts/layouts/make.ts --out DIR [--seed N] [--n K] [--no-pdf]
//   K documents per layout and generator; generator 1 writes .html + .md, generator 2 .xlsx + GBK .html;
//   one PDF per family from generator 1's HTML, and one 部门预算 PDF with three 项目支出绩效目标表.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng, hashSeed } from './rng.ts';
import type { Doc, Layout } from './model.ts';
import { sampleDoc } from './sample.ts';
import { goldOf } from './gold.ts';
import { gridOf, htmlPage, incomeTable, renderHtml, renderMd } from './gen1/render.ts';
import { sheetOf } from './gen2/layouts.ts';
import { Sheet, gbkHtml, writeXlsx } from './gen2/sheet.ts';
import { havePdfTools, pageCount, toPdf, unite } from './pdf.ts';

export const LAYOUTS: Layout[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
/** Layouts whose first generator-1 HTML is also printed to PDF (one per family), and generator 2's workbooks likewise. */
const PDF_LAYOUTS: Layout[] = ['A', 'E', 'G', 'I'];
const PDF_LAYOUTS_2: Layout[] = ['B', 'F', 'H', 'I'];
const MULTI_TABLES = 3;

function arg(name: string, dflt?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

async function main(): Promise<void> {
  const out = arg('out');
  if (!out) throw new Error('--out DIR is required');
  const seed = Number(arg('seed', '1')),
    n = Number(arg('n', '2')),
    pdf = !process.argv.includes('--no-pdf');
  const docs = join(out, 'docs'),
    golds = join(out, 'gold');
  mkdirSync(docs, { recursive: true });
  mkdirSync(golds, { recursive: true });
  const writeGold = (name: string, g: Record<string, unknown>) => writeFileSync(join(golds, `${name}.json`), JSON.stringify(g, null, 1) + '\n'); // g1-A-01.html.json beside g1-A-01.md.json
  const forPdf: { doc: Doc; html: string }[] = [],
    forPdf2: { doc: Doc; xlsx: string }[] = [];
  for (const layout of LAYOUTS)
    for (let i = 1; i <= n; i++) {
      const tag = `${layout}-${String(i).padStart(2, '0')}`;
      // generator 1: HTML table + markdown
      const d1 = sampleDoc(layout, hashSeed(seed, `g1-${tag}`));
      const h1 = `g1-${tag}.html`,
        m1 = `g1-${tag}.md`;
      writeFileSync(join(docs, h1), renderHtml(d1));
      const md = renderMd(d1);
      writeFileSync(join(docs, m1), md.md);
      writeGold(h1, goldOf(d1, h1, 'html', 'gen1'));
      writeGold(m1, { ...goldOf(d1, m1, 'markdown', 'gen1'), style: md.style });
      if (i === 1 && PDF_LAYOUTS.includes(layout)) forPdf.push({ doc: d1, html: join(docs, h1) });
      // generator 2: workbook + GBK HTML page of the same sheet
      const d2 = sampleDoc(layout, hashSeed(seed, `g2-${tag}`));
      const sheet = sheetOf(d2, new Rng(hashSeed(d2.seed, 'sheet')));
      const x2 = `g2-${tag}.xlsx`,
        h2 = `g2-${tag}-gbk.html`;
      await writeXlsx([sheet], join(docs, x2));
      writeFileSync(join(docs, h2), gbkHtml([{ sheet, title: d2.title }]));
      writeGold(x2, goldOf(d2, x2, 'xlsx', 'gen2'));
      if (i === 1 && PDF_LAYOUTS_2.includes(layout)) forPdf2.push({ doc: d2, xlsx: join(docs, x2) });
      writeGold(h2, { ...goldOf(d2, h2, 'html', 'gen2'), encoding: 'gbk' });
    }
  // a workbook with one 项目支出绩效目标表 per sheet after a sheet that is no target table
  const wbParts = Array.from({ length: MULTI_TABLES }, (_, k) => sampleDoc('E', hashSeed(seed, `workbook-${k}`), hashSeed(seed, 'workbook')));
  const wbName = 'g2-E-workbook.xlsx';
  const sheets = wbParts.map((d, k) => {
    const s = sheetOf(d, new Rng(hashSeed(d.seed, 'sheet')));
    s.name = `项目${k + 1}`;
    return s;
  });
  await writeXlsx([incomeSheet(new Rng(hashSeed(seed, 'workbook'))), ...sheets], join(docs, wbName));
  wbParts.forEach((d, k) => writeGold(`g2-E-workbook-table${k + 1}.xlsx`, { ...goldOf(d, wbName, 'xlsx', 'gen2', k + 1), sheetPosition: k + 2 }));
  if (!pdf) return;
  if (!havePdfTools()) {
    console.error('layouts: soffice or pdfunite missing: PDFs not written');
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'layouts-pdf-'));
  try {
    // one PDF per family: the HTML's own PDF rendering, same gold
    const pdfs = toPdf(
      forPdf.map((f) => f.html),
      tmp,
    );
    forPdf.forEach((f, k) => {
      const name = `g1-${f.doc.layout}-01-print.pdf`;
      unite([pdfs[k]!], join(docs, name));
      writeGold(name, goldOf(f.doc, name, 'pdf', 'gen1'));
    });
    // generator 2: the workbook printed by Calc (ruled, one page wide)
    const pdfs2 = toPdf(
      forPdf2.map((f) => f.xlsx),
      tmp,
      false,
    );
    forPdf2.forEach((f, k) => {
      const name = `g2-${f.doc.layout}-01-print.pdf`;
      unite([pdfs2[k]!], join(docs, name));
      writeGold(name, goldOf(f.doc, name, 'pdf', 'gen2'));
    });
    // a 部门预算 disclosure: a 收支总表 (no target table) then three 项目支出绩效目标表, one record each
    const parts = Array.from({ length: MULTI_TABLES }, (_, k) => sampleDoc('E', hashSeed(seed, `multi-${k}`), hashSeed(seed, 'multi')));
    const r = new Rng(hashSeed(seed, 'multi'));
    const pages = [
      htmlPage([{ title: '部门收支总表', grid: incomeTable(r), unit: true }], '部门收支总表'),
      ...parts.map((d) => htmlPage([{ title: d.title, grid: gridOf(d), unit: true }], d.title)),
    ];
    const files = pages.map((p, k) => {
      const f = join(tmp, `multi-${k}.html`);
      writeFileSync(f, p);
      return f;
    });
    const name = 'g1-E-budget-disclosure.pdf';
    const partPdfs = toPdf(files, tmp);
    unite(partPdfs, join(docs, name));
    let page = pageCount(partPdfs[0]!) + 1; // the 收支总表 comes first
    parts.forEach((d, k) => {
      const n = pageCount(partPdfs[k + 1]!);
      writeGold(`g1-E-budget-disclosure-table${k + 1}.pdf`, { ...goldOf(d, name, 'pdf', 'gen1', k + 1), pageSpan: [page, page + n - 1] });
      page += n;
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`layouts: ${readdirSync(docs).length} documents in ${docs}`);
}

/** A 部门收支总表 sheet: a table of none of the four families. */
function incomeSheet(r: Rng): Sheet {
  const s = new Sheet('收支总表');
  s.block(1, 1, 1, 4, '部门收支总表');
  ['收入项目', '预算数', '支出项目', '预算数'].forEach((h, c) => s.put(2, c + 1, h));
  [
    ['一般公共预算拨款收入', '一般公共服务支出'],
    ['事业收入', '教育支出'],
    ['其他收入', '农林水支出'],
  ].forEach(([a, b], i) => {
    s.put(i + 3, 1, a);
    s.put(i + 3, 2, r.int(10, 900));
    s.put(i + 3, 3, b);
    s.put(i + 3, 4, r.int(10, 900));
  });
  return s;
}

await main();
