// Groups of rows under merged level labels that an unruled table printed once, vertically centred in the group.
// Without ruling lines the group's extent is not drawn; it follows from the label's position when the groups
// of one column are adjacent: a group starting at s whose label is centred at c ends at e = 2c − s, where the
// next group starts. Row boundaries are only known to lie in an interval; each group is checked on its own
// (its end must meet a boundary, and the next group starts from that boundary's interval, not from the
// narrower one the label implied) so that small errors in the label positions do not add up along the column.

/** A label printed once for its group: its text and the vertical centre of its paragraph. */
export type ChainLabel = { text: string; centre: number; top?: number };
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
 * first; a reading anchored at one end only (the rows beyond it printed no label in this column: cells left
 * empty, as the seed's indicators 1–37) is taken when the other direction finds none.
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
  if (down && up) return sameGroups(down.groups, up.groups) ? down.groups : undefined;
  return (down ?? up)?.groups ?? cutGroup(bounds, labels, lo, hi, spread);
}

/**
 * A reading in which one group is cut by a page break and its label printed at the top of its first piece (Writer
 * sets a merged cell split over two pages from the top): the groups above it walk down to its first row, the ones
 * below walk up to its end.
 */
function cutGroup<L extends ChainLabel>(bounds: Interval[], labels: L[], lo: number, hi: number, spread: Spread): LabelGroup<L>[] | undefined {
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k]!;
    if (label.top === undefined) continue;
    const down = walkDown(bounds, labels.slice(0, k), lo, hi, spread);
    // The label starts within the group's first row (the boundaries are cell edges, the text sits a padding lower).
    if (!down || down.end >= hi || label.top < bounds[down.end]![0] || label.top >= bounds[down.end + 1]![0]) continue;
    const up = walkUp(bounds, labels.slice(k + 1), down.end + 1, hi, spread);
    if (!up || up.end <= down.end || spread(down.end, up.end) <= 0) continue;
    return [...down.groups, { label, from: down.end, to: up.end }, ...up.groups];
  }
  return undefined;
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
    const hit = meet(bounds, [2 * label.centre - end[1], 2 * label.centre - end[0]], lo, e - 1, (i) => spread(i, e));
    if (!hit) return undefined;
    groups.unshift({ label, from: hit.at, to: e });
    [e, end] = [hit.at, bounds[hit.at]!];
  }
  return { groups, end: e };
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
