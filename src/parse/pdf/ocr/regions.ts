// The areas the rulings enclose (cells, spans included), found by flood fill on a coarse grid where borders are walls.
// Tesseract reads a table far better one cell at a time: on a whole page its line finder joins text across cells.
import type { GrayImage } from './pgm.ts';
import type { PixelRuling } from './rulings-from-raster.ts';

/** A pixel rectangle, right/bottom exclusive. */
export type Region = { x0: number; y0: number; x1: number; y1: number };

/** Coarse grid step in pixels: small gaps where borders cross or fade close up at this size. */
const DEFAULT_STEP = 4;
/** A region this small (in steps) across is a sliver between doubled borders, not a cell. */
const MIN_REGION_STEPS = 3;

/** Regions enclosed by rulings, in reading order; the open area around the table is not one of them. */
export function enclosedRegions(width: number, height: number, rulings: readonly PixelRuling[], step = DEFAULT_STEP): Region[] {
  const gw = Math.ceil(width / step);
  const gh = Math.ceil(height / step);
  const wall = new Uint8Array(gw * gh);
  for (const r of rulings) {
    const [b0, b1] = r.band;
    const horizontal = r.y0 === r.y1;
    const [x0, x1, y0, y1] = horizontal ? [r.x0, r.x1, b0, b1] : [b0, b1, r.y0, r.y1];
    for (let gy = Math.floor(y0 / step); gy <= Math.floor(y1 / step); gy++)
      for (let gx = Math.floor(x0 / step); gx <= Math.floor(x1 / step); gx++) wall[gy * gw + gx] = 1;
  }
  const label = new Int32Array(gw * gh).fill(-1);
  const regions: Region[] = [];
  const stack: number[] = [];
  for (let start = 0; start < gw * gh; start++) {
    if (wall[start] || label[start]! >= 0) continue;
    let [minX, minY, maxX, maxY] = [gw, gh, -1, -1];
    let open = false; // reaches the image edge: the area outside the table
    label[start] = regions.length;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      const gx = i % gw;
      const gy = (i - gx) / gw;
      minX = Math.min(minX, gx);
      maxX = Math.max(maxX, gx);
      minY = Math.min(minY, gy);
      maxY = Math.max(maxY, gy);
      if (gx === 0 || gy === 0 || gx === gw - 1 || gy === gh - 1) open = true;
      for (const j of [gx > 0 ? i - 1 : -1, gx < gw - 1 ? i + 1 : -1, gy > 0 ? i - gw : -1, gy < gh - 1 ? i + gw : -1]) {
        if (j < 0 || wall[j] || label[j]! >= 0) continue;
        label[j] = regions.length;
        stack.push(j);
      }
    }
    regions.push(
      open || maxX - minX + 1 < MIN_REGION_STEPS || maxY - minY + 1 < MIN_REGION_STEPS
        ? { x0: 0, y0: 0, x1: 0, y1: 0 }
        : { x0: minX * step, y0: minY * step, x1: Math.min(width, (maxX + 1) * step), y1: Math.min(height, (maxY + 1) * step) },
    );
  }
  return regions.filter((r) => r.x1 > r.x0).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Whether a region holds any ink worth sending to the OCR engine. */
export function hasInk(img: GrayImage, r: Region, darkThreshold = 160, minPixels = 12): boolean {
  let n = 0;
  for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) if (img.data[y * img.width + x]! < darkThreshold && ++n >= minPixels) return true;
  return false;
}

/**
 * The part of a region that holds ink, or null when it is blank. Tesseract drops the '1' of a lone "1.5" in a wide
 * empty cell and reads it in a tight crop, so cells are cut to their ink.
 */
export function inkBox(img: GrayImage, r: Region, darkThreshold = 160): Region | null {
  let [x0, y0, x1, y1] = [r.x1, r.y1, r.x0 - 1, r.y0 - 1];
  for (let y = r.y0; y < r.y1; y++) {
    const row = y * img.width;
    for (let x = r.x0; x < r.x1; x++) {
      if (img.data[row + x]! >= darkThreshold) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < x0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** The pixels of one region as an image of their own, framed by `pad` white pixels (tesseract misreads text touching the edge). */
export function crop(img: GrayImage, r: Region, pad = 0): GrayImage {
  const width = r.x1 - r.x0 + 2 * pad;
  const height = r.y1 - r.y0 + 2 * pad;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = r.y0; y < r.y1; y++) data.set(img.data.subarray(y * img.width + r.x0, y * img.width + r.x1), (y - r.y0 + pad) * width + pad);
  return { width, height, data };
}

/** A copy of the page with the given regions painted white: what is left is the text outside the table. */
export function blankRegions(img: GrayImage, regions: readonly Region[]): GrayImage {
  const data = img.data.slice();
  for (const r of regions) for (let y = r.y0; y < r.y1; y++) data.fill(255, y * img.width + r.x0, y * img.width + r.x1);
  return { width: img.width, height: img.height, data };
}

/** A row with fewer dark pixels than this is blank: a JPEG speck or two is no text. */
const BAND_ROW_INK = 3;
/** A band with fewer dark pixels than this is noise, not a line of text. */
const BAND_MIN_INK = 40;

/**
 * The bands of rows that hold ink, each cut to its ink, top to bottom; bands less than `gap` rows apart are one.
 * The text outside a table (title, notes) is read as these pieces instead of as one mostly blank page: tesseract
 * then needs no page layout analysis and reads it in the same run as the cells.
 */
export function inkBands(img: GrayImage, darkThreshold: number, gap: number): Region[] {
  const rows = new Int32Array(img.height);
  for (let y = 0; y < img.height; y++) {
    let n = 0;
    for (let x = y * img.width, end = x + img.width; x < end; x++) if (img.data[x]! < darkThreshold) n++;
    rows[y] = n;
  }
  const bands: Region[] = [];
  let start = -1;
  let last = -1;
  let ink = 0;
  const close = () => {
    const box = ink >= BAND_MIN_INK ? inkBox(img, { x0: 0, y0: start, x1: img.width, y1: last + 1 }, darkThreshold) : null;
    if (box) bands.push(box);
  };
  for (let y = 0; y < img.height; y++) {
    if (rows[y]! < BAND_ROW_INK) continue;
    if (start >= 0 && y - last > gap) {
      close();
      start = -1;
      ink = 0;
    }
    if (start < 0) start = y;
    last = y;
    ink += rows[y]!;
  }
  if (start >= 0) close();
  return bands;
}
