// Reading printed numbers exactly as printed, including OCR's letter-for-digit damage, and counting their decimals:
// the one place every stage (parse, normalize, audit) does either.

export type NumberReading = {
  value: number;
  /** The number as a canonical decimal string (what BigNumber arithmetic starts from). */
  text: string;
  /** Digits printed after the decimal point: the precision the document claims. */
  decimals: number;
  /** True when O/o/l/I had to be read as 0/1. */
  repaired: boolean;
};

const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const OCR_DAMAGED = /^[+-]?[\dOoIl]+(?:\.[\dOoIl]+)?$/;
/** Longer than this, a cell is prose, not one printed number (with its spaces, unit and thousands separators). */
const LONGEST_NUMBER = 48;
const ASCII = /^[\x00-\x7f]*$/;
/** A Chinese character other than a unit's (万元, 亿元, 元, 分): the cell is words, whatever else it holds. */
const PROSE = /(?![万亿元分])[\u3400-\u9fff]/u;
const OCR_MAP: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

/** Read a whole cell as one number ("1,255.02", "1O5" → 105 repaired); null when it is not a number. */
export function readNumber(raw: string | null | undefined, options: { stripUnit?: RegExp } = {}): NumberReading | null {
  // Called on every cell of every row: a content cell (long prose) is turned away before any normalizing.
  if (raw == null || raw.length > LONGEST_NUMBER) return null;
  if (PLAIN.test(raw)) return reading(raw, false);
  if (PROSE.test(raw)) return null;
  let s = (ASCII.test(raw) ? raw : raw.normalize('NFKC')).replace(/\s+/g, '').replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  if (options.stripUnit) s = s.replace(options.stripUnit, '');
  if (PLAIN.test(s)) return reading(s, false);
  if (OCR_DAMAGED.test(s) && /\d/.test(s))
    return reading(
      s.replace(/[OoIl]/g, (c) => OCR_MAP[c]!),
      true,
    );
  return null;
}

function reading(s: string, repaired: boolean): NumberReading {
  return { value: Number(s), text: s.replace(/^\+/, ''), decimals: decimalsOf(s), repaired };
}

/** Digits after the decimal point in a printed number string. */
export function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Whether the first number in a raw target ("≥9O%") had OCR letters read as digits. */
export function indicatorValueRepaired(raw: string | null): boolean {
  if (!raw) return false;
  const m = /([\dOoIl][\d.,OoIl]*)/u.exec(raw.replace(/^[^\dOoIl]*/u, ''));
  return !!m && /\d/.test(m[1]!) && /[OoIl]/.test(m[1]!) && readNumber(m[1]!)?.repaired === true;
}
