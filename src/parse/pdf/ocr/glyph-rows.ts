// A glyph's ink row by row, from the first to the last inked pixel of each row, and the cells holding one glyph:
// what the shape tests of a slash and of a comparison sign read.
import type { GrayImage } from './pgm.ts';
import type { Region } from './regions.ts';
import type { OcrWord } from './tesseract-tsv.ts';

export type RowSpan = { left: number; right: number } | null;

/** For each pixel row of r, its leftmost and rightmost inked pixel, or null for a row without ink. */
export function rowSpans(img: GrayImage, r: Region, darkThreshold: number): RowSpan[] {
  const rows: RowSpan[] = [];
  for (let y = r.y0; y < r.y1; y++) {
    let left = -1;
    let right = -1;
    for (let x = r.x0; x < r.x1; x++)
      if (img.data[y * img.width + x]! < darkThreshold) {
        if (left < 0) left = x;
        right = x;
      }
    rows.push(left < 0 ? null : { left, right });
  }
  return rows;
}

export const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** Each cell (a word's `page`) that holds one word, with that word. */
export function onlyWords(words: readonly OcrWord[]): Map<number, OcrWord> {
  const count = new Map<number, number>();
  for (const w of words) count.set(w.page, (count.get(w.page) ?? 0) + 1);
  return new Map(words.filter((w) => count.get(w.page) === 1).map((w) => [w.page, w]));
}

/** The cells (a word's `page`) whose only word is one character: what a shape test may read again. */
export function loneGlyphCells(words: readonly OcrWord[]): Set<number> {
  return new Set([...onlyWords(words)].flatMap(([page, w]) => ([...w.text].length === 1 ? [page] : [])));
}
