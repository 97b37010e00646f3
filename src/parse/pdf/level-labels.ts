// The labels printed in one level column of the indicator stretch: one per paragraph, placed on the continuous strip.
import { readCellText } from '../shared/cell-text.ts';
import { cellText, paragraphLines } from './cell-text.ts';
import type { ChainLabel } from './level-chain.ts';
import { inColumn, type Column, type Stretch } from './level-geometry.ts';
import type { PageText } from './page-content.ts';
import { LEVELS } from './settings.ts';

/** Where a label was printed on its page (a label can be printed twice, see below). */
export type Copy = { page: number; y: number; top: number; bottom: number };
export type ColumnLabel = ChainLabel & { copies: Copy[] };

/**
 * The column's labels sorted by their centre on the strip. Calc prints a merged cell cut by a page break on both
 * pages, clipped, at the same place relative to the whole cell: the same text twice at (nearly) one strip position
 * is one label printed twice.
 */
export function columnLabels(stretch: Stretch, column: Column): ColumnLabel[] {
  const byPage = new Map<number, PageText[]>();
  for (const r of stretch.rows) {
    const page = byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!;
    page.push(...r.runs.filter((t) => inColumn(t, column)));
  }
  const found: ColumnLabel[] = [];
  for (const [page, runs] of byPage) {
    for (const para of paragraphLines(runs).map((lines) => lines.flat())) {
      const text = readCellText(cellText(para), {}).text;
      const top = Math.min(...para.map((t) => t.y0));
      const bottom = Math.max(...para.map((t) => t.y1));
      const y = (top + bottom) / 2;
      if (text) found.push({ text, centre: stretch.offset.get(page)! + y, opens: opensRow(stretch, page, top), copies: [{ page, y, top, bottom }] });
    }
  }
  found.sort((a, b) => a.centre - b.centre);
  // Closer than two rows' text can be: the two prints, placed through estimated page offsets.
  const near = 2 * stretch.pad + 2;
  const out: ColumnLabel[] = [];
  for (const l of found) {
    const prev = out.at(-1);
    if (prev && prev.text === l.text && l.centre - prev.centre <= near) {
      prev.centre = (prev.centre * prev.copies.length + l.centre) / (prev.copies.length + 1);
      prev.copies.push(...l.copies);
      prev.opens ??= l.opens;
    } else out.push(l);
  }
  return out;
}

/** The row whose text starts level with a label's top on its page (where the label may open a cut group). */
function opensRow(stretch: Stretch, page: number, top: number): number | undefined {
  const at = stretch.content.findIndex((r) => r.page === page && Math.abs(r.top - top) <= LEVELS.aligned);
  return at < 0 ? undefined : at;
}
