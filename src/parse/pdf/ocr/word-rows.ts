// The rows of a borderless table built from OCR words: one starts at each row marker (任务N / 指标N), else at each
// line of the first column; an edge goes in the widest blank band before each start that splits no wrapped cell.
import { OCR } from '../settings.ts';
import { opensRow } from './garbled-marker.ts';
import type { OcrWord } from './tesseract-tsv.ts';
import { markerPieces, median, textLines, textOf, type Line } from './word-lines.ts';

/** Words of one column further apart than this × line height are two texts side by side (a label centred down
 *  the table beside a row's 任务N marker): each is tested for a row start. */
export const PIECE_GAP = 1;
/** Lines of one paragraph are less than this × line height apart (top to top). */
const PARAGRAPH_MAX_STEP = 2;
/** How far (share of the pitch) a line may sit off its column's line pitch and still continue the paragraph. */
const PITCH_TOLERANCE = 0.25;

/** Row edges: the header's top, then one edge in the widest blank band before each row start, then the bottom. */
export function rowEdges(head: Line[], body: Line[], xs: number[], pad: number, startColumn = 0, joinWraps = false): number[] {
  const starts = rowStarts(body, xs, startColumn, joinWraps);
  const links = paragraphLinks(body, xs);
  const ys = [(head[0] ?? body[0]!).y0 - pad];
  if (head.length > 0) {
    // The header ends where the body begins, however its own lines are spaced.
    const headBottom = Math.max(...head.map((l) => l.s1));
    ys.push((headBottom + Math.max(headBottom, body[0]!.s0)) / 2);
  }
  let prevTop = body[0]!.s0;
  // Lines above the first start (a centred text beside it) belong to the first row.
  for (const s of starts.slice(1)) {
    const top = body[s]!.s0;
    // The widest blank between the previous row's start and this one: a vertically centred cell of this row may
    // begin above its row-start line, and a wrapped cell of the previous row ends below it.
    const between = body.filter((l) => l.s0 >= prevTop && l.s0 < top);
    ys.push(widestGapEdge(between, top, links));
    prevTop = top;
  }
  ys.push(Math.max(...body.map((l) => l.y1)) + pad);
  return ys;
}

export function markerColumn(body: Line[], xs: number[]): number | undefined {
  const lineHeight = median(body.map((l) => l.s1 - l.s0));
  const marks = body.map((l) => columnPieces(l, xs, PIECE_GAP * lineHeight).map((pieces) => pieces.some(opensRow)));
  return [...Array(xs.length - 1).keys()].find((c) => marks.some((row) => row[c]));
}

/** Index of every body line that starts a row: a marked line, else (no markers) one with text in `startColumn`. */
function rowStarts(body: Line[], xs: number[], startColumn: number, joinWraps: boolean): number[] {
  const cells = body.map((l) => columnTexts(l, xs));
  const lineHeight = median(body.map((l) => l.s1 - l.s0));
  const marks = body.map((l) => columnPieces(l, xs, PIECE_GAP * lineHeight).map((pieces) => pieces.some(opensRow)));
  const markerCol = [...Array(xs.length - 1).keys()].find((c) => marks.some((row) => row[c]));
  if (markerCol !== undefined) return marks.map((row, i) => (row[markerCol] ? i : -1)).filter((i) => i >= 0);
  // No markers: each line with text in the start column opens a row (under a header, but for a name's wrapped lines).
  const starts = cells.map((row, i) => (row[startColumn] ? i : -1)).filter((i) => i >= 0);
  if (!starts.length) return [0];
  return joinWraps ? withoutWrappedLines(starts, body) : starts;
}

/**
 * Start lines less the second lines of a wrapped cell: where the start column's lines stand at two clearly distinct
 * steps (a wrap's line pitch, and a row's step: the pitch and the cells' padding, OCR.rowStepRatio or more), a line
 * at the smaller step continues the line above. Steps all alike say nothing: each line is a row.
 */
function withoutWrappedLines(starts: number[], body: Line[]): number[] {
  const steps = starts.slice(1).map((s, k) => body[s]!.s0 - body[starts[k]!]!.s0);
  if (steps.length < 2) return starts;
  const small = Math.min(...steps);
  if (!steps.some((d) => d >= small * OCR.rowStepRatio)) return starts;
  return starts.filter((_, k) => k === 0 || steps[k - 1]! > small * OCR.wrapStepSlack);
}

/**
 * The middle of the widest vertical blank between lines (none: just above `top`) that splits no paragraph. When
 * every blank splits one (Writer packs a row's tallest cell against the next row's, so the rows' lines run on at
 * nearly the paragraph pitch), the blank splitting the weakest links: the steps furthest off their column's pitch
 * (a cell's padding added to the pitch), the widest of those.
 */
function widestGapEdge(lines: readonly Line[], top: number, links: readonly Link[]): number {
  const bands = [...lines].sort((a, b) => a.s0 - b.s0);
  const gaps: { at: number; width: number }[] = [];
  let reach = -Infinity;
  for (const l of bands) {
    if (reach > -Infinity && l.s0 > reach) gaps.push({ at: (reach + l.s0) / 2, width: l.s0 - reach });
    reach = Math.max(reach, l.s1);
  }
  if (reach > -Infinity && top > reach) gaps.push({ at: (reach + top) / 2, width: top - reach });
  const split = (y: number) => links.filter(([t0, t1]) => t0 < y && y < t1);
  const scored = gaps.map((g) => ({ ...g, cost: split(g.at).reduce((n, [, , strength]) => n + strength, 0), whole: split(g.at).length === 0 }));
  const whole = scored.filter((g) => g.whole);
  const widest = (gs: typeof scored) => gs.reduce<(typeof scored)[number] | undefined>((m, g) => (!m || g.width > m.width ? g : m), undefined);
  const least = Math.min(...scored.map((g) => g.cost));
  const pick = whole.length ? widest(whole) : widest(scored.filter((g) => g.cost <= least + OCR.rowLinkTie));
  return pick?.at ?? top - 1;
}

/**
 * Two lines of one wrapped cell: the tops of consecutive lines in one column, one line pitch apart, and how sure
 * (1 at the pitch exactly, towards 0 at PITCH_TOLERANCE off it).
 */
type Link = [top: number, nextTop: number, strength: number];

/**
 * Consecutive lines in one column set the column's line pitch apart (within PITCH_TOLERANCE): lines of one
 * paragraph, which a row edge must not separate (元。 closing a wrapped task text, the text's first line set
 * above its name). The pitch is the column's median distance between lines less than two lines apart, the lower
 * of the middle two when they are even: a row's step (padding added to the pitch) is never the pitch.
 */
export function paragraphLinks(body: readonly Line[], xs: number[]): Link[] {
  const links: Link[] = [];
  const lineHeight = median(body.map((l) => l.s1 - l.s0));
  for (let c = 0; c + 1 < xs.length; c++) {
    // The column's own lines: a whole-page line may pair this column's line with a neighbour's set a little lower.
    const tops = textLines(body.flatMap((l) => l.words.filter((w) => inColumn(w, xs, c)))).map((l) => l.s0);
    const steps = tops.slice(1).map((t, i) => t - tops[i]!);
    const pitch = lowerMedian(steps.filter((d) => d < PARAGRAPH_MAX_STEP * lineHeight));
    if (!(pitch > 0)) continue;
    steps.forEach((d, i) => {
      const off = Math.abs(d - pitch) / (PITCH_TOLERANCE * pitch);
      if (off <= 1) links.push([tops[i]!, tops[i + 1]!, 1 - off]);
    });
  }
  return links;
}

const inColumn = (w: OcrWord, xs: number[], c: number) => {
  const cx = w.left + w.width / 2;
  return cx >= xs[c]! && cx < xs[c + 1]!;
};

/** Each column's words on one line, split where they stand more than `gap` apart, as texts. */
function columnPieces(l: Line, xs: number[], gap: number): string[][] {
  return columnWords(l, xs).map((ws) => markerPieces(ws, gap).map(textOf));
}

function columnTexts(l: Line, xs: number[]): string[] {
  return columnWords(l, xs).map(textOf);
}

function columnWords(l: Line, xs: number[]): OcrWord[][] {
  const out = xs.slice(1).map(() => [] as OcrWord[]);
  for (const w of l.words) {
    const cx = w.left + w.width / 2;
    const c = xs.findIndex((x, i) => i > 0 && cx < x) - 1;
    if (c >= 0) out[c]!.push(w);
  }
  return out;
}

/** The median, the lower middle value of an even count. */
function lowerMedian(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}
