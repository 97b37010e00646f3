// A cell holding only a slash (/, "not applicable" in a form's blank cells) reads as 1, 7 or 8 to chi_sim: a figure
// nobody printed. The slash is told by its shape: one thin stroke whose middle moves right as it rises.
import type { GrayImage } from './pgm.ts';
import type { Region } from './regions.ts';
import type { OcrWord } from './tesseract-tsv.ts';
import { mean, onlyWords, rowSpans } from './glyph-rows.ts';

/** A row of a stroke is at most this share of the glyph's height wide (7's bar and 1's foot are wider) … */
const STROKE_SHARE = 0.45;
/** … and from bottom to top its middle moves right by at least this share of the height (1 stands upright). */
const LEAN_SHARE = 0.18;
/** A glyph this short is a speck or a dash. */
const MIN_HEIGHT = 8;

/** A cell's only word as chi_sim reads a slash with a stroke beside it (1/, /1): the ink decides what it is. */
const SLASH_READ_TWICE = /^(?:[1lI|7了]\/|\/[1lI|7了])$/u;

/** Words as read, a lone character in a cell whose ink is one leaning stroke turned into the slash it is. */
export function withSlashes(words: readonly OcrWord[], inks: readonly Region[], img: GrayImage, darkThreshold: number): OcrWord[] {
  const only = onlyWords(words);
  return words.map((w) => {
    const ink = inks[w.page - 1];
    const candidate = only.get(w.page) === w && ([...w.text].length === 1 || SLASH_READ_TWICE.test(w.text));
    if (!ink || !candidate || w.text === '/') return w;
    return isSlash(img, ink, darkThreshold) ? { ...w, text: '/' } : w;
  });
}

/** Whether the ink in r is one thin stroke leaning right as it rises. */
export function isSlash(img: GrayImage, r: Region, darkThreshold: number): boolean {
  const height = r.y1 - r.y0;
  if (height < MIN_HEIGHT) return false;
  const middles: number[] = [];
  for (const span of rowSpans(img, r, darkThreshold)) {
    if (!span) continue;
    if (span.right - span.left + 1 > STROKE_SHARE * height) return false;
    middles.push((span.left + span.right) / 2);
  }
  if (middles.length < MIN_HEIGHT) return false;
  const third = Math.max(1, Math.floor(middles.length / 3));
  // Rows run top down: the top third's middle stands right of the bottom third's.
  return mean(middles.slice(0, third)) - mean(middles.slice(-third)) >= LEAN_SHARE * height;
}
