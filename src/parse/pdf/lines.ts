// Merging ruling segments and clustering coordinates: the arithmetic the table builders share.
import type { Ruling } from './page-content.ts';
import { RULED } from './settings.ts';

/** Two coordinates closer than this are the same border (a line drawn twice, a half-point offset). */
export const SNAP: number = RULED.snap;

export type HLine = { y: number; x0: number; x1: number };
export type VLine = { x: number; y0: number; y1: number };

/** Horizontal and vertical lines, collinear pieces joined into one line. */
export function splitRulings(rulings: Ruling[]): { h: HLine[]; v: VLine[] } {
  const h = rulings.filter((r) => r.y0 === r.y1).map((r) => ({ pos: r.y0, a: r.x0, b: r.x1 }));
  const v = rulings.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1).map((r) => ({ pos: r.x0, a: r.y0, b: r.y1 }));
  return {
    h: joinCollinear(h).map((s) => ({ y: s.pos, x0: s.a, x1: s.b })),
    v: joinCollinear(v).map((s) => ({ x: s.pos, y0: s.a, y1: s.b })),
  };
}

type Seg = { pos: number; a: number; b: number };

function joinCollinear(segs: Seg[]): Seg[] {
  const sorted = [...segs].sort((p, q) => p.pos - q.pos || p.a - q.a);
  const out: Seg[] = [];
  for (const s of sorted) {
    const same = [...out].reverse().find((o) => Math.abs(o.pos - s.pos) <= SNAP && s.a <= o.b + SNAP && s.b >= o.a - SNAP);
    if (same) {
      same.a = Math.min(same.a, s.a);
      same.b = Math.max(same.b, s.b);
    } else out.push({ ...s });
  }
  return out;
}

/** Sorted distinct values, values within `tolerance` of the previous one folded into it. */
export function cluster(values: number[], tolerance = SNAP): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length && v - out[out.length - 1]! <= tolerance) continue;
    out.push(v);
  }
  return out;
}

/** Index of the band [edges[i], edges[i+1]) holding `v`, or -1 outside. */
export function band(edges: number[], v: number): number {
  if (v < edges[0]! || v > edges[edges.length - 1]!) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The typical height of a page's text (the median run height): the unit every tolerance is measured in. */
export const textHeight = (texts: readonly { y0: number; y1: number }[]): number => median(texts.map((t) => t.y1 - t.y0));

/** A character set full width: CJK, its punctuation and the full-width forms. */
export const WIDE_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Natural width of a character in ems, near enough to share a run's width out among its characters. */
export const charEms = (ch: string): number => (WIDE_CHAR.test(ch) ? 1 : 0.5);

/** The middle value of the finite ones (the upper middle of an even count), NaN when there is none. */
export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
}
