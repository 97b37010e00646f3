// A row broken by a page break: its rest opens the next page's table, with no task or indicator marker of its own.
import type { Block, Cell } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { TABLE_LABELS, startsRow } from '../shared/markers.ts';
import { labelKey } from '../shared/text.ts';

const rowKey = (row: Cell[] | undefined) => (row ?? []).map((c) => c.text).join('\u0001');
const isLabel = (text: string) => (TABLE_LABELS as readonly string[]).some((l) => labelKey(text).startsWith(l));

/**
 * Before page-split tables are joined: where a page's table starts (after a repeated header row) with a row that
 * opens nothing and names no label, while the previous page ended inside a task or indicator row, the two halves
 * are one row, and their cells are joined column by column.
 */
export function joinRowsBrokenAcrossPages(blocks: Block[]): void {
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []));
  for (let i = 1; i < tables.length; i++) {
    const prev = tables[i - 1]!;
    const next = tables[i]!;
    if (next.loc.page !== (prev.loc.page ?? 0) + 1) continue;
    const at = rowKey(next.rows[0]) === rowKey(prev.rows[0]) ? 1 : 0;
    const tail = prev.rows.at(-1);
    const head = next.rows[at];
    if (!tail || !head || tail.length !== head.length) continue;
    if (!tail.some((c) => startsRow(c.text)) || head.some((c) => !c.spanned && (startsRow(c.text) || isLabel(c.text)))) continue;
    tail.forEach((cell, c) => {
      const rest = head[c]!;
      if (rest.text === '' || rest.spanned) return;
      const { text, math } = readCellText(cell.text + rest.text, cell.loc);
      tail[c] = { ...cell, text, math };
    });
    next.rows.splice(at, 1);
  }
}

