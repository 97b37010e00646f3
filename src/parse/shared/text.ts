// Cleaning every format needs, done once: NFKC, OCR wrap spaces inside Chinese text, whitespace runs.

/** A character that belongs to Chinese running text (Han, CJK punctuation, curly quotes, full-width forms). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u300a-\u300f\u3010\u3011]/u;

/** Whitespace with a Chinese character on either side is a line-wrap artefact, never meaningful. */
const WRAP_SPACE = /(\S)\s+(?=(\S))/gu;

/** Normalise text from any source: NFKC (full-width ASCII → ASCII), wrap spaces dropped, runs collapsed. */
export function cleanText(input: string): string {
  const nfkc = input.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/g, '');
  if (!/\s/.test(nfkc)) return nfkc;
  const joined = nfkc.replace(WRAP_SPACE, (m, a: string, b: string) => (CJK.test(a) || CJK.test(b) ? a : `${a} `));
  return joined.replace(/\s+/g, ' ').trim();
}

/** Text with every space and a trailing colon removed: the key used to match labels ("服务对象 满意度指标"). */
export function labelKey(input: string): string {
  // Cell text is cleaned by its parser already, so NFKC is not repeated on this hot path.
  return input.replace(/\s+/g, '').replace(/[:：]$/u, '');
}
