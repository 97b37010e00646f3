// The areas the rulings enclose (cells, spans included), found by flood fill on a coarse grid where borders are walls.
// Tesseract reads a table far better one cell at a time: on a whole page its line finder joins text across cells.
import { OCR } from '../settings.ts';
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

/**
 * The part of a region that holds text, or null when it holds none: the box of its ink blots (8-connected) larger
 * than `speckPixels`, with the small ones near them (a decimal point, the dots of 任务1:.....). A speck of dust or
 * noise away from the text would widen the box (tesseract read a lone 58 with a speck at the cell's far side as
 * SYSB) or, alone, make an empty cell look written in; small blots in a row of their own (.....) are text.
 */
export function textBox(img: GrayImage, r: Region, darkThreshold: number, speckPixels: number): Region | null {
  const blots = inkBlots(img, r, darkThreshold);
  const big = blots.filter((b) => b.n > speckPixels);
  const small = blots.filter((b) => b.n <= speckPixels);
  if (big.length === 0) {
    // Dots in a line: a placeholder's ..... (specks lie anywhere).
    const ys = small.map((b) => (b.box.y0 + b.box.y1) / 2);
    const inLine = small.length >= OCR.dotsInLine && Math.max(...ys) - Math.min(...ys) <= Math.max(...small.map((b) => b.box.y1 - b.box.y0)) * 2;
    return inLine ? small.map((b) => b.box).reduce(union) : null;
  }
  let box = big.map((b) => b.box).reduce(union);
  // Near: within a character's height of the text (or of a dot already taken).
  const near = Math.max(2, Math.max(...big.map((b) => b.box.y1 - b.box.y0)));
  const rest = new Set(small);
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of rest) {
      if (gapBetween(box, b.box) > near) continue;
      box = union(box, b.box);
      rest.delete(b);
      grew = true;
    }
  }
  return box;
}

type Blot = { n: number; box: Region };

/** The region's 8-connected blots of ink, with their pixel counts and boxes. */
function inkBlots(img: GrayImage, r: Region, darkThreshold: number): Blot[] {
  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  if (w <= 0 || h <= 0) return [];
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const dark = (x: number, y: number) => img.data[(r.y0 + y) * img.width + r.x0 + x]! < darkThreshold;
  const blots: Blot[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (seen[y * w + x] || !dark(x, y)) continue;
      seen[y * w + x] = 1;
      stack.push(y * w + x);
      let [n, bx0, by0, bx1, by1] = [0, x, y, x, y];
      while (stack.length > 0) {
        const i = stack.pop()!;
        const [px, py] = [i % w, Math.floor(i / w)];
        n++;
        [bx0, by0, bx1, by1] = [Math.min(bx0, px), Math.min(by0, py), Math.max(bx1, px), Math.max(by1, py)];
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const [qx, qy] = [px + dx, py + dy];
            if (qx < 0 || qy < 0 || qx >= w || qy >= h || seen[qy * w + qx] || !dark(qx, qy)) continue;
            seen[qy * w + qx] = 1;
            stack.push(qy * w + qx);
          }
        }
      }
      blots.push({ n, box: { x0: r.x0 + bx0, y0: r.y0 + by0, x1: r.x0 + bx1 + 1, y1: r.y0 + by1 + 1 } });
    }
  }
  return blots;
}

const union = (a: Region, b: Region): Region => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });
/** The larger of the two axis gaps between two boxes (0 when they overlap on both). */
const gapBetween = (a: Region, b: Region) => Math.max(0, b.x0 - a.x1, a.x0 - b.x1, b.y0 - a.y1, a.y0 - b.y1);

/**
 * A cell's text lines, top to bottom, as row bands [y0, y1): parted by at least OCR.lineGapRows blank rows, a band
 * much lower than the tallest (a speck's row, a stray dot) joined to the one before.
 */
export function textLines(img: GrayImage, box: Region, darkThreshold: number): Array<[number, number]> {
  const bands: Array<[number, number]> = [];
  let start = -1;
  let blank = 0;
  for (let y = box.y0; y < box.y1; y++) {
    let n = 0;
    for (let x = y * img.width + box.x0, end = y * img.width + box.x1; x < end && n <= 1; x++) if (img.data[x]! < darkThreshold) n++;
    if (n > 1) {
      if (start < 0) start = y;
      else if (blank >= OCR.lineGapRows) {
        bands.push([start, y - blank]);
        start = y;
      }
      blank = 0;
    } else if (start >= 0) blank++;
  }
  if (start >= 0) bands.push([start, box.y1 - blank]);
  const tallest = Math.max(0, ...bands.map(([a, b]) => b - a));
  const lines: Array<[number, number]> = [];
  for (const band of bands) {
    const prev = lines.at(-1);
    if (prev && (band[1] - band[0] < OCR.lineMinShare * tallest || prev[1] - prev[0] < OCR.lineMinShare * tallest)) prev[1] = band[1];
    else lines.push([...band]);
  }
  return lines;
}

/**
 * A cell's pixels with its text lines set further apart (at least OCR.lineSpread of a line's height between them),
 * framed by `pad` white pixels, and the map from the image's rows back to the page's. Tesseract's line finder took a
 * wrapped cell's short last line (工 | 作) for part of the line above and read the pair as garbage (人); read alone,
 * a one-character line is garbage too (费 → 2), so the cell stays one image and only its line gaps widen.
 */
export function spreadLines(img: GrayImage, box: Region, darkThreshold: number, pad: number): { img: GrayImage; pageY: (y: number) => number } {
  const found = textLines(img, box, darkThreshold);
  const lines: Array<[number, number]> = found.length > 0 ? found : [[box.y0, box.y1]];
  const height = Math.max(1, ...lines.map(([a, b]) => b - a));
  const want = Math.round(OCR.lineSpread * height);
  // Each line's band of rows, from the end of the gap before it (the box's top for the first) to its own end.
  const pieces = lines.map(([, y1], i) => ({
    y0: i === 0 ? box.y0 : lines[i - 1]![1],
    y1: i === lines.length - 1 ? box.y1 : y1,
    gap: i === 0 ? 0 : lines[i]![0] - lines[i - 1]![1],
  }));
  const extra = pieces.map((p) => (p.gap > 0 && p.gap < want ? want - p.gap : 0));
  const width = box.x1 - box.x0 + 2 * pad;
  const total = box.y1 - box.y0 + 2 * pad + extra.reduce((a, b) => a + b, 0);
  const data = new Uint8Array(width * total).fill(255);
  const starts: Array<{ at: number; page: number }> = [];
  let at = pad;
  pieces.forEach((p, i) => {
    at += extra[i]!;
    starts.push({ at, page: p.y0 });
    for (let y = p.y0; y < p.y1; y++) data.set(img.data.subarray(y * img.width + box.x0, y * img.width + box.x1), (at + y - p.y0) * width + pad);
    at += p.y1 - p.y0;
  });
  const pageY = (y: number) => {
    const s = [...starts].reverse().find((q) => q.at <= y) ?? { at: pad, page: box.y0 };
    return s.page + y - s.at;
  };
  return { img: { width, height: total, data }, pageY };
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
export function inkBands(img: GrayImage, darkThreshold: number, gap: number, speckPixels = 0): Region[] {
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
    const box = ink >= BAND_MIN_INK ? textBox(img, { x0: 0, y0: start, x1: img.width, y1: last + 1 }, darkThreshold, speckPixels) : null;
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
