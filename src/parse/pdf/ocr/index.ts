// A scanned PDF page → PageContent (origin 'ocr'): render, find the borders, read each enclosed cell with tesseract,
// merge the characters tesseract splits Chinese into, and convert pixels to PDF points.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../../limits/temp.ts';
import type { PageContent, PageText, Ruling } from '../page-content.ts';
import { dropRulingArtifacts } from './artifacts.ts';
import { readPgm, writePgm, type GrayImage } from './pgm.ts';
import { blankRegions, crop, enclosedRegions, hasInk, inkBox, type Region } from './regions.ts';
import { renderPage, tesseractTsv, type PageRef } from './render.ts';
import { detectRulings, eraseRulings, rulingOptionsForDpi, type PixelRuling } from './rulings-from-raster.ts';
import { rereadValueCells } from './second-pass.ts';
import { DEFAULT_GAP_FACTOR, mergeLineWords, parseTesseractTsv, type OcrRun, type OcrWord } from './tesseract-tsv.ts';

export { hasOcrTools } from './render.ts';

export type OcrOptions = {
  /** Render resolution; tesseract's Chinese model wants characters ≥ ~40 px tall, i.e. ≥ 300 dpi for 10 pt text. */
  dpi?: number;
  signal?: AbortSignal;
  /** Page segmentation mode for the text outside ruled cells (11, sparse text: on a whole seed page it read 16 of 18
   *  sample cells exactly, against 14 for modes 6 and 4). */
  pagePsm?: number;
  /** Page segmentation mode for each ruled cell (6: one uniform block of text). */
  cellPsm?: number;
  /** Merge gap (× character height) outside ruled cells, where a wider gap may be the next column. */
  gapFactor?: number;
  /** Merge gap inside one ruled cell: everything on a visual line there is one text, whatever the letter spacing. */
  cellGapFactor?: number;
};

export const DEFAULT_DPI = 300;
const POINTS_PER_INCH = 72;
const DEFAULT_PAGE_PSM = 11;
const DEFAULT_CELL_PSM = 6;
/** White frame around each cell's ink: none and tesseract misses edge strokes; 30 px and it drops digits again. */
const CELL_PAD = 12;
const CELL_GAP_FACTOR = 2;

type Piece = { file: string; dx: number; dy: number; img: GrayImage };

/** OCR one page of a PDF into the same PageContent the text-layer reader produces; `size` is the page in points. */
export async function ocrPage(pdfPath: string, page: number, size: { width: number; height: number }, opts: OcrOptions = {}): Promise<PageContent> {
  const dpi = opts.dpi ?? DEFAULT_DPI;
  const ref: PageRef = { pdfPath, page };
  const dir = await tempDir('ocr');
  try {
    const img = readPgm(await readFile(await renderPage(ref, dpi, dir, opts.signal)));
    const rulingOpts = rulingOptionsForDpi(dpi);
    const rulings = detectRulings(img, rulingOpts);
    const clean = eraseRulings(img, rulings);
    const cells = enclosedRegions(img.width, img.height, rulings).filter((r) => hasInk(clean, r, rulingOpts.darkThreshold));
    // Cut to the ink: tesseract loses the '1' of a lone right-aligned "1.5" in a wide blank cell (measured: task
    // amounts read whole 44/45 → 45/45 on the seed at 300 dpi, 42/45 → 44/45 on the 200 dpi bilevel scan).
    const cellPieces = cells.map((r, i) => piece(dir, `cell-${i}`, clean, inkBox(clean, r, rulingOpts.darkThreshold) ?? r));
    const rest = blankRegions(clean, cells);
    const restPieces = hasInk(rest, { x0: 0, y0: 0, x1: rest.width, y1: rest.height }, rulingOpts.darkThreshold)
      ? [{ file: join(dir, 'rest.pgm'), dx: 0, dy: 0, img: rest }]
      : [];
    const cellGapFactor = opts.cellGapFactor ?? CELL_GAP_FACTOR;
    // The eng pass over unsure value cells needs chi_sim's cell reading first, but not the rest of the page's.
    const [cellWords, restWords] = await Promise.all([
      readPieces(cellPieces, join(dir, 'cells.txt'), opts.cellPsm ?? DEFAULT_CELL_PSM, ref, opts.signal).then((words) =>
        rereadValueCells(cellPieces, dropRulingArtifacts(words, rulings), { listFile: join(dir, 'values.txt'), gapFactor: cellGapFactor, ref, signal: opts.signal }),
      ),
      readPieces(restPieces, join(dir, 'rest.txt'), opts.pagePsm ?? DEFAULT_PAGE_PSM, ref, opts.signal),
    ]);
    const separators = rulings.filter((r) => r.x0 === r.x1).map((r) => ({ x: r.x0, y0: r.y0, y1: r.y1 }));
    const runs = [
      ...mergeLineWords(cellWords, { gapFactor: cellGapFactor, separators }),
      ...mergeLineWords(dropRulingArtifacts(restWords, rulings), { gapFactor: opts.gapFactor ?? DEFAULT_GAP_FACTOR, separators }),
    ].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    const k = POINTS_PER_INCH / dpi;
    return {
      page,
      width: size.width,
      height: size.height,
      texts: runs.map((r) => toPageText(r, k)),
      rulings: rulings.map((r) => toRuling(r, k)),
      origin: 'ocr',
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function piece(dir: string, name: string, img: GrayImage, r: Region): Piece {
  return { file: join(dir, `${name}.pgm`), dx: r.x0 - CELL_PAD, dy: r.y0 - CELL_PAD, img: crop(img, r, CELL_PAD) };
}

/** Write the images, OCR them in one tesseract run, and shift every word back into page pixels. */
async function readPieces(pieces: readonly Piece[], listFile: string, psm: number, ref: PageRef, signal?: AbortSignal): Promise<OcrWord[]> {
  if (pieces.length === 0) return [];
  await Promise.all(pieces.map((p) => writeFile(p.file, writePgm(p.img))));
  await writeFile(listFile, pieces.map((p) => p.file).join('\n') + '\n');
  const words = parseTesseractTsv(await tesseractTsv(listFile, psm, ref, signal));
  return words.map((w) => {
    const p = pieces[w.page - 1];
    if (!p) throw new Error(`${ref.pdfPath} page ${ref.page}: tesseract reported image ${w.page} of ${pieces.length}`);
    return { ...w, left: w.left + p.dx, top: w.top + p.dy };
  });
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function toPageText(r: OcrRun, k: number): PageText {
  return { text: r.text, x0: round(r.x0 * k), y0: round(r.y0 * k), x1: round(r.x1 * k), y1: round(r.y1 * k), confidence: round(r.conf), ...(r.readings ? { readings: r.readings } : {}) };
}

function toRuling(r: PixelRuling, k: number): Ruling {
  return { x0: round(r.x0 * k), y0: round(r.y0 * k), x1: round(r.x1 * k), y1: round(r.y1 * k) };
}
