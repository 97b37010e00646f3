// One pdfjs page → PageContent: text items and ruling lines in top-left page space.
import type { PageContent, PageText } from './page-content.ts';
import { loadPdfJs, type PdfPage } from './pdfjs.ts';
import { rulingsFromOperators } from './rulings.ts';

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
    texts.push({ text: item.str, x0: x, x1: x + item.width, y0: y - size * 0.88, y1: y + size * 0.12 });
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
