// Where a borderless table's columns part: the blank stretches the body's words, or better the page's ink, leave.
import { OCR } from '../settings.ts';
import { median, x1Of, type Line, type Span } from './word-lines.ts';

/**
 * Column gutters of a headerless table: at least this × line height wide (a wrapped text fills its cell to the
 * padding, two paddings apart from the next column's text: ~0.25 h at 200 dpi) …
 */
const MIN_GUTTER = 0.2;
/** … and crossed by at most this many body lines (a group label printed once beside its rows is a column too). */
const GUTTER_CROSSINGS = 0;

/**
 * Which pixel columns x0 … x1 − 1 hold ink between rows y0 and y1 (1) and which are blank (0), from the page image:
 * a gutter between two columns is blank there even where a word box tesseract drew reaches across it.
 */
export type InkColumns = (x0: number, x1: number, y0: number, y1: number) => Uint8Array;

/** The middle of each stretch at least MIN_GUTTER line heights wide that at most GUTTER_CROSSINGS body lines put ink on. */
export function gutters(body: readonly Line[], left: number, right: number, lineHeight: number, ink?: InkColumns): number[] {
  const a = Math.floor(left);
  const count = coverage(body, a, Math.ceil(right) + 1, ink);
  return blankRuns(count, GUTTER_CROSSINGS, gutterFloor(body, lineHeight, ink)).map(([i, j]) => a + (i + j) / 2);
}

/** For each x in [a, b): how many body lines put a word there, or, with the image, whether the body's band has ink there. */
function coverage(body: readonly Line[], a: number, b: number, ink?: InkColumns): Int32Array {
  const count = new Int32Array(Math.max(0, b - a));
  const seen = ink?.(a, b, Math.min(...body.map((l) => l.y0)), Math.max(...body.map((l) => l.y1)));
  // An image with no ink where the words are is no image of them (a blank stand-in): the words decide.
  if (seen?.some((v) => v > 0)) {
    count.set(seen);
    return count;
  }
  for (const l of body) {
    const hit = new Uint8Array(count.length);
    for (const w of l.words) for (let x = Math.max(a, w.left); x < Math.min(b, x1Of(w)); x++) hit[x - a] = 1;
    for (let i = 0; i < hit.length; i++) count[i]! += hit[i]!;
  }
  return count;
}

/**
 * With the image: the middle of the widest stretch in (from, to) where the body has no ink at all, if there is one
 * at least MIN_GUTTER wide (tesseract's boxes of a full line can reach over a narrow gutter; the ink does not).
 */
export function blankCut(body: readonly Line[], from: number, to: number, lineHeight: number, ink?: InkColumns): number | undefined {
  if (!ink || body.length === 0) return undefined;
  const a = Math.floor(Math.min(from, to));
  const b = Math.ceil(Math.max(from, to)) + 1;
  const count = ink(a, b, Math.min(...body.map((l) => l.y0)), Math.max(...body.map((l) => l.y1)));
  if (!count.some((v) => v > 0)) return undefined;
  let best: Span | undefined;
  for (let i = 0; i < count.length; ) {
    if (count[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < count.length && !count[j]) j++;
    if (!best || j - i > best.x1 - best.x0) best = { x0: a + i, x1: a + j };
    i = j;
  }
  return best && best.x1 - best.x0 >= MIN_GUTTER * lineHeight ? (best.x0 + best.x1) / 2 : undefined;
}

/**
 * Gutters of a block some of whose lines run across its columns (a long goal under short key/value lines): the
 * middle of each stretch at least MIN_GUTTER line heights wide where none of `lines` (those that keep to their
 * columns) puts a word holding a letter or digit (a lone quote mark is a speck of noise read) with, in the image,
 * ink of that line under it (a box tesseract stretched over a narrow gutter has none there). With `crossings`, also
 * a stretch as wide that at most that many lines cross (a cell spanning two columns: 部门名称's value over the
 * sub-labels and their values), where no blank inside it is a gutter already and at least `starts` lines begin their
 * ink right after it, blank across it: a column's cells start at its edge; a gap inside a number or a sentence that
 * one line alone leaves is no column's edge.
 */
export function lineGutters(lines: readonly Line[], left: number, right: number, lineHeight: number, ink?: InkColumns, crossings = 0, starts = 2): number[] {
  const a = Math.floor(left);
  const b = Math.ceil(right) + 1;
  const covered = new Uint8Array(Math.max(0, b - a));
  const perLine: Uint8Array[] = [];
  for (const l of lines) {
    const seen = ink?.(a, b, l.y0, l.y1);
    const inked = seen?.some((v) => v > 0) ? seen : undefined;
    const mine = new Uint8Array(covered.length);
    for (const w of l.words) {
      if (!/[\p{L}\p{N}]/u.test(w.text)) continue;
      for (let x = Math.max(a, w.left); x < Math.min(b, x1Of(w)); x++) if (!inked || inked[x - a]) mine[x - a] = 1;
    }
    mine.forEach((v, i) => {
      if (v) covered[i] = Math.min(255, covered[i]! + 1);
    });
    perLine.push(mine);
  }
  const least = gutterFloor(lines, lineHeight, ink);
  const out = blankRuns(covered, 0, least).map(([i, j]) => a + (i + j) / 2);
  if (crossings > 0)
    for (const [i, j] of blankRuns(covered, crossings, least)) {
      if (out.some((x) => x >= a + i && x < a + j)) continue;
      // A cell's text starts at its column's edge give or take a pixel or two of its first glyph's bearing.
      const edge = (m: Uint8Array) => m.subarray(j, j + Math.max(1, Math.round(MIN_GUTTER * lineHeight))).some((v) => v > 0);
      const opening = perLine.filter((m) => edge(m) && !m.subarray(i, j).some((v) => v > 0)).length;
      if (opening >= starts) out.push(a + (i + j) / 2);
    }
  return out.sort((x, y) => x - y);
}

/** Stretches [i, j) at least `least` pixels wide covered by at most `most` lines, between inked places. */
function blankRuns(covered: ArrayLike<number>, most: number, least: number): [number, number][] {
  const runs: [number, number][] = [];
  let seenInk = false;
  for (let i = 0; i < covered.length; ) {
    if (covered[i]! > most) {
      seenInk = true;
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && covered[j]! <= most) j++;
    if (seenInk && j < covered.length && j - i >= least) runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * The narrowest blank that parts two columns: MIN_GUTTER line heights, and wider than the gaps between the
 * characters of one text. Left-aligned labels of equal length (下属|二级单位数, 收入|来源, 财政|拨款) put their
 * character gaps at one x on every line, a stretch no line inks; a person sees no column there, since a column's
 * gutter stands apart from the text's own spacing. That spacing is read from the single characters tesseract boxes
 * apart on one line (its words of Chinese are a character or two), and a blank measured in the image's ink.
 */
function gutterFloor(lines: readonly Line[], lineHeight: number, ink: InkColumns | undefined): number {
  // Without the image, a gutter is where word boxes leave a blank, and a box carries a stray quote mark's width.
  if (!ink) return MIN_GUTTER * lineHeight;
  const gaps: number[] = [];
  for (const l of lines) {
    const glyphs = l.words.filter((w) => /^\p{Script=Han}$/u.test(w.text)).sort((p, q) => p.left - q.left);
    for (let k = 1; k < glyphs.length; k++) {
      const gap = glyphs[k]!.left - x1Of(glyphs[k - 1]!);
      // Two single characters a line height or more apart are two texts, not one.
      if (gap > 0 && gap < lineHeight && glyphs[k]!.left - glyphs[k - 1]!.left < 2 * lineHeight) gaps.push(gap);
    }
  }
  const spacing = gaps.length >= OCR.glyphGapSamples ? median(gaps) : 0;
  return Math.max(MIN_GUTTER * lineHeight, OCR.glyphGapShare * spacing);
}
