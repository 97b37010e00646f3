// Tables split over pages: a 续表/(续) marker between two tables, or a repeated header row, joins them.
import type { Block, Grid } from '../grid.ts';
import { CONTINUATION_MARKERS } from './markers.ts';

const isMarker = (b: Block) => b.kind !== 'table' && CONTINUATION_MARKERS.some((m) => b.text.replace(/\s+/g, '') === m || b.text.startsWith(`${m} `));
const rowKey = (g: Grid, i: number) => (g.rows[i] ?? []).map((c) => c.text).join('\u0001');

/** Join page-split parts of one table into one grid, dropping a repeated header row and recording the join. */
export function joinContinuations(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const prev = out[out.length - 1];
    const markerThenTable = isMarker(block) && blocks[i + 1]?.kind === 'table';
    const next = markerThenTable ? blocks[i + 1]! : block;
    if (prev?.kind === 'table' && next.kind === 'table' && (markerThenTable || repeatsHeader(prev.grid, next.grid))) {
      const rows = repeatsHeader(prev.grid, next.grid) ? next.grid.rows.slice(1) : next.grid.rows;
      prev.grid.rows.push(...rows);
      prev.grid.joins.push(next.grid.loc);
      if (markerThenTable) i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

function repeatsHeader(a: Grid, b: Grid): boolean {
  return a.rows.length > 0 && b.rows.length > 0 && rowKey(a, 0) === rowKey(b, 0) && rowKey(a, 0).replace(/\u0001/g, '') !== '';
}
