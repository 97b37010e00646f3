// Table borders found in a scanned page: long, thin runs of dark pixels, so scans reach the same ruling-based grid builder.
import { OCR } from '../settings.ts';
import type { GrayImage } from './pgm.ts';

/** A detected ruling in pixels: horizontal when y0 === y1 (the band's weighted centre), vertical when x0 === x1. */
export type PixelRuling = {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Mean stroke width in pixels. */
  thickness: number;
  /** The pixel band it occupies across its direction (rows for a horizontal ruling, columns for a vertical one). */
  band: [number, number];
};

export type RulingOptions = {
  /** A pixel darker than this (0–255) is ink. */
  darkThreshold?: number;
  /** Shortest horizontal run that can be a border; must exceed the longest stroke of a character. */
  minHorizontal?: number;
  /** Shortest vertical run; lower than horizontal because a one-line row is short. */
  minVertical?: number;
  /** Thicker bands are filled areas (shading, black boxes), not borders. */
  maxThickness?: number;
  /** Light pixels tolerated inside one run (scan noise, broken toner). */
  maxGap?: number;
  /** Collinear pieces this close are one ruling (borders broken at a crossing or by a faint patch). */
  joinGap?: number;
  /** A vertical ruling must come this close to a horizontal one, or it is a stroke of large text. */
  touchTolerance?: number;
  /** Collinear pieces this far apart are one ruling broken in print, unless a ruling across stands at the gap's end. */
  brokenGap?: number;
};

/** Defaults for a 300 dpi page; `rulingOptionsForDpi` scales them. */
const AT_300_DPI: Required<RulingOptions> = {
  darkThreshold: 160,
  minHorizontal: 100,
  minVertical: 60,
  maxThickness: 12,
  maxGap: 2,
  joinGap: 12,
  touchTolerance: 6,
  brokenGap: 45,
};
/** Gaps between two long pieces of one broken ruling span at most this many of brokenGap (short pieces between). */
const BROKEN_SPAN = 4;
/** Pieces of a broken ruling down to this fraction of a ruling's least length are mended into it. */
const BROKEN_PIECE_SHARE = 4;
/** A horizontal line this much longer than the minimum stands on its own (three-line tables have no verticals). */
const LONE_HORIZONTAL_FACTOR = 3;

/** Detection thresholds in pixels for a page rendered at `dpi`. */
export function rulingOptionsForDpi(dpi: number): Required<RulingOptions> {
  const k = dpi / 300;
  const px = (v: number, min: number) => Math.max(min, Math.round(v * k));
  return {
    darkThreshold: AT_300_DPI.darkThreshold,
    minHorizontal: px(AT_300_DPI.minHorizontal, 20),
    minVertical: px(AT_300_DPI.minVertical, 12),
    maxThickness: px(AT_300_DPI.maxThickness, 2),
    maxGap: px(AT_300_DPI.maxGap, 1),
    joinGap: px(AT_300_DPI.joinGap, 3),
    touchTolerance: px(AT_300_DPI.touchTolerance, 2),
    brokenGap: px(AT_300_DPI.brokenGap, 10),
  };
}

/** Find horizontal and vertical borders in a grayscale page. */
export function detectRulings(img: GrayImage, options: RulingOptions = {}): PixelRuling[] {
  const o = { ...AT_300_DPI, ...options };
  const hs1 = bridge(join(scan(img, true, o.minHorizontal, o), o), img, true, o);
  const vs1 = bridge(join(scan(img, false, o.minVertical, o), o), img, false, o);
  const short = (horizontal: boolean, min: number) =>
    join(scan(img, horizontal, Math.round(min / BROKEN_PIECE_SHARE), o), o).filter((l) => l.p1 - l.p0 + 1 < min);
  const [hs0, vs0] = [mend(hs1, () => short(true, o.minHorizontal), vs1, o), mend(vs1, () => short(false, o.minVertical), hs1, o)];
  const hs = hs0.map((h) => reach(h, vs0, img, true, o));
  const vs = vs0.map((v) => reach(v, hs0, img, false, o));
  const near = (v: Line, h: Line) =>
    h.at >= v.p0 - o.touchTolerance && h.at <= v.p1 + o.touchTolerance && v.at >= h.p0 - o.touchTolerance && v.at <= h.p1 + o.touchTolerance;
  const keptV = vs.filter((v) => hs.some((h) => near(v, h)));
  const keptH = hs.filter((h) => h.p1 - h.p0 + 1 >= LONE_HORIZONTAL_FACTOR * o.minHorizontal || keptV.some((v) => near(v, h)));
  return [...keptH.map((h) => toRuling(h, true)), ...keptV.map((v) => toRuling(v, false))];
}

/** A copy of the page with the rulings' bands painted white, so tesseract does not read borders as '|' or '一'. */
export function eraseRulings(img: GrayImage, rulings: readonly PixelRuling[]): GrayImage {
  const data = img.data.slice();
  for (const r of rulings) {
    const horizontal = r.y0 === r.y1;
    const [b0, b1] = r.band;
    const [p0, p1] = horizontal ? [r.x0, r.x1] : [r.y0, r.y1];
    for (let b = Math.max(0, b0 - 1); b <= b1 + 1; b++) {
      for (let p = p0; p <= p1; p++) {
        const x = horizontal ? p : b;
        const y = horizontal ? b : p;
        if (x < img.width && y < img.height) data[y * img.width + x] = 255;
      }
    }
  }
  return { width: img.width, height: img.height, data };
}

/** A segment along `p` at cross position `at` (weighted centre of its band [b0, b1]); `ink` counts its dark pixels. */
type Line = { at: number; p0: number; p1: number; b0: number; b1: number; ink: number };
type Open = Line & { sumAt: number; lastB: number; lastP0: number; lastP1: number };

function scan(img: GrayImage, horizontal: boolean, minLength: number, o: Required<RulingOptions>): Line[] {
  const { width, height, data } = img;
  const [outer, inner] = horizontal ? [height, width] : [width, height];
  const [strideB, strideP] = horizontal ? [width, 1] : [1, width];
  const done: Open[] = [];
  let open: Open[] = [];
  for (let b = 0; b < outer; b++) {
    let start = -1;
    let last = -1;
    let ink = 0;
    const emit = () => {
      if (start >= 0 && last - start + 1 >= minLength) extend(open, b, start, last, ink);
      start = -1;
      ink = 0;
    };
    for (let p = 0; p < inner; p++) {
      if (data[b * strideB + p * strideP]! < o.darkThreshold) {
        if (start < 0) start = p;
        last = p;
        ink++;
      } else if (start >= 0 && p - last > o.maxGap) emit();
    }
    emit();
    // Bands not continued on this row/column are finished.
    const still: Open[] = [];
    for (const s of open) (s.lastB === b ? still : done).push(s);
    open = still;
  }
  done.push(...open);
  return done.map(finish).filter((l) => l.ink / (l.p1 - l.p0 + 1) <= o.maxThickness);
}

function extend(open: Open[], b: number, p0: number, p1: number, ink: number): void {
  const len = p1 - p0 + 1;
  for (const s of open) {
    if (s.lastB !== b - 1 && s.lastB !== b) continue;
    const overlap = Math.min(p1, s.lastP1) - Math.max(p0, s.lastP0) + 1;
    if (overlap < 0.5 * Math.min(len, s.lastP1 - s.lastP0 + 1)) continue;
    if (s.lastB === b) {
      s.lastP0 = Math.min(s.lastP0, p0);
      s.lastP1 = Math.max(s.lastP1, p1);
    } else {
      s.lastP0 = p0;
      s.lastP1 = p1;
    }
    s.lastB = b;
    s.b1 = b;
    s.p0 = Math.min(s.p0, p0);
    s.p1 = Math.max(s.p1, p1);
    s.ink += ink;
    s.sumAt += b * ink;
    return;
  }
  open.push({ at: b, p0, p1, b0: b, b1: b, ink, sumAt: b * ink, lastB: b, lastP0: p0, lastP1: p1 });
}

function finish(s: Open): Line {
  return { at: s.sumAt / s.ink, p0: s.p0, p1: s.p1, b0: s.b0, b1: s.b1, ink: s.ink };
}

/** Join collinear pieces: same cross position (within the stroke width) and a small gap along. */
function join(lines: Line[], o: Required<RulingOptions>): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.p0 - b.p0);
  const out: Line[] = [];
  for (const l of sorted) {
    const prev = out.find((q) => Math.abs(q.at - l.at) <= o.maxThickness / 2 + 1 && l.p0 - q.p1 <= o.joinGap && q.p0 - l.p1 <= o.joinGap);
    if (!prev) {
      out.push({ ...l });
      continue;
    }
    prev.at = (prev.at * prev.ink + l.at * l.ink) / (prev.ink + l.ink);
    prev.p0 = Math.min(prev.p0, l.p0);
    prev.p1 = Math.max(prev.p1, l.p1);
    prev.b0 = Math.min(prev.b0, l.b0);
    prev.b1 = Math.max(prev.b1, l.b1);
    prev.ink += l.ink;
  }
  return out.sort((a, b) => a.at - b.at || a.p0 - b.p0);
}

/**
 * Join collinear pieces across a longer gap where the raster shows the line going on fainter there: a border printed
 * thin or with less toner across one column (cut there, that column's cells merge down the table). Along the whole
 * gap, piece by piece, the line's band is darker than the paper beside it by OCR.faintLineDip; text crossing the gap
 * does not make such a line.
 */
function bridge(lines: Line[], img: GrayImage, horizontal: boolean, o: Required<RulingOptions>): Line[] {
  return joinAlong(lines, o, Infinity, (prev, l) => faintBetween(img, horizontal, prev, l, o));
}

/**
 * Each line joined to the nearest collinear one before it (no further than `gap` along) where `joins` says so. Taken
 * along the line: pieces at a cross position a pixel apart would otherwise come in the wrong order.
 */
function joinAlong<T extends Line>(
  lines: T[],
  o: Required<RulingOptions>,
  gap: number,
  joins: (prev: T, l: T) => boolean,
  absorb?: (prev: T, l: T) => void,
): T[] {
  const out: T[] = [];
  for (const l of [...lines].sort((a, b) => a.p0 - b.p0)) {
    const prev = out.filter((q) => collinearBefore(q, l, o, gap)).sort((a, b) => b.p1 - a.p1)[0];
    if (!prev || !joins(prev, l)) {
      out.push({ ...l });
      continue;
    }
    prev.p1 = Math.max(prev.p1, l.p1);
    prev.b0 = Math.min(prev.b0, l.b0);
    prev.b1 = Math.max(prev.b1, l.b1);
    prev.ink += l.ink;
    absorb?.(prev, l);
  }
  return out.sort((a, b) => a.at - b.at || a.p0 - b.p0);
}

/** Whether `q` ends before `l` starts, at most `gap` before it, on the same line (within half a stroke's width). */
const collinearBefore = (q: Line, l: Line, o: Required<RulingOptions>, gap: number) =>
  Math.abs(q.at - l.at) <= o.maxThickness / 2 + 1 && l.p0 > q.p1 && l.p0 - q.p1 <= gap;

/**
 * Join collinear pieces across a gap with no ink at all, where no ruling across ends the piece on either side: a
 * border printed broken (worn toner, a dashed rule), whose pieces would cut the cells along it apart. A gap that ends
 * at a ruling across is a merged cell the border stops at, and stays.
 */
function mend(lines: Line[], piecesOf: () => Line[], across: Line[], o: Required<RulingOptions>): Line[] {
  type Mended = Line & { longs: Line[] };
  // A page whose long pieces have no collinear neighbour within a few gaps has no broken line: the short pieces (a
  // scan of the whole page) are not looked for.
  if (!lines.some((l) => lines.some((q) => collinearBefore(q, l, o, BROKEN_SPAN * o.brokenGap)))) return lines;
  const pieces = piecesOf();
  const crossedAt = (p: number, at: number) =>
    across.some((c) => Math.abs(c.at - p) <= o.touchTolerance + o.maxThickness / 2 && c.p0 - o.touchTolerance <= at && c.p1 + o.touchTolerance >= at);
  const all: Mended[] = [...lines.map((l) => ({ ...l, longs: [l] })), ...pieces.map((l) => ({ ...l, longs: [] }))];
  const out = joinAlong(
    all,
    o,
    o.brokenGap,
    (prev, l) => !crossedAt(prev.p1, l.at) && !crossedAt(l.p0, l.at),
    (prev, l) => prev.longs.push(...l.longs),
  );
  // Short pieces only fill gaps between long ones, or run a mended line on to the ruling across its end (the
  // table's border): alone, or run on from one long piece, they are strokes of text (a bold title's, stacked).
  const trimmed = ({ longs, ...l }: Mended): Line => ({
    ...l,
    p0: crossedAt(l.p0, l.at) ? l.p0 : Math.min(...longs.map((q) => q.p0)),
    p1: crossedAt(l.p1, l.at) ? l.p1 : Math.max(...longs.map((q) => q.p1)),
  });
  return out.flatMap((l) => (l.longs.length > 1 ? [trimmed(l)] : l.longs)).sort((a, b) => a.at - b.at || a.p0 - b.p0);
}

/**
 * A line stopped short of the ruling across its end (the last row's vertical printed thin down to the table's
 * bottom border) runs on to it where the raster shows it going on fainter (as in bridge).
 */
function reach(l: Line, across: Line[], img: GrayImage, horizontal: boolean, o: Required<RulingOptions>): Line {
  // Where it meets a ruling at its end it may still go on (a T of the row's border), so the next one is tried too.
  const crossing = across.filter((c) => c.p0 - o.touchTolerance <= l.at && c.p1 + o.touchTolerance >= l.at);
  const point = (p: number): Line => ({ ...l, p0: p, p1: p });
  let { p0, p1 } = l;
  const next = crossing.filter((c) => c.at > p1 + o.touchTolerance).sort((a, b) => a.at - b.at)[0];
  if (next && faintBetween(img, horizontal, l, point(Math.round(next.at)), o)) p1 = Math.round(next.at);
  const prev = crossing.filter((c) => c.at < p0 - o.touchTolerance).sort((a, b) => b.at - a.at)[0];
  if (prev && faintBetween(img, horizontal, point(Math.round(prev.at)), l, o)) p0 = Math.round(prev.at);
  return p0 === l.p0 && p1 === l.p1 ? l : { ...l, p0, p1 };
}

/**
 * Whether a faint line runs from `q`'s end to `l`'s start (see bridge). Where something dark lies beside the line
 * (a ruling crossing or ending there), nothing is judged: it is no evidence either way.
 */
function faintBetween(img: GrayImage, horizontal: boolean, q: Line, l: Line, o: Required<RulingOptions>): boolean {
  const at = Math.round((q.at + l.at) / 2);
  const off = o.maxThickness + 2;
  const px = (b: number, p: number) => (horizontal ? img.data[b * img.width + p]! : img.data[p * img.width + b]!);
  const limit = horizontal ? img.height : img.width;
  if (at - off - 1 < 0 || at + off + 1 >= limit) return false;
  for (let p0 = q.p1 + 1; p0 < l.p0; p0 += OCR.faintLineStep) {
    const p1 = Math.min(l.p0 - 1, p0 + OCR.faintLineStep - 1);
    const open: number[] = [];
    for (let p = p0; p <= p1; p++) if (px(at - off, p) >= o.darkThreshold && px(at + off, p) >= o.darkThreshold) open.push(p);
    if (open.length * 2 < p1 - p0 + 1) continue;
    const mean = (b: number) => open.reduce((sum, p) => sum + px(b, p), 0) / open.length;
    const line = Math.min(mean(at - 1), mean(at), mean(at + 1));
    const paper = Math.min(mean(at - off), mean(at + off));
    if (paper - line < OCR.faintLineDip) return false;
  }
  return true;
}

function toRuling(l: Line, horizontal: boolean): PixelRuling {
  const at = Math.round(l.at * 10) / 10;
  const thickness = Math.round((l.ink / (l.p1 - l.p0 + 1)) * 10) / 10;
  return horizontal
    ? { x0: l.p0, y0: at, x1: l.p1, y1: at, thickness, band: [l.b0, l.b1] }
    : { x0: at, y0: l.p0, x1: at, y1: l.p1, thickness, band: [l.b0, l.b1] };
}

/**
 * The page's rulings at ink's darkness; where the page's faint lines read far more rulings against the paper's own
 * tone (thin lines the deskew resampled to grey: a 0.5 pt rule at 200 dpi), those. A page whose lines are dark keeps
 * its reading: a lighter threshold there only adds strokes of text.
 */
export function pageRulings(img: GrayImage, opts: Required<RulingOptions>, spreadRules = false): PixelRuling[] {
  const found = withDashedRules(img, toneRulings(img, opts), opts);
  if (!spreadRules) return found;
  // Thin grey rules a scan's resampling spread over two pixel rows, each too light to pass for ink (a 150 dpi page
  // read at 300; asked only for such a page: elsewhere the sum darkens text strokes into rules): their darkness
  // summed across the line passes. Where that reading holds most of the page's own, it is the same grid seen whole
  // (what it lacks kept); else only its lines running from one found ruling to another are taken.
  const spread = detectRulings(crossSummed(img), opts);
  const held = heldBy(found, spread, opts);
  if (spread.length > found.length && held) return [...spread, ...found.filter((r) => !held.includes(r))];
  return [...found, ...innerFaint(found, spread, opts)];
}

/**
 * The rulings of `found` that another reading also has, when they make most of found's length (OCR.spreadHeldShare:
 * a seal's strokes, the scanner's dark page edge, a rule found a pixel off are not the grid); else undefined.
 */
function heldBy(found: PixelRuling[], reading: PixelRuling[], opts: Required<RulingOptions>): PixelRuling[] | undefined {
  const total = (rs: PixelRuling[]) => rs.reduce((n, r) => n + lengthOf(r), 0);
  const held = found.filter((r) => sameRuling(r, reading, opts));
  return total(held) >= OCR.spreadHeldShare * total(found) ? held : undefined;
}

/** A ruling's orientation, its place across, and its extent along, whichever way it runs. */
const isAcross = (r: PixelRuling) => r.y0 === r.y1;
const placeOf = (r: PixelRuling) => (isAcross(r) ? r.y0 : r.x0);
const startOf = (r: PixelRuling) => (isAcross(r) ? r.x0 : r.y0);
const endOf = (r: PixelRuling) => (isAcross(r) ? r.x1 : r.y1);
const lengthOf = (r: PixelRuling) => endOf(r) - startOf(r);
/** How many of the rulings run across the page. */
const acrossCount = (rs: readonly PixelRuling[]) => rs.filter(isAcross).length;

function toneRulings(img: GrayImage, opts: Required<RulingOptions>): PixelRuling[] {
  const dark = detectRulings(img, opts);
  const light = lineThreshold(img, opts.darkThreshold);
  if (light <= opts.darkThreshold) return dark;
  const faint = detectRulings(img, { ...opts, darkThreshold: light });
  if (acrossCount(faint) >= acrossCount(dark) * OCR.faintLinesGain) return faint;
  return [...dark, ...innerFaint(dark, faint, opts)];
}

/** Whether a ruling of `rs` lies along r: same orientation, same position within a stroke, overlapping along it. */
function sameRuling(r: PixelRuling, rs: readonly PixelRuling[], o: Required<RulingOptions>): boolean {
  return rs.some(
    (q) => isAcross(q) === isAcross(r) && Math.abs(placeOf(q) - placeOf(r)) <= o.maxThickness / 2 + 1 && startOf(q) < endOf(r) && endOf(q) > startOf(r),
  );
}

/** Pixels a line's darkness is summed over, across it. */
const SPREAD_PIXELS = 2;

/** Each pixel as dark as the ink of it and its next neighbour below, or to the right, together (whichever is more). */
function crossSummed(img: GrayImage): GrayImage {
  const { width, height, data } = img;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let down = 0;
      let across = 0;
      for (let d = 0; d < SPREAD_PIXELS; d++) {
        down += 255 - data[Math.min(height - 1, y + d) * width + x]!;
        across += 255 - data[y * width + Math.min(width - 1, x + d)]!;
      }
      out[y * width + x] = 255 - Math.min(255, Math.max(down, across));
    }
  }
  return { width, height, data: out };
}

/**
 * A grid whose frame and some rules are printed dark and its inner rules faint (a form's thin lines, scanned grey): the
 * faint reading's lines that the dark one lacks, each running from a dark ruling across to another, are its inner
 * rules. A faint line that ends in open paper is shading's edge or text, and stays out.
 */
function innerFaint(dark: PixelRuling[], faint: PixelRuling[], o: Required<RulingOptions>): PixelRuling[] {
  const known = (f: PixelRuling) =>
    dark.some((d) => isAcross(d) === isAcross(f) && Math.abs(placeOf(d) - placeOf(f)) <= o.maxThickness + 1 && startOf(d) < endOf(f) && endOf(d) > startOf(f));
  return faint.filter((f) => !known(f) && standsOn(dark, f, o));
}

/** Whether f runs from a ruling of `grid` across it to another (or, `oneEnd`, from one): one crosses each end's place. */
function standsOn(grid: PixelRuling[], f: PixelRuling, o: Required<RulingOptions>, oneEnd = false): boolean {
  const reach = 2 * o.touchTolerance + o.maxThickness;
  const endsAt = (p: number) =>
    grid.some((d) => isAcross(d) !== isAcross(f) && Math.abs(placeOf(d) - p) <= reach && startOf(d) - reach <= placeOf(f) && endOf(d) + reach >= placeOf(f));
  const [start, end] = [endsAt(startOf(f)), endsAt(endOf(f))];
  return oneEnd ? start || end : start && end;
}

/** The darkness a ruling's pixels need: OCR.lineContrast below the paper's median tone, between ink's and OCR.lineDarkMax. */
function lineThreshold(img: GrayImage, ink: number): number {
  const sample: number[] = [];
  const step = Math.max(1, Math.floor(img.data.length / 20_000));
  for (let i = 0; i < img.data.length; i += step) sample.push(img.data[i]!);
  sample.sort((a, b) => a - b);
  const paper = sample[Math.floor(sample.length / 2)] ?? 255;
  return Math.min(OCR.lineDarkMax, Math.max(ink, paper - OCR.lineContrast));
}

/**
 * A scan's rulings without the paper's own edges: a scanner's dark border ends the page in lines along the raster's
 * edge, where no form prints (it keeps a margin). Left in, such a frame encloses the table as one cell of its own. A
 * table's own border along the edge of a tight crop stays: the table's inner rules end on it, where none reach the
 * paper's edge.
 */
export function withoutPaperEdges(rulings: PixelRuling[], img: { width: number; height: number }): PixelRuling[] {
  const edgeLike = (r: PixelRuling) => {
    const [at, size] = isAcross(r) ? [r.y0, img.height] : [r.x0, img.width];
    return at <= size * OCR.paperEdgeMargin || at >= size * (1 - OCR.paperEdgeMargin);
  };
  const candidates = rulings.filter(edgeLike);
  if (!candidates.length) return rulings;
  const others = rulings.filter((r) => !candidates.includes(r));
  const reach = Math.max(img.width, img.height) * OCR.paperEdgeReach;
  // An orthogonal ruling with an end on r, within r's extent.
  const endsOn = (r: PixelRuling) =>
    others.some((o) =>
      isAcross(r)
        ? !isAcross(o) && o.x0 >= r.x0 - reach && o.x0 <= r.x1 + reach && (Math.abs(o.y0 - r.y0) <= reach || Math.abs(o.y1 - r.y0) <= reach)
        : isAcross(o) && o.y0 >= r.y0 - reach && o.y0 <= r.y1 + reach && (Math.abs(o.x0 - r.x0) <= reach || Math.abs(o.x1 - r.x0) <= reach),
    );
  return rulings.filter((r) => !candidates.includes(r) || endsOn(r));
}

/** The longest gap (pixels at 300 dpi) between two dashes of one dashed rule. */
const DASH_GAP_AT_300 = 9;

/**
 * A grid whose inner rules are dashed or dotted (a form's style: 9 px dashes, 7 px apart at 300 dpi) shows only its
 * solid frame, each dash far shorter than a ruling. Read again with every gap of at most a dash's between ink on
 * both sides along a row (or column) filled, the grid is taken where it finds more than OCR.faintLinesGain times the
 * horizontal rulings and holds most of what was found (as the summed reading of faint rules is, pageRulings).
 */
function withDashedRules(img: GrayImage, found: PixelRuling[], opts: Required<RulingOptions>): PixelRuling[] {
  // Asked only of a page read as little more than a frame: where solid rules make a grid, filling gaps between
  // strokes would rule the text.
  if (acrossCount(found) > DASHED_ONLY_BELOW) return found;
  const gap = Math.max(3, Math.round((DASH_GAP_AT_300 * opts.minHorizontal) / AT_300_DPI.minHorizontal));
  const dashed = detectRulings(gapsClosed(img, gap, opts.darkThreshold), opts);
  if (acrossCount(dashed) <= acrossCount(found) * OCR.faintLinesGain) return found;
  if (!heldBy(found, dashed, opts)) return found;
  // Closing gaps inks strokes of text into rules too: only lines standing on the grid are its own, taken outwards
  // from the solid frame, each round's lines the ends of the next. A line runs from a ruling across to another, or,
  // long, from one (a column rule down to a page break that cut the table's foot).
  let grid = found;
  const long = (r: PixelRuling) => lengthOf(r) >= DASHED_FREE_END_LENGTH * (isAcross(r) ? opts.minHorizontal : opts.minVertical);
  for (;;) {
    const added = dashed.filter((d) => !grid.includes(d) && !sameRuling(d, grid, opts) && standsOn(grid, d, opts, long(d)));
    if (!added.length) return grid;
    grid = [...grid, ...added];
  }
}

/** A page whose rulings run across it fewer than this many times is read for dashed rules too. */
const DASHED_ONLY_BELOW = 6;
/** A dashed line this many times a ruling's least length may end in open paper at one end. */
const DASHED_FREE_END_LENGTH = 3;

/** The raster with each run of paper no longer than `gap` between ink on both sides, along a row or a column, inked. */
function gapsClosed(img: GrayImage, gap: number, dark: number): GrayImage {
  const { width, height, data } = img;
  const out = new Uint8Array(data);
  const fill = (at: (k: number) => number, n: number) => {
    let lastInk = -Infinity;
    for (let k = 0; k < n; k++) {
      if (data[at(k)]! >= dark) continue;
      if (k - lastInk > 1 && k - lastInk - 1 <= gap) for (let j = lastInk + 1; j < k; j++) out[at(j)] = Math.min(out[at(j)]!, dark - 1);
      lastInk = k;
    }
  };
  for (let y = 0; y < height; y++) fill((x) => y * width + x, width);
  for (let x = 0; x < width; x++) fill((y) => y * width + x, height);
  return { width, height, data: out };
}
