// Spreadsheet disclosures (xlsx; xls and ods through LibreOffice) → the shared grid, with cell formulas audited.
import { createRequire } from 'node:module';
import type { Workbook } from 'exceljs';
import type { Flag } from '../../model/index.ts';
import { InputError, type Block, type ParsedDocument, type Parser } from '../grid.ts';
import { chooseSheets, sheetBlocks } from './choose.ts';
import { convertToXlsx } from './convert.ts';
import { checkXlsxCaps } from './caps.ts';
import { sheetFormulas } from './formulas.ts';
import { sheetGrid } from './sheet-grid.ts';
import { looksLikeWorkbook, sniffWorkbook, type WorkbookKind } from './sniff.ts';

type ExcelJs = typeof import('exceljs');
let excel: ExcelJs | undefined;
// Loaded on first use: most batches hold no workbook and need not pay for exceljs at start-up.
const loadExcel = (): ExcelJs => (excel ??= createRequire(import.meta.url)('exceljs') as ExcelJs);

export const spreadsheetParser: Parser = {
  format: 'spreadsheet',
  sniff: looksLikeWorkbook,
  async parse(input, options) {
    const kind = sniffWorkbook(input.bytes);
    if (!kind) throw new InputError(`${input.path}: not an xlsx, xls or ods workbook`, 'unsupported-format');
    const warnings: Flag[] = [];
    let bytes = input.bytes;
    if (kind !== 'xlsx') {
      const converted = await convertToXlsx(input.bytes, kind, input.path, options?.signal);
      bytes = converted.xlsx;
      warnings.push(convertedNote(kind));
    }
    const wb = await readWorkbook(bytes, input.path, kind);
    const visible = wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
    const grids = (visible.length ? visible : wb.worksheets).map(sheetGrid);
    const chosen = chooseSheets(grids);
    const blocks: Block[] = chosen.flatMap(sheetBlocks);
    const formulas = sheetFormulas(
      wb,
      chosen.map((g) => wb.getWorksheet(g.sheet)!),
    );
    return {
      source: { path: input.path, sha256: input.sha256, format: 'spreadsheet', pages: null },
      blocks,
      warnings,
      sheetFormulas: formulas,
    } satisfies ParsedDocument;
  },
};

/** Open xlsx bytes with exceljs; a damaged file becomes an InputError naming it. */
export async function readWorkbook(bytes: Uint8Array, path: string, kind: WorkbookKind = 'xlsx'): Promise<Workbook> {
  checkXlsxCaps(bytes, path);
  const wb = new (loadExcel().Workbook)();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`${path}: the ${kind} workbook cannot be read (${(e as Error).message})`, 'bad-workbook');
  }
  return wb;
}

/** Cached formula results of a converted file are LibreOffice's, which may have recalculated them. */
function convertedNote(kind: WorkbookKind): Flag {
  return {
    rule: 'spreadsheet-converted',
    severity: 'info',
    message: `read through a LibreOffice conversion of the .${kind} file to xlsx; cached formula values are as LibreOffice saved them`,
    target: { kind: 'document' },
    loc: {},
  };
}

export { sniffWorkbook } from './sniff.ts';
