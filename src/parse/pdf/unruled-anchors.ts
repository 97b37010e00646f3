// Rows cut into pieces where cells wrap over many lines and rows are set without padding (Calc prints a sheet
// opened from HTML with every line at one pitch, so no gap shows where a row ends). The family marks each logical
// row with a 任务N/指标N cell: rows holding one are anchors, and the pieces between two anchors (lines of other
// columns, wrapped lines of the marked cell) belong to one of them. Which one depends on how the cells are aligned
// vertically: top-aligned cells start level with their marker, bottom-aligned ones end level with its paragraph,
// centred ones share its middle. The alignment that fits the page best is found, and each run of pieces between two
// anchors is cut where it fits it best (a small dynamic program over the cut points).
import { startsRow } from '../shared/markers.ts';
import { cellText } from './cell-text.ts';
import { headerLabel } from './header-labels.ts';
import type { PageText } from './page-content.ts';
import { UNRULED } from './settings.ts';
import type { Band } from './unruled-bands.ts';

type Align = 'top' | 'middle' | 'bottom';
const ALIGNS: Align[] = ['top', 'middle', 'bottom'];

// In reading order: a band's runs come paragraph by paragraph, column by column, and a marker wrapped in a narrow
// cell (任务 | 11: 业 | 务费) must read as it is printed.
const text = (runs: PageText[]) => cellText(runs);
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The bands with the pieces between anchors merged into their rows; undefined when no column holds two markers. */
export function joinPiecesToAnchors(bands: Band[], paragraphOf: Map<PageText, number> = new Map()): Band[] | undefined {
  const columns = bands[0]?.cells.length ?? 0;
  const markerCount = (c: number) => bands.filter((b) => startsRow(text(b.cells[c]!))).length;
  let marked = -1;
  for (let c = 0; c < columns; c++) if (markerCount(c) > (marked < 0 ? 1 : markerCount(marked))) marked = c;
  if (marked < 0) return undefined;
  // A marker's word and its number may stand a band or two apart: a narrow marked cell centred beside a taller one
  // sets its lines half a line off the lines beside it, and the bands between hold those lines only.
  const nextMarked = (i: number) => bands.slice(i + 1).find((n) => n.cells[marked]!.length);
  const kind = bands.map((b, i) => kindOf(b, marked, nextMarked(i)));
  if (!kind.includes('piece')) return bands;
  const anchors = kind.flatMap((k, i) => (k === 'anchor' ? [i] : []));
  // Pieces between anchors (or before the first and after the last, up to a header or the table's end).
  const gaps = anchors.map((a, j) => {
    const next = anchors[j + 1] ?? bands.length;
    const pieces: number[] = [];
    for (let i = a + 1; i < next && kind[i] !== 'header'; i++) if (kind[i] === 'piece') pieces.push(i);
    return pieces;
  });
  const before: number[] = [];
  // Text of the marked column above the first marker is no part of its cell (the marker starts it): the pieces
  // from there up stay as they are.
  for (let i = anchors[0]! - 1; i >= 0 && kind[i] !== 'header' && !(kind[i] === 'piece' && bands[i]!.cells[marked]!.length); i--)
    if (kind[i] === 'piece') before.unshift(i);
  // Bands sharing a cell paragraph (lines at the wrap pitch, the one above full) are one row: no cut between them.
  const ids = bands.map((b) => new Set(b.cells.flat().flatMap((t) => paragraphOf.get(t) ?? [])));
  const apart = (above: number[], below: number[]) => {
    const seen = new Set(above.flatMap((i) => [...ids[i]!]));
    return below.every((i) => [...ids[i]!].every((id) => !seen.has(id)));
  };
  let best: { cost: number; owner: Map<number, number> } | undefined;
  for (const align of ALIGNS) {
    const found = assign(bands, marked, anchors, gaps, before, align, apart);
    if (!best || found.cost < best.cost) best = found;
  }
  const owner = best!.owner;
  // Pieces opening the table that no marked row takes are the rest of a row the page break cut (Writer carries a
  // row's wrapped lines over to the next page): one row, which the page join gives to the row it continues.
  let lead = anchors[0]!;
  while (lead > 0 && kind[lead - 1] !== 'header') lead--;
  const rest = range(lead, anchors[0]!).filter((i) => kind[i] === 'piece' && !owner.has(i));
  for (const i of rest.slice(1)) owner.set(i, rest[0]!);
  const out: Band[] = [];
  const merged = new Map<number, Band>();
  bands.forEach((b, i) => {
    const a = owner.get(i);
    if (a === undefined) {
      const copy = { ...b, cells: b.cells.map((c) => [...c]), tops: [...b.tops] };
      merged.set(i, copy);
      out.push(copy);
    }
  });
  bands.forEach((b, i) => {
    const a = owner.get(i);
    if (a === undefined) return;
    const row = merged.get(a)!;
    row.top = Math.min(row.top, b.top);
    row.bottom = Math.max(row.bottom, b.bottom);
    b.cells.forEach((runs, c) => row.cells[c]!.push(...runs));
    row.tops.push(...b.tops);
  });
  // A merged level label printed within a marked row's lines (a label centred over rows, landing in the middle of
  // a wrapped one) is printed in that row, as a paragraph overlapping it would be.
  const rows = anchors.map((a) => merged.get(a)!);
  const labels = kind.flatMap((k, i) => (k === 'label' ? [merged.get(i)!] : []));
  const taken = new Set<Band>();
  for (const l of labels) {
    const slack = (l.bottom - l.top) * UNRULED.overlap;
    const row = rows.find((r) => l.top < r.bottom - slack && l.bottom > r.top + slack);
    if (!row) continue;
    row.top = Math.min(row.top, l.top);
    row.bottom = Math.max(row.bottom, l.bottom);
    l.cells.forEach((runs, c) => row.cells[c]!.push(...runs));
    row.tops.push(...l.tops);
    taken.add(l);
  }
  return out.filter((b) => !taken.has(b)).sort((a, b) => a.top - b.top);
}

type Kind = 'anchor' | 'header' | 'label' | 'piece';
const MARKER_WORD = /^\s*(?:任务|指标)\s*\d*\s*$/u;

/**
 * An anchor holds a marker; a header names two column labels; a label row holds text only left of the markers.
 * `next`: the next band holding text of the marked column.
 */
function kindOf(b: Band, marked: number, next: Band | undefined): Kind {
  const own = text(b.cells[marked]!);
  // A marker wrapped after its word (任务 | 1: …) starts its row on the line that holds the word, also where the
  // rest of it is on the next page.
  if (startsRow(own) || (MARKER_WORD.test(own) && (!next || startsRow(own + text(next.cells[marked]!))))) return 'anchor';
  // Two labels make a header row; one alone is a merged cell beside the rows (绩效指标 down the first column).
  if (new Set(b.cells.map((runs) => runs.length && headerLabel(text(runs))).filter(Boolean)).size >= 2) return 'header';
  if (b.cells.every((runs, c) => c < marked || !runs.length)) return 'label';
  return 'piece';
}

/**
 * Owners of the pieces under one alignment, and how badly the rows fit it. A piece holding text of the marked
 * column continues the marker's cell above it (a marker starts every such cell), so a cut never passes it.
 */
function assign(
  bands: Band[],
  marked: number,
  anchors: number[],
  gaps: number[][],
  before: number[],
  align: Align,
  apart: (above: number[], below: number[]) => boolean,
) {
  // cut[j]: how many pieces of gap j go to anchor j (the rest to anchor j+1, or stay where no anchor follows).
  const minCut = gaps.map((g) => {
    let k = 0;
    g.forEach((i, n) => {
      if (bands[i]!.cells[marked]!.length) k = n + 1;
    });
    return k;
  });
  // The first anchor may take a tail of the pieces before it (bottom-aligned cells rise above their marker).
  // A cut never parts two bands of one cell paragraph, unless every cut would.
  const allowed = (options: number[], cutAt: (k: number) => [number[], number[]]) => {
    const kept = options.filter((k) => apart(...cutAt(k)));
    return kept.length ? kept : options;
  };
  const options = (j: number) =>
    allowed(
      Array.from({ length: gaps[j]!.length - minCut[j]! + 1 }, (_, n) => minCut[j]! + n),
      (k) => [
        [anchors[j]!, ...gaps[j]!.slice(0, k)],
        [...gaps[j]!.slice(k), ...(j + 1 < anchors.length ? [anchors[j + 1]!] : [])],
      ],
    );
  // The last marked row may be cut by the page's end: its part here is set as a row of its own (Writer starts
  // every cell of it at the top), so when it takes pieces below it, it may be read as top-aligned.
  const rowCost = (j: number, fromAbove: number[], fromBelow: number[]) => {
    const parts = [anchors[j]!, ...fromAbove, ...fromBelow].map((i) => extents[i]!);
    const own = misfit(parts, marked, align);
    return j === anchors.length - 1 && fromBelow.length ? Math.min(own, misfit(parts, marked, 'top')) : own;
  };
  // The dynamic program asks for the same bands many times over: each band's column extents are taken once.
  const extents = bands.map(columnExtents);
  // DP over anchors: state = cut of the gap below anchor j.
  const n = anchors.length;
  let prev = new Map<number, { cost: number; path: number[] }>();
  // k pieces before the first anchor join it
  const headOptions = allowed(
    Array.from({ length: before.length + 1 }, (_, k) => k),
    (k) => [before.slice(0, before.length - k), [...before.slice(before.length - k), anchors[0]!]],
  );
  for (let j = 0; j < n; j++) {
    const next = new Map<number, { cost: number; path: number[] }>();
    for (const cut of options(j)) {
      const below = gaps[j]!.slice(0, cut);
      let bestHere: { cost: number; path: number[] } | undefined;
      const aboveChoices = j === 0 ? headOptions : [...prev.keys()];
      for (const a of aboveChoices) {
        const above = j === 0 ? before.slice(before.length - a) : gaps[j - 1]!.slice(a);
        const base = j === 0 ? { cost: unattached(before.length - a), path: [a] } : prev.get(a)!;
        // Pieces after the last anchor that it does not take stay rows of their own.
        const tail = j === n - 1 ? unattached(gaps[j]!.length - cut) : 0;
        const cost = base.cost + rowCost(j, above, below) + tail;
        if (!bestHere || cost < bestHere.cost) bestHere = { cost, path: [...base.path, cut] };
      }
      next.set(cut, bestHere!);
    }
    prev = next;
  }
  const end = [...prev.values()].reduce((a, b) => (b.cost < a.cost ? b : a));
  const owner = new Map<number, number>();
  const [head, ...cuts] = end.path;
  for (const i of before.slice(before.length - head!)) owner.set(i, anchors[0]!);
  cuts.forEach((cut, j) => {
    gaps[j]!.forEach((i, k) => {
      if (k < cut) owner.set(i, anchors[j]!);
      else if (j + 1 < n) owner.set(i, anchors[j + 1]!);
    });
  });
  return { cost: end.cost, owner };
}

/** A piece left as a row of its own costs a little, so that of two equal fits the one joining more is taken. */
const unattached = (pieces: number) => pieces * UNRULED.anchorLoosePiece;

type Extents = ([number, number] | undefined)[];

/** How far (pt) the cells of one row, its bands taken together (their column extents), are from the marked cell's alignment. */
function misfit(extents: Extents[], marked: number, align: Align): number {
  const columns = extents[0]!.length;
  const extent = (c: number) => {
    let top = Infinity;
    let bottom = -Infinity;
    for (const e of extents) {
      const ce = e[c];
      if (ce) [top, bottom] = [Math.min(top, ce[0]), Math.max(bottom, ce[1])];
    }
    return top <= bottom ? ([top, bottom] as const) : undefined;
  };
  const anchor = extent(marked)!;
  const at = (e: readonly [number, number]) => (align === 'top' ? e[0] : align === 'bottom' ? e[1] : (e[0] + e[1]) / 2);
  let cost = 0;
  for (let c = marked + 1; c < columns; c++) {
    const e = extent(c);
    if (e) cost += Math.abs(at(e) - at(anchor));
  }
  return cost;
}

/** Per column of a band: the top of its highest run and the bottom of its lowest, or undefined when it is empty. */
const columnExtents = (b: Band): Extents =>
  b.cells.map((runs) => (runs.length ? [Math.min(...runs.map((t) => t.y0)), Math.max(...runs.map((t) => t.y1))] : undefined));
