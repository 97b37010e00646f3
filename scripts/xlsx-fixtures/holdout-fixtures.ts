// Writes test/fixtures/spreadsheet/holdout/<name>.xlsx and <name>.xlsx.json (its gold): small workbooks of the
// xlsx holdout (scripts/synth/render-xlsx.ts), each made with a named set of variations instead of drawn ones.
// usage: node --import tsx scripts/xlsx-fixtures/holdout-fixtures.ts [--out DIR]
// Rerunning writes the same cells and gold (zip timestamps aside); review the gold diff before committing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDoc } from '../synth/index.ts';
import { renderXlsx, type XlsxRendering } from '../synth/render-xlsx.ts';
import { holdoutGold } from '../synth/xlsx-holdout.ts';
import { runMain } from '../pdf-fixtures/run-main.ts';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const SEED = 21;

type Workbook = import('exceljs').Workbook;
type Fixture = { name: string; only: string[]; wants: (r: XlsxRendering, wb: Workbook) => boolean };

const applied = (r: XlsxRendering, names: string[]) => names.every((v) => r.variations.includes(v));
/** Whether some cell of the workbook holds text that is a number with a thousands separator. */
function hasGroupedTextNumber(wb: Workbook): boolean {
  let found = false;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        found ||= typeof cell.value === 'string' && /^\s*\d{1,3}(,\d{3})+(\.\d+)?\s*$/.test(cell.value);
      }),
    ),
  );
  return found;
}

export const FIXTURES: Fixture[] = [
  {
    // Number formats that print text around the number; ≧; a six-decimal amount; a decimal percentage.
    name: 'formats',
    only: [
      'percent-as-numbers',
      'signed-percent-format',
      'percent-suffix-format',
      'count-suffix-format',
      'full-width-geq',
      'decimal-percent',
      'six-decimal-amounts',
      'title-merged',
      'note-merged',
    ],
    wants: (r) => applied(r, ['percent-as-numbers', 'signed-percent-format', 'percent-suffix-format', 'six-decimal-amounts', 'full-width-geq']),
  },
  {
    // A 填报说明 sheet laid out as a table before the form, a cover, a hidden old copy; the lines around the form.
    name: 'sheets',
    only: [
      'cover-sheet',
      'instructions-sheet',
      'instructions-before',
      'instructions-as-table',
      'hidden-old-copy',
      'title-two-rows',
      'unit-row',
      'filer-in-unit-row',
      'note-signature',
      'serial-column',
      'repeated-levels',
    ],
    wants: () => true,
  },
  {
    // A cleared column inside the form, a wide merged column, a left margin, levels typed once, the form over
    // two sheets, budget lines on a hidden sheet, amounts as arithmetic and as a shared formula over 元.
    name: 'layout',
    only: [
      'spacer-column',
      'wide-content-column',
      'left-margin',
      'levels-on-first-row-only',
      'continued-sheet',
      'note-two-cells',
      'line-breaks',
      'full-width-punctuation',
      'name-on-new-line',
      'rich-text',
      'cross-sheet-budget',
      'amount-formulas',
      'yuan-helper-column',
      'title-unmerged',
    ],
    wants: (r, wb) =>
      applied(r, ['amount-formulas', 'yuan-helper-column', 'cross-sheet-budget']) &&
      wb.worksheets.every((ws) => ws.state === 'hidden' || !/预算|Sheet2/.test(ws.name)),
  },
  {
    // Numbers typed as text (one with a thousands separator) under + formulas, 合计 rows, a SUM over text
    // amounts whose cached result is 0, and a stale cached total.
    name: 'formulas',
    only: ['numbers-as-text', 'budget-formulas-plus', 'budget-total-row', 'task-total-row', 'stale-total', 'title-merged', 'unit-row'],
    wants: (r, wb) => r.formulas.some((f) => f.verdict === 'mismatch') && hasGroupedTextNumber(wb),
  },
];

/** The first small document (4–8 tasks, at most 16 indicators, the template's placeholder row) whose rendering has what the fixture wants. */
export async function fixtureWorkbook(f: Fixture): Promise<XlsxRendering> {
  for (let i = 0; i < 5000; i++) {
    const doc = generateDoc(i, { seed: SEED, formats: ['html-gbk'], defects: 0 });
    if (doc.tasks.length < 4 || doc.tasks.length > 8 || doc.indicators.length > 16 || !doc.placeholder) continue;
    const r = await renderXlsx(doc, SEED, i, new Set(f.only));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
    if (f.wants(r, wb)) return { ...r, doc: { ...r.doc, file: `${f.name}.xlsx` } };
  }
  throw new Error(`no small document gives the ${f.name} fixture`);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'test/fixtures/spreadsheet/holdout' } } });
  mkdirSync(values.out, { recursive: true });
  for (const f of FIXTURES) {
    const r = await fixtureWorkbook(f);
    writeFileSync(join(values.out, `${f.name}.xlsx`), r.bytes);
    writeFileSync(join(values.out, `${f.name}.xlsx.json`), JSON.stringify(holdoutGold(r), null, 1) + '\n');
  }
  console.log(`wrote ${FIXTURES.map((f) => `${f.name}.xlsx`).join(' ')} and their gold to ${values.out}`);
}

await runMain(import.meta.url, main);
