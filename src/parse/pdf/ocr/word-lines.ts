// OCR words grouped into visual lines: the unit every step of the word-built table reads.
import type { OcrWord } from './tesseract-tsv.ts';

/** Two words share a line when they overlap vertically by this share of the smaller height. */
const SAME_LINE = 0.5;

/** A visual line: its ink's extent and its robust band (median word top and bottom of its first fragment). */
export type Line = { y0: number; y1: number; s0: number; s1: number; words: OcrWord[] };
export type Span = { x0: number; x1: number };

export const x1Of = (w: OcrWord) => w.left + w.width;
export const y1Of = (w: OcrWord) => w.top + w.height;
export const textOf = (ws: readonly OcrWord[]) =>
  [...ws]
    .sort((a, b) => a.left - b.left)
    .map((w) => w.text)
    .join('')
    .replace(/\s+/g, '');

/**
 * Words grouped into visual lines, top to bottom. Tesseract's own lines (fragments, under sparse segmentation) are
 * joined when their bands overlap; a band is the median top and bottom of its words, so a comma or a tall bracket
 * does not stretch it, and a fragment is compared with the line's first fragment, not with the union of the line:
 * a value centred beside a wrapped name would otherwise chain both of the name's lines into one.
 */
export function textLines(words: readonly OcrWord[]): Line[] {
  const fragments = new Map<string, OcrWord[]>();
  for (const w of words) {
    const key = `${w.page}/${w.block}/${w.par}/${w.line}`;
    const f = fragments.get(key);
    if (f) f.push(w);
    else fragments.set(key, [w]);
  }
  const bands = [...fragments.values()].map((ws) => {
    // Punctuation sits low (。，) or reaches high and low (（）): only letters, digits and characters set the band.
    const core = ws.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
    const set = core.length ? core : ws;
    return { ws, b0: median(set.map((w) => w.top)), b1: median(set.map(y1Of)) };
  });
  const lines: Line[] = [];
  for (const f of bands.sort((a, b) => a.b0 + a.b1 - (b.b0 + b.b1))) {
    const line = lines.find((l) => Math.min(l.s1, f.b1) - Math.max(l.s0, f.b0) >= SAME_LINE * Math.min(l.s1 - l.s0, f.b1 - f.b0));
    const y0 = Math.min(...f.ws.map((w) => w.top));
    const y1 = Math.max(...f.ws.map(y1Of));
    if (line) {
      line.words.push(...f.ws);
      line.y0 = Math.min(line.y0, y0);
      line.y1 = Math.max(line.y1, y1);
    } else lines.push({ y0, y1, s0: f.b0, s1: f.b1, words: [...f.ws] });
  }
  return lines.sort((a, b) => a.s0 - b.s0);
}

export function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** A line's words split where they stand more than `gap` apart, left to right. */
export function linePieces(words: readonly OcrWord[], gap: number): OcrWord[][] {
  const pieces: OcrWord[][] = [];
  for (const w of [...words].sort((a, b) => a.left - b.left)) {
    const last = pieces.at(-1);
    if (last && w.left - Math.max(...last.map(x1Of)) <= gap) last.push(w);
    else pieces.push([w]);
  }
  return pieces;
}

/** A row marker's word standing alone (its number set apart by a space OCR widened: 任务 | 11:). */
const BARE_MARKER = /^(任务|指标)$/u;

/**
 * A line's words split where they stand more than `gap` apart (linePieces), except that a bare marker word keeps
 * the piece after it when that piece starts with a digit: 任务 and 11: are one marker however wide the space.
 */
export function markerPieces(words: readonly OcrWord[], gap: number): OcrWord[][] {
  const out: OcrWord[][] = [];
  for (const p of linePieces(words, gap)) {
    const last = out.at(-1);
    if (last && BARE_MARKER.test(textOf(last)) && /^\d/.test(textOf(p))) last.push(...p);
    else out.push(p);
  }
  return out;
}
