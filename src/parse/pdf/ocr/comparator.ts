// ≥ or >? chi_sim reads the ≥ of a 200 dpi scan as > (19 of 19 on the v05 scan), and a wrong comparator changes
// what a target means. The pixels settle it: ≥ and ≤ are a chevron with a bar under it, a blank row between.
import { asDoubtful } from '../ocr-unsure.ts';
import { chevronShape } from './chevron-glyphs.ts';
import { signShape } from './operator-glyphs.ts';
import type { GrayImage } from './pgm.ts';
import type { Region } from './regions.ts';
import type { OcrWord } from './tesseract-tsv.ts';

/** What the first glyph of a word is under its chevron: a bar (≥ ≤), clear paper (> <), or no telling. */
export type Underside = 'bar' | 'clear' | 'unsure';

const COMPARATOR_START = /^[<>≤≥＜＞]/u;
/** Another glyph right before a figure: chi_sim reads a ≥ set in some fonts as 三, =, 之 or 过 (≥110人次 → 三110人次). */
const OTHER_BEFORE_FIGURE = /^[^\p{N}\s<>≤≥≦≧＜＞](?=\d)/u;
/** … or as a word of its own before the figure's. */
const LONE_GLYPH = /^[^\p{N}\s<>≤≥≦≧＜＞]$/u;
const FIGURE_START = /^\d/u;
/** The least width of a figure's character, as a share of its height (a 1 is narrow, but not this narrow). */
const FIGURE_WIDTH = 0.25;

const POINTS_RIGHT = /^[>≥＞]/u;
/** The chevron's second reading before the figure, after the first (>>1500). */
const DOUBLED_BEFORE_FIGURE = /^[<>＜＞](?=\d)/u;
/** How far above and below the word's box (× its height) the glyph is looked for: the bar may lie under the box. */
const REACH = 0.5;
/** A bar is no taller than this share of the chevron's height … */
const BAR_MAX_HEIGHT = 0.35;
/** … and at least this share of its width. */
const BAR_MIN_WIDTH = 0.6;
/** A chevron whose point (the rows reaching its side) stands this high in its run, as a share of its height from the top, has its foot joined on. */
const LEANING_POINT = 0.42;
/** Clear paper under the chevron for this share of its height means no bar. */
const CLEAR_BELOW = 0.4;

/**
 * The word right after words[i] in its cell: beside it, level with it (tesseract may set a sign taller than the
 * figure on a line of its own), no further off than the word is tall.
 */
const nextOnLine = (words: readonly OcrWord[], i: number) => {
  const w = words[i]!;
  const end = w.left + w.width;
  return words.find(
    (n) =>
      n !== w &&
      n.page === w.page &&
      n.left >= end - w.width / 2 &&
      n.left <= end + w.height &&
      Math.min(n.top + n.height, w.top + w.height) - Math.max(n.top, w.top) >= Math.min(n.height, w.height) / 2,
  );
};

/**
 * Words starting with a comparator get the one their pixels show (≥/≤ with a bar, >/< without); when the pixels
 * cannot tell, the word's confidence drops under OCR_UNSURE_BELOW, so its cell is flagged for a person to check.
 */
export function settleComparators(words: readonly OcrWord[], img: GrayImage, dark: number): OcrWord[] {
  return words.map((w, i) => {
    if (OTHER_BEFORE_FIGURE.test(w.text) || (LONE_GLYPH.test(w.text) && FIGURE_START.test(nextOnLine(words, i)?.text ?? '')))
      return signBeforeFigure(img, w, dark);
    if (!COMPARATOR_START.test(w.text)) return w;
    const under = underside(img, w, dark);
    const right = POINTS_RIGHT.test(w.text);
    const rest = [...w.text].slice(1).join('');
    // chi_sim reads a barred sign's chevron twice at times (≥1500 as >>1500): the bar makes it one sign.
    if (under === 'bar') return { ...w, text: (right ? '≥' : '≤') + rest.replace(DOUBLED_BEFORE_FIGURE, '') };
    if (under === 'clear') return { ...w, text: (right ? '>' : '<') + rest };
    return { ...w, conf: asDoubtful(w.conf) };
  });
}

/**
 * Cells whose first word is a figure, where tesseract read the sign before it as nothing (≥85% → 85%; its box may
 * hold the sign's ink or stop right of it): the first glyph of the cell's ink, where it has a sign's shape, is the
 * sign. A digit has none (chevron-glyphs.ts, operator-glyphs.ts). `inks` are the cells' ink boxes, a word's `page` its cell.
 */
export function signsLeftOfFigures(words: readonly OcrWord[], inks: readonly Region[], img: GrayImage, dark: number): OcrWord[] {
  const first = new Map<number, OcrWord>();
  for (const w of words) {
    const f = first.get(w.page);
    if (!f || w.top + w.height / 2 < f.top || (w.left < f.left && w.top < f.top + f.height)) first.set(w.page, w);
  }
  return words.map((w) => {
    const ink = inks[w.page - 1];
    if (first.get(w.page) !== w || !ink || !FIGURE_START.test(w.text)) return w;
    const left = Math.min(ink.x0, w.left);
    const glyph = firstGlyph(img, { ...w, left, width: w.left + w.width - left }, dark);
    // The sign must leave room for the figure after it: a lone 5 is its own first glyph.
    if (!glyph || w.left + w.width - glyph.x1 < [...w.text].length * FIGURE_WIDTH * w.height) return w;
    const sign = signIn(img, glyph, dark);
    return sign ? { ...w, text: sign + w.text, left, width: w.left + w.width - left } : w;
  });
}

/** A word's first glyph: its columns over the word's rows (a pixel of slack above and below), or null without ink. */
function firstGlyph(img: GrayImage, w: OcrWord, dark: number): Region | null {
  const y0 = Math.max(0, w.top - 1);
  const y1 = Math.min(img.height, w.top + w.height + 1);
  const [x0, x1] = firstGlyphColumns(img, w, y0, y1, dark);
  return x1 > x0 ? { x0, y0, x1, y1 } : null;
}

/** The sign a glyph has the shape of: ≥ or ≤ over a flat bar (≧ ≦ over two) or with a leaning foot, or a bare chevron. */
function signIn(img: GrayImage, glyph: Region, dark: number): '≥' | '≤' | '≧' | '≦' | '>' | '<' | null {
  // Before a figure two bars are no sign: that glyph may still be a chevron.
  const sign = signShape(img, glyph, dark);
  return sign === '=' ? chevronShape(img, glyph, dark) : sign;
}

/** A word's first glyph that has the shape of ≥ or ≤ (a flat bar, operator-glyphs.ts, or a leaning foot) or of a bare chevron becomes that sign; any other stays. */
function signBeforeFigure(img: GrayImage, w: OcrWord, dark: number): OcrWord {
  const glyph = firstGlyph(img, w, dark);
  const sign = glyph && signIn(img, glyph, dark);
  return sign ? { ...w, text: sign + [...w.text].slice(1).join('') } : w;
}

/** The columns [x0, x1) of a word's first glyph: from the first inked column at its left to the first blank one. */
function firstGlyphColumns(img: GrayImage, w: OcrWord, y0: number, y1: number, dark: number): [number, number] {
  const columnInk = (x: number) => {
    for (let y = y0; y < y1; y++) if (img.data[y * img.width + x]! < dark) return true;
    return false;
  };
  let x0 = Math.max(0, w.left - 2);
  const limit = Math.min(img.width, w.left + w.width);
  while (x0 < limit && !columnInk(x0)) x0++;
  let x1 = x0;
  while (x1 < limit && columnInk(x1)) x1++;
  return [x0, x1];
}

/** Look at the first glyph of the word: its ink rows, in runs separated by blank rows. */
export function underside(img: GrayImage, w: OcrWord, dark: number): Underside {
  const pointsRight = POINTS_RIGHT.test(w.text);
  const y0 = Math.max(0, Math.floor(w.top - REACH * w.height));
  const y1 = Math.min(img.height, Math.ceil(w.top + w.height + REACH * w.height));
  const inkAt = (x: number, y: number) => img.data[y * img.width + x]! < dark;
  const [x0, x1] = firstGlyphColumns(img, w, y0, y1, dark);
  if (x1 <= x0) return 'unsure';
  // Each run of inked rows with its extent, and the extent of its last row (a bar that touches the chevron).
  const runs: { a: number; b: number; x0: number; x1: number; widths: number[]; edges: [number, number][] }[] = [];
  for (let y = y0; y < y1; y++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let x = x0; x < x1; x++) if (inkAt(x, y)) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
    if (lo === Infinity) continue;
    const last = runs.at(-1);
    if (last && last.b === y - 1) {
      Object.assign(last, { b: y, x0: Math.min(last.x0, lo), x1: Math.max(last.x1, hi) });
      last.widths.push(hi - lo + 1);
      last.edges.push([lo, hi]);
    } else runs.push({ a: y, b: y, x0: lo, x1: hi, widths: [hi - lo + 1], edges: [[lo, hi]] });
  }
  // The chevron: the tallest run. A bar is the run right under it, flat and nearly as wide.
  const chevron = runs.reduce((m, r) => (r.b - r.a > m.b - m.a ? r : m), runs[0]!);
  const height = chevron.b - chevron.a + 1;
  const width = chevron.x1 - chevron.x0 + 1;
  const below = runs[runs.indexOf(chevron) + 1];
  if (below && below.b - below.a + 1 <= BAR_MAX_HEIGHT * height && below.x1 - below.x0 + 1 >= BAR_MIN_WIDTH * width && below.a - chevron.b <= height / 2)
    return 'bar';
  // A bar the scan joined to the chevron: the run ends in a few rows spanning the glyph (a chevron ends in a thin
  // tip); many such rows are a smudge, which settles nothing.
  let tail = 0;
  while (tail < chevron.widths.length && chevron.widths[chevron.widths.length - 1 - tail]! >= BAR_MIN_WIDTH * width) tail++;
  if (tail > 0 && tail <= BAR_MAX_HEIGHT * height) return 'bar';
  if (tail > 0) return 'unsure';
  // A foot drawn leaning with the lower arm (⩾, as some fonts set ≥): a second stroke beside the lower arm
  // (chevron-glyphs.ts), or the point standing well above the run's middle, where a bare chevron has it halfway down.
  const leaning = chevronShape(img, { x0, y0: chevron.a, x1, y1: chevron.b + 1 }, dark);
  if (leaning === (pointsRight ? '≥' : '≤')) return 'bar';
  const tip = chevron.edges.flatMap(([lo, hi], i) => ((pointsRight ? hi === chevron.x1 : lo === chevron.x0) ? [i] : []));
  if (tip.length > 0 && tip.reduce((a, b) => a + b, 0) / tip.length / (height - 1) <= LEANING_POINT) return 'bar';
  const clearTo = below ? below.a : y1;
  if (clearTo - chevron.b - 1 >= CLEAR_BELOW * height) return 'clear';
  return 'unsure';
}
