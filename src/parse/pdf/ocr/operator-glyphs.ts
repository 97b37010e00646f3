// The comparison signs of a target (≥ 90, ≤ 48) are what chi_sim reads worst on a scan: a lone ≥ in a 指标性质 cell
// comes back as E, 上, & or S. The sign is told by its shape: a bar along its foot under a chevron (≥ opens left,
// ≤ right), or two bars (=).
import type { GrayImage } from './pgm.ts';
import type { Region } from './regions.ts';
import type { OcrWord } from './tesseract-tsv.ts';
import { loneGlyphCells, mean, rowSpans, type RowSpan } from './glyph-rows.ts';
import { chevronShape } from './chevron-glyphs.ts';

/** A row of a bar spans at least this share of the sign's width. */
const BAR_SHARE = 0.7;
/** The chevron's point stands out from its arms by at least this share of the sign's width. */
const POINT_SHARE = 0.25;
/** A sign is at least this wide against its height (1, l and / are narrower). */
const MIN_ASPECT = 0.4;
/** A sign shorter than this many rows is a speck or a dash. */
const MIN_ROWS = 6;
/** Rows of a smudge JPEG leaves joined under the bar, as a share of the sign's height (at least one row). */
const FOOT_SMUDGE = 0.1;

type Span = RowSpan;

/** ≥, ≤ (≧, ≦ on two bars) or = when the ink in r has that shape, else null. */
export function operatorShape(img: GrayImage, r: Region, darkThreshold: number): '≥' | '≤' | '≧' | '≦' | '=' | null {
  const rows = rowSpans(img, r, darkThreshold);
  while (rows.length && rows[0] === null) rows.shift();
  while (rows.length && rows.at(-1) === null) rows.pop();
  const inked = rows.filter((s): s is { left: number; right: number } => s !== null);
  if (rows.length < MIN_ROWS || inked.length < 2) return null;
  const x0 = Math.min(...inked.map((s) => s.left));
  const width = Math.max(...inked.map((s) => s.right)) - x0 + 1;
  if (width < MIN_ASPECT * rows.length) return null;
  const wide = (s: Span) => s !== null && s.right - s.left + 1 >= BAR_SHARE * width;
  const bands = barBands(rows, wide);
  if (bands.length === 2 && rows.every((s) => s === null || wide(s))) return '=';
  // The bar at the foot, the chevron above it and apart from it.
  const foot = bands.at(-1);
  if (!foot || foot[1] < rows.length - Math.max(1, Math.round(FOOT_SMUDGE * rows.length))) return null;
  let top = foot[0];
  while (top > 0 && rows[top - 1] === null) top--;
  // ≧ ≦ stand on two bars: the one above the foot, blank rows apart, is the foot's too.
  const second = bands.at(-2);
  const double = second !== undefined && second[1] === top;
  if (double) {
    top = second[0];
    while (top > 0 && rows[top - 1] === null) top--;
  }
  const upper = rows.slice(0, top).filter((s): s is { left: number; right: number } => s !== null);
  if (upper.length < rows.length * 0.4 || upper.some(wide)) return null;
  const third = Math.max(1, Math.floor(upper.length / 3));
  const part = (k: number) => upper.slice(k * third, k === 2 ? upper.length : (k + 1) * third);
  const [t, m, b] = [part(0), part(1), part(2)];
  const rightOf = (p: typeof t) => mean(p.map((s) => s.right));
  const leftOf = (p: typeof t) => mean(p.map((s) => s.left));
  // The sign as printed: ≧ ≦ keep their second bar (the record's op reads them as ≥ ≤).
  if (rightOf(m) - Math.max(rightOf(t), rightOf(b)) >= POINT_SHARE * width) return double ? '≧' : '≥';
  if (Math.min(leftOf(t), leftOf(b)) - leftOf(m) >= POINT_SHARE * width) return double ? '≦' : '≤';
  return null;
}

/** Runs [from, to) of consecutive bar rows. */
function barBands(rows: readonly Span[], wide: (s: Span) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < rows.length; ) {
    if (!wide(rows[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < rows.length && wide(rows[j]!)) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

const SIGNS = new Set(['≥', '≤', '=', '＝', '≧', '≦']);

/**
 * Words with their comparison signs read from the ink: a cell holding one glyph that has a sign's shape. A sign
 * misread before a figure (>1500人) is comparator.ts's. `inks` are the cells' ink boxes, a word's `page` its cell.
 */
export function withOperators(words: readonly OcrWord[], inks: readonly Region[], img: GrayImage, darkThreshold: number): OcrWord[] {
  const lone = loneGlyphCells(words);
  return words.map((w) => {
    const ink = inks[w.page - 1];
    if (!ink || !lone.has(w.page) || SIGNS.has(w.text) || /[\p{N}/]/u.test(w.text)) return w;
    const sign = signShape(img, ink, darkThreshold);
    return sign ? { ...w, text: sign } : w;
  });
}

/**
 * A lone sign by its shape: on a bar (operatorShape), or with its foot leaning along the lower arm as UMing and
 * WenQuanYi draw ⩾ ⩽ at scan size (chevron-glyphs.ts), which a lone 指标性质 cell holds as often as a figure does.
 */
export const signShape = (img: GrayImage, r: Region, dark: number) => operatorShape(img, r, dark) ?? chevronShape(img, r, dark);

/** Words for cells tesseract left empty whose ink is a sign (a lone = reads as nothing at all). */
export function signsInEmptyCells(words: readonly OcrWord[], inks: readonly Region[], img: GrayImage, darkThreshold: number): OcrWord[] {
  const read = new Set(words.map((w) => w.page));
  return inks.flatMap((r, i) => {
    if (read.has(i + 1)) return [];
    const sign = signShape(img, r, darkThreshold);
    if (!sign) return [];
    return [
      { text: sign, left: r.x0, top: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0, conf: SHAPE_CONFIDENCE, page: i + 1, block: 1, par: 1, line: 1, word: 1 },
    ];
  });
}

/** What a sign read from its shape alone is worth against tesseract's own confidences (0–100). */
const SHAPE_CONFIDENCE = 80;
