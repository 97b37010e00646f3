// Group labels of a borderless table (一级/二级指标, 年度重点工作任务): printed once, vertically centred over the rows
// they cover, left of the rows' 任务N/指标N markers. A group that starts at row edge s with its label centred at c
// ends at 2c − s; where that lands on a row edge, the group's rows are one merged cell (no virtual border between
// them in that column), as a ruled table's rowspan gives. Labels that fit no such reading keep their own row.
// Labels set at the bottom of their merged cells (a table printed with vertical-align: bottom) are read as such when
// the page shows it: each label's last line level with its row's last line, its group running up to the previous one.
import { OCR } from '../settings.ts';
import type { OcrWord } from './tesseract-tsv.ts';

/** Rows first … last − 1 (indices into the table's rows) of column `col` are one merged cell. */
export type RowSpan = { col: number; first: number; last: number };

/** A group end may miss a row edge by this × line height (edges sit mid-gap, labels centre on the cell box). */
const EDGE_SLACK = 0.6;
/** Lines of one wrapped label are less than this × line height apart (bottom to top). */
const LABEL_WRAP_GAP = 0.6;
/** A level label ends so (产出指标, 服务对象满意度指标); a line ending so is a label of its own. */
const WHOLE_LABEL = /指标$/u;

/**
 * The merged cells of the columns left of `markerCol`: for each label there, in order, the group from the end of
 * the previous one (else from the first later row edge that fits) to the row edge its centre mirrors that start to.
 * `ys` are the table's row edges, body rows from index `firstBody`.
 */
export function levelSpans(
  words: readonly OcrWord[],
  xs: readonly number[],
  ys: readonly number[],
  firstBody: number,
  markerCol: number,
  lineHeight: number,
): RowSpan[] {
  return bottomSpans(words, xs, ys, firstBody, markerCol, lineHeight) ?? centredSpans(words, xs, ys, firstBody, markerCol, lineHeight);
}

/** A label placed against the rows: the row its last line stands in, and whether it is level with that row's last or first line. */
type Placed = { label: Label; row: number; atBottom: boolean; atTop: boolean };

/**
 * Merged cells of labels set at the bottom of their cells, or undefined when the page does not show that alignment.
 * All the level columns' labels are weighed together (a table's cells share their alignment): more than half of
 * them, and at least two, must have their last line level with the last text line of the row they stand in, and
 * one of those must stand below its row's first line (a label level with a single-line row is level with both ends,
 * as a top-aligned one is). Then each label's group runs from the row after the previous group to its own row. A
 * label level with its row's first line only is a group cut by the page break, printed at the top of its first piece
 * (Chromium): when it is its column's last, its group runs to the page's last row.
 */
function bottomSpans(
  words: readonly OcrWord[],
  xs: readonly number[],
  ys: readonly number[],
  firstBody: number,
  markerCol: number,
  lineHeight: number,
): RowSpan[] | undefined {
  const rowLines = ys.slice(0, -1).map((y, r) => {
    const right = words.filter((w) => centre(w).x >= xs[markerCol]! && centre(w).y >= y && centre(w).y < ys[r + 1]!);
    const mids = lineMids(right, lineHeight);
    return { first: mids[0], last: mids.at(-1) };
  });
  const level = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= OCR.levelAligned * lineHeight;
  const columns: Placed[][] = [];
  for (let col = 0; col < markerCol; col++) {
    const labels = columnLabels(inColumn(words, xs, ys, firstBody, col), lineHeight);
    columns.push(
      labels.flatMap((label) => {
        const row = ys.findIndex((y, r) => r >= firstBody && r < ys.length - 1 && label.lastMid >= y && label.lastMid < ys[r + 1]!);
        if (row < 0) return [];
        return [{ label, row, atBottom: level(rowLines[row]!.last, label.lastMid), atTop: level(rowLines[row]!.first, label.firstMid) }];
      }),
    );
  }
  const all = columns.flat();
  const atBottom = all.filter((p) => p.atBottom);
  if (atBottom.length < 2 || atBottom.length * 2 <= all.length || !atBottom.some((p) => !p.atTop)) return undefined;
  const spans: RowSpan[] = [];
  columns.forEach((placed, col) => {
    let from = firstBody;
    placed.forEach((p, k) => {
      if (p.atBottom) {
        if (p.row < from) return;
        if (p.row + 1 - from >= 2) spans.push({ col, first: from, last: p.row + 1 });
        from = p.row + 1;
      } else if (p.atTop && k === placed.length - 1 && p.row >= from && ys.length - 1 - p.row >= 2) spans.push({ col, first: p.row, last: ys.length - 1 });
    });
  });
  return spans;
}

/** Middles of the text lines the words make, top to bottom. */
function lineMids(words: readonly OcrWord[], lineHeight: number): number[] {
  const mids: number[] = [];
  for (const y of words.map((w) => centre(w).y).sort((a, b) => a - b)) {
    if (mids.length && y - mids.at(-1)! < LINE_SPLIT * lineHeight) continue;
    mids.push(y);
  }
  return mids;
}

/** Word middles of one text line differ by less than this × line height (a line's boxes differ in height, not place). */
const LINE_SPLIT = 0.5;

const inColumn = (words: readonly OcrWord[], xs: readonly number[], ys: readonly number[], firstBody: number, col: number) =>
  words.filter((w) => centre(w).x >= xs[col]! && centre(w).x < xs[col + 1]! && centre(w).y >= ys[firstBody]! && centre(w).y < ys.at(-1)!);

export function centredSpans(
  words: readonly OcrWord[],
  xs: readonly number[],
  ys: readonly number[],
  firstBody: number,
  markerCol: number,
  lineHeight: number,
): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let col = 0; col < markerCol; col++) {
    const labels = columnLabels(inColumn(words, xs, ys, firstBody, col), lineHeight);
    let from = firstBody;
    for (const [k, l] of labels.entries()) {
      const c = (l.top + l.bottom) / 2;
      // The group ends before the next label of the column begins.
      const limit = labels[k + 1]?.top ?? Infinity;
      for (let s = from; s < ys.length - 1 && ys[s]! <= l.top; s++) {
        const end = 2 * c - ys[s]!;
        const e = nearest(ys, end);
        if (e <= s || Math.abs(ys[e]! - end) > EDGE_SLACK * lineHeight || ys[e]! < l.bottom || ys[e]! > limit) continue;
        if (e - s >= 2) spans.push({ col, first: s, last: e });
        from = e;
        break;
      }
      // A label no reading fits keeps its row; the next group starts below it at the earliest.
      while (from < ys.length - 1 && ys[from]! < l.bottom) from++;
    }
  }
  return spans;
}

/** A label's extent, and the middles of its first and last lines. */
type Label = { top: number; bottom: number; firstMid: number; lastMid: number };

/**
 * The column's words as labels: lines stacked with less than LABEL_WRAP_GAP between them are one label, unless the
 * upper line is a whole level label already (…指标): labels printed on every row of single-line rows stand as close.
 */
function columnLabels(words: readonly OcrWord[], lineHeight: number): Label[] {
  const lines: { top: number; bottom: number; words: OcrWord[] }[] = [];
  const lineMid = (l: { words: OcrWord[] }) => l.words.reduce((sum, w) => sum + centre(w).y, 0) / l.words.length;
  for (const w of [...words].sort((a, b) => a.top - b.top)) {
    const mid = w.top + w.height / 2;
    const line = lines.find((l) => mid > l.top && mid < l.bottom);
    if (line) {
      line.words.push(w);
      line.bottom = Math.max(line.bottom, w.top + w.height);
    } else lines.push({ top: w.top, bottom: w.top + w.height, words: [w] });
  }
  const labels: (Label & { text: string })[] = [];
  for (const l of lines) {
    const text = [...l.words]
      .sort((a, b) => a.left - b.left)
      .map((w) => w.text)
      .join('');
    const last = labels.at(-1);
    if (last && l.top - last.bottom < LABEL_WRAP_GAP * lineHeight && !WHOLE_LABEL.test(last.text)) {
      last.bottom = Math.max(last.bottom, l.bottom);
      last.lastMid = lineMid(l);
      last.text += text;
    } else labels.push({ top: l.top, bottom: l.bottom, firstMid: lineMid(l), lastMid: lineMid(l), text });
  }
  return labels;
}

function nearest(ys: readonly number[], y: number): number {
  let best = 0;
  ys.forEach((v, i) => {
    if (Math.abs(v - y) < Math.abs(ys[best]! - y)) best = i;
  });
  return best;
}

const centre = (w: OcrWord) => ({ x: w.left + w.width / 2, y: w.top + w.height / 2 });
