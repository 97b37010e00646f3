// A hast tree (a whole page, or a fragment inside markdown) → blocks: tables as grids, other text in order.
import type { Element, Nodes, Root, RootContent } from 'hast';
import type { Block, Cell } from '../grid.ts';
import { readCellText } from '../shared/cell-text.ts';
import { cellsOf, gridRows, isContainerRow, ownRows } from './table-rows.ts';

const HEADING = /^h[1-6]$/;
const TEXT_BLOCK = new Set(['p', 'div', 'li', 'caption', 'title', 'pre', 'blockquote', 'dt', 'dd']);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template']);

/** Collect blocks in document order; `lineOffset` shifts positions when the HTML sat inside a markdown file. */
export function hastBlocks(tree: Root, lineOffset: number, origin: Cell['origin'] = 'markup'): Block[] {
  const blocks: Block[] = [];
  const loc = (n: Nodes) => (n.position ? { line: n.position.start.line + lineOffset, column: n.position.start.column } : {});
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const { text } = readCellText(escapeText(node.value), loc(node));
      if (text) blocks.push({ kind: 'text', text, loc: loc(node) });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName)) {
        if (node.tagName === 'head') node.children.forEach((c) => c.type === 'element' && c.tagName === 'title' && visit(c));
        return;
      }
      if (node.tagName === 'table') {
        tableBlocks(node);
        return;
      }
      const isHeading = HEADING.test(node.tagName);
      if ((isHeading || TEXT_BLOCK.has(node.tagName)) && !containsTable(node)) {
        const { text } = readCellText(toRaw(node), loc(node));
        if (text) blocks.push({ kind: isHeading ? 'heading' : 'text', text, loc: loc(node) });
        return;
      }
    }
    for (const child of node.children as RootContent[]) visit(child);
  };
  const visitAs = (el: Element, kind: 'heading') => {
    const { text } = readCellText(toRaw(el), loc(el));
    if (text) blocks.push({ kind, text, loc: loc(el) });
  };
  const cellOf = (td: Element): Cell => {
    const { text, math } = readCellText(toRaw(td), loc(td));
    return { text, math, rowSpan: span(td.properties.rowSpan), colSpan: span(td.properties.colSpan), origin, loc: loc(td) };
  };
  const pushGrid = (table: Element, trs: Element[]) => {
    if (trs.length) blocks.push({ kind: 'table', grid: { rows: gridRows(trs, cellOf), loc: loc(trs[0] ?? table), joins: [] } });
  };
  // A table laid out as a page: its container rows are read as the page they hold, in order; the rows between
  // them are a grid where they hold cells side by side, else the text they hold.
  const tableBlocks = (table: Element) => {
    // A <caption> titles its table: said before it, as a heading.
    for (const c of table.children) if (c.type === 'element' && c.tagName === 'caption') visitAs(c, 'heading');
    const trs = ownRows(table);
    if (!trs.some((tr) => isContainerRow(tr, trs.length))) return pushGrid(table, trs);
    let run: Element[] = [];
    const flush = () => {
      if (run.some((tr) => cellsOf(tr).filter((td) => cellOf(td).text !== '').length >= 2)) pushGrid(table, run);
      else for (const tr of run) for (const td of cellsOf(tr)) for (const c of td.children) visit(c);
      run = [];
    };
    for (const tr of trs) {
      if (!isContainerRow(tr, trs.length)) {
        run.push(tr);
        continue;
      }
      flush();
      for (const td of cellsOf(tr)) for (const c of td.children) visit(c);
    }
    flush();
  };
  visit(tree);
  return blocks;
}

const span = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.min(v, 1000) : 1);

function containsTable(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'table' || containsTable(c)));
}

/** Back to a small HTML-ish string that readCellText understands: text escaped, math kept, breaks as spaces. */
function toRaw(node: Nodes): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type !== 'element' && node.type !== 'root') return '';
  const inner = (node.children as Nodes[]).map(toRaw).join('');
  if (node.type === 'root') return inner;
  if (node.tagName === 'math') return `<math>${mathTokens(node)}</math>`;
  if (node.tagName === 'br') return ' ';
  if (node.tagName === 'p' || node.tagName === 'div' || node.tagName === 'li') return ` ${inner} `;
  return inner;
}

/** MathML as <mn>/<mo> tokens so that readCellText can read them in order. */
function mathTokens(node: Nodes): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type !== 'element') return '';
  if (/^m[ino]$/.test(node.tagName)) return `<${node.tagName}>${node.children.map(mathTokens).join('')}</${node.tagName}>`;
  return node.children.map(mathTokens).join('');
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
