// Cleaning every format needs, done once: NFKC, OCR wrap spaces inside Chinese text, whitespace runs.

/** A character that belongs to Chinese running text (Han, CJK punctuation, curly quotes, full-width forms). */
const CJK = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u300a-\u300f\u3010\u3011]`;

/** Whitespace between two printed characters, one of them Chinese, is a line-wrap artefact, never meaningful. */
const WRAP_SPACE = new RegExp(String.raw`(?<=${CJK})\s+(?=\S)|(?<=\S)\s+(?=${CJK})`, 'gu');

/**
 * Text NFKC leaves as it is, zero-width characters excluded: ASCII, the CJK Unified block and the common Chinese
 * punctuation. Most cells are only this, and normalize('NFKC') on them was the parser's largest single cost.
 */
const NFKC_STABLE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2018\u2019\u201c\u201d\u2014]*$/;

/** Normalise text from any source: NFKC (full-width ASCII → ASCII), wrap spaces dropped, runs collapsed. */
export function cleanText(input: string): string {
  const nfkc = NFKC_STABLE.test(input) ? input : input.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/g, '');
  if (!/\s/.test(nfkc)) return nfkc;
  return nfkc.replace(WRAP_SPACE, '').replace(/\s+/g, ' ').trim();
}

/** Whether two texts of one length (in characters) differ in exactly one place: one character OCR misread. */
export function oneCharApart(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length && diff < 2; i++) if (x[i] !== y[i]) diff++;
  return diff === 1;
}

/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with every space and a trailing colon removed: the key used to match labels ("服务对象 满意度指标"). */
export function labelKey(input: string): string {
  // Cell text is cleaned by its parser already, so NFKC is not repeated on this hot path.
  return input.replace(/\s+/g, '').replace(/[:：]$/u, '');
}
