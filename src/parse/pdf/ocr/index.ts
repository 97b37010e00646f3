// A scanned PDF page → PageContent (origin 'ocr'): render, find the borders, read each enclosed cell with tesseract,
// merge the characters tesseract splits Chinese into, and convert pixels to PDF points.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../../limits/temp.ts';
import type { PageContent, PageText, Ruling } from '../page-content.ts';
import { asDoubtful } from '../ocr-unsure.ts';
import { dropRulingArtifacts, lettersAsFigures, withoutBarsBesideHan, withoutSpeckMarks } from './artifacts.ts';
import { readPgm, writePgm, type GrayImage } from './pgm.ts';
import { blankRegions, crop, enclosedRegions, inkBands, spreadLines, textBox, type Region } from './regions.ts';
import { OCR } from '../settings.ts';
import { settleComparators, signsLeftOfFigures } from './comparator.ts';
import { deskew } from './deskew.ts';
import { evenLight } from './even-light.ts';
import { asFirstRead, stretched, unreadCells } from './empty-cells.ts';
import { withSlashes } from './slash-cells.ts';
import { signsInEmptyCells, withOperators } from './operator-glyphs.ts';
import { readImages } from './batch.ts';
import { repairMarker } from './garbled-marker.ts';
import { renderPage, scanImage, type PageRef, type ScanImage } from './render.ts';
import { eraseRulings, pageRulings, rulingOptionsForDpi, withoutPaperEdges, type PixelRuling } from './rulings-from-raster.ts';
import { rereadValueCells } from './second-pass.ts';
import { DEFAULT_GAP_FACTOR, mergeLineWords, type OcrRun, type OcrWord } from './tesseract-tsv.ts';
import { readUnruledPage, type Piece } from './word-path.ts';

export { hasOcrTools } from './render.ts';
export { inOcrSlot, setOcrConcurrency } from './pool.ts';
export type { PageRef } from './render.ts';

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
  /** Estimate and undo the page's skew first (default on). */
  deskew?: boolean;
};

export const DEFAULT_DPI = 300;
const POINTS_PER_INCH = 72;
const DEFAULT_PAGE_PSM = 11;
const DEFAULT_CELL_PSM = 6;
/** White frame around each cell's ink: none and tesseract misses edge strokes; 30 px and it drops digits again. */
const CELL_PAD = 12;
const CELL_GAP_FACTOR = 2;
/** The frame around a cell read again after it came back empty (a 200 dpi header cell read nothing at CELL_PAD). */
const REREAD_PAD = 3 * CELL_PAD;
/** Page segmentation mode 7: the image is one line of text. */
const LINE_PSM = 7;
/** A bilevel or coarse scan is rendered at DEFAULT_DPI only while that enlarges its pixels at most this much (see renderDpi). */
const MAX_UPSCALE = 2;
/** Lines of text outside the table closer than this (inches) are one piece: a wrapped note stays one block. */
const REST_BAND_GAP = 0.1;
/** Fewer enclosed cells than this is no grid (a framed title, a box around a note): the page is read as unruled. */
const MIN_RULED_CELLS = 4;
/** Scans are made at 150 dpi or more; below that tesseract reads little anyway. */
const MIN_SCAN_DPI = 200;
/** A page rendered at this many times its scan's resolution or more has its thin rules spread (see ocrPage). */
const SPREAD_SCALE = 1.5;

/** OCR one page of a PDF into the same PageContent the text-layer reader produces; `size` is the page in points. */
export async function ocrPage(pdfPath: string, page: number, size: { width: number; height: number }, opts: OcrOptions = {}): Promise<PageContent> {
  const ref: PageRef = { pdfPath, page };
  const dir = await tempDir('ocr');
  try {
    const scan = opts.dpi === undefined ? await scanImage(ref, opts.signal) : undefined;
    const dpi = opts.dpi ?? renderDpi(scan);
    const img = readPgm(await readFile(await renderPage(ref, dpi, dir, opts.signal, scan?.colour)));
    // A grey scan enlarged to be read spreads each thin rule over more pixel rows, each lighter (rulings-from-raster.ts).
    const spread = scan !== undefined && !scan.bilevel && dpi >= scan.ppi * SPREAD_SCALE;
    return await ocrRaster(img, { page, size, dpi, dir, ref, spread }, opts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** OCR a page image already in memory (an image input); `dpi` is its resolution, the page size follows from it. */
export async function ocrImage(img: GrayImage, page: number, dpi: number, ref: PageRef, opts: OcrOptions = {}): Promise<PageContent> {
  const dir = await tempDir('ocr');
  try {
    const size = { width: (img.width * POINTS_PER_INCH) / dpi, height: (img.height * POINTS_PER_INCH) / dpi };
    return await ocrRaster(img, { page, size, dpi, dir, ref }, opts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The render resolution for a scan. A grayscale scan of at least MIN_SCAN_DPI is read at its own pixels, up to
 * DEFAULT_DPI: the scanner already smoothed its strokes, so rendering it larger invents nothing and costs tesseract
 * and the raster steps 2.25× the pixels at 200 dpi (unseen JPEG scans at 200 dpi: CPU −37 %, score 0.762 → 0.767).
 * Any other scan is rendered at DEFAULT_DPI while that enlarges its pixels at most MAX_UPSCALE times: poppler's
 * scaling turns a bilevel scan's stair-stepped edges gray, which tesseract reads better (the 200 dpi bilevel
 * fixtures lose task amounts at their own pixels), and a coarser scan gains too. Without an image, DEFAULT_DPI.
 */
export function renderDpi(scan: ScanImage | undefined): number {
  if (!scan) return DEFAULT_DPI;
  if (!scan.bilevel && scan.ppi >= MIN_SCAN_DPI) return Math.min(scan.ppi, DEFAULT_DPI);
  return DEFAULT_DPI / scan.ppi <= MAX_UPSCALE ? DEFAULT_DPI : scan.ppi;
}

type Where = { page: number; size: { width: number; height: number }; dpi: number; dir: string; ref: PageRef; spread?: boolean };

/** Deskew, find the borders, read the page (cell by cell when ruled, from word boxes when not), convert to points. */
async function ocrRaster(raw: GrayImage, at: Where, opts: OcrOptions): Promise<PageContent> {
  const { dpi, dir, ref } = at;
  const even = evenLight(raw);
  const img = opts.deskew === false ? even : deskew(even).img;
  // A scan rendered at its own pixels may carry a page box far larger than the paper (img2pdf at 96 ppi): its
  // strokes are those of a ≥ MIN_SCAN_DPI scan, and thresholds scaled to the box's 96 dpi take bold strokes for borders.
  const rulingOpts = rulingOptionsForDpi(Math.max(dpi, MIN_SCAN_DPI));
  const rulings = withoutPaperEdges(pageRulings(img, rulingOpts, at.spread), img);
  const clean = eraseRulings(img, rulings);
  const speck = Math.round(OCR.speckPixels * (dpi / 200) ** 2);
  const inked = enclosedRegions(img.width, img.height, rulings).flatMap((r) => {
    const ink = textBox(clean, r, rulingOpts.darkThreshold, speck);
    return ink ? [{ r, ink }] : [];
  });
  const cells = inked.map((c) => c.r);
  const cellGapFactor = opts.cellGapFactor ?? CELL_GAP_FACTOR;
  const read = (pieces: readonly Piece[], listFile: string, psm: number) => readPieces(pieces, listFile, psm, ref, opts.signal);
  let runs: OcrRun[];
  let found: PixelRuling[] = rulings;
  if (cells.length < MIN_RULED_CELLS) {
    // No grid in the raster: the table, if any, is built from where tesseract's words lie.
    const unruled = await readUnruledPage(clean, rulings, read, {
      dir,
      ref,
      darkThreshold: rulingOpts.darkThreshold,
      gapFactor: opts.gapFactor ?? DEFAULT_GAP_FACTOR,
      cellGapFactor,
      pagePsm: opts.pagePsm ?? DEFAULT_PAGE_PSM,
      cellPsm: opts.cellPsm ?? DEFAULT_CELL_PSM,
      signal: opts.signal,
    });
    runs = unruled.runs;
    found = unruled.rulings;
  } else {
    // Cut to the ink: tesseract loses the '1' of a lone right-aligned "1.5" in a wide blank cell (measured: task
    // amounts read whole 44/45 → 45/45 on the seed at 300 dpi, 42/45 → 44/45 on the 200 dpi bilevel scan).
    const cellPieces = inked.map((c, i) => cellPiece(dir, `cell-${i}`, clean, c.ink, rulingOpts.darkThreshold));
    // The text outside the cells (title, notes) as bands of ink, read in the same tesseract run as the cells: one
    // model load and no layout analysis of a mostly blank page (a ruled page's tesseract CPU −25 %, same text).
    const rest = blankRegions(clean, cells);
    const restPieces = inkBands(rest, rulingOpts.darkThreshold, Math.round(dpi * REST_BAND_GAP), speck).map((r, i) => piece(dir, `rest-${i}`, rest, r));
    const words = await read([...cellPieces, ...restPieces], join(dir, 'cells.txt'), opts.cellPsm ?? DEFAULT_CELL_PSM);
    const inks = inked.map((c) => c.ink);
    const ownWords = words.filter((w) => w.page <= cellPieces.length);
    // Cells with ink that came back empty: stretched to black on white and framed wider, read as a block, then, still
    // empty, as one line of text.
    for (const [k, psm] of [opts.cellPsm ?? DEFAULT_CELL_PSM, LINE_PSM].entries()) {
      const unread = unreadCells(inks, ownWords, dpi);
      const again = unread.map((i) => {
        const p = cellPiece(dir, `again${k}-${i}`, clean, inks[i]!, rulingOpts.darkThreshold, REREAD_PAD);
        return { ...p, img: stretched(p.img, clean, inks[i]!) };
      });
      ownWords.push(...asFirstRead(await read(again, join(dir, `again${k}.txt`), psm), unread));
    }
    const cellRead = dropRulingArtifacts([...ownWords, ...signsInEmptyCells(ownWords, inks, clean, rulingOpts.darkThreshold)], rulings);
    const shaped = withOperators(withSlashes(cellRead, inks, clean, rulingOpts.darkThreshold), inks, clean, rulingOpts.darkThreshold);
    // Signs settled before eng's pass: it keeps chi_sim's comparator and mends the digits after it (≥959% → ≥95%).
    const cellWords = await rereadValueCells(
      cellPieces,
      settleComparators(signsLeftOfFigures(shaped, inks, clean, rulingOpts.darkThreshold), clean, rulingOpts.darkThreshold),
      {
        listFile: join(dir, 'values.txt'),
        gapFactor: cellGapFactor,
        ref,
        signal: opts.signal,
      },
    );
    const restWords = words.filter((w) => w.page > cellPieces.length);
    const separators = rulings.filter((r) => r.x0 === r.x1).map((r) => ({ x: r.x0, y0: r.y0, y1: r.y1 }));
    runs = [
      ...mergeLineWords(cellWords, { gapFactor: cellGapFactor, separators }),
      ...mergeLineWords(dropRulingArtifacts(restWords, rulings), { gapFactor: opts.gapFactor ?? DEFAULT_GAP_FACTOR, separators }),
    ].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  }
  const k = POINTS_PER_INCH / dpi;
  return {
    page: at.page,
    width: at.size.width,
    height: at.size.height,
    texts: runs.map((r) => {
      const text = repairMarker(withoutSpeckMarks(withoutBarsBesideHan(r.text)));
      const figures = lettersAsFigures(text);
      // A figure put back for a letter is a reading to check: below the confidence ocr-unsure flags.
      return toPageText({ ...r, text: figures, conf: figures === text ? r.conf : asDoubtful(r.conf) }, k);
    }),
    rulings: found.map((r) => toRuling(r, k)),
    origin: 'ocr',
  };
}

/** A cell's ink as tesseract reads it: its text lines set apart where they run close (regions.ts spreadLines). */
function cellPiece(dir: string, name: string, img: GrayImage, r: Region, darkThreshold: number, pad = CELL_PAD): Piece {
  const spread = spreadLines(img, r, darkThreshold, pad);
  return { file: join(dir, `${name}.pgm`), dx: r.x0 - pad, dy: 0, img: spread.img, pageY: spread.pageY };
}

function piece(dir: string, name: string, img: GrayImage, r: Region): Piece {
  return { file: join(dir, `${name}.pgm`), dx: r.x0 - CELL_PAD, dy: r.y0 - CELL_PAD, img: crop(img, r, CELL_PAD) };
}

/** Write the images, OCR them in one tesseract run (shared with other pages', see batch.ts), and shift every word back into page pixels. */
async function readPieces(pieces: readonly Piece[], listFile: string, psm: number, ref: PageRef, signal?: AbortSignal): Promise<OcrWord[]> {
  if (pieces.length === 0) return [];
  await Promise.all(pieces.map((p) => writeFile(p.file, writePgm(p.img))));
  const words = await readImages(
    pieces.map((p) => p.file),
    listFile,
    psm,
    ref,
    signal,
  );
  return words.map((w) => {
    const p = pieces[w.page - 1];
    if (!p) throw new Error(`${ref.pdfPath} page ${ref.page}: tesseract reported image ${w.page} of ${pieces.length}`);
    return { ...w, left: w.left + p.dx, top: p.pageY ? p.pageY(w.top) : w.top + p.dy };
  });
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function toPageText(r: OcrRun, k: number): PageText {
  return {
    text: r.text,
    x0: round(r.x0 * k),
    y0: round(r.y0 * k),
    x1: round(r.x1 * k),
    y1: round(r.y1 * k),
    confidence: round(r.conf),
    ...(r.readings ? { readings: r.readings } : {}),
  };
}

function toRuling(r: PixelRuling, k: number): Ruling {
  return { x0: round(r.x0 * k), y0: round(r.y0 * k), x1: round(r.x1 * k), y1: round(r.y1 * k) };
}
