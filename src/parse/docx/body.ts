// The body of word/document.xml → blocks: paragraphs as text/heading blocks, tables (w:tbl) as grids.
import type { Loc } from '../../model/index.ts';
import type { Block, Cell } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { expandSpans } from '../shared/span-grid.ts';
import { child, type XmlElement } from './xml-tree.ts';

/** Containers whose children are read as if they stood in the parent (content controls, custom XML, tracked insertions). */
const TRANSPARENT = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'smartTag',
  'ins',
  'fldSimple',
  'hyperlink',
  'oMathPara',
  'oMath',
  'Choice',
  'AlternateContent',
]);
/** Subtrees that hold no document text of their own: deleted text, fallbacks repeating a Choice, properties. */
const SKIP = new Set(['del', 'Fallback', 'pPr', 'rPr', 'tcPr', 'trPr', 'tblPr', 'tblGrid', 'sectPr', 'instrText', 'delText']);
/** Pictures: counted so that a document whose tables are images can be told apart from one with no table. */
const PICTURE = new Set(['drawing', 'pict', 'object']);
const HEADING_STYLE = /^(?:heading|title|标题)/i;
const MAX_SPAN = 1000;

export type BodyBlocks = { blocks: Block[]; pictures: number; tables: number };

/** Blocks of a parsed document.xml tree, in document order; nested tables follow the table that holds them. */
export function bodyBlocks(root: XmlElement): BodyBlocks {
  const state = { tables: 0, paragraphs: 0, pictures: 0 };
  const blocks: Block[] = [];
  const body = child(child(root, 'document'), 'body');
  const visit = (el: XmlElement): void => {
    if (el.name === 'p') {
      state.paragraphs++;
      const { text, pictures } = paragraphText(el);
      state.pictures += pictures;
      const loc: Loc = { paragraph: state.paragraphs };
      const clean = readCellText(escapeText(text), loc).text;
      if (clean) blocks.push({ kind: isHeading(el) ? 'heading' : 'text', text: clean, loc });
    } else if (el.name === 'tbl') {
      blocks.push(...tableBlocks(el, state));
    } else if (TRANSPARENT.has(el.name) || el.name === 'body') {
      el.children.forEach(visit);
    }
  };
  if (body) visit(body);
  return { blocks, pictures: state.pictures, tables: state.tables };
}

type Placed = { cell: Cell; col: number; span: number; merge: 'restart' | 'continue' | null };

/** One w:tbl → its grid block, then blocks of the tables nested in its cells. */
function tableBlocks(tbl: XmlElement, state: { tables: number; pictures: number }): Block[] {
  const table = ++state.tables;
  const nested: XmlElement[] = [];
  const rows: Placed[][] = transparentChildren(tbl, 'tr').map((tr, r) => {
    let col = Number(child(child(tr, 'trPr'), 'gridBefore')?.attrs.val ?? 0) || 0;
    const placed: Placed[] = [];
    // Columns a row skips at its start (w:gridBefore) are empty slots, so that later cells keep their grid column.
    if (col > 0) placed.push({ cell: emptyCell({ table, row: r + 1, column: 1 }, col), col: 0, span: col, merge: null });
    for (const tc of transparentChildren(tr, 'tc')) {
      const props = child(tc, 'tcPr');
      const span = clampSpan(Number(child(props, 'gridSpan')?.attrs.val ?? 1));
      const vMerge = child(props, 'vMerge');
      const merge = vMerge ? (vMerge.attrs.val === 'restart' ? 'restart' : 'continue') : null;
      const loc: Loc = { table, row: r + 1, column: col + 1 };
      const { text, pictures, tables } = cellContent(tc);
      state.pictures += pictures;
      nested.push(...tables);
      const { text: clean, math } = readCellText(escapeText(text), loc);
      placed.push({ cell: { text: clean, math, rowSpan: 1, colSpan: span, origin: 'markup', loc }, col, span, merge });
      col += span;
    }
    return placed;
  });
  verticalSpans(rows);
  const grid = expandSpans(rows.map((row) => row.filter((p) => p.cell.rowSpan > 0).map((p) => p.cell)));
  const out: Block[] = [];
  // A layout table that only wraps other tables says nothing itself.
  if (grid.some((row) => row.some((c) => c.text !== ''))) out.push({ kind: 'table', grid: { rows: grid, loc: { table }, joins: [] } });
  for (const inner of nested) out.push(...tableBlocks(inner, state));
  return out;
}

/** w:vMerge: a restart cell spans down over the continue cells below it in the same grid column; those are dropped (rowSpan 0). */
function verticalSpans(rows: Placed[][]): void {
  rows.forEach((row, r) => {
    for (const p of row) {
      if (p.merge !== 'restart') continue;
      for (let below = r + 1; below < rows.length; below++) {
        const next = rows[below]!.find((q) => q.col === p.col && q.merge === 'continue');
        if (!next) break;
        p.cell.rowSpan++;
        next.cell.rowSpan = 0;
      }
    }
  });
}

/** A cell's own text (paragraphs and breaks as line breaks) and the tables nested in it, which are read separately. */
function cellContent(tc: XmlElement): { text: string; pictures: number; tables: XmlElement[] } {
  const lines: string[] = [];
  const tables: XmlElement[] = [];
  let pictures = 0;
  const visit = (el: XmlElement): void => {
    if (el.name === 'p') {
      const p = paragraphText(el);
      lines.push(p.text);
      pictures += p.pictures;
    } else if (el.name === 'tbl') tables.push(el);
    else if (TRANSPARENT.has(el.name)) el.children.forEach(visit);
  };
  tc.children.forEach(visit);
  return { text: lines.join('\n'), pictures, tables };
}

/** A paragraph's text: runs in order, w:br/w:cr as line breaks, w:tab as a space; pictures counted, not read. */
function paragraphText(p: XmlElement): { text: string; pictures: number } {
  let text = '';
  let pictures = 0;
  const visit = (el: XmlElement): void => {
    if (SKIP.has(el.name)) return;
    if (PICTURE.has(el.name)) {
      pictures++;
      return;
    }
    if (el.name === 't') text += el.text;
    else if (el.name === 'br' || el.name === 'cr') text += '\n';
    else if (el.name === 'tab') text += ' ';
    else el.children.forEach(visit);
  };
  p.children.forEach(visit);
  return { text, pictures };
}

function isHeading(p: XmlElement): boolean {
  const props = child(p, 'pPr');
  return HEADING_STYLE.test(child(props, 'pStyle')?.attrs.val ?? '') || child(props, 'outlineLvl') !== undefined;
}

/** Children with this name, looking through content controls and custom XML wrappers. */
function transparentChildren(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => (c.name === name ? [c] : TRANSPARENT.has(c.name) ? transparentChildren(c, name) : []));
}

const clampSpan = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1);
const emptyCell = (loc: Loc, span: number): Cell => ({ text: '', math: [], rowSpan: 1, colSpan: span, origin: 'markup', loc });
/** readCellText reads `<`, `&` as markup; Word text is plain, so they are escaped first. */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
