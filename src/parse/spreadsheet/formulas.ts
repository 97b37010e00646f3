// Cell formulas (=C8+C9+C12, =SUM(D15:D59)) recomputed exactly over the cells they reference.
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { SheetFormula, Verdict } from '../../model/index.ts';
import { big, evaluateExact } from '../../arith/bignum.ts';
import { compareExact, printed } from '../../arith/rounding.ts';
import { numberText, numericValue, storedValue } from './cell-value.ts';
import { address, parseAddress } from './sheet-grid.ts';
import { MAX_RANGE_CELLS } from './caps.ts';

/** A reference, optionally sheet-qualified ('封面'!A1, Sheet1!$C$8), optionally a range (A1:B3). */
const REF = String.raw`(?:(?:'((?:[^']|'')+)'|([^\s'!()+\-*/,:=<>&^%"]+))!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?`;
const SUM_CALL = new RegExp(String.raw`\bSUM\(\s*((?:${REF}|[\d.]+)(?:\s*,\s*(?:${REF}|[\d.]+))*)\s*\)`, 'giu');
const REF_ONLY = new RegExp(REF, 'gu');
/** What may remain once references and SUM() are replaced by numbers: plain arithmetic. */
const ARITHMETIC = /^[\d.\s+\-*/()]*$/;

/** Audit every formula cell of the sheets given: recomputed value against the cached one. */
export function sheetFormulas(wb: Workbook, sheets: Worksheet[]): SheetFormula[] {
  const out: SheetFormula[] = [];
  for (const ws of sheets) {
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const formula = cell.formula;
        if (!formula) return;
        const cached = numericValue(storedValue(cell));
        const computed = recompute(formula, ws, wb);
        out.push({
          sheet: ws.name,
          cell: address(r, c),
          formula,
          cached,
          computed: computed === null ? null : computed.toNumber(),
          verdict: verdictOf(cached, computed),
        });
      });
    });
  }
  return out;
}

/** The formula's value over its referenced cells' (cached) values, or null when it is more than arithmetic. */
export function recompute(formula: string, ws: Worksheet, wb: Workbook): ReturnType<typeof big> | null {
  let unreadable = false;
  const valueAt = (quoted: string | undefined, bare: string | undefined, ref: string, asSum: boolean): string | null => {
    const sheet = quoted !== undefined ? wb.getWorksheet(quoted.replace(/''/g, "'")) : bare !== undefined ? wb.getWorksheet(bare) : ws;
    const at = parseAddress(ref);
    if (!sheet || !at) return null;
    const v: CellValue = storedValue(sheet.getCell(at.row, at.col));
    const n = numericValue(v);
    if (n !== null) return decimal(n);
    if (v === null || v === undefined || v === '') return '0';
    // SUM skips text. + - * / read text as a number when it reads as one (numbers typed as text, "1,255.02"),
    // as Excel does; other text is #VALUE! there, so the formula cannot be judged.
    if (asSum) return '0';
    return typeof v === 'string' ? textNumber(v) : null;
  };
  const rangeValues = (q: string | undefined, b: string | undefined, from: string, to: string | undefined): string[] | null => {
    const a = parseAddress(from);
    const z = parseAddress(to ?? from);
    if (!a || !z) return null;
    // A range no disclosure sums (A1:XFD1048576) is left unjudged rather than expanded cell by cell.
    if ((Math.abs(z.row - a.row) + 1) * (Math.abs(z.col - a.col) + 1) > MAX_RANGE_CELLS) return null;
    const vals: string[] = [];
    for (let r = Math.min(a.row, z.row); r <= Math.max(a.row, z.row); r++) {
      for (let c = Math.min(a.col, z.col); c <= Math.max(a.col, z.col); c++) {
        const v = valueAt(q, b, address(r, c), true);
        if (v === null) return null;
        vals.push(v);
      }
    }
    return vals;
  };
  let expr = formula.replace(/^=/, '').replace(SUM_CALL, (_m, args: string) => {
    const terms: string[] = [];
    for (const arg of args.split(',').map((s) => s.trim())) {
      if (/^[\d.]+$/.test(arg)) {
        terms.push(arg);
        continue;
      }
      const m = new RegExp(`^${REF}$`, 'u').exec(arg);
      const vals = m ? rangeValues(m[1], m[2], m[3]!, m[4]) : null;
      if (!vals) {
        unreadable = true;
        return '0';
      }
      for (const v of vals) terms.push(v); // not push(...vals): a spread of 100k arguments overflows the stack
    }
    return `(${terms.length ? terms.join('+') : '0'})`;
  });
  expr = expr.replace(REF_ONLY, (_m, q: string | undefined, b: string | undefined, from: string, to: string | undefined) => {
    const v = to === undefined ? valueAt(q, b, from, false) : null;
    if (v === null) unreadable = true;
    return v ?? '0';
  });
  if (unreadable || !ARITHMETIC.test(expr)) return null;
  return evaluateExact(expr);
}

/** The cached value judged as printed ones are (src/arith's rule): ok, rounded, mismatch; unparsable when either is unknown. */
export function verdictOf(cached: number | null, computed: ReturnType<typeof big> | null): Verdict {
  if (cached === null || computed === null) return 'unparsable';
  return compareExact(computed, printed(numberText(cached)));
}

/** Text that Excel's arithmetic takes for a number (" 12 ", "1,255.02", "95%") as an exact operand; null otherwise. */
export function textNumber(text: string): string | null {
  const m = /^\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%?)\s*$/u.exec(text);
  if (!m) return null;
  const digits = m[2]!.replace(/,/g, '') + (m[3] ?? '');
  const signed = m[1] === '-' ? `(-${digits})` : digits;
  return m[4] ? `(${signed}/100)` : signed;
}

/** A stored number as a plain decimal string, wrapped so that a negative value stays one operand. */
function decimal(n: number): string {
  const s = numberText(n);
  return s.startsWith('-') ? `(${s})` : s;
}
