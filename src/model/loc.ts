// Comparing places: the one definition of "the same place in the source", whatever kind of place it is.
import type { Loc } from './record.ts';

/** True when two locs name the same place: line/column, page/bbox or sheet/cell or table/row/paragraph all equal. */
export function sameLoc(a: Loc, b: Loc): boolean {
  return (
    a.line === b.line &&
    a.column === b.column &&
    a.page === b.page &&
    a.sheet === b.sheet &&
    a.cell === b.cell &&
    a.table === b.table &&
    a.row === b.row &&
    a.paragraph === b.paragraph &&
    String(a.bbox) === String(b.bbox)
  );
}
