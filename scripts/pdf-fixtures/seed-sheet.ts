// The seed disclosure as the workbook a finance bureau prints: the spreadsheet fixture (same cells, same
// merged 一级指标/二级指标 ranges), typed formulas frozen to their printed values, then ruled and paged.
import { createRequire } from 'node:module';
import type { Workbook, Worksheet } from 'exceljs';
import { type PrintStyle, stylePrint } from './sheet-style.ts';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

/** The spreadsheet fixture built from the seed by scripts/xlsx-fixtures/make.ts (its record equals the seed's). */
export const SEED_XLSX = 'test/fixtures/spreadsheet/suixi-2024-zuzhibu.xlsx';
const COLUMNS = 5;
/** Rows under the table that are notes (备注 …), printed without rulings. */
const NOTE = /^(备注|\d+\.)/u;

/** Index of the last row of the table proper (above the notes). */
function lastTableRow(ws: Worksheet): number {
  let r = ws.rowCount;
  while (r > 1 && NOTE.test(String(ws.getCell(`A${r}`).value ?? ''))) r--;
  return r;
}

/**
 * The seed workbook with every typed formula (财政拨款 = C5+C6+C9) replaced by the value the bureau printed,
 * because LibreOffice may recalculate it on load and print 14253.696251 instead of 14253.69625.
 */
export async function seedWorkbook(): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SEED_XLSX);
  wb.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { formula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && 'formula' in v) cell.value = v.result as number;
    }),
  );
  return wb;
}

/** The seed workbook styled for printing. */
export async function seedPrintWorkbook(style: PrintStyle): Promise<Workbook> {
  const wb = await seedWorkbook();
  const ws = wb.worksheets[0]!;
  stylePrint(ws, style, 2, lastTableRow(ws), COLUMNS);
  return wb;
}

/** The seed's table rows (below the title, above the notes) with their spans, as printed text; and the rest. */
export async function seedRows(): Promise<{ title: string; rows: Array<Array<{ text: string; rowSpan: number; colSpan: number }>>; notes: string[] }> {
  const ws = (await seedWorkbook()).worksheets[0]!;
  const span = new Map<string, [number, number]>();
  const covered = new Set<string>();
  for (const m of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    const [top, left, bottom, right] = m.split(':').flatMap((x) => {
      const c = ws.getCell(x);
      return [Number(c.row), Number(c.col)];
    }) as [number, number, number, number];
    span.set(`${top}:${left}`, [bottom - top + 1, right - left + 1]);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r}:${c}`);
  }
  const last = lastTableRow(ws);
  const rows = [];
  for (let r = 2; r <= last; r++) {
    const row = [];
    for (let c = 1; c <= COLUMNS; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const [rowSpan, colSpan] = span.get(`${r}:${c}`) ?? [1, 1];
      row.push({ text: printed(ws.getRow(r).getCell(c)), rowSpan, colSpan });
    }
    rows.push(row);
  }
  const notes = [];
  for (let r = last + 1; r <= ws.rowCount; r++) notes.push(printed(ws.getCell(`A${r}`)));
  return { title: printed(ws.getCell('A1')), rows, notes };
}

/**
 * A cell's text as the sheet prints it: a percentage number in its format (0.9 → 90%), other numbers
 * as they are, and the line breaks typed inside Chinese text (they stand for the OCR's wrap spaces) dropped.
 */
function printed(cell: import('exceljs').Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const fmt = cell.numFmt ?? '';
    return fmt.includes('%') ? `${(v * 100).toFixed(fmt.includes('.0') ? 1 : 0)}%` : String(v);
  }
  return String(v).replace(/\n/g, '');
}
