// Merged 一级/二级指标 labels of unruled tables: printed once, vertically centred over the rows they cover, with no
// line to show how far that is. Where the labels of a column fit one reading of adjacent centred groups
// (level-chain.ts), the rows of each group get the label as rowspan copies, as a ruled table's merged cell gives.
import type { Block, Cell } from '../grid.ts';
import { makeCell } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { cellText } from './cell-text.ts';
import { solveChain, type LabelGroup } from './level-chain.ts';
import { indicatorStretches, inColumn, type Column, type Stretch, type StretchRow } from './level-geometry.ts';
import { columnLabels, type ColumnLabel } from './level-labels.ts';
import { bboxLoc } from './pdf-cell.ts';
import { LEVELS } from './settings.ts';

type Box = [number, number, number, number];
/** A group's label on one row: its column, and the box and row count of the group's piece in that row's table. */
type Placed = { column: Column; group: LabelGroup<ColumnLabel>; piece: { box: Box; rows: number } };

/** Give every row of each recovered group its level label; rows no consistent reading covers stay as they are. */
export function spanUnruledLevels(blocks: Block[]): void {
  for (const stretch of indicatorStretches(blocks)) spanStretchLevels(stretch);
}

function spanStretchLevels(stretch: Stretch): void {
  const perRow: Placed[][] = stretch.content.map(() => []);
  let segments: Array<[number, number]> = [[0, stretch.content.length]];
  const labelsOf = new Map(stretch.columns.map((column) => [column, columnLabels(stretch, column)]));
  // One table sets its merged level cells one way: where a label of one level column shows centring, the other
  // column's labels are centred too, though each of them may stand level with a row (the middle of an odd group).
  const tableCentred = [...labelsOf.values()].some((labels) => labels.some((l) => showsCentring(stretch, l)));
  // 一级 first: a 二级 group nests inside one 一级 group, so its chain restarts at every 一级 boundary.
  for (const column of stretch.columns) {
    const labels = labelsOf.get(column)!;
    const solved = segments.flatMap(([lo, hi]) => {
      const inside = labels.filter((l) => l.centre > stretch.bounds[lo]![0] && l.centre < stretch.bounds[hi]![1]);
      return solveChain(stretch.bounds, inside, lo, hi, (i, j) => JOIN_SLACK * (stretch.breaks[j - 1]! - stretch.breaks[i]!)) ?? [];
    });
    const centred = tableCentred || solved.some((g) => showsCentring(stretch, g.label)) ? solved : [];
    const groups = centred.length ? centred : bottomGroups(stretch, labels, segments);
    for (const group of groups) place(stretch, column, group, perRow);
    if (groups.length) segments = splitAt(segments, groups);
  }
  perRow.forEach((placed, i) => {
    if (placed.length) rebuildLevels(stretch, i, placed);
  });
  dropAbsorbedLabelRows(stretch, perRow);
}

/**
 * How far (points) a group end may be off for each page break inside the group: rows of the next page are placed
 * where the paddings of the rows either side of the break say, and those are estimated.
 */
const JOIN_SLACK = 2;

const ALIGNED = LEVELS.aligned;

/**
 * Whether a label is placed where only vertical centring puts it: its top is level with no row's text top and its
 * bottom with no row's text bottom. Labels aligned to the top (or bottom) of their cell are level with the first
 * (or last) row of their group, and over rows of one height a reading of centred groups can be found for them
 * too; it is wrong, so a column is read as centred only when one of its labels shows it.
 */
function showsCentring(stretch: Stretch, label: ColumnLabel): boolean {
  return label.copies.some((c) =>
    stretch.content.every((r) => r.page !== c.page || (Math.abs(r.top - c.top) > ALIGNED && Math.abs(r.bottom - c.bottom) > ALIGNED)),
  );
}

/**
 * Groups of labels set at the bottom of their merged cells (Calc prints a sheet opened from HTML so, Chromium a
 * table cell with vertical-align: bottom): each label is level with the last row of its group, which runs up to the
 * row after the previous label. Read only where two or more of the column's labels, and most of them, end level
 * with a row's text; none when that is not so. A group cut by a page break is printed from the top of its first
 * piece instead (Chromium): such a label opens its group; see cutEnd for where that group ends.
 */
function bottomGroups(stretch: Stretch, labels: ColumnLabel[], segments: Array<[number, number]>): LabelGroup<ColumnLabel>[] {
  const read = segments.map(([lo, hi]) => {
    const inside = labels.filter((l) =>
      l.copies.some((c) =>
        stretch.content.slice(lo, hi).some((r) => r.page === c.page && c.top >= r.top - ALIGNED - 2 * stretch.pad && c.bottom <= r.bottom + ALIGNED),
      ),
    );
    return { lo, hi, inside, ends: inside.map((l) => lastRow(stretch, l, lo, hi)) };
  });
  const inside = read.flatMap((s) => s.inside);
  const ends = read.flatMap((s) => s.ends);
  const level = ends.filter((e) => e >= 0).length;
  if (level < 2 || level * 2 <= inside.length) return [];
  // As with centring, one label must show it: its top level with no row's top (a label on a single-line row is
  // level with both ends of it, and a top-aligned column reads so too).
  const showsBottom = inside.some(
    (l, k) => ends[k]! >= 0 && l.copies.every((c) => stretch.content.every((r) => r.page !== c.page || Math.abs(r.top - c.top) > ALIGNED)),
  );
  if (!showsBottom) return [];
  return read.flatMap((s) => segmentBottomGroups(stretch, s));
}

/** The last row (lo..hi−1) a label's bottom is level with, or −1. */
function lastRow(stretch: Stretch, l: ColumnLabel, lo: number, hi: number): number {
  let at = -1;
  for (const c of l.copies)
    for (let i = lo; i < hi; i++) {
      const r = stretch.content[i]!;
      if (r.page === c.page && Math.abs(r.bottom - c.bottom) <= ALIGNED) at = Math.max(at, i);
    }
  return at;
}

type BottomSegment = { lo: number; hi: number; inside: ColumnLabel[]; ends: number[] };

function segmentBottomGroups(stretch: Stretch, { lo, hi, inside, ends }: BottomSegment): LabelGroup<ColumnLabel>[] {
  const groups: LabelGroup<ColumnLabel>[] = [];
  let from = lo;
  let cut: { label: ColumnLabel; from: number } | undefined;
  const closeCut = (to: number) => {
    if (cut && to > cut.from) groups.push({ label: cut.label, from: cut.from, to });
    cut = undefined;
  };
  inside.forEach((label, k) => {
    const end = ends[k]!;
    if (end < 0) {
      // Level with no row's bottom: the top of a cut group when level with a row's top, else not read.
      if (label.opens === undefined || label.opens < from || label.opens >= hi) return;
      closeCut(label.opens);
      cut = { label, from: label.opens };
      from = label.opens + 1;
      return;
    }
    if (end < from) return;
    if (cut) {
      const to = cutEnd(stretch, cut.from, end);
      closeCut(to);
      from = Math.max(from, to);
    }
    groups.push({ label, from, to: end + 1 });
    from = end + 1;
  });
  closeCut(hi);
  return groups;
}

/**
 * Where a cut group opened on row `from` ends when the next label closes its group on row `last`. The labels do
 * not say (a bottom label gives its group's end only); the cut group reaches at least past one page break, and the
 * next group, whose label was set at its bottom, is cut by none, so it starts on the page of its last row at the
 * earliest. The earliest end that both allow is taken.
 */
function cutEnd(stretch: Stretch, from: number, last: number): number {
  const rows = stretch.content;
  let pastBreak = from + 1;
  while (pastBreak < rows.length && rows[pastBreak]!.page === rows[from]!.page) pastBreak++;
  let pageStart = last;
  while (pageStart > 0 && rows[pageStart - 1]!.page === rows[last]!.page) pageStart--;
  return Math.min(last, Math.max(pastBreak, pageStart));
}

/** Every row of the group gets the label; a group cut by a page break has one piece (and box) per table. */
function place(stretch: Stretch, column: Column, group: LabelGroup<ColumnLabel>, perRow: Placed[][]): void {
  for (let i = group.from; i < group.to; ) {
    let j = i;
    while (j + 1 < group.to && stretch.content[j + 1]!.grid === stretch.content[i]!.grid) j++;
    const r0 = stretch.content[i]!;
    const piece = { box: [column.x0, band(r0)[0], column.x1, band(stretch.content[j]!)[1]] as Box, rows: j - i + 1 };
    for (let k = i; k <= j; k++) perRow[k]!.push({ column, group, piece });
    i = j + 1;
  }
}

/** Segments cut at the start and end of each group, so that the next column is solved within them. */
function splitAt(segments: Array<[number, number]>, groups: LabelGroup[]): Array<[number, number]> {
  const cuts = new Set(groups.flatMap((g) => [g.from, g.to]));
  return segments.flatMap(([lo, hi]) => {
    const at = [lo, ...[...cuts].filter((c) => c > lo && c < hi).sort((a, b) => a - b), hi];
    return at.slice(0, -1).map((x, i) => [x, at[i + 1]!] as [number, number]);
  });
}

/**
 * Row i's cells left of the indicator, rebuilt on the document's level columns: a column with a recovered group
 * holds its label, the others what the row printed there; cells left of the level columns are kept.
 */
function rebuildLevels(stretch: Stretch, i: number, placed: Placed[]): void {
  const r = stretch.content[i]!;
  const first = stretch.columns[0]!;
  const right = r.row.findIndex((c) => (c.loc.bbox?.[0] ?? 0) >= stretch.columns.at(-1)!.x1 - 1.5);
  if (right < 0) return;
  const outer = r.row.slice(0, right).flatMap((c) => outerPart(c, r, first));
  const levels = stretch.columns.map((column) => {
    const p = placed.find((x) => x.column === column);
    return p ? labelCell(stretch, i, p) : printedCell(r, column);
  });
  r.row.splice(0, r.row.length, ...outer, ...levels, ...r.row.slice(right));
}

/** The part of a cell left of the level columns (an outer label such as 绩效指标), or nothing. */
function outerPart(c: Cell, r: StretchRow, first: Column): Cell[] {
  const b = c.loc.bbox;
  if (!b || b[0] >= first.x0 - 1.5) return [];
  if (b[2] <= first.x0 + 1.5) return [c];
  const runs = r.runs.filter((t) => t.x0 >= b[0] - 1.5 && t.x0 < first.x0 - 1.5);
  return [cellOf(runs, [b[0], b[1], first.x0, b[3]], r)];
}

/** What the row itself printed in a column no group covers (today's reading of that cell). */
const printedCell = (r: StretchRow, column: Column) =>
  cellOf(
    r.runs.filter((t) => inColumn(t, column)),
    [column.x0, band(r)[0], column.x1, band(r)[1]],
    r,
  );

/**
 * The label's cell on row i: on the group's first row it is the head (rowSpan = the group's rows in this table),
 * elsewhere a copy marked `spanned`. Rows the label was not printed on say so with `inferred`.
 */
function labelCell(stretch: Stretch, i: number, { group, piece }: Placed): Cell {
  const r = stretch.content[i]!;
  const { text, math } = readCellText(group.label.text, {});
  // As unruled-table.ts puts a run in a band: a centre on the edge between two bands goes to the upper one.
  const printed = group.label.copies.some((c) => c.page === r.page && c.y > band(r)[0] && c.y <= band(r)[1]);
  const head = i === group.from;
  return {
    ...makeCell(text, bboxLoc(r.page, piece.box), r.row[0]?.origin ?? 'text-layer', { math, rowSpan: head ? piece.rows : 1 }),
    ...(head ? {} : { spanned: true }),
    ...(printed ? {} : { inferred: true }),
  };
}

function cellOf(runs: StretchRow['runs'], box: Box, r: StretchRow): Cell {
  const loc = bboxLoc(r.page, box);
  const { text, math } = readCellText(cellText(runs), loc);
  return makeCell(text, loc, r.row[0]?.origin ?? 'text-layer', { math });
}

/** The row's band on its page, as its cells were cut. */
const band = (r: StretchRow): [number, number] => [r.row[0]?.loc.bbox?.[1] ?? -Infinity, r.row[0]?.loc.bbox?.[3] ?? Infinity];

/**
 * A row holding nothing but level labels that the recovered groups took in (a label given a row of its own
 * between two indicators, the clipped second print of a label cut by a page break) carries nothing any more; left
 * in place it would be joined onto the row above it by the page-break joins.
 */
function dropAbsorbedLabelRows(stretch: Stretch, perRow: Placed[][]): void {
  const used = [...new Set(perRow.flat().map((p) => p.group.label))].flatMap((l) => l.copies);
  const content = new Set(stretch.content);
  for (const r of stretch.rows) {
    if (content.has(r) || !r.runs.length) continue;
    const allLabels = r.runs.every((t) => stretch.columns.some((c) => inColumn(t, c)));
    const absorbed = r.runs.every((t) => used.some((c) => c.page === r.page && Math.abs(c.y - (t.y0 + t.y1) / 2) <= (t.y1 - t.y0) * 1.5));
    if (allLabels && absorbed) r.grid.rows.splice(r.grid.rows.indexOf(r.row), 1);
  }
}
