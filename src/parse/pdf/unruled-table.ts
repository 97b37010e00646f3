// Tables drawn without lines. The page's loose text is cut into regions at header rows the family knows (a page
// may hold an info table, a caption and a task table); each region's columns come from the gutters between its
// text (unruled-columns.ts), its rows from overlapping cell paragraphs (unruled-bands.ts). Captions, notes and
// titles above or below a table (one phrase running across a column edge, or set larger) stay outside it.
import type { Cell, Grid } from '../grid.ts';
import { lineText, textLines } from './cell-text.ts';
import { NOTE_LINE, startsRow } from '../shared/markers.ts';
import { headerLabel, headerPiece } from './header-labels.ts';
import { textHeight } from './lines.ts';
import type { PageContent, PageText } from './page-content.ts';
import { pdfCell } from './pdf-cell.ts';
import { TEXT, UNRULED } from './settings.ts';
import { bands, columnLines, paragraphs, wrapPitch, type Band, type ColLine } from './unruled-bands.ts';
import { columnStarts, splitAtColumnStarts } from './split-runs.ts';
import { columnEdges, columnOf, phrases, type Line } from './unruled-columns.ts';
import { rememberUnruledRow } from './unruled-rows.ts';
import { joinPiecesToAnchors } from './unruled-anchors.ts';

export type Found = { grid: Grid; top: number; edges: number[] };
/** What one page's tables tell the next: the wrap pitch measured (a page of single-line rows has none of its own). */
export type UnruledState = {
  wrapPitch?: number;
  /** The column edges of the previous page's last table, for a page that continues it without a header. */
  edges?: number[];
};

/** A table's lines (the first `head` of them its header row), its column edges, and the captions outside it. */
type Region = { lines: Line[]; edges: number[]; outside: Line[]; head: number };

/** The tables among a page's loose text, top to bottom, and the runs left outside them. */
export function unruledTables(texts: PageText[], content: PageContent, state: UnruledState = {}): { tables: Found[]; outside: PageText[] } {
  if (!texts.length) return { tables: [], outside: [] };
  const h = textHeight(texts);
  const small = (t: PageText) => t.y1 - t.y0 <= h * TEXT.titleSize;
  const runLines = textLines(splitAtColumnStarts(texts, h));
  const starts = leadStarts(runLines, h);
  const lines: Line[] = runLines.map((runs) => ({
    runs,
    phrases: phrases(runs, h, starts),
    top: Math.min(...runs.map((t) => t.y0)),
    bottom: Math.max(...runs.map((t) => t.y1)),
  }));
  const outside: PageText[] = [];
  const body: Line[] = [];
  // A line set large is a title (perhaps repeated at the top of a page between table lines), never a row.
  for (const l of lines) {
    if (l.runs.every(small)) body.push(l);
    else outside.push(...l.runs);
  }
  const found: Region[] = [];
  for (const region of regions(body, h)) {
    const r = tableRegion(region.lines, region.head, h);
    if (r) {
      found.push(r);
      outside.push(...r.outside.flatMap((l) => l.runs));
    } else outside.push(...region.lines.flatMap((l) => l.runs));
  }
  // A page holding the last row or two of the table before it, with no header (a repeated one was said once) and too
  // few lines to show its columns: read by the columns of the page before.
  const carried = found.length === 0 && state.edges ? carriedRegion(body, state.edges, h) : undefined;
  if (carried) {
    found.push(carried);
    outside.length = 0;
    outside.push(...lines.filter((l) => !carried.lines.includes(l)).flatMap((l) => l.runs));
  }
  state.edges = found.at(-1)?.edges;
  const cols = found.map((r) =>
    columnLines(
      r.lines.map((l) => l.runs),
      (t) => columnOf(r.edges, t),
      r.edges,
    ),
  );
  // A header label wrapped in its cell (拟投入的 / 资金（万 / 元）) shows the wrap pitch where every row is one line.
  const headerLines = new Set(
    found.flatMap((r, i) => (r.head > 0 ? cols[i]!.flat().filter((l) => l.bottom <= Math.max(...r.lines.slice(0, r.head).map((x) => x.bottom))) : [])),
  );
  const inHeader = (l: ColLine) => headerLines.has(l);
  const measured = minDefined(
    wrapPitch(cols.flat(), h, inHeader),
    headerWrapPitch(
      cols.flat().map((col) => col.filter(inHeader)),
      h,
    ),
  );
  const pitch = measured ?? state.wrapPitch ?? h * UNRULED.defaultWrapPitch;
  if (measured !== undefined) state.wrapPitch = measured;
  const tables = found.map((r, i) => build(r, cols[i]!, pitch, h, content));
  return { tables, outside };
}

/**
 * Column starts seen on the page: places where at least UNRULED.splitMinStarts runs start that stand clear of the
 * run before them on their line (a phrase's first run). Runs following a run closely (a word after 指标13:, repeated
 * on every line of an indicator table) start no column.
 */
function leadStarts(lines: PageText[][], h: number): number[] {
  const leads = lines.flatMap((l) => l.filter((t, i) => i === 0 || t.x0 - l[i - 1]!.x1 >= h * TEXT.phraseGap));
  return columnStarts(leads);
}

/** Header rows: a line naming two of the family's column labels, with the lines that overlap or touch it. */
function regions(lines: Line[], h: number): { lines: Line[]; head: number }[] {
  const phraseText = (p: PageText[]) => p.map((t) => t.text).join('');
  // A line of the header row holds pieces of labels, or text left of its labels (a merged label down the first
  // column, 年度重点工作任务, printed beside the header).
  const labelLine = (l: Line, labelsFrom: number) => l.phrases.every((p) => headerPiece(phraseText(p)) || p.at(-1)!.x1 <= labelsFrom);
  const labelPhrases = (l: Line) => l.phrases.filter((p) => headerLabel(phraseText(p)));
  const touching = (above: Line, below: Line) => below.top < above.bottom + h * UNRULED.headerJoin;
  /**
   * Where the header row starting at line i has its labels from (the leftmost label's x), or undefined when the line
   * starts none: it names two labels, or it names one and the touching lines of label pieces below it name another
   * (cells centred one by one set labels of one line between the lines of wrapped ones, no line naming two).
   */
  const headerAt = (i: number): number | undefined => {
    const found = labelPhrases(lines[i]!);
    if (!found.length) return undefined;
    const names = () => new Set(found.map((p) => headerLabel(phraseText(p)))).size;
    const from = () => Math.min(...found.map((p) => p[0]!.x0));
    for (let j = i + 1; names() < 2 && j < lines.length && touching(lines[j - 1]!, lines[j]!) && labelLine(lines[j]!, from()); j++)
      found.push(...labelPhrases(lines[j]!));
    return names() >= 2 ? from() : undefined;
  };
  const starts: number[] = [];
  const heads = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const labelsFrom = headerAt(i);
    if (labelsFrom === undefined) continue;
    // Lines touching the header line are more of its cells only where they hold pieces of labels: Calc sets every
    // line of a sheet close to the next, and a cell spilling over its row prints body text level with the header.
    let s = i;
    while (s > 0 && lines[s - 1]!.bottom > lines[s]!.top - h * UNRULED.headerJoin && labelLine(lines[s - 1]!, labelsFrom)) s--;
    if (starts.length && s <= starts.at(-1)!) continue;
    // The rest of a header row spread over several lines is not a new table.
    while (i + 1 < lines.length && lines[i + 1]!.top < lines[i]!.bottom + h * UNRULED.headerJoin && labelLine(lines[i + 1]!, labelsFrom)) i++;
    starts.push(s);
    heads.set(s, i + 1 - s);
  }
  const cuts = [0, ...starts.filter((s) => s > 0), lines.length];
  return cuts
    .slice(0, -1)
    .map((from, k) => ({ lines: lines.slice(from, cuts[k + 1]), head: heads.get(from) ?? 0 }))
    .filter((r) => r.lines.length);
}

/** A region's lines that stand in columns, and its column edges; undefined when they do not. */
function tableRegion(region: Line[], head: number, h: number): Region | undefined {
  const lines = [...region];
  const header = region.slice(0, head);
  let edges = columnEdges(lines, h, header);
  if (!edges.length) return undefined;
  // Captions and notes above or below: one phrase running across a column edge. Not a line that overlaps the line
  // under it: that is the first line of a label centred on the row below (可持续影响指, a wrapped level label atop a
  // page, wider than the rest of its column), and a caption stands clear of the table.
  const crossing = (l: Line, under?: Line) =>
    l.phrases.length === 1 && edges.some((e) => l.runs[0]!.x0 < e && l.runs.at(-1)!.x1 > e) && !(under && under.top < l.bottom);
  // A note (备注: 1. …) ends the table, even where a column start cuts it into two phrases.
  const note = lines.findIndex((l, i) => i >= head && isNote(l));
  const outside: Line[] = note < 0 ? [] : lines.splice(note);
  // The lines of a header row are never captions, however their labels wrap.
  while (!head && lines.length && crossing(lines[0]!, lines[1])) outside.push(lines.shift()!);
  while (lines.length && crossing(lines.at(-1)!)) outside.push(lines.pop()!);
  if (outside.length) edges = columnEdges(lines, h, header);
  // A header row alone (the last lines of a page, its rows on the next) is a table: its labels say so.
  // A header line counts twice here too: rows that all wrap, their value alone on a line, still make a table.
  const need = head && lines.length <= head ? 1 : UNRULED.minMultiLines;
  const multi = (l: Line) => columnsHeld(l, edges) >= 2;
  if (!edges.length || lines.filter(multi).length + header.filter(multi).length < need) return undefined;
  return { lines, edges, outside, head };
}

/**
 * The lines of a page read by carried column edges: the first run of lines between lines running across an edge as
 * one phrase (a note under the table, perhaps set larger than the rows) whose text stands in two or more columns;
 * undefined when no such run. A note is never one of them: read by the carried edges, its words would fall into
 * columns and set where they start.
 */
function carriedRegion(lines: Line[], edges: number[], h: number): Region | undefined {
  const crossing = (l: Line) => isNote(l) || (l.phrases.length === 1 && edges.some((e) => l.runs[0]!.x0 < e - h && l.runs.at(-1)!.x1 > e + h));
  for (let from = 0; from < lines.length; ) {
    let to = from;
    while (to < lines.length && !crossing(lines[to]!)) to++;
    const run = lines.slice(from, to);
    if (new Set(run.flatMap((l) => l.runs.map((t) => columnOf(edges, t)))).size >= 2) return { lines: run, edges, outside: [], head: 0 };
    from = to + 1;
  }
  return undefined;
}

const isNote = (l: Line) => NOTE_LINE.test(lineText(l.runs).trim());

/** How many columns a line has text in. */
const columnsHeld = (l: Line, edges: number[]) => new Set(l.runs.map((t) => columnOf(edges, t))).size;

/**
 * Rows around the family's markers, line by line, or undefined when no column holds them. The header row keeps
 * the paragraphs it is read with (a label wrapped in its cell is one cell, not a piece of the first row).
 */
function anchoredBands(cols: ColLine[][], head: [number, number] | undefined, pitch: number, h: number): Band[] | undefined {
  const inHead = (l: ColLine) => head !== undefined && l.top >= head[0] && l.bottom <= head[1];
  // Merged labels left of the markers keep their paragraphs (a label wrapped over two lines is one label).
  const counts = cols.map((col) => col.filter((l) => startsRow(l.text)).length);
  const marked = counts.indexOf(Math.max(...counts));
  if (counts[marked]! < 2) return undefined;
  const body = cols.map((col) => col.filter((l) => !inHead(l)));
  // The cell paragraphs of the columns read line by line: a row is never cut inside one.
  const paragraphOf = new Map<PageText, number>();
  body.forEach((col, c) => {
    if (c < marked) return;
    for (const p of paragraphs(col, pitch, h)) {
      const id = paragraphOf.size;
      for (const t of p.flatMap((l) => l.runs)) paragraphOf.set(t, id);
    }
  });
  const rest = joinPiecesToAnchors(bands(body, pitch, h, marked), paragraphOf);
  if (!rest) return undefined;
  // The header lines are one row: a label wrapped over them (拟投入的 | 资金(万 | 元)) beside labels of one line is
  // one cell, not a line for each band the lines beside it make.
  const heads = head ? [oneBand(cols.map((col) => col.filter(inHead)))] : [];
  return [...heads, ...rest].sort((a, b) => a.top - b.top);
}

/** Column lines as one band. */
function oneBand(cols: ColLine[][]): Band {
  const lines = cols.flat();
  return {
    top: Math.min(...lines.map((l) => l.top)),
    bottom: Math.max(...lines.map((l) => l.bottom)),
    cells: cols.map((col) => col.flatMap((l) => l.runs)),
    tops: lines.map((l) => l.top),
  };
}

/** The grid of a region whose columns are known. */
function build(region: Region, cols: ReturnType<typeof columnLines>, pitch: number, h: number, content: PageContent): Found {
  const { lines, edges } = region;
  // Where a column's cells carry the family's markers, rows are built line by line around them (a wrapped cell is
  // told from the next row by alignment, not by a gap, which rows set without padding do not show).
  const headLines = lines.slice(0, region.head);
  const head: [number, number] | undefined = headLines.length
    ? [Math.min(...headLines.map((l) => l.top)), Math.max(...headLines.map((l) => l.bottom))]
    : undefined;
  const found = anchoredBands(cols, head, pitch, h) ?? bands(cols, pitch, h);
  // A column's box starts where its text starts (level-geometry.ts matches columns across pages by it).
  const starts = edges.map((e, c) => {
    const x0s = found.flatMap((b) => b.cells[c + 1]!.map((t) => t.x0));
    return x0s.length ? Math.min(...x0s) : e;
  });
  const left = Math.min(...lines.flatMap((l) => l.runs.map((t) => t.x0)));
  const right = Math.max(...lines.flatMap((l) => l.runs.map((t) => t.x1)));
  const xs = [left, ...starts, right];
  const top = found[0]!.top;
  const bottom = found.at(-1)!.bottom;
  // A row's box reaches halfway to its neighbours; the first and last end at their text.
  const ys = [top, ...found.slice(1).map((b, i) => (found[i]!.bottom + b.top) / 2), bottom];
  const rows: Cell[][] = found.map((b, r) =>
    b.cells.map((runs, c) => pdfCell(runs, [xs[c]!, ys[r]!, xs[c + 1]!, ys[r + 1]!], content, { rowSpan: 1, colSpan: 1 })),
  );
  rows.forEach((row, r) => rememberUnruledRow(row, { page: content.page, runs: found[r]!.cells.flat() }));
  return { grid: { rows, loc: { page: content.page }, joins: [] }, top, edges };
}

/** The pitch between consecutive lines of one column inside a header row: a wrapped label's lines. */
function headerWrapPitch(cols: ColLine[][], h: number): number | undefined {
  const pitches = cols.flatMap((col) => col.slice(1).map((l, i) => l.top - col[i]!.top));
  return minDefined(...pitches.filter((p) => p >= h * UNRULED.minWrapPitch && p <= h * UNRULED.maxWrapPitch));
}

const minDefined = (...xs: (number | undefined)[]): number | undefined => {
  const ds = xs.filter((x): x is number => x !== undefined);
  return ds.length ? Math.min(...ds) : undefined;
};
