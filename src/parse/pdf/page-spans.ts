// A merged cell cut by a page break: Calc and Writer print its label once, on one page, and leave the other pieces empty.
import { sameLoc } from '../../model/index.ts';
import type { Block, Cell, Grid } from '../grid.ts';
import { SNAP } from './lines.ts';

const isMerged = (c: Cell) => c.rowSpan > 1 || c.spanned === true;
const sameColumn = (a: Cell, b: Cell) =>
  !!a.loc.bbox && !!b.loc.bbox && Math.abs(a.loc.bbox[0] - b.loc.bbox[0]) <= SNAP && Math.abs(a.loc.bbox[2] - b.loc.bbox[2]) <= SNAP;

/**
 * Where the last row of one page's table and the first row of the next page's table hold pieces of one merged cell
 * (same column, one piece labelled, the other empty), the label is copied into the empty piece as a spanned copy.
 * Run forward then backward, so a label printed on a middle page reaches pieces on both sides.
 */
export function fillMergedAcrossPages(blocks: Block[]): void {
  const grids = blocks.flatMap((b) => (b.kind === 'table' && b.grid.rows.length ? [b.grid] : []));
  const pairs = grids
    .slice(1)
    .map((next, i) => [grids[i]!, next] as const)
    .filter(([a, b]) => pageOf(b) === pageOf(a)! + 1);
  for (const [prev, next] of pairs) copyAcross(prev.rows.at(-1)!, next.rows[0]!, next);
  for (const [prev, next] of [...pairs].reverse()) copyAcross(next.rows[0]!, prev.rows.at(-1)!, prev);
}

const pageOf = (g: Grid) => g.loc.page;

function copyAcross(fromRow: Cell[], toRow: Cell[], to: Grid): void {
  for (const source of fromRow) {
    if (source.text === '' || !isMerged(source)) continue;
    const target = toRow.find((c) => sameColumn(c, source));
    if (!target || target.text !== '' || !isMerged(target)) continue;
    for (const row of to.rows) {
      row.forEach((cell, i) => {
        if (sameLoc(cell.loc, target.loc)) row[i] = { ...cell, text: source.text, math: source.math, spanned: true };
      });
    }
  }
}
