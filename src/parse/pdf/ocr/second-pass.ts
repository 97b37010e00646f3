// The second OCR pass: value cells chi_sim read unsure digits in are read again with eng, which reads digits and %
// right where chi_sim garbles them (100% → 1009%), and the cell keeps what value-reading.ts decides from both.
import { asDoubtful, hasPercentJunk, isLoneGlyph, isUnitJunk, isValueCell, OCR_UNSURE_BELOW } from '../ocr-unsure.ts';
import { readImages } from './batch.ts';
import { DIGIT_LANGUAGE, hasDigitModel, type PageRef } from './render.ts';
import type { OcrReading } from '../../grid.ts';
import { byImage, mergeLineWords, type OcrWord } from './tesseract-tsv.ts';
import { decideValue, ENG_SURE_FROM, plainEngNumber, type Reading } from './value-reading.ts';

/** One line of text: a value cell is one short line, and psm 6 (a block) made eng split `> 90%` over two lines. */
const DIGIT_PSM = 7;

/** A cell image readPieces already wrote to disk. */
export type CellImage = { file: string };
export type SecondPassOptions = { listFile: string; gapFactor: number; ref: PageRef; signal?: AbortSignal };

/**
 * Re-read, in one eng run for the page (shared with other pages', see batch.ts), every value cell whose digits chi_sim was unsure of; return the page's
 * words with each cell the rule settled replaced by one word holding the decided text and, in `readings`, both readings.
 * `words[].page` is the 1-based index into `cells`, as readPieces leaves it.
 */
export async function rereadValueCells(cells: readonly CellImage[], words: readonly OcrWord[], opts: SecondPassOptions): Promise<OcrWord[]> {
  const byCell = byImage(words);
  const unsure = [...byCell].map(([i, ws]) => ({ i, ws, chi: chiReading(ws, opts.gapFactor) })).filter((c) => isUnsureValue(c.chi));
  if (unsure.length === 0) return [...words];
  if (!(await hasDigitModel())) {
    // No eng to settle percent junk read confidently: its cells are flagged as they are.
    const junk = new Set(unsure.filter((c) => hasPercentJunk(c.chi.text)).map((c) => c.i));
    return [...byCell].flatMap(([i, ws]) => (junk.has(i) ? ws.map((w) => (/\d/.test(w.text) ? { ...w, conf: asDoubtful(w.conf) } : w)) : ws));
  }
  const files = unsure.map((c) => cells[c.i - 1]!.file);
  const engWords = byImage(await readImages(files, opts.listFile, DIGIT_PSM, opts.ref, opts.signal, DIGIT_LANGUAGE));
  const replaced = new Map<number, OcrWord>();
  const annotated = new Map<number, OcrReading>();
  const confirmed = new Set<number>();
  const doubted = new Set<number>();
  unsure.forEach(({ i, ws, chi }, k) => {
    const eng = engReading(engWords.get(k + 1) ?? []);
    const decided = decideValue(chi.text, eng);
    const reading = { chi: squeeze(chi.text), eng: squeeze(eng.text) };
    if (decided !== undefined) replaced.set(i, { ...oneWord(ws, decided, asDoubtful(chi.conf)), readings: [reading] });
    else if (confirms(eng, chi.text)) confirmed.add(i);
    else if (hasPercentJunk(chi.text)) doubted.add(i);
    else {
      // The cell keeps chi_sim's text; eng's plain number goes with it for a column that cannot hold a comparator.
      const plain = plainEngNumber(eng);
      if (plain !== undefined && plain !== squeeze(chi.text)) annotated.set(i, { ...reading, plainNumber: plain });
    }
  });
  return [...byCell].flatMap(([i, ws]) => {
    const r = replaced.get(i);
    const a = annotated.get(i);
    // The words stay as chi_sim read them; the first carries the reading into the cell.
    if (confirmed.has(i)) return ws.map((w) => ({ ...w, conf: Math.max(w.conf, OCR_UNSURE_BELOW) }));
    if (doubted.has(i)) return ws.map((w) => (/\d/.test(w.text) ? { ...w, conf: asDoubtful(w.conf) } : w));
    // A cell given eng's number is as doubtful as its least sure word: flagged, whatever chi_sim's confidence was.
    return r ? [r] : a ? ws.map((w, k) => ({ ...w, conf: asDoubtful(w.conf), ...(k === 0 ? { readings: [a] } : {}) })) : ws;
  });
}

/**
 * chi_sim's text of one cell and the confidence the grid will give it: merged as the page is merged, the lowest
 * confidence among runs holding digits (pdfCell's rule), so this pass picks exactly the cells ocr-unsure would flag.
 */
function chiReading(words: readonly OcrWord[], gapFactor: number): Reading {
  const runs = mergeLineWords(words, { gapFactor });
  const digitConfs = runs.filter((r) => /\d/.test(r.text)).map((r) => r.conf);
  return { text: runs.map((r) => r.text).join(''), conf: digitConfs.length ? Math.min(...digitConfs) : Infinity };
}

/**
 * eng, read sure, gives the cell character for character as chi_sim did: two models that garble differently (eng
 * reads ≥ as 2, chi_sim % as 9%) agree, so chi_sim's low confidence is no longer a reason to doubt the digits, and
 * the cell is not flagged for it. Other evidence (a page read that disagrees, numbers on two lines) still flags it.
 * Only where both saw the number's point or %: a decimal point both lose (7.35 read 735 by both, an unseen scan)
 * leaves them agreeing on a wrong integer, so an integer stays as doubtful as chi_sim's confidence says.
 */
const confirms = (eng: Reading, chi: string) => eng.conf >= ENG_SURE_FROM && /[.%]/u.test(squeeze(chi)) && squeeze(eng.text) === squeeze(chi);

const squeeze = (s: string) => s.replace(/\s+/g, '');

const isUnsureValue = (r: Reading) =>
  ((r.conf < OCR_UNSURE_BELOW || hasPercentJunk(r.text)) && isValueCell(r.text)) || isLoneGlyph(r.text) || isUnitJunk(r.text);

/** eng's one line, words in order; its confidence is its least sure word's, since any of them may hold digits. */
function engReading(words: readonly OcrWord[]): Reading {
  const sorted = [...words].sort((a, b) => a.line - b.line || a.word - b.word);
  return { text: sorted.map((w) => w.text).join(' '), conf: sorted.length ? Math.min(...sorted.map((w) => w.conf)) : 0 };
}

/**
 * The cell's words as one word with the decided text. It keeps chi_sim's low confidence on purpose: the cell is
 * still flagged `ocr-digit`, so a person checks the corrected value against the scan.
 */
function oneWord(words: readonly OcrWord[], text: string, conf: number): OcrWord {
  const x0 = Math.min(...words.map((w) => w.left));
  const y0 = Math.min(...words.map((w) => w.top));
  const x1 = Math.max(...words.map((w) => w.left + w.width));
  const y1 = Math.max(...words.map((w) => w.top + w.height));
  return { ...words[0]!, text, left: x0, top: y0, width: x1 - x0, height: y1 - y0, conf };
}
