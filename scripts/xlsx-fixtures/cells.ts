// Writing fixture cells with exceljs: text (line breaks wrap), numbers with their print format, formulas with a cached result.
import { createRequire } from 'node:module';
import type { Workbook, Worksheet } from 'exceljs';
import type { SeedValue } from './seed-table.ts';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
/** Fixed workbook dates, so that a rerun writes the same cells (zip timestamps aside). */
const CREATED = new Date('2024-01-15T00:00:00Z');

export type FormulaValue = { formula: string; result: number; numFmt?: string };

/** Put a value in a cell: text, or a number with its print format. */
export function put(ws: Worksheet, addr: string, v: SeedValue | FormulaValue): void {
  const cell = ws.getCell(addr);
  if (typeof v === 'string') {
    cell.value = v;
    if (v.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
  } else if ('formula' in v) {
    cell.value = { formula: v.formula, result: v.result };
    if (v.numFmt) cell.numFmt = v.numFmt;
  } else {
    cell.value = v.number;
    if (v.numFmt) cell.numFmt = v.numFmt;
  }
}

/** A new workbook with fixed metadata. */
export function workbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-extract fixtures';
  wb.created = CREATED;
  wb.modified = CREATED;
  return wb;
}
