// A row broken by a page break: its rest opens the next page's table, with no task or indicator marker of its own.
import type { Block, Cell } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { opensWithTableLabel, TOTAL_ROW, startsRow } from '../shared/markers.ts';
import { labelKey } from '../shared/text.ts';

// By text alone: an unruled page may split the repeated row into cells differently.
const rowKey = (row: Cell[] | undefined) =>
  (row ?? [])
    .filter((c) => !c.spanned)
    .map((c) => c.text)
    .join('');
const isLabel = (text: string) => opensWithTableLabel(labelKey(text));

/**
 * Before page-split tables are joined: where a page's table starts (after a repeated header row) with a row that
 * opens nothing and names no label, while the previous page ended inside a task or indicator row, the two halves
 * are one row, and their cells are joined column by column. Without markers (indicator rows of most layouts), the
 * head is the tail's rest when it only carries on some of the tail's own cells (restOfRow).
 */
export function joinRowsBrokenAcrossPages(blocks: Block[]): void {
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []));
  const first = tables.find((t) => t.rows.length);
  for (let i = 1; i < tables.length && first; i++) {
    const prev = tables[i - 1]!;
    const next = tables[i]!;
    if (next.loc.page !== (prev.loc.page ?? 0) + 1) continue;
    const at = [prev, first].some((t) => rowKey(next.rows[0]) === rowKey(t.rows[0])) ? 1 : 0;
    const tail = prev.rows.at(-1);
    const head = next.rows[at];
    if (!tail || !head) continue;
    if (!(tail.some((c) => startsRow(c.text)) || markerCut(tail, head) || restOfRow(tail, head))) continue;
    if (head.some((c) => !c.spanned && (startsRow(c.text) || isLabel(c.text)))) continue;
    for (const rest of head) {
      if (rest.text === '' || rest.spanned) continue;
      const c = columnOf(tail, rest);
      if (c < 0) continue;
      const { text, math } = readCellText(tail[c]!.text + rest.text, tail[c]!.loc);
      tail[c] = { ...tail[c]!, text, math };
    }
    next.rows.splice(at, 1);
  }
}

/** Slack (pt) for a line of text to count as standing within one cell's column. */
const IN_COLUMN = 2;

/**
 * Before page-split tables are joined: text lines opening a page above its first table, each standing within one
 * column of the previous page's last row (a task or indicator row), are the rest of that cell cut by the page break
 * (too few lines, in one column, to be read as a table). They are appended to the cell.
 */
export function joinCellRestsAcrossPages(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table') continue;
    const page = b.grid.loc.page ?? 0;
    const tail = b.grid.rows.at(-1);
    if (!tail?.some((c) => startsRow(c.text)) || blocks.slice(i + 1).some((n) => n.kind === 'table' && n.grid.loc.page === page)) continue;
    // Only a cell of the row itself (from its marker on) that holds text can run on; a level label left of it
    // may not (其他需完成的任务 printed beside the next table is no part of it).
    const marker = tail.findIndex((cell) => startsRow(cell.text));
    let k = i + 1;
    while (k < blocks.length) {
      const n = blocks[k]!;
      if (n.kind === 'table' || n.loc.page !== page + 1 || !n.loc.bbox || startsRow(n.text) || isLabel(n.text)) break;
      const [x0, , x1] = n.loc.bbox;
      const c = tail.findIndex(
        (cell, j) =>
          j >= marker && cell.text !== '' && !cell.spanned && cell.loc.bbox && cell.loc.bbox[0] - IN_COLUMN <= x0 && x1 <= cell.loc.bbox[2] + IN_COLUMN,
      );
      if (c < 0) break;
      const { text, math } = readCellText(tail[c]!.text + n.text, tail[c]!.loc);
      tail[c] = { ...tail[c]!, text, math };
      blocks.splice(k, 1);
    }
  }
}

const own = (row: Cell[]) => row.filter((c) => !c.spanned && c.text.trim() !== '');

/**
 * A page's first row that is the previous page's last row cut by the break: Writer and Calc carry on only the cells
 * whose lines did not fit, so the head holds text in fewer columns than the tail, each under one of the tail's
 * fullest cells (the most lines: characters per point of width, within half the fullest); the short cells (level,
 * name, value, figures) ended above the break. A new row fills its own short cells, and a 合计 row names itself.
 */
function restOfRow(tail: Cell[], head: Cell[]): boolean {
  const rest = own(head);
  if (!rest.length || rest.length >= own(tail).length || rest.some((c) => TOTAL_ROW.test(labelKey(c.text)))) return false;
  const fullest = Math.max(...own(tail).map(fullness));
  return rest.every((c) => {
    const k = columnOf(tail, c);
    return k >= 0 && tail[k]!.text.trim() !== '' && fullness(tail[k]!) >= fullest / 2;
  });
}

/** Characters per point of the cell's width: proportional to its lines of text in one table's type size. */
function fullness(cell: Cell): number {
  const b = cell.loc.bbox;
  return b && b[2] > b[0] ? [...cell.text].length / (b[2] - b[0]) : 0;
}

/** A marker word ending the page (指标) whose number opens the next (14: 验收合格率): the page break cut the marker. */
function markerCut(tail: Cell[], head: Cell[]): boolean {
  return head.some((rest) => {
    const c = rest.text === '' || rest.spanned ? -1 : columnOf(tail, rest);
    return c >= 0 && MARKER_WORD.test(tail[c]!.text) && startsRow(tail[c]!.text + rest.text);
  });
}

const MARKER_WORD = /^\s*(?:任务|指标)\s*$/u;

/** The cell of `row` above `cell`: the one whose box holds its middle (pages may cut columns differently). */
function columnOf(row: Cell[], cell: Cell): number {
  const b = cell.loc.bbox;
  if (!b) return -1;
  const mid = (b[0] + b[2]) / 2;
  return row.findIndex((c) => !c.spanned && c.loc.bbox !== undefined && c.loc.bbox[0] <= mid && mid <= c.loc.bbox[2]);
}
