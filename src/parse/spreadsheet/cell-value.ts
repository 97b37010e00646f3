// A spreadsheet cell's stored value → the text the grid carries, keeping the precision the file stores.
import type { Cell as ExcelCell, CellValue } from 'exceljs';
import { cleanText } from '../shared/text.ts';
import { formatAffixes } from './number-format.ts';

/** Excel keeps 15 significant digits; digits past them in a file are binary noise (0.30000000000000004). */
const EXCEL_DIGITS = 15;

/** A number as the shortest decimal that reads back to it, never in exponent form, at most 15 significant digits. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  let s = String(n);
  if (significantDigits(s) > EXCEL_DIGITS) s = String(Number(n.toPrecision(EXCEL_DIGITS)));
  return /e/i.test(s) ? expandExponent(s) : s;
}

/** A fraction shown as a percentage: 1 → "100%", 0.955 → "95.5%" (decimal shift, no float multiply). */
export function percentText(n: number): string {
  return `${shiftDecimal(numberText(n), 2)}%`;
}

/** Whether a number format shows values as percentages (a % outside quotes). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return formatAffixes(numFmt).percent > 0;
}

/**
 * A number as its cell shows it: the stored digits (not the format's rounding), scaled when the format is a
 * percentage, with the text the format prints around it ("≥"0% → ≥90%, 0"%" → 95%, 0"人" → 125人), which
 * is part of what the cell says.
 */
export function formattedNumber(n: number, numFmt: string | undefined): string {
  const f = formatAffixes(numFmt);
  const digits = numberText(n);
  const text = `${f.prefix}${f.percent ? shiftDecimal(digits, 2 * f.percent) : digits}${f.suffix}`;
  // Format text is typed like cell text (full-width brackets, ≧): cleaned the same way.
  return f.prefix || f.suffix ? cleanText(text) : text;
}

/** The cached (or typed) value of a cell as grid text: numbers exact, percentages scaled, format text kept, rich text joined. */
export function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formattedNumber(value, numFmt);
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return cleanText(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const { result, formula } = value as { result?: CellValue; formula?: string };
    // Text typed after an = (=90元) that a program stored as a formula, never computed: what was typed is the text.
    if (result === undefined && typeof formula === 'string' && /\p{Script=Han}/u.test(formula.replace(/"[^"]*"/gu, ''))) return cleanText(`=${formula}`);
    return valueText(result ?? null, numFmt);
  }
  if ('text' in value) return valueText((value as { text: CellValue }).text, numFmt);
  return '';
}

/**
 * A cell's stored value, a formula's cached result included even when it is 0, '' or FALSE: exceljs's
 * `value` leaves out falsy results (a =SUM(…) whose file says <v>0</v> would read as uncached), `result` keeps them.
 */
export function storedValue(cell: ExcelCell): CellValue {
  const v = cell.value;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return { ...v, result: cell.result } as CellValue;
  return v;
}

/** The number a cell holds for arithmetic: its value, or the cached result of its formula; null otherwise. */
export function numericValue(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const r = (value as { result?: unknown }).result;
    return typeof r === 'number' ? r : null;
  }
  return null;
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function significantDigits(s: string): number {
  const mantissa = s.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  return mantissa.length;
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000". */
function expandExponent(s: string): string {
  const [m, e] = s.toLowerCase().split('e') as [string, string];
  return shiftDecimal(m, Number(e));
}

/** Move the decimal point of a plain decimal string by `places` (positive: right). */
function shiftDecimal(s: string, places: number): string {
  const neg = s.startsWith('-');
  const [int, frac = ''] = s.replace(/^-/, '').split('.') as [string, string?];
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  let out = `${digits.slice(0, point) || '0'}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/\.?0+$/, '');
  return (neg && out !== '0' ? '-' : '') + out;
}
