// Runs that span two cells. pdfjs joins the glyphs of one content-stream line into one item, writing a space for
// a gap; where two cells of a table without rulings sit close, "效益指标 指标 13:" is one run across a column edge.
// Such a run is cut at a space whose estimated position lands on a place where runs of other lines start.
import { charEms, cluster } from './lines.ts';
import type { PageText } from './page-content.ts';
import { TEXT, UNRULED } from './settings.ts';

/** The page's runs with each run that crosses a column start (seen on other lines, or a vertical ruling) cut there. */
export function splitAtColumnStarts(texts: PageText[], h: number, borders: number[] = []): PageText[] {
  if (!texts.some((t) => /\S\s+\S/.test(t.text))) return texts;
  const leads = leadRuns(texts, h);
  const starts = [...borders, ...columnStarts(leads)].sort((a, b) => a - b);
  const fewer = [...borders, ...columnStarts(leads, UNRULED.splitMinStartsHan)].sort((a, b) => a - b);
  return texts.flatMap((t) => (/\S\s+\S/.test(t.text) ? split(t, starts, h, fewer) : [t]));
}

/** `texts` with each run cut at a space whose next word starts at one of `edges` (column edges known otherwise). */
export function splitAtEdges(texts: PageText[], edges: number[]): PageText[] {
  return texts.flatMap((t) => (/\S\s+\S/.test(t.text) ? split(t, edges, t.y1 - t.y0, edges) : [t]));
}

/**
 * The runs that start clear of the run before them on their line. pdfjs breaks one line of a cell into several
 * runs (年|底前|完成), and where a narrow column wraps alike on several lines those breaks line up: they start no
 * column, and cutting another line's "800 元" there would make its unit a cell of its own.
 */
function leadRuns(texts: PageText[], h: number): PageText[] {
  const touches = (u: PageText, t: PageText) =>
    u !== t && u.x0 < t.x0 && Math.abs(t.x0 - u.x1) <= h * TEXT.touching && Math.abs((u.y0 + u.y1 - t.y0 - t.y1) / 2) <= h * TEXT.sameLine;
  return texts.filter((t) => !texts.some((u) => touches(u, t)));
}

/** Places where at least UNRULED.splitMinStarts runs start (within UNRULED.columnSlack): column starts. */
export function columnStarts(texts: PageText[], min: number = UNRULED.splitMinStarts): number[] {
  const xs = texts.map((t) => t.x0);
  return cluster(xs, UNRULED.columnSlack).filter((x) => xs.filter((v) => v >= x && v <= x + UNRULED.columnSlack).length >= min);
}

const HAN = /\p{Script=Han}/u;

/** `t` cut at its spaces that land on a column start; a space between two Han characters needs `fewer` starts. */
function split(t: PageText, starts: number[], h: number, fewer: number[]): PageText[] {
  const chars = [...t.text];
  const natural = chars.map(charEms);
  const scale = (t.x1 - t.x0) / natural.reduce((a, b) => a + b, 0);
  const out: PageText[] = [];
  let from = 0;
  let x = t.x0;
  let pieceX0 = t.x0;
  for (let i = 0; i < chars.length; i++) {
    const next = x + natural[i]! * scale;
    // A word starts at i + 1 after a space: its estimated left edge is `next`.
    if (/\s/.test(chars[i]!) && i + 1 < chars.length && !/\s/.test(chars[i + 1]!)) {
      // The word starts inside the run, never at or beyond its end (an estimate near the right edge may snap there).
      // Chinese text sets no spaces: one between two Han characters is a gap between cells (标 经济成本指标).
      const between = HAN.test(chars[i - 1] ?? '') && HAN.test(chars[i + 1]!);
      const snap = (between ? fewer : starts).find((s) => Math.abs(s - next) <= h * UNRULED.splitSnap && s > pieceX0 + UNRULED.columnSlack && s < t.x1);
      if (snap !== undefined) {
        const text = chars.slice(from, i).join('').trimEnd();
        if (text) out.push({ ...t, text, x0: pieceX0, x1: Math.min(x, snap - h * UNRULED.minGutter * 2) });
        from = i + 1;
        pieceX0 = snap;
      }
    }
    x = next;
  }
  if (!out.length) return [t];
  out.push({ ...t, text: chars.slice(from).join(''), x0: pieceX0, x1: t.x1 });
  return out;
}
