// Tables split over pages: a 续表/(续) marker between two tables, or a repeated header row, joins them.
import type { Block, Cell, Grid } from '../grid.ts';
import { CONTINUATION_MARKERS } from './markers.ts';
import { oneCharApart } from './text.ts';

/** A cell this long with one character read differently is still the same cell (see ocrRepeat). */
const OCR_REPEAT_MIN_LENGTH = 4;

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
  if (a.rows.length === 0 || b.rows.length === 0 || rowKey(a, 0).replace(/\u0001/g, '') === '') return false;
  return rowKey(a, 0) === rowKey(b, 0) || ocrRepeat(a.rows[0]!, b.rows[0]!);
}

/**
 * Two OCR'd rows that are one printed row read twice: cell for cell the same but for at most one character misread
 * in a cell of OCR_REPEAT_MIN_LENGTH or more (中共遂溪县委组织部 read 中共通溪县委组织部 on the next page). Text-layer rows
 * must match exactly: there one character is another department.
 */
function ocrRepeat(a: readonly Cell[], b: readonly Cell[]): boolean {
  if (a.length !== b.length || ![...a, ...b].every((c) => c.origin === 'ocr')) return false;
  return a.every((c, i) => c.text === b[i]!.text || ([...c.text].length >= OCR_REPEAT_MIN_LENGTH && oneCharApart(c.text, b[i]!.text)));
}
