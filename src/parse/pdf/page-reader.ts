// One pdfjs page → PageContent: text items and ruling lines in top-left page space.
import type { PageContent, PageText } from './page-content.ts';
import { loadPdfJs, type PdfPage } from './pdfjs.ts';
import { rulingsFromOperators } from './rulings.ts';
import { charEms } from './lines.ts';

type Matrix = [number, number, number, number, number, number];

/** Read a page's text layer and rulings; the page's own resources are released afterwards. */
export async function readPage(page: PdfPage, pageNo: number): Promise<PageContent> {
  const { OPS } = await loadPdfJs();
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const texts: PageText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
    // Baseline origin in page space → top-left viewport space; the box rises one font size above the baseline.
    const x = vt[0] * e + vt[2] * f + vt[4];
    const y = vt[1] * e + vt[3] * f + vt[5];
    // Spaces at either end take width but show nothing: the run's box ends at its last visible character, or it
    // would close the gutter to the next cell (Calc writes "服务费 " up to the next column's text).
    const [lead, trail] = blankShares(item.str);
    texts.push({ text: item.str, x0: x + item.width * lead, x1: x + item.width * (1 - trail), y0: y - size * 0.88, y1: y + size * 0.12 });
  }
  // A page without text is OCR'd or skipped, never read by its rulings: its operator list would only make pdfjs
  // decode the scan's image (about 0.1 s a page of CPU for nothing).
  if (texts.length === 0) {
    page.cleanup();
    return { page: pageNo, width: viewport.width, height: viewport.height, texts, rulings: [], origin: 'text-layer' };
  }
  const ops = await page.getOperatorList();
  const rulings = rulingsFromOperators(ops.fnArray, ops.argsArray as unknown[][], OPS as unknown as Record<string, number>, vt);
  page.cleanup();
  return { page: pageNo, width: viewport.width, height: viewport.height, texts, rulings, origin: 'text-layer' };
}

/** Shares of a run's width taken by blanks before its first and after its last visible character. */
function blankShares(str: string): [number, number] {
  const chars = [...str];
  const total = chars.reduce((a, ch) => a + charEms(ch), 0);
  const lead = chars.length - [...str.trimStart()].length;
  const trail = chars.length - [...str.trimEnd()].length;
  if (!total || (!lead && !trail)) return [0, 0];
  const width = (from: number, to: number) => chars.slice(from, to).reduce((a, ch) => a + charEms(ch), 0);
  return [width(0, lead) / total, width(chars.length - trail, chars.length) / total];
}
