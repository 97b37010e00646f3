// A long PDF for the parser's memory benchmark: one disclosure whose task and indicator lists are those of
// many synthetic documents end to end (renumbered), printed as one ruled table by LibreOffice and cut to
// exactly --pages pages. Not committed, no gold (the cut ends mid-table).
// usage: node --import tsx scripts/pdf-fixtures/big.ts --out FILE.pdf [--pages 300] [--seed 7]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDoc, type Doc } from '../synth/index.ts';
import { pdfWorkbook } from '../synth/render-pdf.ts';
import { DEFAULT_STYLE } from './sheet-style.ts';
import { convertToPdf } from './soffice.ts';
import { runMain } from './run-main.ts';

/** Table rows per printed page, measured on the holdout corpus; overshooting only costs conversion time. */
const ROWS_PER_PAGE = 10;

/** One document holding the tasks and indicators of as many synthetic documents as it takes to reach `rows` rows. */
export function longDoc(seed: number, rows: number): Doc {
  const first = generateDoc(0, { seed, formats: ['html-gbk'], defects: 0 });
  const doc: Doc = { ...first, file: 'big.pdf', tasks: [], indicators: [], pageBreakAfter: 0 };
  for (let i = 0; doc.tasks.length + doc.indicators.length < rows; i++) {
    const d = generateDoc(i, { seed, formats: ['html-gbk'], defects: 0 });
    doc.tasks.push(...d.tasks.map((t) => ({ ...t, no: doc.tasks.length + t.no })));
    doc.indicators.push(...d.indicators.map((x) => ({ ...x, no: doc.indicators.length + x.no })));
  }
  return doc;
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, pages: { type: 'string', default: '300' }, seed: { type: 'string', default: '7' } },
  });
  const pages = Number(values.pages),
    seed = Number(values.seed);
  if (!values.out || !Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed)) throw new Error('usage: big.ts --out FILE.pdf [--pages N] [--seed S]');
  const tmp = mkdtempSync(join(tmpdir(), 'pdf-big-'));
  try {
    let rows = Math.ceil(pages * ROWS_PER_PAGE * 1.2);
    for (;;) {
      const xlsx = join(tmp, 'big.xlsx');
      await pdfWorkbook(longDoc(seed, rows), DEFAULT_STYLE).xlsx.writeFile(xlsx);
      const range = { PageRange: { type: 'string', value: `1-${pages}` } };
      const [pdf] = convertToPdf([xlsx], tmp, `pdf:calc_pdf_Export:${JSON.stringify(range)}`);
      const got = pageCount(pdf!);
      if (got >= pages) {
        copyFileSync(pdf!, values.out);
        console.log(`wrote ${values.out}: ${got} pages, ${rows} table rows`);
        return;
      }
      rows = Math.ceil((rows * pages * 1.1) / got);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await runMain(import.meta.url, main);
