// Rows of a table without rulings. Each column's lines are grouped into cell paragraphs (a line continues the
// one above when it sits one wrap pitch below it and the line above ran to the column's edge); a row is a run of
// paragraphs that overlap vertically, whatever their alignment (top, centre, bottom), seeded by the column with
// the most paragraphs. A paragraph overlapping two rows is a merged label: it neither joins them nor is cut, unless
// each of its lines is level with a line of the rows it overlaps (single-line rows set without padding).
import { startsRow } from '../shared/markers.ts';
import { lineText } from './cell-text.ts';
import type { PageText } from './page-content.ts';
import { UNRULED } from './settings.ts';
import { charEms, WIDE_CHAR } from './lines.ts';

/** One column's share of one visual line. */
export type ColLine = { runs: PageText[]; top: number; bottom: number; x1: number; text: string; crosses: boolean };
/** A row found: per column the runs in it, and its vertical extent from its cell paragraphs. */
export type Band = { top: number; bottom: number; cells: PageText[][]; tops: number[] };

/**
 * Column lines of each column, top to bottom. `edges` are the x positions between columns: a line running past
 * its column's right edge (a cell spanning columns, a repeated caption) is marked, so it does not set where the
 * column's wrapped lines end.
 */
export function columnLines(lines: PageText[][], columnOf: (t: PageText) => number, edges: number[]): ColLine[][] {
  const columns = edges.length + 1;
  const out: ColLine[][] = Array.from({ length: columns }, () => []);
  for (const line of lines) {
    for (let c = 0; c < columns; c++) {
      const runs = line.filter((t) => columnOf(t) === c);
      if (!runs.length) continue;
      out[c]!.push({
        runs,
        top: Math.min(...runs.map((t) => t.y0)),
        bottom: Math.max(...runs.map((t) => t.y1)),
        x1: Math.max(...runs.map((t) => t.x1)),
        text: lineText(runs).trim(),
        // OCR glues words over a gutter by misreading its gap: only a text layer's run crossing an edge is a span.
        crosses: c < edges.length && runs.every((t) => t.confidence === undefined) && Math.max(...runs.map((t) => t.x1)) > edges[c]! + UNRULED.columnSlack,
      });
    }
  }
  return out;
}

const fromOcr = (l: ColLine) => l.runs.some((t) => t.confidence !== undefined);

/** The usual top-to-top distance of two lines of one wrapped cell, measured on the page's full lines. */
export function wrapPitch(cols: ColLine[][], h: number, inHeader: (l: ColLine) => boolean = () => false): number | undefined {
  const pitches: number[] = [];
  const figureTops = cols.map((col) => col.filter((o) => FIGURE.test(o.text)).map((o) => o.top));
  cols.forEach((col, c) => {
    const right = columnRight(col);
    // Whether a line stands level with a line of another column: a row starts there, or cells wrap side by side.
    const level = (l: ColLine) => cols.some((other, k) => k !== c && other.some((o) => Math.abs(o.top - l.top) <= UNRULED.aligned));
    // A figure never wraps: a line level with one in another column starts that figure's row (single-line rows of
    // names and weights, the name column sized to its longest name, so every line looks full).
    const besideFigure = (l: ColLine) => figureTops.some((tops, k) => k !== c && tops.some((y) => Math.abs(y - l.top) <= UNRULED.aligned));
    col.forEach((l, i) => {
      const next = col[i + 1];
      // Two lines filling one box alike, level with the other columns' lines (产出指标 over 质量指标, a level column's
      // labels row after row), are two rows as often as a wrap: a page of single-line rows would give its row pitch.
      // A figure never wraps onto the next line of its cell: lines of figures, one a row, show the row pitch only.
      if (
        !next ||
        !full(l, next, right, h) ||
        startsRow(next.text) ||
        (sameBox(l, next, h) && level(next)) ||
        besideFigure(next) ||
        FIGURE.test(next.text) ||
        FIGURE.test(l.text)
      )
        return;
      // A header's last line and the first row under it are two rows.
      if (inHeader(l) && !inHeader(next)) return;
      const p = next.top - l.top;
      if (p >= h * UNRULED.minWrapPitch && p <= h * UNRULED.maxWrapPitch) pitches.push(p);
    });
  });
  // Lines of figures one a row show the pitch of single-line rows: a pitch equal to it is two rows as often as a
  // wrap (a spanning name over a label's value, two labels of equal width), and no evidence of the wrap pitch.
  // Only in a text layer, whose lines are placed exactly: OCR's boxes vary as much as wrap and row pitch differ.
  const ocr = cols.some((col) => col.some((l) => fromOcr(l)));
  const round = h * (ocr ? UNRULED.pitchCluster : UNRULED.pitchRound);
  const rowPitch = ocr ? undefined : figureRowPitch(figureTops, h);
  const wraps = pitches.filter((p) => rowPitch === undefined || Math.abs(p - rowPitch) > round);
  if (!wraps.length) return undefined;
  // The smallest pitch: wrapped lines are set closer than rows are (the top of its cluster, for rounding). A pitch
  // few lines show is no wrap pitch: lines of two cells, one spilling over its row (Calc), may come closer once.
  // A text layer places lines exactly, and its row pitch may exceed the wrap pitch by a point (Calc): only
  // rounding is one pitch there; OCR's boxes vary by more.
  const sorted = wraps.sort((a, b) => a - b);
  const cluster = (p: number) => sorted.filter((q) => q >= p && q <= p + round);
  const low = ocr ? sorted[0]! : (sorted.find((p) => cluster(p).length >= sorted.length * UNRULED.wrapPitchShare) ?? sorted[0]!);
  return cluster(low).at(-1)!;
}

/** The smallest top-to-top distance of consecutive figures in one column that could be a wrap: one row to the next. */
function figureRowPitch(figureTops: number[][], h: number): number | undefined {
  const gaps = figureTops
    .flatMap((tops) => tops.slice(1).map((y, i) => y - tops[i]!))
    .filter((p) => p >= h * UNRULED.minWrapPitch && p <= h * UNRULED.maxWrapPitch);
  return gaps.length ? Math.min(...gaps) : undefined;
}

/** A line that is a figure or a target alone (1100.00, 95.00%, ≥500人 is not: a unit may follow on a wrap). */
const FIGURE = /^[-+≥≤=<>]?\s*\d[\d.,]*\s*%?$/u;

/** Whether two lines start and end at the same places (within UNRULED.sameBox). */
const sameBox = (a: ColLine, b: ColLine, h: number) =>
  Math.abs(a.runs[0]!.x0 - b.runs[0]!.x0) <= h * UNRULED.sameBox && Math.abs(a.x1 - b.x1) <= h * UNRULED.sameBox;

/** Where a column's wrapped lines end: its rightmost text, not counting lines that run into the next column. */
function columnRight(col: ColLine[]): number {
  const inside = col.filter((l) => !l.crosses);
  return Math.max(...(inside.length ? inside : col).map((l) => l.x1));
}

/** Estimated width of a line's first word (one CJK character, or Latin up to a space or a CJK character). */
function firstWordWidth(l: ColLine): number {
  const run = l.runs[0]!;
  const chars = [...run.text.trimStart()];
  const scale =
    (run.x1 - run.x0) /
    Math.max(
      1,
      chars.reduce((a, ch) => a + charEms(ch), 0),
    );
  let n = 0;
  for (const ch of chars) {
    if (/\s/.test(ch) || (n > 0 && WIDE_CHAR.test(ch))) break;
    n += charEms(ch);
    if (WIDE_CHAR.test(ch)) break;
  }
  return n * scale;
}

/** Whether `prev` ran to the column's edge: it is nearly as wide as the column, or `next`'s first word would not fit after it. */
const full = (prev: ColLine, next: ColLine, right: number, h: number) =>
  prev.x1 >= right - h * UNRULED.fullSlack || prev.x1 + firstWordWidth(next) >= right - h;

/** The wrap pitch below a line: lines set larger than the body (a title in a cell) wrap wider in proportion. */
const pitchOf = (l: ColLine, pitch: number, h: number) => (fromOcr(l) ? pitch : pitch * Math.max(1, (l.bottom - l.top) / h));

/** A column's lines grouped into cell paragraphs. */
export function paragraphs(col: ColLine[], pitch: number, h: number): ColLine[][] {
  const right = columnRight(col);
  const out: ColLine[][] = [];
  for (const l of col) {
    const prev = out.at(-1)?.at(-1);
    const continues =
      prev !== undefined &&
      l.top - prev.top <= pitchOf(prev, pitch, h) + h * (fromOcr(l) ? UNRULED.pitchSlack : UNRULED.textPitchSlack) &&
      full(prev, l, right, h) &&
      // The same label on consecutive lines is one label per row (产出指标, 产出指标), not a wrap.
      l.text !== prev.text &&
      !startsRow(l.text);
    if (continues) out.at(-1)!.push(l);
    else out.push([l]);
  }
  return out;
}

const topOf = (p: ColLine[]) => p[0]!.top;
const bottomOf = (p: ColLine[]) => Math.max(...p.map((l) => l.bottom));

/** Rows of a region from its column lines (each line a paragraph of its own in columns from `linesFrom` on). */
export function bands(cols: ColLine[][], pitch: number, h: number, linesFrom = Infinity): Band[] {
  const paras = cols.map((col, c) => (c >= linesFrom ? col.map((l) => [l]) : col.length ? paragraphs(col, pitch, h) : []));
  const order = paras.map((_, c) => c).sort((a, b) => paras[b]!.length - paras[a]!.length || a - b);
  const rows: Band[] = [];
  const overlaps = (r: Band, top: number, bottom: number) => top < r.bottom - h * UNRULED.overlap && bottom > r.top + h * UNRULED.overlap;
  const put = (r: Band, c: number, p: ColLine[]) => {
    r.cells[c]!.push(...p.flatMap((l) => l.runs));
    r.tops.push(...p.map((l) => l.top));
  };
  const spanning: { c: number; p: ColLine[] }[] = [];
  for (const c of order) {
    for (const p of paras[c]!) {
      const hit = rows.filter((r) => overlaps(r, topOf(p), bottomOf(p)));
      if (hit.length === 0) {
        const r: Band = { top: topOf(p), bottom: bottomOf(p), cells: cols.map(() => []), tops: [] };
        put(r, c, p);
        rows.push(r);
      } else if (hit.length === 1) {
        const r = hit[0]!;
        r.top = Math.min(r.top, topOf(p));
        r.bottom = Math.max(r.bottom, bottomOf(p));
        put(r, c, p);
      } else if (p.every((l) => hit.some((r) => r.tops.some((y) => Math.abs(y - l.top) <= UNRULED.aligned)))) {
        for (const l of p) put(hit.find((r) => r.tops.some((y) => Math.abs(y - l.top) <= UNRULED.aligned))!, c, [l]);
      } else spanning.push({ c, p });
    }
  }
  rows.sort((a, b) => a.top - b.top);
  // A merged label goes to the row holding its middle, or the nearest one.
  for (const { c, p } of spanning) {
    const mid = (topOf(p) + bottomOf(p)) / 2;
    const dist = (r: Band) => (mid < r.top ? r.top - mid : mid > r.bottom ? mid - r.bottom : 0);
    const r = rows.reduce((a, b) => (dist(b) < dist(a) ? b : a));
    r.cells[c]!.push(...p.flatMap((l) => l.runs));
  }
  return joinWrapLines(rows, h);
}

/**
 * A row holding text in one column only, into which the text of the next or previous row's other columns reaches,
 * is a line of that row's cell: Writer sets rows without padding, so a name wrapped over two lines is as far apart as
 * two rows, and the row's other cells, centred, stand between its lines, nearer one or the other by a hair. Rows
 * of a merged label centred beside them hold text in more than one column each, and rows apart do not overlap.
 */
function joinWrapLines(rows: Band[], h: number): Band[] {
  const filled = (r: Band) => r.cells.flatMap((c, k) => (c.length ? [k] : []));
  const reachesInto = (from: Band, into: Band, own: number) =>
    from.cells.some((c, k) => k !== own && c.some((t) => t.y0 < into.bottom - h * UNRULED.overlap && t.y1 > into.top + h * UNRULED.overlap));
  for (let i = 0; i < rows.length; i++) {
    const cols = filled(rows[i]!);
    if (cols.length !== 1) continue;
    const own = cols[0]!;
    // A wrapped line of words: a figure alone (a template's 0) or a marker (指标2:) opens a row of its own.
    const text = rows[i]!.cells[own]!.map((t) => t.text).join('');
    if (startsRow(text) || !/\p{Script=Han}/u.test(text) || /^[\d.,%]+$/u.test(text.trim())) continue;
    const into = [rows[i - 1], rows[i + 1]].find((n) => n && filled(n).some((k) => k !== own) && filled(n).includes(own) && reachesInto(n, rows[i]!, own));
    if (!into) continue;
    into.cells[own]!.push(...rows[i]!.cells[own]!);
    into.tops.push(...rows[i]!.tops);
    into.top = Math.min(into.top, rows[i]!.top);
    into.bottom = Math.max(into.bottom, rows[i]!.bottom);
    rows.splice(i--, 1);
  }
  return rows;
}
