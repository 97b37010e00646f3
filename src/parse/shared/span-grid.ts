// Lay out cells with rowspan/colspan on a grid, expanding each span into marked copies.
import type { Cell } from '../grid.ts';

/** Place each row's cells left to right, skipping slots taken by spans from above; holes become empty cells. */
export function expandSpans(rows: Cell[][]): Cell[][] {
  const out: Cell[][] = [];
  rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (out[r]![c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          const target = (out[r + dr] ??= []);
          target[c + dc] = dr === 0 && dc === 0 ? cell : { ...cell, spanned: true };
        }
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...out.map((r) => r.length));
  return out.slice(0, Math.max(rows.length, 0)).map((row, r) => {
    const filled: Cell[] = [];
    for (let c = 0; c < width; c++) {
      filled.push(
        row[c] ?? { text: '', rowSpan: 1, colSpan: 1, math: [], origin: rows[r]?.[0]?.origin ?? 'markup', loc: rows[r]?.[0]?.loc ?? {}, spanned: true },
      );
    }
    return filled;
  });
}
