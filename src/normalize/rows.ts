// The normalizer reads a document as one stream of rows, whatever blocks and pages they came in.
import type { Block, Cell, Word } from '../parse/grid.ts';
import { sameLoc, type Loc } from '../model/index.ts';
import { labelKey } from '../parse/shared/text.ts';

/** A row of the stream: a table row, or a heading/text line as a one-cell row. */
export type Row = {
  kind: 'row' | 'heading' | 'text';
  /** The row's logical cells: each colspan counted once. */
  cells: Cell[];
  loc: Loc;
  keys: string[];
  /** The row as laid out in its grid, spans expanded, so a cell's index is its column. */
  grid: Cell[];
  /** Which table block of the document the row belongs to (headings and text get the block's index too). */
  table: number;
  /** A line of text: its words as white space parted them (see Block). */
  words?: Word[];
};

/** Flatten blocks into rows, dropping the copies a colspan made so each logical cell appears once. */
export function rowsOf(blocks: Block[]): Row[] {
  const rows: Row[] = [];
  blocks.forEach((b, table) => {
    if (b.kind === 'table') {
      for (const r of b.grid.rows) {
        const cells = dropColspanCopies(r);
        rows.push({ kind: 'row', cells, loc: r[0]?.loc ?? b.grid.loc, keys: cells.map((c) => labelKey(c.text)), grid: r, table });
      }
    } else {
      const cell: Cell = { text: b.text, rowSpan: 1, colSpan: 1, math: [], origin: 'markup', loc: b.loc };
      rows.push({ kind: b.kind, cells: [cell], loc: b.loc, keys: [labelKey(b.text)], grid: [cell], table, ...(b.words ? { words: b.words } : {}) });
    }
  });
  return rows;
}

/** Whether `cell` is a merge's copy of `of` (same text, same place): a rowspan's copy below it, a colspan's beside. */
export const isCopyOf = (cell: Cell | undefined, of: Cell) => cell !== undefined && cell.spanned === true && cell.text === of.text && sameLoc(cell.loc, of.loc);

/** A colspan copy repeats its left neighbour's text and place; a rowspan copy does not. */
function dropColspanCopies(cells: Cell[]): Cell[] {
  return cells.filter((c, i) => !(c.spanned && i > 0 && cells[i - 1]!.text === c.text && sameLoc(cells[i - 1]!.loc, c.loc)));
}

/** Label keys of a row's cells (spaces removed, trailing colon dropped). */
export const keysOf = (row: Row) => row.keys;

/** An empty cell in the place of `at`. */
export const blank = (at: Cell): Cell => ({ ...at, text: '', math: [], spanned: false });

/** A table row of the given cells, each its own column. */
export function rowOf(cells: Cell[], table: number): Row {
  return { kind: 'row', cells, loc: cells[0]!.loc, keys: cells.map((c) => labelKey(c.text)), grid: cells, table };
}

/** Text of the first cell after `i` that is not empty. */
export function nextText(row: Row, i: number): Cell | undefined {
  return row.cells.slice(i + 1).find((c) => c.text !== '');
}

/**
 * The row with its cells from column `at` on moved `by` columns right (blank cells open the gap, each at the place of
 * the cell it replaces); null when cells with text would fall off the row's end.
 */
export function shiftedRight(row: Row, by: number, at = 0): Row | null {
  const width = row.grid.length;
  if (row.grid.slice(width - by).some((c) => c.text !== '')) return null;
  const blank = (i: number): Cell => ({ ...row.grid[at]!, text: '', math: [], spanned: false, loc: row.grid[i]!.loc });
  return { ...row, grid: [...row.grid.slice(0, at), ...Array.from({ length: by }, (_, k) => blank(at + k)), ...row.grid.slice(at, width - by)] };
}

/** The column of the row's last cell with text; -1 for a row with none. */
export function lastFilled(row: Row): number {
  let i = row.grid.length - 1;
  while (i >= 0 && row.grid[i]!.text === '') i--;
  return i;
}
