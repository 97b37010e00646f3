// Skew of a scanned page, estimated from its own ink and undone before anything reads it: a page fed 1.2° askew puts
// the right end of a table line 25 px lower than its left end at 200 dpi, which splits rows and merges columns.
import { OCR } from '../settings.ts';
import type { GrayImage } from './pgm.ts';

export type SkewOptions = {
  /** Largest skew searched for, in degrees either way. */
  maxDegrees?: number;
  /** A pixel darker than this (0–255) is ink. */
  darkThreshold?: number;
};

/** Scans are fed by hand or by a feeder: a few degrees at most; beyond 5° a page is rotated, not skewed. */
const MAX_DEGREES = 5;
const DARK = 160;
/** The estimate works on a page reduced to about this width: text lines stay distinct, and it takes milliseconds. */
const WORK_WIDTH = 800;
/** Coarse search step, then a fine one around the best coarse angle (degrees). */
const COARSE_STEP = 0.25;
const FINE_STEP = 0.025;
/** Ink with ink this far (the page's width / FILL_REACH, about 1 mm) on all four sides lies inside a filled area. */
const FILL_REACH = 200;
/** Below this the page is left as it is: resampling blurs strokes for no gain (0.05° is 1.5 px over 1700 px). */
export const MIN_CORRECTION = 0.05;

/**
 * The page's skew in degrees (positive: text lines fall to the right, as y grows downward), by the projection
 * profile: sheared at the right angle, ink rows pile up into sharp peaks (text lines, borders), and the sum of the
 * squared row counts is largest.
 */
export function estimateSkew(img: GrayImage, options: SkewOptions = {}): number {
  const max = options.maxDegrees ?? MAX_DEGREES;
  const dark = options.darkThreshold ?? DARK;
  const f = Math.max(1, Math.ceil(img.width / WORK_WIDTH));
  const px: number[] = [];
  const py: number[] = [];
  // Every f-th row and column of ink: enough points, and a reduced page keeps the row profile's resolution at f px.
  // Ink inside a filled area (a scanner's dark edge along the page, a black box) is no line of the page: its mass
  // would pile up at whatever angle its edge runs.
  const t = Math.max(2, Math.round(img.width / FILL_REACH));
  const inked = (x: number, y: number) => x < 0 || y < 0 || x >= img.width || y >= img.height || img.data[y * img.width + x]! < dark;
  for (let y = 0; y < img.height; y += f) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x += f)
      if (img.data[row + x]! < dark && !(inked(x - t, y) && inked(x + t, y) && inked(x, y - t) && inked(x, y + t))) {
        px.push(x);
        py.push(y);
      }
  }
  if (px.length === 0) return 0;
  const [xs, ys] = [Int32Array.from(px), Int32Array.from(py)];
  const score = (deg: number) => profileScore(xs, ys, Math.tan((deg * Math.PI) / 180), f, img.width, img.height);
  const coarse: { d: number; s: number }[] = [];
  for (let d = -max; d <= max + 1e-9; d += COARSE_STEP) coarse.push({ d, s: score(d) });
  const top = Math.max(...coarse.map((c) => c.s));
  // Rows of one pitch in columns side by side line up again at a wrong angle, where one column's lines have moved
  // a line's pitch against the next (an indicator page: 1.45° read for −1.2°). Of the row profile's peaks that
  // nearly tie, the one whose columns stand straightest (the column profile, pixels sheared across) is the skew.
  const peaks = coarse.filter((c, i) => c.s >= OCR.skewAliasShare * top && c.s >= (coarse[i - 1]?.s ?? 0) && c.s >= (coarse[i + 1]?.s ?? 0));
  const columns = (deg: number) => columnScore(xs, ys, Math.tan((deg * Math.PI) / 180), f, img.width, img.height);
  const chosen = peaks.length > 1 ? peaks.reduce((m, c) => (columns(c.d) > columns(m.d) ? c : m)) : coarse.find((c) => c.s === top)!;
  let best = chosen.d;
  let bestScore = chosen.s;
  const center = best;
  for (let d = center - COARSE_STEP; d <= center + COARSE_STEP + 1e-9; d += FINE_STEP) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 1000) / 1000;
}

/** Sum of squared ink counts per row band after shearing by `t` (tan of the angle): peaky profiles score high. */
function profileScore(xs: Int32Array, ys: Int32Array, t: number, bin: number, width: number, height: number): number {
  const shift = Math.ceil(Math.abs(t) * width) + 1; // a sheared row may move this far up
  const counts = new Int32Array(Math.ceil((height + 2 * shift) / bin) + 1);
  for (let i = 0; i < xs.length; i++) counts[Math.floor((ys[i]! - xs[i]! * t + shift) / bin)]!++;
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i]! * counts[i]!;
  return s;
}

/**
 * Sum of squared ink counts per pixel column band after shearing by `t` the other way (a vertical line askew by the
 * angle leans left as y grows): a table's cell edges and left-aligned text pile up into peaks when straight.
 */
function columnScore(xs: Int32Array, ys: Int32Array, t: number, bin: number, width: number, height: number): number {
  const shift = Math.ceil(Math.abs(t) * height) + 1;
  const counts = new Int32Array(Math.ceil((width + 2 * shift) / bin) + 1);
  for (let i = 0; i < xs.length; i++) counts[Math.floor((xs[i]! + ys[i]! * t + shift) / bin)]!++;
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i]! * counts[i]!;
  return s;
}

/**
 * The page rotated by −`degrees` about its centre (undoing a skew `estimateSkew` measured), same size, uncovered
 * corners white. Bilinear: nearest-neighbour stair-steps thin strokes that tesseract then misreads.
 */
export function rotate(img: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = img;
  const out = new Uint8Array(width * height).fill(255);
  const a = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const [cx, cy] = [width / 2, height / 2];
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // Source of output pixel (x, y): rotate it forward by the skew.
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bottom = data[i + width]! * (1 - fx) + data[i + width + 1]! * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/** Estimate the skew and undo it; the page comes back untouched when it is straight enough. */
export function deskew(img: GrayImage, options: SkewOptions = {}): { img: GrayImage; degrees: number } {
  const degrees = estimateSkew(img, options);
  return Math.abs(degrees) < MIN_CORRECTION ? { img, degrees } : { img: rotate(img, degrees), degrees };
}
