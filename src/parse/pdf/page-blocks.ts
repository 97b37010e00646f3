// One page's content → blocks in reading order: ruled tables as grids, other text as lines.
import type { Block, Cell, Grid } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { boxOf, lineText, textLines } from './cell-text.ts';
import type { PageContent, PageText } from './page-content.ts';
import { unruledTableByStarts } from './unruled-starts.ts';
import { bboxLoc, pdfCell } from './pdf-cell.ts';
import { ruledTables, type RuledTable } from './ruled-table.ts';
import { textHeight } from './lines.ts';
import { splitAtColumnStarts } from './split-runs.ts';
import { unruledTables, type UnruledState } from './unruled-table.ts';

/** Rows a borderless table beside a scan's virtual-ruled one must have to be read as a table (see pageBlocks). */
const MIN_OUTSIDE_TABLE_ROWS = 3;

/** Which reader reads tables without rulings: by gutters (unruled-table.ts) or by column starts (unruled-starts.ts). */
export type UnruledReader = 'gutters' | 'starts';

/** Blocks of one page, top to bottom; `state` carries what one page's unruled tables tell the next. */
export function pageBlocks(content: PageContent, state: UnruledState = {}, reader: UnruledReader = 'gutters'): Block[] {
  // A run pdfjs joined across a cell border is cut at the border first.
  const h = textHeight(content.texts);
  const borders = content.rulings.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1).map((r) => r.x0);
  const texts = borders.length && Number.isFinite(h) ? splitAtColumnStarts(content.texts, h, borders) : content.texts;
  const { tables, outside } = ruledTables(content.rulings, texts, content.height);
  const placed: { top: number; block: Block }[] = tables.map((t) => ({ top: t.bbox[1], block: { kind: 'table', grid: ruledGrid(t, content) } }));
  let loose = outside;
  if (!tables.length) {
    const found = reader === 'gutters' ? unruledTables(outside, content, state) : startsTables(outside, content);
    for (const t of found.tables) placed.push({ top: t.top, block: { kind: 'table', grid: t.grid } });
    if (found.tables.length) loose = found.outside;
  } else if (content.origin === 'ocr') {
    // A scan's borderless tables reach here as virtual rulings only when a header row of column labels built them
    // (ocr/word-grid.ts); the 部门名称/基本信息 block above has no such row, and is read as the text layer's is.
    // A short one (the department repeated at a page's top) is a page header, not a table: then none is taken.
    const found = unruledTables(outside, content, {});
    if (found.tables.length && found.tables.every((t) => t.grid.rows.length >= MIN_OUTSIDE_TABLE_ROWS)) {
      for (const t of found.tables) placed.push({ top: t.top, block: { kind: 'table', grid: t.grid } });
      loose = found.outside;
    }
  }
  for (const line of textLines(loose)) {
    const text = lineText(line).trim();
    if (text)
      placed.push({
        top: Math.min(...line.map((t) => t.y0)),
        block: { kind: 'text', text: readCellText(text, {}).text, loc: bboxLoc(content.page, boxOf(line)) },
      });
  }
  return placed.sort((a, b) => a.top - b.top).map((p) => p.block);
}

function startsTables(texts: PageText[], content: PageContent) {
  const found = unruledTableByStarts(texts, content);
  return found ? { tables: [found], outside: found.outside } : { tables: [], outside: texts };
}

function ruledGrid(t: RuledTable, content: PageContent): Grid {
  const made = t.cells.map((c) =>
    pdfCell(c.texts, [t.xs[c.c0]!, t.ys[c.r0]!, t.xs[c.c1 + 1]!, t.ys[c.r1 + 1]!], content, { rowSpan: c.r1 - c.r0 + 1, colSpan: c.c1 - c.c0 + 1 }),
  );
  const rows: Cell[][] = t.owner.map((row, r) =>
    row.map((id, c) => {
      const cell = t.cells[id]!;
      return r === cell.r0 && c === cell.c0 ? made[id]! : { ...made[id]!, spanned: true };
    }),
  );
  // A row with no text at all (an empty band under a merged cell) carries nothing to read.
  const kept = rows.filter((row) => row.some((c) => c.text !== ''));
  return { rows: kept, loc: bboxLoc(content.page, t.bbox), joins: [] };
}
