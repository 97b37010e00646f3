// Columns of a table without rulings: vertical strips free of text across the lines that hold the most cells
// (Camelot's stream and pdfplumber's text strategy find them the same way), so left-, centre- and right-aligned
// cells all fall between the same gutters.
import type { PageText } from './page-content.ts';
import { TEXT, UNRULED } from './settings.ts';

/** A visual line of a region: its runs left to right, grouped into phrases (the text of one cell line each). */
export type Line = { runs: PageText[]; phrases: PageText[][]; top: number; bottom: number };

const NUMERIC = /^[\d.,%≥≤=<>+-]+$/;
export const isNumeric = (t: PageText) => NUMERIC.test(t.text.trim());

/** A comparison sign alone ("≥" before "150 个"): the start of a value, never a cell of its own. */
const SIGN = /^[≥≤=<>]+$/u;
/** A unit word: one or two CJK characters (个, 人, 万元) or a percent sign. */
const UNIT = /^(?:\p{Script=Han}{1,2}|[%‰])$/u;

/**
 * A line's runs as phrases: runs closer than the phrase gap, and a number never glued to text beside it. `starts`
 * are the page's column starts (split-runs.ts): a run starting at one after a gap starts a phrase, however narrow
 * the gap (Writer sets cells with little padding closer than a space in running text).
 */
export function phrases(line: PageText[], h: number, starts: number[] = []): PageText[][] {
  const out: PageText[][] = [];
  for (const t of line) {
    const prev = out.at(-1)?.at(-1);
    const apart = prev !== undefined && t.x0 - prev.x1 > h * TEXT.touching;
    // A number run beside a text run is two cells packed tight (an amount right-aligned against the next column);
    // digits inside running text touch their neighbours, a cell boundary leaves at least its padding.
    const atStart = apart && starts.some((s) => Math.abs(t.x0 - s) <= UNRULED.columnSlack);
    // A unit after a number ("125 人", Writer sets a space between them) is the number's, unless a column starts there.
    const unit = prev !== undefined && isNumeric(prev) && UNIT.test(t.text.trim()) && !atStart;
    const kindChanges = apart && isNumeric(prev) !== isNumeric(t) && !SIGN.test(prev.text.trim()) && !unit;
    if (prev && !kindChanges && !atStart && t.x0 - prev.x1 < h * TEXT.phraseGap) out.at(-1)!.push(t);
    else out.push([t]);
  }
  return out;
}

/**
 * The x positions between columns (left to right), or [] when the lines do not line up in two or more columns.
 * `header`: lines of the family's column labels, which vouch for their own phrase count.
 */
export function columnEdges(lines: Line[], h: number, header: readonly Line[] = []): number[] {
  // The most phrases at least two lines hold: one line of merged labels (绩效指标 成本指标 经济成本指标) above rows
  // of two cells would set the columns alone. A header row of labels counts as two: under it every row may wrap, its
  // value standing alone on the middle line of its name (Calc centres cells), so no body line holds two phrases.
  const counts = [...lines, ...header].map((l) => l.phrases.length).sort((a, b) => b - a);
  const most = counts[Math.min(counts.length, UNRULED.minMultiLines) - 1] ?? 0;
  const need = Math.min(UNRULED.columnLinePhrases, most);
  if (need < 2) return [];
  const chosen = lines.filter((l) => l.phrases.length >= need);
  const gutters = withSpannedGutters(chosen, freeStrips(chosen, h), h);
  // Strips free on every line of the region, not only the chosen ones: a column whose text never shares a line
  // with two others (a narrow column, cells aligned differently) shows only here.
  const everywhere = freeStrips(lines, h);
  const spans = chosen.flatMap((l) => l.runs);
  const reach = Math.max(...spans.map((t) => t.x1));
  const otherPhrases = lines.filter((l) => !chosen.includes(l)).flatMap((l) => l.phrases);
  const clear = h * UNRULED.clearance;
  const left = Math.min(...spans.map((t) => t.x0));
  const edges: number[] = [];
  // Phrases of other lines standing clear inside a gutter; `numbers`: those of numbers only.
  const standing = (g0: number, g1: number, numbers = true) =>
    otherPhrases.filter((p) => (!numbers || p.every(isNumeric)) && p[0]!.x0 >= g0 + clear && p.at(-1)!.x1 <= g1 - h * TEXT.touching);
  // A number alone on its line (an amount centred beside a wrapped name) is a column by itself.
  const lone = new Set(lines.filter((l) => l.phrases.length === 1).flatMap((l) => l.phrases));
  for (const [g0, g1] of gutters) {
    const alone = standing(g0, g1)
      .filter((p) => lone.has(p))
      .flat();
    if (alone.length) {
      edges.push((g0 + Math.min(...alone.map((t) => t.x0))) / 2, (Math.max(...alone.map((t) => t.x1)) + g1) / 2);
      continue;
    }
    const inner = everywhere
      .filter(([a, b]) => a >= g0 - 0.01 && b <= g1 + 0.01)
      .filter((g, k, all) => {
        // A strip counts when text stands between it and the next one on two or more lines (not one stray run).
        const next = all[k + 1];
        return !next || lines.filter((l) => l.runs.some((t) => t.x0 >= g[1] && t.x1 <= next[0])).length >= UNRULED.minMultiLines;
      });
    if (inner.length >= 2) {
      edges.push(...inner.map(([a, b]) => (a + b) / 2));
      continue;
    }
    // Other lines narrow the gutter (a wrapped header label, a wider cell): the edge goes where every line is free.
    if (inner.length === 1) {
      edges.push((inner[0]![0] + inner[0]![1]) / 2);
      continue;
    }
    // Phrases of other lines standing clear inside a gutter are a column of their own: amounts centred on lines of
    // their own between the lines of a wrapped name, or the labels of a narrow column that no chosen line reaches
    // (cells centred one by one leave 收入来源 and 财政拨款 on lines of their own beside wrapped labels), where a
    // paragraph spanning the columns (总体绩效目标's) covers every strip the other lines leave.
    // Right-aligned amounts may end as close to the next column's text as a cell's padding (Calc: 2 pt).
    const inside = standing(g0, g1, false).flat();
    if (inside.length >= UNRULED.minMultiLines) edges.push((g0 + Math.min(...inside.map((t) => t.x0))) / 2, (Math.max(...inside.map((t) => t.x1)) + g1) / 2);
    else edges.push((g0 + g1) / 2);
  }
  // Whole phrases only: the end of a value running past the chosen lines ("≥ 98" then "%") is no column.
  const outLeft = otherPhrases.filter((p) => p.at(-1)!.x1 <= left - clear);
  if (outLeft.length) edges.unshift((Math.max(...outLeft.map((p) => p.at(-1)!.x1)) + left) / 2);
  const outRight = otherPhrases.filter((p) => p[0]!.x0 >= reach + clear);
  if (outRight.length) edges.push((Math.min(...outRight.map((p) => p[0]!.x0)) + reach) / 2);
  return joinHeadingColumns(lines, header, joinNumberColumns(lines, dropTouching(lines, edges, h)));
}

/**
 * A column holding a header label and nothing else, beside a column holding body text and no label: one column
 * whose label is centred over text set from its left edge (二级指标 over 数量指标 | 质量指标, LibreOffice's HTML
 * import), the label clear of the text under it. The edge between them goes.
 */
function joinHeadingColumns(lines: Line[], header: readonly Line[], edges: number[]): number[] {
  if (!header.length) return edges;
  const body = lines.filter((l) => !header.includes(l));
  const holds = (ls: readonly Line[], c: number, es: number[]) => ls.some((l) => l.runs.some((t) => columnOf(es, t) === c));
  let kept = edges;
  for (let i = kept.length - 1; i >= 0; i--) {
    // Edge i parts column i (left) from column i + 1 (right).
    const labelOnly = (c: number) => holds(header, c, kept) && !holds(body, c, kept);
    const bodyOnly = (c: number) => holds(body, c, kept) && !holds(header, c, kept);
    if ((labelOnly(i + 1) && bodyOnly(i)) || (labelOnly(i) && bodyOnly(i + 1))) kept = kept.filter((_, k) => k !== i);
  }
  return kept;
}

/**
 * A column of numbers alone, right-aligned in a wide sheet column whose label stands at its left edge (Calc prints
 * "预算金额(万元)" at the cell's left and 12994.52 at its right, with a wide gap between): when no line holds text
 * in both, the numbers and the label are one column, and the gap between them is no edge.
 */
function joinNumberColumns(lines: Line[], edges: number[]): number[] {
  let kept = edges;
  for (let i = kept.length - 1; i >= 1; i--) {
    const [a, e, b] = [kept[i - 1]!, kept[i]!, kept[i + 1] ?? Infinity];
    // A line running across the gap (prose overflowing its cell) tells nothing about the columns.
    const rows = lines.filter((l) => !l.runs.some((t) => t.x0 < e && t.x1 > e));
    const left = rows.map((l) => l.runs.filter((t) => t.x0 >= a && t.x1 <= e));
    const right = rows.map((l) => l.runs.filter((t) => t.x0 >= e && t.x1 <= b));
    const shared = left.some((runs, k) => runs.length && right[k]!.length);
    const numbers = right.flat();
    if (!shared && numbers.length >= UNRULED.minMultiLines && numbers.every(isNumeric) && left.flat().length && !proseBeside(rows, left, right))
      kept = kept.filter((_, k) => k !== i);
  }
  return kept;
}

/**
 * Whether a number stands between two lines of one wrapped paragraph of the left column (lines closer than two
 * line heights, top to top): a cell's text set beside an amount centred between its lines (Writer), not a label
 * standing above the amounts.
 */
function proseBeside(rows: Line[], left: PageText[][], right: PageText[][]): boolean {
  const texts = rows.filter((_, k) => left[k]!.length);
  const numbers = rows.filter((_, k) => right[k]!.length);
  return numbers.some((n) =>
    texts.some((a, i) => {
      const b = texts[i + 1];
      return b !== undefined && a.top < n.top && n.top < b.top && b.top - a.top <= 2 * (a.bottom - a.top);
    }),
  );
}

/**
 * Gutters that one line's cell spans (年度资金总额 across 按收入性质分 | 财政拨款, a colspan): strips free on every
 * chosen line but one, whose one phrase there starts left of the strip while two or more other lines print text on
 * both sides of it. Added to the gutters free on every line.
 */
function withSpannedGutters(chosen: Line[], gutters: [number, number][], h: number): [number, number][] {
  if (chosen.length < UNRULED.minMultiLines + 2) return gutters;
  const slack = UNRULED.columnSlack;
  const added: [number, number][] = [];
  chosen.forEach((line, k) => {
    const others = chosen.filter((_, j) => j !== k);
    const strips = freeStrips(others, h);
    strips.forEach(([g0, g1], s) => {
      if (gutters.some(([a, b]) => a < g1 && b > g0)) return;
      const blocking = line.phrases.filter((p) => p[0]!.x0 < g1 && p.at(-1)!.x1 > g0);
      if (blocking.length !== 1) return;
      const x0 = blocking[0]![0]!.x0;
      // Other lines print text on both sides of the strip, under the spanning cell: two columns it spans. Left of it,
      // under the cell's start, or anywhere in the column the strip closes (a cell centred over the two: 总分 over
      // 二级 | 三级).
      const from = s > 0 ? strips[s - 1]![1] : -Infinity;
      const left = (t: PageText) => t.x1 <= g0 + slack && (t.x0 >= x0 - h || t.x0 >= from - slack);
      const textLeft = others.filter((l) => l.runs.some(left)).length >= UNRULED.minMultiLines;
      const textRight = others.filter((l) => l.runs.some((t) => t.x0 >= g1 - slack && t.x0 <= g1 + h)).length >= UNRULED.minMultiLines;
      if (textLeft && textRight && x0 < g0) added.push([g0, g1]);
    });
  });
  return [...gutters, ...added].sort((a, b) => a[0] - b[0]).filter((g, i, all) => i === 0 || g[0] >= all[i - 1]![1]);
}

/** Vertical strips (x0, x1) at least minGutter wide that no run of the lines covers, between their leftmost and rightmost text. */
function freeStrips(lines: Line[], h: number): [number, number][] {
  const spans = lines.flatMap((l) => l.runs.map((t) => [t.x0, t.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  if (!spans.length) return out;
  let reach = spans[0]![1];
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - reach >= h * UNRULED.minGutter) out.push([reach, x0]);
    reach = Math.max(reach, x1);
  }
  return out;
}

/** Column index of a run: the column holding it whole, else the one where it starts (a cell spanning columns). */
export function columnOf(edges: number[], t: PageText): number {
  // Both ends give the same column unless the run spans an edge; either way it is the column of its start.
  return columnAt(edges, t.x0 + UNRULED.columnSlack);
}

/** Column index of an x: how many edges lie at or left of it. */
function columnAt(edges: number[], x: number): number {
  let c = 0;
  while (c < edges.length && x >= edges[c]!) c++;
  return c;
}

/**
 * A gutter that text on the right of it almost always touches from the left is no column edge: a space that
 * happens to fall at one place on every line ("指标 1:", "指标 2:") rather than a cell's padding.
 */
function dropTouching(lines: Line[], edges: number[], h: number): number[] {
  let kept = edges;
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i]!;
    let holding = 0;
    let touching = 0;
    for (const l of lines) {
      const right = l.runs.filter((t) => t.x0 >= e && (i + 1 >= kept.length || t.x0 < kept[i + 1]!));
      if (!right.length) continue;
      holding++;
      const x0 = Math.min(...right.map((t) => t.x0));
      const first = right.find((t) => t.x0 === x0)!;
      // Runs that touch end where the next starts, give or take the rounding of their estimated widths.
      const before = l.runs
        .filter((t) => t.x0 < x0 && t.x1 <= x0 + h * TEXT.touching && t.x0 < e)
        .sort((a, b) => a.x1 - b.x1)
        .at(-1);
      if (before && l.phrases.some((p) => p.includes(before) && p.includes(first))) touching++;
    }
    if (holding && touching >= holding * UNRULED.touchShare) kept = kept.filter((_, k) => k !== i);
  }
  return kept;
}
