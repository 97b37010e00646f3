// OCR markdown rows: cells separated by tabs, empty cells as runs of tabs, long rows broken over lines.
import type { Cell } from '../grid.ts';
import { readMarkdownText } from './markdown-text.ts';
import { startsRow, TABLE_LABELS } from '../shared/markers.ts';
import { cleanText, labelKey } from '../shared/text.ts';

/** One tab-separated line → cells with line/column provenance. */
export function tabRow(line: string, lineNo: number): Cell[] {
  const cells: Cell[] = [];
  let column = 1;
  for (const raw of line.split('\t')) {
    const loc = { line: lineNo, column };
    const { text, math } = readMarkdownText(raw, loc);
    cells.push({ text, math, rowSpan: 1, colSpan: 1, origin: 'ocr', loc });
    column += raw.length + 1;
  }
  return cells;
}

/** A line of cells between pipes, as pages rendered into text print tables without a GFM delimiter row. */
export const PIPE_ROW = /^\s*\|?[^|\n]*\|[^|\n]*\|/u;
/** A row of one cell in such an export: its text, then the closing pipe (no regex: a long line must stay linear). */
export function pipeEnd(line: string): boolean {
  const t = line.trimEnd();
  return t.endsWith('|') && t.indexOf('|') === t.length - 1 && /[^\s|]/u.test(t);
}

/** One pipe-separated line → cells with provenance; the outer pipes open and close the row. */
export function pipeRow(line: string, lineNo: number): Cell[] {
  const cells: Cell[] = [];
  const body = line.replace(/^\s*\|/u, '').replace(/\|\s*$/u, '');
  let column = line.indexOf(body) + 1;
  for (const raw of body.split(/(?<!\\)\|/u)) {
    const loc = { line: lineNo, column };
    const { text, math } = readMarkdownText(raw.replace(/\\\|/g, '|'), loc);
    cells.push({ text, math, rowSpan: 1, colSpan: 1, origin: 'markup', loc });
    column += raw.length + 1;
  }
  return cells;
}

/** Rows padded with empty cells to the widest one, so every column index means one column. */
export function padRows(rows: Cell[][]): Cell[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array.from({ length: width - r.length }, () => ({ ...r.at(-1)!, text: '', math: [] }))]));
}

/** A label of the indicator hierarchy standing alone: never the tail of a wrapped row. */
const STANDALONE_LABEL = /指标$/u;

/**
 * Re-join rows that OCR broke over several lines. A line continues the row above when the two together
 * make exactly one row of the table's usual width (the tail of the last cell + the rest), its first
 * cell has text, and it does not itself open a task/indicator row.
 */
export function joinBrokenRows(rows: Cell[][]): Cell[][] {
  const width = usualWidth(rows);
  const out: Cell[][] = [];
  let broken: Cell[] | undefined;
  rows.forEach((row, i) => {
    const prev = out[out.length - 1];
    const head = row[0]?.text ?? '';
    const next = rows[i + 1];
    // A row broken in two lines, between rows of one width, whose halves make that width (a task row printed
    // without the section's cell, narrower than the table): the two are the row, and the first does not widen the
    // row above it to the table's width.
    const after = rows[i + 2];
    const startsBrokenRow =
      prev !== undefined &&
      canContinue(next) &&
      row.length < prev.length &&
      row.length + next!.length - 1 === prev.length &&
      (after === undefined || after.length === prev.length);
    const continues =
      prev !== undefined &&
      canContinue(row) &&
      row.length < width &&
      prev.length + row.length - 1 === width &&
      !(row.length === 1 && prev.length < width) &&
      !startsBrokenRow;
    // A header label OCR set on a line of its own under the header (… | 三级指标 / then, indented, 指标值): it
    // ends the header row.
    if (prev !== undefined && isLabelRow(prev) && headerTail(row, prev)) {
      // Into the header's empty cells after its last label (a trailing tab kept the column), else after it.
      let at = prev.length;
      while (at > 0 && prev[at - 1]!.text === '') at--;
      for (const c of row.filter((x) => x.text !== '')) {
        if (at < prev.length) prev[at] = c;
        else prev.push(c);
        at++;
      }
      return;
    }
    // The second line of a row broken in two (see startsBrokenRow).
    const secondHalf = prev !== undefined && prev === broken && canContinue(row);
    if (!continues && !secondHalf) {
      out.push(row);
      broken = startsBrokenRow ? row : undefined;
      return;
    }
    broken = undefined;
    const last = prev![prev!.length - 1]!;
    prev![prev!.length - 1] = { ...last, text: cleanText(`${last.text}\n${head}`), math: [...last.math, ...row[0]!.math] };
    prev!.push(...row.slice(1));
  });
  return out;
}

/** A line that may carry on the row above: its first cell has text that opens no row and is no level label. */
const canContinue = (r: Cell[] | undefined) => r !== undefined && (r[0]?.text ?? '') !== '' && !startsRow(r[0]!.text) && !STANDALONE_LABEL.test(r[0]!.text);

const isLabel = (text: string) => (TABLE_LABELS as readonly string[]).includes(labelKey(text));
/** A header row: two or more of its cells are the form's column labels. */
const isLabelRow = (row: Cell[]) => row.filter((c) => isLabel(c.text)).length >= 2;
/** A line holding only column labels the header above lacks, after empty cells. */
const headerTail = (row: Cell[], header: Cell[]) => {
  const filled = row.filter((c) => c.text !== '');
  return filled.length > 0 && row[0]!.text === '' && filled.every((c) => isLabel(c.text) && !header.some((h) => labelKey(h.text) === labelKey(c.text)));
};

/** The most common cell count: the table's width as most of its rows print it. */
function usualWidth(rows: Cell[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n];
  return best;
}
