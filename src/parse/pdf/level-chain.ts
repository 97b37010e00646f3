// Groups of rows under merged level labels that an unruled table printed once, vertically centred in the group.
// Without ruling lines the group's extent is not drawn; it follows from the label's position when the groups
// of one column are adjacent: a group starting at s whose label is centred at c ends at e = 2c − s, where the
// next group starts. Row boundaries are only known to lie in an interval; each group is checked on its own
// (its end must meet a boundary, and the next group starts from that boundary's interval, not from the
// narrower one the label implied) so that small errors in the label positions do not add up along the column.
import { LEVELS } from './settings.ts';

/**
 * A label printed once for its group: its text and the vertical centre of its paragraph; `opens` is the row whose
 * text top it is level with, where it may open a group cut by a page break (see cutGroups).
 */
export type ChainLabel = { text: string; centre: number; opens?: number };
/** Rows [from, to) carrying one label. */
export type LabelGroup<L extends ChainLabel = ChainLabel> = { label: L; from: number; to: number };
type Interval = [number, number];
/** How much further apart (points) boundaries i and j may be than measured: rows placed through page offsets. */
export type Spread = (i: number, j: number) => number;
type Walk<L extends ChainLabel> = { groups: LabelGroup<L>[]; end: number };

/**
 * The groups of rows lo..hi−1 under `labels` (sorted by centre), or undefined when no reading is consistent.
 * `bounds[i]` is where row i can start and `bounds[i + 1]` where it can end. A reading is consistent when every
 * group's end falls in a row boundary. One anchored at a segment end that also closes at the other end is taken
 * first, then one with groups cut by page breaks (cutGroups); a reading anchored at one end only (the rows beyond
 * it printed no label in this column: cells left empty, as the seed's indicators 1–37) is taken when neither is.
 */
export function solveChain<L extends ChainLabel>(
  bounds: Interval[],
  labels: L[],
  lo: number,
  hi: number,
  spread: Spread = () => 0,
): LabelGroup<L>[] | undefined {
  if (!labels.length || hi <= lo) return undefined;
  const down = walkDown(bounds, labels, lo, hi, spread);
  const up = walkUp(bounds, labels, lo, hi, spread);
  if (down && down.end === hi) return down.groups;
  if (up && up.end === lo) return up.groups;
  const cut = cutGroups(bounds, labels, lo, hi, spread);
  if (cut) return cut;
  if (down && up) return sameGroups(down.groups, up.groups) ? down.groups : undefined;
  return (down ?? up)?.groups;
}

/**
 * Readings in which some groups are cut by a page break and their labels printed at the top of their first piece
 * (Writer and Chromium set a merged cell split over pages from the top, whatever its alignment): each such label
 * opens its group on the row it is level with, and the centred labels after it walk up from the next cut group's
 * first row (or the segment's end) to where the cut group ends. Labels that can open a group are taken as cut ones
 * first, as many as a consistent reading allows: a centred label is level with a row's text only by chance, while
 * a cut one read as centred can meet a row boundary by chance, several page offsets away from where it was printed.
 */
function cutGroups<L extends ChainLabel>(bounds: Interval[], labels: L[], lo: number, hi: number, spread: Spread): LabelGroup<L>[] | undefined {
  const open = labels.flatMap((l, k) => (l.opens !== undefined && l.opens >= lo && l.opens < hi ? [k] : []));
  if (!open.length || open.length > LEVELS.maxCutLabels) return undefined;
  const subsets = Array.from({ length: 2 ** open.length - 1 }, (_, m) => open.filter((_, b) => ((m + 1) >> b) & 1));
  subsets.sort((a, b) => b.length - a.length);
  for (const cuts of subsets) {
    const groups = readWithCuts(bounds, labels, lo, hi, spread, cuts);
    if (groups) return groups;
  }
  return undefined;
}

/** The reading with the labels `cuts` (indices, ascending) opening cut groups; undefined when it is inconsistent. */
function readWithCuts<L extends ChainLabel>(
  bounds: Interval[],
  labels: L[],
  lo: number,
  hi: number,
  spread: Spread,
  cuts: number[],
): LabelGroup<L>[] | undefined {
  const starts = cuts.map((k) => labels[k]!.opens!);
  if (starts.some((s, i) => i > 0 && s <= starts[i - 1]!)) return undefined;
  const groups: LabelGroup<L>[] = [];
  // Above the first cut group: centred groups ending where it starts (rows above them may carry no label).
  const head = labels.slice(0, cuts[0]);
  if (head.length) {
    const down = walkDown(bounds, head, lo, starts[0]!, spread);
    const above = down && down.end === starts[0] ? down : walkUp(bounds, head, lo, starts[0]!, spread);
    if (!above) return undefined;
    groups.push(...above.groups);
  }
  for (let i = 0; i < cuts.length; i++) {
    const next = starts[i + 1] ?? hi;
    // The cut group keeps at least its first row; the centred groups below it close at the next cut group. It
    // crosses a page break or ends at one: a row may break across the page with no more than its padding left for
    // the next (Writer), and a merged cell ending in it is split there all the same.
    const below = walkUp(bounds, labels.slice(cuts[i]! + 1, cuts[i + 1] ?? labels.length), starts[i]! + 1, next, spread);
    if (!below || spread(starts[i]!, below.end + 1) <= 0) return undefined;
    groups.push({ label: labels[cuts[i]!]!, from: starts[i]!, to: below.end }, ...below.groups);
  }
  return groups;
}

/** From the top of row lo: each label's group ends as far below its centre as it starts above it. */
function walkDown<L extends ChainLabel>(bounds: Interval[], labels: L[], lo: number, hi: number, spread: Spread): Walk<L> | undefined {
  const groups: LabelGroup<L>[] = [];
  let s = lo;
  let start = bounds[lo]!;
  for (const label of labels) {
    if (label.centre <= start[1]) return undefined;
    const hit = meet(bounds, [2 * label.centre - start[1], 2 * label.centre - start[0]], s + 1, hi, (j) => spread(s, j));
    if (!hit) return undefined;
    groups.push({ label, from: s, to: hit.at });
    [s, start] = [hit.at, bounds[hit.at]!];
  }
  return { groups, end: s };
}

/** From the bottom of row hi−1 upwards, the mirror of walkDown. */
function walkUp<L extends ChainLabel>(bounds: Interval[], labels: L[], lo: number, hi: number, spread: Spread): Walk<L> | undefined {
  const groups: LabelGroup<L>[] = [];
  let e = hi;
  let end = bounds[hi]!;
  for (const label of [...labels].reverse()) {
    if (label.centre >= end[0]) return undefined;
    const hit = meet(bounds, [2 * label.centre - end[1], 2 * label.centre - end[0]], lo, e - 1, (i) => spread(i, e)) ?? lastRowOwn(label, e, hi);
    if (!hit) return undefined;
    groups.unshift({ label, from: hit.at, to: e });
    [e, end] = [hit.at, bounds[hit.at]!];
  }
  return { groups, end: e };
}

/**
 * A label level with the top of the last row of the rows read, where no centred group ends there: that row's own
 * (Writer set a two-line label at the top of a taller last row of one).
 */
function lastRowOwn(label: ChainLabel, e: number, hi: number): { at: number } | undefined {
  return e === hi && label.opens === e - 1 ? { at: e - 1 } : undefined;
}

/** The boundary in from..to that the interval `y` (widened by `wider(i)`) overlaps most; undefined when none. */
function meet(bounds: Interval[], y: Interval, from: number, to: number, wider: (i: number) => number): { at: number } | undefined {
  let best: { at: number; overlap: number } | undefined;
  for (let i = from; i <= to; i++) {
    const overlap = Math.min(bounds[i]![1], y[1] + wider(i)) - Math.max(bounds[i]![0], y[0] - wider(i));
    if (overlap >= 0 && (!best || overlap > best.overlap)) best = { at: i, overlap };
  }
  return best;
}

const sameGroups = (a: LabelGroup[], b: LabelGroup[]) => a.length === b.length && a.every((g, i) => g.from === b[i]!.from && g.to === b[i]!.to);
