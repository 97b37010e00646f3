// A scanned page whose table has no borders: tesseract reads the whole page once, word-grid.ts builds the table
// from the word boxes, and cells that came out empty though they hold ink, or whose digits chi_sim was unsure of,
// are read again one cell at a time (a lone "5" in a wide blank column is what a whole-page read drops).
import { join } from 'node:path';
import { asDoubtful, hasPercentJunk, isValueCell, OCR_UNSURE_BELOW } from '../ocr-unsure.ts';
import { dropRulingArtifacts } from './artifacts.ts';
import { settleComparators } from './comparator.ts';
import type { GrayImage } from './pgm.ts';
import { crop, inkBox, type Region } from './regions.ts';
import type { PageRef } from './render.ts';
import type { PixelRuling } from './rulings-from-raster.ts';
import { rereadValueCells } from './second-pass.ts';
import { mergeLineWords, type OcrRun, type OcrWord } from './tesseract-tsv.ts';
import { textLines, wordTables, type InkColumns, type WordTable } from './word-grid.ts';
import { median } from './word-lines.ts';

/** Reads a list of image pieces with tesseract at a segmentation mode; words come back in page pixels. */
export type PieceReader = (pieces: readonly Piece[], listFile: string, psm: number) => Promise<OcrWord[]>;
/** An image tesseract reads and where it lies on the page: shifted by dx, dy, or, rows moved apart, mapped by pageY. */
export type Piece = { file: string; dx: number; dy: number; img: GrayImage; pageY?: (y: number) => number };

export type WordPathOptions = {
  dir: string;
  ref: PageRef;
  darkThreshold: number;
  /** Merge gap outside the tables (× height). */
  gapFactor: number;
  /** Merge gap inside a table cell: the virtual borders already keep columns apart. */
  cellGapFactor: number;
  pagePsm: number;
  cellPsm: number;
  signal?: AbortSignal;
};

/** A rule at least this share of the page's width long is a border even without a grid around it. */
const LONG_RULE_SHARE = 0.25;
/** The margin a re-read keeps above and below its words' band, × their median height. */
const REACH_PAST = 0.15;
/** White frame around a re-read cell's ink (the ruled path's CELL_PAD, for the same reason). */
const CELL_PAD = 12;

/** The page's runs and the virtual borders of the tables built from its words. */
export async function readUnruledPage(
  img: GrayImage,
  detected: readonly PixelRuling[],
  read: PieceReader,
  o: WordPathOptions,
): Promise<{ runs: OcrRun[]; rulings: PixelRuling[] }> {
  // Without a grid, only long rules are real (a three-line table's); short ones are strokes of bold characters.
  const realRulings = detected.filter((r) => Math.max(r.x1 - r.x0, r.y1 - r.y0) >= LONG_RULE_SHARE * img.width);
  const page: Piece = { file: join(o.dir, 'page-words.pgm'), dx: 0, dy: 0, img };
  const pageWords = dropRulingArtifacts(await read([page], join(o.dir, 'page-words.txt'), o.pagePsm), realRulings);
  const ink = inkColumns(img, o.darkThreshold);
  const found = wordTables(pageWords, ink);
  if (found.length === 0) return { runs: mergeLineWords(pageWords, { gapFactor: o.gapFactor }), rulings: [...realRulings] };
  // The whole-page read (sparse text) finds the tables and their columns, but drops and garbles characters in them
  // (任务13 lost, 经费 wrapped to 经 / 二): each column, read alone as one block of text, comes out far cleaner, and
  // the rows are then laid out again from its words.
  const strips = found.flatMap(columnStrips).map((r) => clamp(r, img));
  const inked = strips.flatMap((r) => {
    const ink = inkBox(img, r, o.darkThreshold);
    return ink ? [{ strip: r, ink }] : [];
  });
  const pieces = inked.map(({ ink }, i) => ({
    file: join(o.dir, `strip-${i}.pgm`),
    dx: ink.x0 - CELL_PAD,
    dy: ink.y0 - CELL_PAD,
    img: crop(img, ink, CELL_PAD),
  }));
  const stripWords = dropRulingArtifacts(await read(pieces, join(o.dir, 'strips.txt'), o.cellPsm), realRulings);
  // A strip the run found nothing in (no reader, blank) keeps the page read's words. Image k of the strips' run
  // becomes page k + 1 (the page read is page 1): words of two strips never merge.
  const readStrips = new Set(stripWords.map((w) => inked[w.page - 1]!.strip));
  const words = [...pageWords.filter((w) => !strips.some((r) => readStrips.has(r) && centreIn(w, r))), ...stripWords.map((w) => ({ ...w, page: w.page + 1 }))];
  const tables = wordTables(words, ink);
  if (tables.length === 0) return { runs: mergeLineWords(words, { gapFactor: o.gapFactor }), rulings: [...realRulings] };
  const inTable = (w: OcrWord) => tables.some((t) => inside(t, w));
  const merged = tables.flatMap(cellRegions);
  const cells = merged.map((m) => m.region);
  // Header cells are read again whatever the page read gave: a label wrapped over two lines comes back as one
  // garbled glyph (拟投入的资/金(万元) → 人), and the header names the columns. So are cells spanning columns: the
  // column strips cut their text mid-character (中国特色 → 中国怕 | 针色).
  const headerCells = new Set(merged.flatMap((m, i) => (m.first || m.spanning ? [i] : [])));
  const reread = doubtDisagreements(
    doubtStackedNumbers(settleComparators(await rereadCells(img, cells, words.filter(inTable), read, o, headerCells), img, o.darkThreshold), cells),
    pageWords,
    stripWords,
    cells,
  );
  const separators = tables.flatMap(virtualRulings).flatMap((r) => (r.x0 === r.x1 ? [{ x: r.x0, y0: r.y0, y1: r.y1 }] : []));
  return {
    runs: [
      // A column read's words (images 2 …) keep tesseract's lines: two tight lines of a cell must not interleave.
      ...mergeLineWords(reread, { gapFactor: o.cellGapFactor, separators, ownLine: (w) => w.page > 1 }),
      ...mergeLineWords(
        words.filter((w) => !inTable(w)),
        { gapFactor: o.gapFactor },
      ),
    ].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0),
    rulings: [...realRulings, ...tables.flatMap(virtualRulings)],
  };
}

/** Cells whose text is missing though the cell holds ink, or is a value read unsure: read again, each alone. */
async function rereadCells(
  img: GrayImage,
  cells: readonly Region[],
  words: readonly OcrWord[],
  read: PieceReader,
  o: WordPathOptions,
  always: ReadonlySet<number>,
): Promise<OcrWord[]> {
  const byCell = cells.map((r) => words.filter((w) => centreIn(w, r)));
  const pieces: Piece[] = [];
  const again: number[] = [];
  cells.forEach((r, i) => {
    const ws = byCell[i]!;
    const text = ws.map((w) => w.text).join('');
    const unsure = (ws.some((w) => /\d/.test(w.text) && w.conf < OCR_UNSURE_BELOW) || hasPercentJunk(text)) && isValueCell(text);
    if (ws.length > 0 && !unsure && !always.has(i)) return;
    // The cell's own words reach past its edges where a row edge runs close to a line (the top of 强化预算 cut off
    // reads as 缠化预丰): the crop takes them whole.
    const ink = inkBox(img, clamp(around(shrink(r, CELL_PAD / 2), ws), img), o.darkThreshold);
    if (!ink || (ws.length === 0 && !substantial(ink))) return;
    pieces.push({ file: join(o.dir, `wcell-${i}.pgm`), dx: ink.x0 - CELL_PAD, dy: ink.y0 - CELL_PAD, img: crop(img, ink, CELL_PAD) });
    again.push(i);
  });
  if (pieces.length === 0) return [...words];
  const fresh = await read(pieces, join(o.dir, 'wcells.txt'), o.cellPsm);
  const checked = await rereadValueCells(pieces, fresh, { listFile: join(o.dir, 'wvalues.txt'), gapFactor: o.cellGapFactor, ref: o.ref, signal: o.signal });
  const replaced = new Set(again);
  const kept = cells.flatMap((_, i) => (replaced.has(i) ? [] : byCell[i]!));
  // A re-read that found nothing keeps the page's reading of the cell.
  const got = new Set(checked.map((w) => again[w.page - 1]!));
  const fallback = again.filter((i) => !got.has(i)).flatMap((i) => byCell[i]!);
  const loose = words.filter((w) => !cells.some((r) => centreIn(w, r)));
  return [...kept, ...fallback, ...loose, ...checked.map((w) => ({ ...w, page: 1 }))];
}

/**
 * A short value cell holding numbers on two or more lines is two rows run together (a row whose 任务N marker OCR
 * lost: 20 over 5 reads as 205): its digits get a confidence under OCR_UNSURE_BELOW, so the cell is flagged.
 */
function doubtStackedNumbers(words: OcrWord[], cells: readonly Region[]): OcrWord[] {
  const doubted = new Set<OcrWord>();
  for (const r of cells) {
    const ws = words.filter((w) => centreIn(w, r));
    const numbered = textLines(ws).filter((l) => l.words.some((w) => /\d/.test(w.text)));
    if (numbered.length >= 2 && isValueCell(ws.map((w) => w.text).join(''))) ws.forEach((w) => doubted.add(w));
  }
  return words.map((w) => (doubted.has(w) && /\d/.test(w.text) ? { ...w, conf: asDoubtful(w.conf) } : w));
}

/**
 * A value cell whose numbers the page read and the column read give differently (≥90% against ≥909%, or a number
 * where the page read saw none there): whichever the cell now holds, one reading was wrong or the rows were laid
 * out differently, so its digits get a confidence under OCR_UNSURE_BELOW and the cell is flagged for a person to
 * check against the scan.
 */
function doubtDisagreements(words: OcrWord[], pageRead: readonly OcrWord[], columnRead: readonly OcrWord[], cells: readonly Region[]): OcrWord[] {
  const numbers = (ws: readonly OcrWord[], r: Region) =>
    (
      ws
        .filter((w) => centreIn(w, r))
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((w) => w.text)
        .join('')
        .match(/\d+(?:\.\d+)?/g) ?? []
    ).join(' ');
  const doubted = new Set<OcrWord>();
  for (const r of cells) {
    const [a, b] = [numbers(pageRead, r), numbers(columnRead, r)];
    const ws = words.filter((w) => centreIn(w, r));
    if (b && a !== b && isValueCell(ws.map((w) => w.text).join(''))) ws.forEach((w) => doubted.add(w));
  }
  return words.map((w) => (doubted.has(w) && /\d/.test(w.text) ? { ...w, conf: asDoubtful(w.conf) } : w));
}

/** Ink worth reading: at least a digit's height and stroke, not a speck of JPEG noise. */
const MIN_INK_SIDE = 6;
const substantial = (r: Region) => r.y1 - r.y0 >= MIN_INK_SIDE && r.x1 - r.x0 >= 2;

/** Index into tables.flatMap(cellRegions) of row r, column c of table k. */
/** A pixel column with at most this many dark pixels over a table's band is blank (a JPEG speck or two). */
const INK_SPECKS = 2;

/** The page's ink, pixel column by pixel column over a band of rows (see InkColumns). */
function inkColumns(img: GrayImage, darkThreshold: number): InkColumns {
  return (x0, x1, y0, y1) => {
    const out = new Uint8Array(Math.max(0, x1 - x0));
    const [ya, yb] = [Math.max(0, Math.round(y0)), Math.min(img.height, Math.round(y1))];
    for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) {
      let n = 0;
      for (let y = ya; y < yb && n <= INK_SPECKS; y++) if (img.data[y * img.width + x]! < darkThreshold) n++;
      out[x - x0] = n > INK_SPECKS ? 1 : 0;
    }
    return out;
  };
}

/** Each column of a table, from its top to its bottom edge. */
function columnStrips(t: WordTable): Region[] {
  return t.xs.slice(1).map((x1, c) => ({ x0: t.xs[c]!, y0: t.ys[0]!, x1, y1: t.ys.at(-1)! }));
}

function clamp(r: Region, img: GrayImage): Region {
  const x0 = Math.max(0, r.x0);
  const y0 = Math.max(0, r.y0);
  return { x0, y0, x1: Math.max(x0, Math.min(img.width, r.x1)), y1: Math.max(y0, Math.min(img.height, r.y1)) };
}

/** Each cell of a table, a row's cells joined across the edges its text runs over (see WordTable.joins). */
function cellRegions(t: WordTable): { region: Region; first: boolean; spanning: boolean }[] {
  const out: { region: Region; first: boolean; spanning: boolean }[] = [];
  const joined = (r: number, edge: number) => (t.joins ?? []).some((j) => j.row === r && j.edge === edge);
  for (let r = 0; r + 1 < t.ys.length; r++)
    for (let c = 0; c + 1 < t.xs.length; ) {
      let end = c + 1;
      while (end + 1 < t.xs.length && joined(r, end)) end++;
      out.push({ region: { x0: t.xs[c]!, y0: t.ys[r]!, x1: t.xs[end]!, y1: t.ys[r + 1]! }, first: r === 0, spanning: end > c + 1 });
      c = end;
    }
  return out;
}

/**
 * r stretched to the band its words' characters take, the median top and bottom of their boxes (tesseract draws a
 * box over two lines now and then) with a margin of REACH_PAST of their median height.
 */
function around(r: Region, ws: readonly OcrWord[]): Region {
  const glyphs = ws.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  if (glyphs.length === 0) return r;
  const reach = REACH_PAST * median(glyphs.map((w) => w.height));
  return {
    ...r,
    y0: Math.min(r.y0, Math.floor(median(glyphs.map((w) => w.top)) - reach)),
    y1: Math.max(r.y1, Math.ceil(median(glyphs.map((w) => w.top + w.height)) + reach)),
  };
}

function shrink(r: Region, by: number): Region {
  return { x0: r.x0 + by, y0: r.y0 + by, x1: Math.max(r.x0 + by, r.x1 - by), y1: Math.max(r.y0 + by, r.y1 - by) };
}

function centreIn(w: OcrWord, r: Region): boolean {
  const cx = w.left + w.width / 2;
  const cy = w.top + w.height / 2;
  return cx >= r.x0 && cx < r.x1 && cy >= r.y0 && cy < r.y1;
}

const inside = (t: WordTable, w: OcrWord) => centreIn(w, { x0: t.xs[0]!, y0: t.ys[0]!, x1: t.xs.at(-1)!, y1: t.ys.at(-1)! });

/** The table's edges as one-pixel rulings, so the ruled-table builder makes its cells. */
function virtualRulings(t: WordTable): PixelRuling[] {
  // Inside a group label's merged cell the row edge is left out in its column: the grid builder makes it a rowspan.
  const open = (col: number, edge: number) => (t.spans ?? []).some((s) => s.col === col && s.first < edge && edge < s.last);
  const horizontal = (y: number, edge: number): PixelRuling[] => {
    const out: PixelRuling[] = [];
    for (let c = 0; c + 1 < t.xs.length; c++) {
      if (open(c, edge)) continue;
      const last = out.at(-1);
      if (last && last.x1 === t.xs[c]) last.x1 = t.xs[c + 1]!;
      else out.push({ x0: t.xs[c]!, y0: y, x1: t.xs[c + 1]!, y1: y, thickness: 1, band: [y, y] });
    }
    return out;
  };
  // A column edge a row's text runs across is left out in that row: the grid builder makes the cell a colspan.
  const vertical = (x: number, edge: number): PixelRuling[] => {
    const out: PixelRuling[] = [];
    for (let r = 0; r + 1 < t.ys.length; r++) {
      if ((t.joins ?? []).some((j) => j.row === r && j.edge === edge)) continue;
      const last = out.at(-1);
      if (last && last.y1 === t.ys[r]) last.y1 = t.ys[r + 1]!;
      else out.push({ x0: x, y0: t.ys[r]!, x1: x, y1: t.ys[r + 1]!, thickness: 1, band: [x, x] });
    }
    return out;
  };
  return [...t.ys.flatMap((y, edge) => horizontal(y, edge)), ...t.xs.flatMap((x, edge) => vertical(x, edge))];
}
