// An HTML table's rows as grid cells, and tables inside tables: a page laid out in a table (its cells hold the
// form), or a form with a small table in one cell (预算整体情况 | <table> of 支出 and 收入 figures).
import type { Element } from 'hast';
import type { Cell } from '../grid.ts';
import { expandSpans } from '../shared/span-grid.ts';

export type CellOf = (td: Element) => Cell;

/** The table's own rows, not those of tables nested in its cells. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const collect = (el: Element): void => {
    for (const child of el.children) {
      if (child.type !== 'element' || child.tagName === 'table') continue;
      if (child.tagName === 'tr') rows.push(child);
      else collect(child);
    }
  };
  collect(table);
  return rows;
}

export const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** The outermost tables inside an element. */
export function tablesIn(el: Element): Element[] {
  return el.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'table' ? [c] : tablesIn(c)));
}

const hasText = (el: Element): boolean => el.children.some((c) => (c.type === 'text' ? c.value.trim() !== '' : c.type === 'element' && hasText(c)));

/**
 * A row whose cells are containers, not cells of a form: a table in one of them is the row's only content, or it has
 * at least as many rows as the table around it (the form inside a page's layout table, beside a menu).
 */
export function isContainerRow(tr: Element, tableRows: number): boolean {
  const cells = cellsOf(tr);
  const holding = cells.filter((td) => tablesIn(td).length > 0);
  if (holding.length === 0) return false;
  const others = cells.filter((td) => !holding.includes(td) && hasText(td));
  const innerRows = Math.max(...holding.flatMap((td) => tablesIn(td).map((t) => ownRows(t).length)));
  return others.length === 0 || innerRows >= tableRows;
}

/**
 * Rows laid out as a grid. A cell holding one small table gives its place to that table's rows: the cells beside it,
 * and those reaching down into its row from above, span them all, as a form printed with merged cells would.
 */
export function gridRows(trs: readonly Element[], cellOf: CellOf): Cell[][] {
  const raw: Cell[][] = [];
  for (const tr of trs) {
    const tds = cellsOf(tr);
    const k = tds.findIndex((td) => tablesIn(td).length === 1);
    const inner = k < 0 ? [] : ownRows(tablesIn(tds[k]!)[0]!);
    if (inner.length === 0) {
      raw.push(tds.map(cellOf));
      continue;
    }
    const grow = inner.length - 1;
    const r = raw.length;
    raw.forEach((row, i) => row.forEach((cell) => i + cell.rowSpan - 1 >= r && (cell.rowSpan += grow)));
    const beside = (td: Element) => {
      const cell = cellOf(td);
      return { ...cell, rowSpan: cell.rowSpan + grow };
    };
    const innerRaw = inner.map((row) => cellsOf(row).map(cellOf));
    raw.push([...tds.slice(0, k).map(beside), ...innerRaw[0]!, ...tds.slice(k + 1).map(beside)], ...innerRaw.slice(1));
  }
  return expandSpans(raw);
}
