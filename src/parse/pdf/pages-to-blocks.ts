// Pages reduced to text runs and rulings (a PDF's text layer, OCR, or a page of positioned HTML) → the document's blocks:
// each page's tables, ruled or not, then what spans pages (merged cells, level labels, rows broken by a page break).
import type { Block } from '../grid.ts';
import type { PageContent } from './page-content.ts';
import { pageBlocks, type UnruledReader } from './page-blocks.ts';
import { markedRows, markedRowScore } from './unruled-choice.ts';
import { joinCellRestsAcrossPages, joinRowsBrokenAcrossPages } from './page-rows.ts';
import { fillMergedAcrossPages } from './page-spans.ts';
import { alignContinuedColumns } from './page-columns.ts';
import { spanUnruledLevels } from './level-spans.ts';
import { dropRepeatedTopLines, pageFurniture, seenLines as noLinesSeen } from './page-repeats.ts';

/** The blocks of a document's pages, in page order. */
export function pagesToBlocks(pages: PageContent[]): Block[] {
  const blocks: Block[] = [];
  const seenText = new Set<string>();
  const unruled = {};
  // Pages read by both unruled readers; the one whose rows the family's markers show whole is kept for the document.
  const read: { page: number; gutters: Block[]; starts: Block[]; content?: PageContent }[] = [];
  const seenLines = noLinesSeen();
  // Pages without rulings: the program's page header and footer go (they would join the table beside them),
  // and a row repeated at the top of every page (a thead) is said once (page-repeats.ts).
  const unruledPage = (c: PageContent) => !c.rulings.length && c.origin === 'text-layer';
  const furniture = pageFurniture(pages.filter(unruledPage));
  for (const read0 of pages) {
    const content = unruledPage(read0)
      ? { ...read0, texts: dropRepeatedTopLines({ ...read0, texts: read0.texts.filter((t) => !furniture.has(t)) }, seenLines) }
      : read0;
    const gutters = pageBlocks(content, unruled);
    // Only pages with a table without rulings may read differently by the other reader.
    read.push({ page: content.page, gutters, starts: gutters, content: content.rulings.length ? undefined : content });
  }
  // The column-start reader is tried only where the gutter reader left marked rows run together or cut off.
  const gutterGrids = read.flatMap((r) => r.gutters.flatMap((b) => (b.kind === 'table' ? [b.grid] : [])));
  if (markedRows(gutterGrids).bad > 0) for (const r of read) if (r.content) r.starts = pageBlocks(r.content, {}, 'starts');
  const reader = chooseUnruledReader(read);
  for (const { page, gutters, starts } of read) {
    for (const block of reader === 'gutters' ? gutters : starts) {
      // A title or page header repeated on every page is said once.
      if (block.kind !== 'table' && page > 1 && seenText.has(block.text)) continue;
      if (block.kind !== 'table') seenText.add(block.text);
      blocks.push(block);
    }
  }
  alignContinuedColumns(blocks, new Set(pages.filter((p) => p.rulings.length > 0).map((p) => p.page)));
  fillMergedAcrossPages(blocks);
  spanUnruledLevels(blocks);
  joinCellRestsAcrossPages(blocks);
  joinRowsBrokenAcrossPages(blocks);
  return blocks;
}

/** The gutter reader, unless the column-start reader reads more of the document's marked rows whole. */
function chooseUnruledReader(read: { gutters: Block[]; starts: Block[] }[]): UnruledReader {
  const grids = (pick: 'gutters' | 'starts') => read.flatMap((r) => r[pick].flatMap((b) => (b.kind === 'table' ? [b.grid] : [])));
  const gutters = markedRowScore(grids('gutters'));
  const starts = markedRowScore(grids('starts'));
  return starts !== undefined && (gutters === undefined || starts > gutters) ? 'starts' : 'gutters';
}
