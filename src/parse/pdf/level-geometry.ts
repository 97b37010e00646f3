// The indicator rows of unruled tables, laid end to end over their pages: where each row's cell starts and ends
// and where the level columns are, so that labels printed once for a group of rows can be measured against them.
import type { Block, Cell, Grid } from '../grid.ts';
import { INDICATOR_MARKER, opensWithFormLabel, TOTAL_ROW } from '../shared/markers.ts';
import { labelKey } from '../shared/text.ts';
import { median } from './lines.ts';
import type { PageText } from './page-content.ts';
import { rowPads } from './row-pads.ts';
import { splitAtEdges } from './split-runs.ts';
import { unruledRowOf } from './unruled-rows.ts';

/** A row of the stretch; top/bottom are the page coordinates of its text right of the level columns. */
export type StretchRow = { grid: Grid; row: Cell[]; page: number; runs: PageText[]; top: number; bottom: number };
export type Column = { x0: number; x1: number };
export type Interval = [number, number];

export type Stretch = {
  /** Every row from the first indicator row to the last, in document order (label-only rows too). */
  rows: StretchRow[];
  /** The rows with text right of the level columns: the rows a merged label can cover. */
  content: StretchRow[];
  /** bounds[i] is where content[i]'s cell can start, bounds[i + 1] where it can end, in continuous coordinates. */
  bounds: Interval[];
  /** Page → what to add to its y to place it on one continuous strip (each page's rows abut the previous page's). */
  offset: Map<number, number>;
  /** Level columns left to right (一级 then 二级, or 二级 alone): the two columns before the indicator's. */
  columns: Column[];
  /** breaks[k]: how many of the boundaries 1..k are page breaks (the last, the table's end, where the document goes on over the page). */
  breaks: number[];
  /** The usual room between a row's text and its cell's edge (row-pads.ts). */
  pad: number;
};

const X_SLACK = 1.5;
const isMarker = (c: Cell) => INDICATOR_MARKER.test(c.text.replace(/\s+/g, ''));

/**
 * The stretches of indicator rows, one per form (a booklet prints a form per project, each page headed alike): each
 * runs from its form's indicator rows to the row opening the next form, or to the end of the document's tables.
 */
export function indicatorStretches(blocks: Block[]): Stretch[] {
  const all = blocks.flatMap((b) => (b.kind === 'table' ? b.grid.rows.map((row) => ({ grid: b.grid, row })) : []));
  const opens = all.flatMap((r, i) => (i > 0 && opensForm(r.row) ? [i] : []));
  const forms = [0, ...opens].map((from, k) => {
    const rows = all.slice(from, opens[k] ?? all.length);
    // A total row (总分 | | 100 | 89.78) ends the indicators; no merged level label reaches it.
    const total = rows.findIndex((r) => isTotal(r.row));
    return { from, rows: total < 0 ? rows : rows.slice(0, total) };
  });
  return forms.flatMap(({ from, rows }) => {
    const last = rows.at(-1);
    const stretch = last && indicatorStretch(blocks, rows, from + rows.length < all.length ? last.grid : undefined);
    return stretch ? [stretch] : [];
  });
}

const firstPrinted = (row: Cell[]) => row.find((c) => c.text.trim() !== '');

/** Whether a row's first printed cell names a form's department or project (its opening fact row). */
function opensForm(row: Cell[]): boolean {
  const first = firstPrinted(row);
  return first !== undefined && opensWithFormLabel(labelKey(first.text));
}

const isTotal = (row: Cell[]) => TOTAL_ROW.test(labelKey(firstPrinted(row)?.text ?? ''));

/**
 * The stretch of one form's indicator rows, or undefined when they are not all in unruled tables on consecutive
 * pages. `endsAt`: the grid the form's rows end in when another form follows (its end is then no page break).
 */
function indicatorStretch(blocks: Block[], all: { grid: Grid; row: Cell[] }[], endsAt?: Grid): Stretch | undefined {
  const marked = all.flatMap((r, i) => (r.row.some(isMarker) ? [i] : []));
  const found = marked.length ? markedSpan(all, marked) : headedSpan(all);
  if (!found) return undefined;
  const { first, span, markerX } = found;
  if (span.some((r) => !unruledRowOf(r.row))) return undefined;
  const rows = span.map(({ grid, row }) => {
    const { page, runs } = unruledRowOf(row)!;
    const right = runs.filter((t) => t.x0 >= markerX - X_SLACK);
    return { grid, row, page, runs, top: Math.min(...right.map((t) => t.y0)), bottom: Math.max(...right.map((t) => t.y1)) };
  });
  const content = rows.filter((r) => Number.isFinite(r.top));
  if (content.some((r, i) => i > 0 && r.page !== content[i - 1]!.page && r.page !== content[i - 1]!.page + 1)) return undefined;
  const pads = rowPads(content);
  const offset = pageOffsets(content, pads);
  if (rows.some((r) => !offset.has(r.page))) return undefined;
  const header = all[first - 1]?.row ?? [];
  const columns = levelColumns([header, ...rows.map((r) => r.row)], markerX);
  if (!columns.length) return undefined;
  // Labels of both level columns (and the marker) on one line can be one run ("本指标 经", "指标 社会效"): cut at the
  // columns' edges, as the page's own cut found too few starts there to make.
  const edges = [...columns.slice(1).map((c) => c.x0), markerX];
  for (const r of rows) r.runs = splitAtEdges(r.runs, edges);
  // The table's end is a page break too where the document goes on over the page: its last row may continue
  // there (read as text, a name's last line), the merged labels beside it cut with it.
  const lastPage = content.at(-1)!.page;
  const goesOn = !endsAt && blocks.some((b) => ((b.kind === 'table' ? b.grid.loc : b.loc).page ?? 0) > lastPage);
  const breaks = [0];
  for (let k = 1; k <= content.length; k++) {
    const cut = k < content.length ? content[k]!.page !== content[k - 1]!.page : goesOn;
    breaks.push(breaks[k - 1]! + (cut ? 1 : 0));
  }
  return { rows, content, bounds: cellBounds(content, offset, pads), breaks, offset, columns, pad: median(pads) };
}

type Span = { first: number; span: { grid: Grid; row: Cell[] }[]; markerX: number };

/** The rows from the first 指标N: row to the last; the indicator column starts where their markers do. */
function markedSpan(all: { grid: Grid; row: Cell[] }[], marked: number[]): Span | undefined {
  const span = all.slice(marked[0]!, marked.at(-1)! + 1);
  const markerX = median(span.flatMap((r) => r.row.filter(isMarker).map((c) => c.loc.bbox?.[0] ?? NaN)));
  return Number.isFinite(markerX) ? { first: marked[0]!, span, markerX } : undefined;
}

/** An indicator header's labels: the indicator's own column and a level column left of it. */
const INDICATOR_HEAD = /^(?:三级指标|指标名称|绩效指标名称)$/u;
const LEVEL_HEAD = /^(?:二级指标|一级指标)$/u;

/**
 * Without 指标N: markers (plain indicator names), the rows under the indicator header (一级指标 | 二级指标 | 三级指标),
 * to the end of the document's tables: the indicator column starts where its heading does.
 */
function headedSpan(all: { grid: Grid; row: Cell[] }[]): Span | undefined {
  const key = (c: Cell) => c.text.replace(/\s+/gu, '');
  const at = all.findIndex((r) => r.row.some((c) => INDICATOR_HEAD.test(key(c))) && r.row.some((c) => LEVEL_HEAD.test(key(c))));
  if (at < 0) return undefined;
  const markerX = all[at]!.row.find((c) => INDICATOR_HEAD.test(key(c)))!.loc.bbox?.[0] ?? NaN;
  // A header repeated on a later page is no indicator row.
  const span = all.slice(at + 1).filter((r) => !r.row.some((c) => INDICATOR_HEAD.test(key(c))));
  return span.length && Number.isFinite(markerX) ? { first: at + 1, span, markerX } : undefined;
}

/** Page offsets: the first row of a page continues where the last row of the previous page's cell ended. */
function pageOffsets(content: StretchRow[], pads: number[]): Map<number, number> {
  const offset = new Map<number, number>([[content[0]!.page, 0]]);
  content.forEach((r, i) => {
    const prev = content[i - 1];
    if (prev && r.page !== prev.page) offset.set(r.page, offset.get(prev.page)! + prev.bottom + pads[i - 1]! - (r.top - pads[i]!));
  });
  return offset;
}

/** How far (points) a boundary may be from where the paddings put it: text boxes are estimated, heights rounded. */
const SLACK = 3.5;

/** Where each row boundary can be: an interval around where the rows' paddings put it. */
function cellBounds(content: StretchRow[], offset: Map<number, number>, pads: number[]): Interval[] {
  const at = (r: StretchRow, y: number) => offset.get(r.page)! + y;
  const around = (y: number): Interval => [y - SLACK, y + SLACK];
  const bounds = [around(at(content[0]!, content[0]!.top - pads[0]!))];
  // Between two rows of one page both paddings put it at the same place; at a page break, where the page's rows end.
  content.slice(1).forEach((r, i) => bounds.push(around(at(content[i]!, content[i]!.bottom + pads[i]!))));
  const last = content.at(-1)!;
  bounds.push(around(at(last, last.bottom + pads.at(-1)!)));
  return bounds;
}

/**
 * The two columns just left of the indicator's (一级 then 二级, or 二级 alone), from the boxes of the cells there,
 * empty or not, and of the header row above them (a page whose level cells are all empty may have no such column of
 * its own). Boxes that overlap for the most part are one column: each page's reader cuts its own columns (a page's
 * level column may start a few points off the page before's), and a label centred in its cell starts where its text
 * does. A column starts where its leftmost box does.
 */
function levelColumns(rows: Cell[][], markerX: number): Column[] {
  const boxes = rows
    .flat()
    .flatMap((c) => (c.loc.bbox && c.loc.bbox[0] < markerX - X_SLACK ? [[c.loc.bbox[0], Math.min(c.loc.bbox[2], markerX)] as Interval] : []))
    .sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  // Narrowest first, so that a cell merged over both columns (绩效指标 over empty level cells) meets them both
  // and joins neither.
  const columns: Interval[] = [];
  for (const b of boxes) {
    const same = columns.filter((c) => Math.min(c[1], b[1]) - Math.max(c[0], b[0]) > MOSTLY * Math.min(c[1] - c[0], b[1] - b[0]));
    if (same.length > 1) continue;
    if (same.length === 1) same[0]!.splice(0, 2, Math.min(same[0]![0], b[0]), Math.max(same[0]![1], b[1]));
    else columns.push([...b]);
  }
  const starts = columns.map((c) => c[0]).sort((a, b) => a - b);
  const edges = [...starts.slice(-2), markerX];
  return edges.slice(0, -1).map((x0, i) => ({ x0, x1: edges[i + 1]! }));
}

/** Two boxes overlapping by more than this share of the narrower one stand in one column. */
const MOSTLY = 0.5;

/** Whether a run starts inside a column. */
export const inColumn = (t: PageText, c: Column) => t.x0 >= c.x0 - X_SLACK && t.x0 < c.x1 - X_SLACK;
