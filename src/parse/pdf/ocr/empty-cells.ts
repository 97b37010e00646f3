// A cell tesseract read nothing in though it holds a character's worth of ink (调整后预/算数, 权重 in a 200 dpi scan's
// header): read again with a wider white frame, which is what it lacked (checked by hand on such cells: the same
// pixels framed 24 px instead of 12 read whole).
import type { OcrWord } from './tesseract-tsv.ts';
import type { GrayImage } from './pgm.ts';
import type { Region } from './regions.ts';

/** Ink at least this tall and wide (inches) is a character, not a speck or a rule's stub. */
const CHARACTER_INCHES = 0.08;

/** The cells (indices into `inks`) that hold a character's worth of ink and got no word. */
export function unreadCells(inks: readonly Region[], words: readonly OcrWord[], dpi: number): number[] {
  const side = CHARACTER_INCHES * dpi;
  const read = new Set(words.map((w) => w.page - 1));
  return inks.flatMap((r, i) => (!read.has(i) && r.y1 - r.y0 >= side && r.x1 - r.x0 >= side ? [i] : []));
}

/** The words read again for those cells, as page k of the re-read is cell `cells[k - 1]`: numbered as the first read's. */
export function asFirstRead(words: readonly OcrWord[], cells: readonly number[]): OcrWord[] {
  return words.map((w) => ({ ...w, page: cells[w.page - 1]! + 1 }));
}

/**
 * The piece with its cell's darkest ink black and its paper white, the levels read from the cell's pixels on the page
 * (the piece's white frame is no paper): a grey scan's cell that tesseract read nothing in reads once stretched
 * (一级指标 on paper of ~215 at 200 dpi).
 */
export function stretched(piece: GrayImage, page: GrayImage, cell: Region): GrayImage {
  const values: number[] = [];
  for (let y = cell.y0; y < cell.y1; y++) for (let x = cell.x0; x < cell.x1; x++) values.push(page.data[y * page.width + x]!);
  values.sort((a, b) => a - b);
  const at = (share: number) => values[Math.min(values.length - 1, Math.floor(share * values.length))]!;
  const ink = at(INK_SHARE);
  const paper = at(PAPER_SHARE);
  if (values.length === 0 || paper - ink < MIN_CONTRAST) return piece;
  const scale = 255 / (paper - ink);
  return { ...piece, data: piece.data.map((v) => Math.max(0, Math.min(255, Math.round((v - ink) * scale)))) };
}

/** The share of a cell's pixels darker than its ink level, and than its paper level (a cell is mostly paper). */
const INK_SHARE = 0.02;
const PAPER_SHARE = 0.6;
/** Below this tone difference a cell has no ink to stretch. */
const MIN_CONTRAST = 40;
