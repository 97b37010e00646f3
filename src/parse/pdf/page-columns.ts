// A table continued on the next page may be cut into columns differently: the page before split 三级指标 and
// 偏差原因 into two ruled columns each (a merge over them), the next page draws one. The continued rows are laid out
// again under the columns of the page before, by where their cells stand.
import type { Block, Cell, Grid } from '../grid.ts';
import { rememberUnruledRow, unruledRowOf } from './unruled-rows.ts';

/**
 * Lay each continued table whose width differs from the table before it out in that table's columns. On ruled pages
 * (`ruled`: their numbers) where the page draws some of the same column lines. Between unruled pages, where a
 * page's columns are its reader's guess from the text it holds (a page without text in the 绩效指标 or 偏差原因
 * column has no such column), when the next table follows with nothing between them, is narrower, and each of its
 * cells stands under one column of the table before.
 */
export function alignContinuedColumns(blocks: Block[], ruled: ReadonlySet<number>): void {
  const tables = blocks.flatMap((b, k) => (b.kind === 'table' ? [{ grid: b.grid, k }] : []));
  for (let i = 1; i < tables.length; i++) {
    const [prev, next] = [tables[i - 1]!.grid, tables[i]!.grid];
    const last = prev.rows.at(-1);
    if (!last || next.rows.length === 0 || next.loc.page !== pageOf(prev) + 1) continue;
    const width = last.length;
    if (next.rows.some((r) => r.length === width)) continue;
    const drawn = ruled.has(pageOf(prev)) && ruled.has(next.loc.page);
    if (drawn) {
      // Only where the page draws some of the same column lines (a subset of them): a new table has its own.
      const tolerance = last.some((c) => c.origin === 'ocr') ? OCR_EDGE_TOLERANCE : EDGE_TOLERANCE;
      const onEdge = (x: number) =>
        last.some((c) => c.loc.bbox !== undefined && (Math.abs(c.loc.bbox[0] - x) <= tolerance || Math.abs(c.loc.bbox[2] - x) <= tolerance));
      const fits = (r: Cell[]) => r.every((c) => !c.loc.bbox || (onEdge(c.loc.bbox[0]) && onEdge(c.loc.bbox[2])));
      const leading = next.rows.findIndex((r) => !fits(r));
      if (leading === 0) continue;
      if (leading > 0) {
        // The page's grid goes on below the continued rows into a block of other columns (the indicator table under
        // the last tasks, joined by the page's lines): the continued rows go on the table before, laid out as it is.
        const moved = allLaidOut(next.rows.slice(0, leading), last);
        if (moved) {
          prev.rows.push(...moved);
          next.rows.splice(0, leading);
        }
        continue;
      }
    } else {
      const unruled = !ruled.has(pageOf(prev)) && !ruled.has(next.loc.page);
      const adjacent = tables[i]!.k === tables[i - 1]!.k + 1;
      if (!unruled || !adjacent || next.rows.some((r) => r.length > width)) continue;
    }
    const rows = allLaidOut(next.rows, last);
    if (rows) next.rows = rows;
  }
}

/**
 * Every row laid out under `above` (see laidOut), or null when one cannot be. The rows laid out anew are the same
 * rows of text: later steps find an unruled row's runs by the row.
 */
function allLaidOut(rows: Cell[][], above: Cell[]): Cell[][] | null {
  const out = rows.map((r) => laidOut(r, above));
  if (!out.every((r): r is Cell[] => r !== null)) return null;
  rows.forEach((r, k) => {
    const geometry = unruledRowOf(r);
    if (geometry) rememberUnruledRow(out[k]!, geometry);
  });
  return out;
}

/** How far apart two column lines may be drawn and still be one (PDF points)… */
const EDGE_TOLERANCE = 2;
/** …on two scanned pages, each deskewed on its own and its lines found in pixels. */
const OCR_EDGE_TOLERANCE = 6;

/** The last page a table stands on. */
const pageOf = (g: Grid) => Math.max(g.loc.page ?? 0, ...g.rows.flatMap((r) => r.map((c) => c.loc.page ?? 0)));

/**
 * A row's cells under the columns of `above` (a row of the page before): each cell in the column whose box holds its
 * middle, and the columns a cell reaches past the first (the merge the page before drew) as its copies; null when a
 * cell stands under no column or two cells under one.
 */
function laidOut(row: Cell[], above: Cell[]): Cell[] | null {
  const out: Array<Cell | undefined> = new Array(above.length).fill(undefined);
  for (const cell of row) {
    const b = cell.loc.bbox;
    if (!b) return null;
    const mid = (b[0] + b[2]) / 2;
    const columns = above.flatMap((c, k) => (c.loc.bbox && c.loc.bbox[0] <= mid && mid <= c.loc.bbox[2] ? [k] : []));
    if (columns.length === 0) return null;
    const [first, ...copies] = columns;
    if (out[first!] !== undefined) {
      // A merged cell's copies on this page stand under the same column as their first cell: one is enough.
      if (cell.spanned) continue;
      return null;
    }
    out[first!] = cell;
    for (const k of copies) out[k] = { ...cell, spanned: true };
  }
  // A column no cell of the row stands under is an empty cell there (its own box, never another cell's: a merge's
  // label copied across the page break goes to that merge's pieces only).
  const anchor = row[0]!;
  return out.map((c, k) => {
    if (c) return c;
    const x = above[k]!.loc.bbox;
    const y = anchor.loc.bbox;
    return { ...anchor, text: '', math: [], spanned: false, loc: { ...anchor.loc, ...(x && y ? { bbox: [x[0]!, y[1]!, x[2]!, y[3]!] } : {}) } };
  });
}
