// Ruling lines → tables: connected borders make a table, their crossings make cells, a missing border makes a span.
import type { PageText } from './page-content.ts';
import { band, cluster, SNAP, splitRulings, type HLine, type VLine } from './lines.ts';
import type { Ruling } from './page-content.ts';
import { RULED } from './settings.ts';

/** A table found on a page: row and column edges, and for each elementary slot the id of the cell covering it. */
export type RuledTable = {
  ys: number[];
  xs: number[];
  /** owner[r][c]: index into `cells` of the (possibly merged) cell covering slot r,c. */
  owner: number[][];
  cells: { r0: number; c0: number; r1: number; c1: number; texts: PageText[] }[];
  bbox: [number, number, number, number];
};

/** Find the ruled tables on a page; returns them top to bottom, with the runs that fall in none. */
export function ruledTables(rulings: Ruling[], texts: PageText[], pageHeight = Infinity): { tables: RuledTable[]; outside: PageText[] } {
  const { h, v } = splitRulings(rulings);
  const groups = components(h, v);
  const tableGroups = groups.filter(([hs, vs]) => hs.length >= 2 && vs.length >= 2);
  const loose = groups.filter((g) => !tableGroups.includes(g)).flatMap(([, vs]) => vs);
  const tables = tableGroups
    .map(([hs, vs]) => {
      const sides = [...vs, ...sideBorders(hs, vs, loose), ...impliedSides(hs, vs)];
      return buildTable([...hs, ...impliedEnds(hs, sides, pageHeight)], sides);
    })
    .filter((t): t is RuledTable => t !== undefined);
  tables.sort((a, b) => a.bbox[1] - b.bbox[1]);
  const outside: PageText[] = [];
  for (const t of texts) {
    const cx = (t.x0 + t.x1) / 2;
    const cy = (t.y0 + t.y1) / 2;
    const table = tables.find((tb) => cx >= tb.bbox[0] && cx <= tb.bbox[2] && cy >= tb.bbox[1] && cy <= tb.bbox[3]);
    if (!table) {
      outside.push(t);
      continue;
    }
    const r = band(table.ys, cy);
    const c = band(table.xs, cx);
    table.cells[table.owner[r]![c]!]!.texts.push(t);
  }
  return { tables, outside };
}

const crosses = (h: HLine, v: VLine) => v.x >= h.x0 - SNAP && v.x <= h.x1 + SNAP && h.y >= v.y0 - SNAP && h.y <= v.y1 + SNAP;

/** How far (points) beside a table such side columns may reach; a page frame further out is not one. */
const MAX_SIDE_COLUMNS = RULED.maxSideColumns;

/**
 * Vertical lines beside a table that touch none of its horizontal ones but run its whole height: the sides of a
 * merged cell continued from the previous page (its top border is there, its bottom on a later page).
 */
function sideBorders(hs: HLine[], vs: VLine[], loose: VLine[]): VLine[] {
  const top = Math.min(...hs.map((l) => l.y));
  const bottom = Math.max(...hs.map((l) => l.y));
  const left = Math.min(...vs.map((l) => l.x));
  const right = Math.max(...vs.map((l) => l.x));
  const near = (l: VLine) => (l.x < left - SNAP && l.x > left - MAX_SIDE_COLUMNS) || (l.x > right + SNAP && l.x < right + MAX_SIDE_COLUMNS);
  return loose.filter((l) => near(l) && l.y0 <= top + SNAP && l.y1 >= bottom - SNAP);
}

/** Lines that agree on an end past the table's outermost line across them: this many make that end a border. */
const IMPLIED_BORDER_LINES = 3;

/**
 * Where several lines run on past the table's outermost line across them to one common end, that end is a border the
 * page does not show, from the first of those lines to the last; `ends` are the lines' ends on one side, `across`
 * each line's place the other way.
 */
function commonEnd(ends: number[], across: number[], beyond: (at: number) => boolean): { at: number; from: number; to: number } | undefined {
  const past = ends.map((at, i) => [at, across[i]!] as const).filter(([at]) => beyond(at));
  if (past.length < IMPLIED_BORDER_LINES) return undefined;
  const sorted = past.map(([at]) => at).sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  const agreeing = past.filter(([at]) => Math.abs(at - mid) <= SNAP * 2).map(([, x]) => x);
  if (agreeing.length < IMPLIED_BORDER_LINES) return undefined;
  return { at: mid, from: Math.min(...agreeing), to: Math.max(...agreeing) };
}

/**
 * A side border the page does not show (a scan's edge line lost to noise or skew, a table drawn without side
 * rules): horizontal lines running on past the outermost vertical line to one common end.
 */
function impliedSides(hs: HLine[], vs: VLine[]): VLine[] {
  const left = Math.min(...vs.map((l) => l.x));
  const right = Math.max(...vs.map((l) => l.x));
  const far = RULED.impliedSideMin;
  const ys = hs.map((l) => l.y);
  const sides = [
    commonEnd(
      hs.map((l) => l.x1),
      ys,
      (x) => x > right + far,
    ),
    commonEnd(
      hs.map((l) => l.x0),
      ys,
      (x) => x < left - far,
    ),
  ];
  return sides.flatMap((e) => (e ? [{ x: e.at, y0: e.from, y1: e.to }] : []));
}

/**
 * A top or bottom border the page does not show: Chromium draws no border where a page break cuts a table, and the
 * column lines of the first (or last) row on the page run on to the cut. Without it that row is no row of the table.
 * Not at the page's very edge, where a scan or a crop cut the lines and the row with them.
 */
function impliedEnds(hs: HLine[], vs: VLine[], pageHeight: number): HLine[] {
  const top = Math.min(...hs.map((l) => l.y));
  const bottom = Math.max(...hs.map((l) => l.y));
  const far = RULED.impliedSideMin;
  const xs = vs.map((l) => l.x);
  const margin = RULED.impliedEndMargin;
  const ends = [
    commonEnd(
      vs.map((l) => l.y0),
      xs,
      (y) => y < top - far && y > margin,
    ),
    commonEnd(
      vs.map((l) => l.y1),
      xs,
      (y) => y > bottom + far && y < pageHeight - margin,
    ),
  ];
  return ends.flatMap((e) => (e ? [{ y: e.at, x0: e.from, x1: e.to }] : []));
}

/** Groups of lines that touch each other; a group with at least two lines each way is a table. */
function components(h: HLine[], v: VLine[]): [HLine[], VLine[]][] {
  const parent = [...h.map((_, i) => i), ...v.map((_, i) => h.length + i)];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hl, i) =>
    v.forEach((vl, j) => {
      if (crosses(hl, vl)) parent[find(i)] = find(h.length + j);
    }),
  );
  const groups = new Map<number, [HLine[], VLine[]]>();
  h.forEach((hl, i) => (groups.get(find(i)) ?? groups.set(find(i), [[], []]).get(find(i))!)[0].push(hl));
  v.forEach((vl, j) => (groups.get(find(h.length + j)) ?? groups.set(find(h.length + j), [[], []]).get(find(h.length + j))!)[1].push(vl));
  return [...groups.values()];
}

function buildTable(hs: HLine[], vs: VLine[]): RuledTable | undefined {
  const ys = cluster(hs.map((l) => l.y));
  const xs = cluster(vs.map((l) => l.x));
  if (ys.length < 2 || xs.length < 2) return undefined;
  const nR = ys.length - 1;
  const nC = xs.length - 1;
  const rowMid = (r: number) => (ys[r]! + ys[r + 1]!) / 2;
  const colMid = (c: number) => (xs[c]! + xs[c + 1]!) / 2;
  // A border between two slots exists when some line covers the middle of their shared edge.
  const vBorder = (r: number, c: number) => vs.some((l) => Math.abs(l.x - xs[c]!) <= SNAP && l.y0 <= rowMid(r) && l.y1 >= rowMid(r));
  const hBorder = (r: number, c: number) => hs.some((l) => Math.abs(l.y - ys[r]!) <= SNAP && l.x0 <= colMid(c) && l.x1 >= colMid(c));
  const parent = Array.from({ length: nR * nC }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      if (c > 0 && !vBorder(r, c)) union(r * nC + c - 1, r * nC + c);
      if (r > 0 && !hBorder(r, c)) union((r - 1) * nC + c, r * nC + c);
    }
  }
  const index = new Map<number, number>();
  const cells: RuledTable['cells'] = [];
  const owner: number[][] = [];
  for (let r = 0; r < nR; r++) {
    owner.push([]);
    for (let c = 0; c < nC; c++) {
      const root = find(r * nC + c);
      let id = index.get(root);
      if (id === undefined) {
        id = cells.length;
        index.set(root, id);
        cells.push({ r0: r, c0: c, r1: r, c1: c, texts: [] });
      }
      const cell = cells[id]!;
      cell.r1 = Math.max(cell.r1, r);
      cell.c1 = Math.max(cell.c1, c);
      cell.c0 = Math.min(cell.c0, c);
      owner[r]!.push(id);
    }
  }
  return { ys, xs, owner, cells, bbox: [xs[0]!, ys[0]!, xs[nC]!, ys[nR]!] };
}
