// A PDF published as HTML (a site's document preview): each page a box whose text runs and table borders are
// absolutely placed elements (`<div style="top:529.6pt;left:76.4pt;font-size:10.37pt">效益指标</div>`, rulings as
// empty boxes with one border). No <table> holds the cells, so the page is read as a PDF page is: text runs and
// rulings with their coordinates (PageContent), through the same table readers.
import type { Element, Nodes, Root } from 'hast';
import type { PageContent, PageText, Ruling } from '../pdf/page-content.ts';
import { cleanText } from '../shared/text.ts';

/** A box holding this many placed children is a page; fewer is a page's furniture (a logo, a stamp). */
const MIN_PLACED = 8;
/** CSS lengths in PDF points: a CSS pixel is 0.75pt. */
const POINTS: Record<string, number> = { pt: 1, px: 0.75 };
/** A glyph's advance in ems: Chinese and full-width characters are square, others about half as wide. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const NARROW_EM = 0.55;
/** A browser's default font size, for runs whose style gives none. */
const DEFAULT_FONT = 12;

type Box = { top?: number; left?: number; width?: number; height?: number; font?: number; absolute: boolean; borders: Set<string> };

/** The pages of a document that places its text absolutely, in document order; empty when it does not. */
export function positionedPages(tree: Root): PageContent[] {
  const pages: PageContent[] = [];
  const visit = (node: Nodes): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const placed = (node.children as Nodes[]).filter((c): c is Element => c.type === 'element' && isPlaced(boxOf(c)));
    if (node.type === 'element' && placed.length >= MIN_PLACED) {
      pages.push(pageOf(node, placed, pages.length + 1));
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return pages.some((p) => p.texts.length > 0) ? pages : [];
}

const isPlaced = (b: Box) => b.absolute && b.top !== undefined && b.left !== undefined;

function pageOf(page: Element, placed: Element[], number: number): PageContent {
  const texts: PageText[] = [];
  const rulings: Ruling[] = [];
  for (const el of placed) {
    const box = boxOf(el);
    const [x0, y0] = [box.left!, box.top!];
    const [w, h] = [box.width ?? 0, box.height ?? 0];
    if (box.borders.has('bottom')) rulings.push({ x0, x1: x0 + w, y0: y0 + h, y1: y0 + h });
    if (box.borders.has('top')) rulings.push({ x0, x1: x0 + w, y0, y1: y0 });
    if (box.borders.has('right')) rulings.push({ x0: x0 + w, x1: x0 + w, y0, y1: y0 + h });
    if (box.borders.has('left')) rulings.push({ x0, x1: x0, y0, y1: y0 + h });
    const text = cleanText(textOf(el));
    if (text === '') continue;
    const font = box.font ?? DEFAULT_FONT;
    texts.push({ text, x0, y0, x1: x0 + (box.width ?? advance(text) * font), y1: y0 + font });
  }
  const own = boxOf(page);
  const width = own.width ?? Math.max(0, ...texts.map((t) => t.x1), ...rulings.map((r) => r.x1));
  const height = own.height ?? Math.max(0, ...texts.map((t) => t.y1), ...rulings.map((r) => r.y1));
  return { page: number, width, height, texts, rulings, origin: 'text-layer' };
}

/** A run's width in ems. */
const advance = (text: string) => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 1 : NARROW_EM), 0);

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (node.tagName === 'style' || node.tagName === 'script')) return '';
  return node.children.map(textOf).join('');
}

function boxOf(el: Element): Box {
  const style = String(el.properties?.style ?? '');
  const box: Box = { absolute: false, borders: new Set() };
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (prop === 'position') box.absolute = value === 'absolute';
    else if (prop === 'top' || prop === 'left' || prop === 'width' || prop === 'height') {
      const n = length(value);
      if (n !== undefined) box[prop] = n;
    } else if (prop === 'font-size') box.font = length(value);
    else if (/^border-(top|bottom|left|right)$/.test(prop) && !/\bnone\b|^0(?:px|pt)?(?:\s|$)/.test(value)) box.borders.add(prop.slice(7));
  }
  return box;
}

function length(value: string): number | undefined {
  const m = /^(-?\d+(?:\.\d+)?)(pt|px)?$/.exec(value);
  return m ? Number(m[1]) * POINTS[m[2] ?? 'px']! : undefined;
}
