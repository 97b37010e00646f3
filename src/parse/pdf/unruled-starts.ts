// The first reader of tables drawn without lines, kept for pages the gutter reader (unruled-table.ts) reads worse:
// columns where many phrases start and few cross (a sheet printed by Calc, whose text overflows into the empty
// cells beside it, leaves no clean gutter), rows from the gaps between cell paragraphs.
import type { Cell, Grid } from '../grid.ts';
import { paragraphLines, textLines } from './cell-text.ts';
import { cluster } from './lines.ts';
import type { PageContent, PageText } from './page-content.ts';
import { pdfCell } from './pdf-cell.ts';
import { rememberUnruledRow } from './unruled-rows.ts';

/** A gap narrower than this many character heights joins two runs into one phrase. */
const PHRASE_GAP = 0.5;
/** A column start must be where at least this many phrases begin. */
const MIN_STARTS = 1;
/** A gap below this many character heights is no gap: the runs touch (digits inside running text). */
const TOUCHING = 0.15;
/** How much wider (points) than its widest number a column may be and still be the column a header starts. */
const HEADER_SLACK = 20;
/** Numbers sharing a centre or right edge that make a column of their own. */
const NUMBER_COLUMN_MIN = 3;
/** Columns with fewer paragraphs than this share of the busiest column hold merged labels and do not cut rows. */
const DENSE_SHARE = 0.3;

export type StartsFound = { grid: Grid; top: number; outside: PageText[] };
type Interval = [number, number];

/** The table among a page's loose text, or undefined when its lines do not line up in columns. */
export function unruledTableByStarts(texts: PageText[], content: PageContent): StartsFound | undefined {
  const lines = textLines(texts);
  // A title is set larger than the table's text, even where it would fit in a wide column.
  const heights = texts.map((t) => t.y1 - t.y0).sort((a, b) => a - b);
  const bodyHeight = heights[heights.length >> 1]!;
  const small = (t: PageText) => t.y1 - t.y0 <= bodyHeight * 1.2;
  const linePhrases = lines.map(phrases);
  const multi = lines.map((l, i) => l.every(small) && linePhrases[i]!.length >= 2);
  const first = multi.indexOf(true);
  const last = multi.lastIndexOf(true);
  if (first < 0 || first === last) return undefined;
  // A line set large between table lines is the title repeated at the top of a page, not a row.
  const tableLine = (l: PageText[]) => l.some(small);
  const starts = columnStarts(
    linePhrases
      .slice(first, last + 1)
      .filter((_, k) => tableLine(lines[first + k]!))
      .flat(),
  );
  if (starts.length < 2) return undefined;
  // Lines above and below whose runs each fit in one column (a cell continued from the previous page,
  // a value alone on its line) belong to the table too; a title spans columns.
  const bounds = [...starts, Infinity];
  // A merged label left of every column this page found (绩效指标 in a first column that holds nothing else here)
  // fits a column of its own, so the rows below it are not cut off the table.
  const fitsLeft = (t: PageText) => t.x0 < starts[0]! - 1.5 && t.x1 <= starts[1]! + 1.5;
  const fits = (t: PageText) => fitsLeft(t) || bounds.some((x, i) => i < starts.length && t.x0 >= x - 1.5 && t.x1 <= bounds[i + 1]! + 1.5);
  const inColumns = (l: PageText[]) => l.every((t) => fits(t) && small(t));
  let from = first;
  let to = last;
  while (from > 0 && inColumns(lines[from - 1]!)) from--;
  while (to < lines.length - 1 && inColumns(lines[to + 1]!)) to++;
  const body = lines.slice(from, to + 1).filter(tableLine);
  const runs = body.flat();
  const left = runs.filter(fitsLeft);
  if (left.length) starts.unshift(Math.min(...left.map((t) => t.x0)));
  const right = Math.max(...runs.map((t) => t.x1));
  const edges = [...starts, right + 1];
  // Text by where it starts; a number by its middle, as numbers are often centred or right-aligned.
  const colOf = (t: PageText) => {
    const x = NUMERIC.test(t.text.trim()) ? (t.x0 + t.x1) / 2 : t.x0 + 1;
    return Math.max(0, edges.findIndex((e, i) => i > 0 && x < e) - 1);
  };
  const bands = rowBands(runs, colOf, starts.length);
  const cells: PageText[][][] = bands.map(() => starts.map(() => []));
  for (const t of runs) {
    const cy = (t.y0 + t.y1) / 2;
    const r = Math.max(
      0,
      bands.findIndex((b) => cy <= b[1]),
    );
    cells[r]![colOf(t)]!.push(t);
  }
  const top = Math.min(...runs.map((t) => t.y0));
  const bottom = Math.max(...runs.map((t) => t.y1));
  // The first and last bands are open-ended (they take in whatever lies above or below); a cell's box ends at the text.
  const box = (r: number, c: number): [number, number, number, number] => [
    edges[c]!,
    Math.max(bands[r]![0], top),
    edges[c + 1]!,
    Math.min(bands[r]![1], bottom),
  ];
  const rows: Cell[][] = cells.map((row, r) => row.map((texts, c) => pdfCell(texts, box(r, c), content, { rowSpan: 1, colSpan: 1 })));
  rows.forEach((row, r) => rememberUnruledRow(row, { page: content.page, runs: cells[r]!.flat() }));
  return {
    grid: { rows, loc: { page: content.page }, joins: [] },
    top,
    outside: [...lines.slice(0, from), ...lines.slice(from, to + 1).filter((l) => !tableLine(l)), ...lines.slice(to + 1)].flat(),
  };
}

function phrases(line: PageText[]): PageText[][] {
  const out: PageText[][] = [];
  for (const t of line) {
    const prev = out[out.length - 1]?.at(-1);
    // A number run beside a text run is two cells packed tight (an amount right-aligned against the next column).
    // Digits inside running text touch their neighbours; a cell boundary leaves at least its padding.
    const kindChanges = prev !== undefined && NUMERIC.test(prev.text.trim()) !== NUMERIC.test(t.text.trim()) && t.x0 - prev.x1 > (t.y1 - t.y0) * TOUCHING;
    if (prev && !kindChanges && t.x0 - prev.x1 < (t.y1 - t.y0) * PHRASE_GAP) out[out.length - 1]!.push(t);
    else out.push([t]);
  }
  return out;
}

const NUMERIC = /^[\d.,%≥≤=<>+-]+$/;

/**
 * Column left edges: where text phrases begin (text is left-aligned; numbers, often centred or right-aligned,
 * do not count) and fewer phrases run across than begin there.
 */
function columnStarts(ps: PageText[][]): number[] {
  const spans = ps.map((p) => ({
    x0: p[0]!.x0,
    x1: p.at(-1)!.x1,
    numeric: NUMERIC.test(
      p
        .map((t) => t.text)
        .join('')
        .trim(),
    ),
  }));
  const leftmost = Math.min(...spans.map((s) => s.x0));
  const crossing = (x: number) => spans.filter((s) => s.x0 < x - 1.5 && s.x1 > x + 1.5).length;
  const textStarts = cluster(
    spans.filter((s) => !s.numeric).map((s) => s.x0),
    1.5,
  ).filter((x) => {
    if (x === leftmost) return true;
    const starting = spans.filter((s) => Math.abs(s.x0 - x) <= 1.5).length;
    return starting >= MIN_STARTS && crossing(x) < starting;
  });
  // A number column whose text header starts just left of it is that header's column, already found.
  const ownColumns = numberColumns(spans, crossing).filter((c) => !textStarts.some((x) => x < c.x && c.x - x <= c.width + HEADER_SLACK));
  // Centres and right edges of one column's numbers give two edges a number's width apart: the left one stands.
  const kept: typeof ownColumns = [];
  for (const c of ownColumns.sort((a, b) => a.x - b.x)) if (!kept.length || c.x - kept.at(-1)!.x > kept.at(-1)!.width) kept.push(c);
  return cluster([...textStarts, ...kept.map((c) => c.x)], 3);
}

type Span = { x0: number; x1: number; numeric: boolean };

/**
 * Columns of centred or right-aligned numbers have no common left edge: numbers sharing a centre or a right edge
 * make a column that begins just left of its widest one, if few phrases run across that place.
 */
function numberColumns(spans: Span[], crossing: (x: number) => number): { x: number; width: number }[] {
  const numbers = spans.filter((s) => s.numeric);
  const byCentre = cluster(
    numbers.map((s) => (s.x0 + s.x1) / 2),
    3,
  ).map((x) => numbers.filter((s) => Math.abs((s.x0 + s.x1) / 2 - x) <= 3));
  const byRight = cluster(
    numbers.map((s) => s.x1),
    1.5,
  ).map((x) => numbers.filter((s) => Math.abs(s.x1 - x) <= 1.5));
  return [...byCentre, ...byRight]
    .filter((members) => members.length >= NUMBER_COLUMN_MIN)
    .map((members) => ({ x: Math.min(...members.map((s) => s.x0)) - 1, members: members.length, width: Math.max(...members.map((s) => s.x1 - s.x0)) }))
    .filter((c) => crossing(c.x) * 2 < c.members);
}

/** Row bands from the cell paragraphs of the busy columns (merged labels excluded), each row a run of overlapping ones. */
function rowBands(runs: PageText[], colOf: (t: PageText) => number, columns: number): Interval[] {
  const paragraphsByCol: Interval[][] = Array.from({ length: columns }, () => []);
  for (let c = 0; c < columns; c++) {
    for (const para of paragraphLines(runs.filter((t) => colOf(t) === c))) {
      // From its first line's top to the lowest bottom of any of its lines.
      paragraphsByCol[c]!.push([Math.min(...para[0]!.map((t) => t.y0)), Math.max(...para.flat().map((t) => t.y1))]);
    }
  }
  const busiest = Math.max(...paragraphsByCol.map((p) => p.length));
  const paras = paragraphsByCol
    .filter((p) => p.length >= busiest * DENSE_SHARE)
    .flat()
    .sort((a, b) => a[0] - b[0]);
  // Cell paragraphs of one row overlap whatever their vertical alignment; rows are the runs of overlapping ones.
  const merged: Interval[] = [];
  for (const iv of paras) {
    const prev = merged.at(-1);
    if (prev && iv[0] < prev[1] - 0.5) prev[1] = Math.max(prev[1], iv[1]);
    else merged.push([...iv]);
  }
  return merged.map(
    (iv, i) => [i === 0 ? -Infinity : (merged[i - 1]![1] + iv[0]) / 2, i === merged.length - 1 ? Infinity : (iv[1] + merged[i + 1]![0]) / 2] as Interval,
  );
}
