// A label an unruled page wrapped over two lines of its key column, each line read as a row of its own
// (总体绩效 / 目标 beside a goal of two lines): neither line is a label, the two together are.
import { meaningKey } from './label-meaning.ts';
import type { Row } from './rows.ts';

/** The label cell i of rows[r] makes with the cell under it, and the row below it ends in; null when not wrapped. */
export function wrappedLabel(rows: readonly Row[], r: number, i: number, labelOf: ReadonlyMap<string, string>): { key: string; below: Row } | null {
  const row = rows[r]!;
  const below = rows[r + 1];
  if (below?.kind !== 'row' || below.table !== row.table) return null;
  const col = row.grid.indexOf(row.cells[i]!);
  const tail = below.grid[col];
  // The tail stands first on its line: a line with text left of it is a row of its own.
  if (col < 0 || !tail || tail.text === '' || below.grid.slice(0, col).some((c) => c.text !== '' && !c.spanned)) return null;
  if (labelOf.has(meaningKey(tail.text))) return null;
  const key = meaningKey(row.cells[i]!.text + tail.text);
  return labelOf.has(key) ? { key, below } : null;
}

/** What the row below a wrapped label holds right of its tail (the goal's second line): '' when nothing. */
export function textBesideTail(below: Row, labelCell: number): string {
  return below.grid
    .slice(labelCell + 1)
    .filter((c, k, all) => c.text !== '' && (k === 0 || c.text !== all[k - 1]!.text))
    .map((c) => c.text)
    .join('');
}
