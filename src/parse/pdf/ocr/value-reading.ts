// Two OCR readings of one value cell (chi_sim, then eng) → the text to keep, decided conservatively.
// Pure: no tesseract, no files.

/** Below this eng word confidence (0–100) its reading is not used at all. */
export const ENG_SURE_FROM = 85;
/** eng's confidence from which its lone % stands for a unit cell chi_sim garbled (see decideValue). */
const ENG_LONE_PERCENT_FROM = 30;
/**
 * … except where its leading 2 is chi_sim's comparator and the digits after it agree with chi_sim's: the 2 is what
 * pulls eng's confidence down (≥95% read 295% at 62–83 on a Writer scan at 200 dpi), and two models agreeing on the
 * digits is the evidence. The cell stays flagged as unsure either way.
 */
export const ENG_SURE_WITH_SIGN_FROM = 60;

/** A comparator chi_sim printed before a number; `宇` and other glyphs it makes of `≥` are not among them. */
const COMPARATOR = /^[<>=≤≥≦≧]$/u;
/** eng's reading when it is a well-formed number: optional comparator, digits with at most one decimal point, optional %. */
const ENG_NUMBER = /^([<>=≤≥]?)(\d+(?:\.\d+)?)(%?)$/u;
/**
 * What chi_sim makes of the percent glyph after a number's digits: one extra digit, the %, and at most one more
 * % or digit (100% → 1009%, 1005%, 1005%%; 90% → 905%6 on the CCITT scan). Exactly one digit before the %, so a
 * digit eng dropped from a longer number (chi_sim 1009%, eng 10%) is never mistaken for this junk.
 */
const PERCENT_JUNK = /^\d%[\d%]?$/u;

export type Reading = { text: string; conf: number };

/**
 * The text to keep for a value cell, or undefined to keep chi_sim's text unchanged. The rule, in order:
 * 1. eng's reading is used only when all of it was read with confidence ≥ ENG_SURE_FROM (ENG_SURE_WITH_SIGN_FROM for
 *    the 2 that is chi_sim's comparator, below) and it is a well-formed
 *    number: [comparator] digits [.digits] [%], spaces ignored.
 * 2. The digits must agree: chi_sim's text after its non-digit prefix is eng's number followed by PERCENT_JUNK,
 *    and eng's number ends in %. (When it already equals eng's number there is nothing to correct.)
 * 3. The comparator is never taken from eng (it reads ≥ as > and ≤ as =). Both readings must agree on whether
 *    there is one: chi_sim's prefix is empty and eng has none → the number alone; chi_sim's prefix is a comparator
 *    and eng has one → chi_sim's comparator and eng's number; chi_sim's prefix is a comparator and eng's number is a
 *    2 and then the number chi_sim's body starts with, before its percent junk (eng read the ≥ as 2: >959% and
 *    295%, measured eight times on the tuned scans) → chi_sim's comparator and that number. Any other prefix (宇
 *    for ≥, seen twice on one scan: too little to map it) or a comparator only one of them saw leaves chi_sim's
 *    text as it is.
 */
export function decideValue(chi: string, eng: Reading): string | undefined {
  // A lone % (a unit column's cell) chi_sim read as a character or letters (ar, [思, 而): eng reads it %, unsure
  // (30–60) as it is of any lone glyph, where it reads a unit word as letters (人 X, 元 I, 次 mK).
  if (eng.text.replace(/\s+/g, '') === '%' && eng.conf >= ENG_LONE_PERCENT_FROM && !/\d/u.test(chi)) return '%';
  const e = ENG_NUMBER.exec(eng.text.replace(/\s+/g, ''));
  if (!e || eng.conf < ENG_SURE_WITH_SIGN_FROM) return undefined;
  const [, engComparator, digits, percent] = e as unknown as [string, string, string, string];
  const c = chi.replace(/\s+/g, '');
  const prefix = /^\D*/u.exec(c)![0];
  const body = c.slice(prefix.length);
  if (percent !== '%') return undefined;
  // eng reads ≥ as 2 (≥95% → 295%): where chi_sim saw a comparator there, eng's leading 2 is that comparator.
  const afterTwo = digits.slice(1);
  const twoIsComparator = COMPARATOR.test(prefix) && engComparator === '' && digits.startsWith('2') && /^\d/.test(afterTwo);
  if (twoIsComparator && body.startsWith(afterTwo) && PERCENT_JUNK.test(body.slice(afterTwo.length))) return `${prefix}${afterTwo}%`;
  if (eng.conf < ENG_SURE_FROM) return undefined;
  if (!body.startsWith(digits) || !PERCENT_JUNK.test(body.slice(digits.length))) return undefined;
  if (prefix === '' && engComparator === '') return `${digits}%`;
  if (COMPARATOR.test(prefix) && engComparator !== '') return `${prefix}${digits}%`;
  return undefined;
}

/** A plain number: digits with at most one decimal point, no comparator, no %. */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/u;

/**
 * eng's reading when it is a plain number read with confidence ≥ ENG_SURE_FROM, else undefined. Not for a cell that
 * may hold a comparator: eng reads ≥ as 2 (≥ 95 → 295), so only a column without comparators may use it.
 */
export function plainEngNumber(eng: Reading): string | undefined {
  const t = eng.text.replace(/\s+/g, '');
  return eng.conf >= ENG_SURE_FROM && PLAIN_NUMBER.test(t) ? t : undefined;
}
