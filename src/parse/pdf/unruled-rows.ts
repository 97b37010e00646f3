// What an unruled table's row was cut from: its text runs, kept beside the grid (which keeps only cell text and
// bands) so that a later, document-wide step can see where each line sits on the page.
import type { Cell } from '../grid.ts';
import type { PageText } from './page-content.ts';

export type UnruledRow = { page: number; runs: PageText[] };

// Keyed by the row array itself: page joins mutate rows in place and splice whole rows, never copy them.
const rows = new WeakMap<Cell[], UnruledRow>();

export const rememberUnruledRow = (row: Cell[], geometry: UnruledRow): void => void rows.set(row, geometry);
export const unruledRowOf = (row: Cell[]): UnruledRow | undefined => rows.get(row);
