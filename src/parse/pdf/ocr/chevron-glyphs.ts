// A comparison sign drawn as one chevron, with or without a foot leaning along its lower arm (⩾, as UMing and
// WenQuanYi set ≥ at a scan's size), which chi_sim reads as a character: ⩾ as 之 or 过, ⩽ as 乏 or 科, ＞ as 盖. The
// strokes tell it: an upper arm running one stroke a row from the left side to the point on the right, a lower arm
// running back, and the foot as a second stroke beside the lower arm.
import type { GrayImage } from './pgm.ts';
import type { Region } from './regions.ts';

type Run = [number, number];

/** Rows of the foot's second stroke, as a share of the glyph's height, that make the sign ≥/≤ rather than >/<. */
const FOOT_ROWS = 0.15;
/** A bare chevron's point stands within this share of its height of the middle. */
const POINT_MIDDLE = 0.15;
/** The upper arm starts within this share of the width from the open side. */
const ARM_START = 0.3;
/** Pixels an arm's edge may step back between rows (JPEG, binarising). */
const JITTER = 1;
/** An arm is a thin stroke: no row of it wider than this share of the glyph (a 5's top bar, a 7's, a 2's foot are). */
const STROKE_MAX = 0.45;
/** The upper arm crosses the glyph: at the point, its stroke starts past this share of the width. */
const ARM_REACH = 0.5;

/** ≥, ≤, > or < when the ink in r is a chevron (with a leaning foot for ≥/≤), else null. */
export function chevronShape(img: GrayImage, r: Region, dark: number): '≥' | '≤' | '>' | '<' | null {
  const rows = inkRuns(img, r, dark);
  if (rows.length < 6) return null;
  const x0 = Math.min(...rows.map((runs) => runs[0]![0]));
  const x1 = Math.max(...rows.map((runs) => runs.at(-1)![1]));
  const right = readChevron(
    rows.map((runs) => runs.map(([a, b]): Run => [a - x0, b - x0])),
    x1 - x0 + 1,
  );
  if (right) return right === 'foot' ? '≥' : '>';
  const mirrored = rows.map((runs) => runs.map(([a, b]): Run => [x1 - b, x1 - a]).reverse());
  const left = readChevron(mirrored, x1 - x0 + 1);
  return left ? (left === 'foot' ? '≤' : '<') : null;
}

/** A chevron pointing right in rows of runs (x from 0): 'foot' with a leaning foot, 'bare' without, else null. */
function readChevron(rows: Run[][], width: number): 'foot' | 'bare' | null {
  if (rows.some((runs) => runs.length > 2)) return null;
  // The point: rows of one stroke reaching the right side (the foot's top may reach it too, beside the lower arm).
  const tips = rows.flatMap((runs, i) => (runs.length === 1 && runs[0]![1] >= width - 1 - JITTER ? [i] : []));
  if (!tips.length) return null;
  const tip = Math.round(tips.reduce((a, b) => a + b, 0) / tips.length);
  const upper = rows.slice(0, tip + 1);
  // The upper arm: one stroke a row, from the open side, stepping towards the point.
  if (upper.length < 3 || upper.some((runs) => runs.length !== 1) || upper[0]![0]![0] > ARM_START * width) return null;
  if (upper.some((runs, i) => i > 0 && runs[0]![0] < upper[i - 1]![0]![0] - JITTER)) return null;
  if (upper.some((runs) => runs[0]![1] - runs[0]![0] + 1 > STROKE_MAX * width) || upper.at(-1)![0]![0] < ARM_REACH * width) return null;
  // The lower arm comes back to the open side.
  const lower = rows.slice(tip + 1);
  if (lower.length < 3 || Math.min(...lower.map((runs) => runs[0]![0])) > ARM_START * width) return null;
  if (lower.some((runs) => runs.some(([a, b]) => b - a + 1 > STROKE_MAX * width))) return null;
  const footRows = lower.filter((runs) => runs.length === 2).length;
  if (footRows >= FOOT_ROWS * rows.length) return 'foot';
  return footRows === 0 && Math.abs(tip / (rows.length - 1) - 0.5) <= POINT_MIDDLE ? 'bare' : null;
}

/** Each inked row's runs of ink, left to right; rows without ink are left out. */
function inkRuns(img: GrayImage, r: Region, dark: number): Run[][] {
  const rows: Run[][] = [];
  for (let y = r.y0; y < r.y1; y++) {
    const runs: Run[] = [];
    for (let x = r.x0; x < r.x1; x++) {
      if (img.data[y * img.width + x]! >= dark) continue;
      const last = runs.at(-1);
      if (last && last[1] === x - 1) last[1] = x;
      else runs.push([x, x]);
    }
    if (runs.length) rows.push(runs);
  }
  return rows;
}
