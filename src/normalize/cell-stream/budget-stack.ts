// A budget printed as stacked headers over one row of figures (layout C: 总额 | 基本支出 | 项目支出, then 合计 | 财政拨款
// | 专户资金 | 单位资金 under each of the last two, then the nine figures), exported one cell a line. The cells say
// nothing of the spans; the counts do: the sub-labels repeat in groups of one size, the last labels above own one
// group each, and the figures are one per leaf. The rows are rebuilt as the HTML grid has them (a label copied over
// the columns it spans), so the budget reader names each figure by the labels stacked above it.
import type { Cell } from '../../parse/grid.ts';
import { blank } from '../rows.ts';
import { isValue } from './vocabulary.ts';

/** A label of the stack is short: 基本支出, 财政拨款; a longer cell is text. */
const LABEL_MAX = 12;
/** Fewer figures than this are a pair or two, not a stacked budget. */
const MIN_FIGURES = 3;

/**
 * The three rows (top labels, sub-labels, figures) of a stacked budget starting at cell `i`, and the index after it;
 * null when the cells there are no such stack. `isLine` says whether a label is one of the family's budget lines.
 */
export function budgetStack(cells: Cell[], i: number, isLine: (text: string) => boolean): { rows: Cell[][]; end: number } | null {
  if (!isLine(cells[i]?.text ?? '')) return null;
  const labels: Cell[] = [];
  let k = i;
  for (; k < cells.length && !isValue(cells[k]!.text); k++) {
    const text = cells[k]!.text;
    if (text === '') continue;
    if (text.length > LABEL_MAX) return null;
    labels.push(cells[k]!);
  }
  const figures: Cell[] = [];
  for (; k < cells.length && cells[k]!.text !== '' && isValue(cells[k]!.text); k++) figures.push(cells[k]!);
  if (figures.length < MIN_FIGURES) return null;
  const shape = groupsOf(labels, figures.length, isLine);
  if (!shape) return null;
  const { tops, size, groups } = shape;
  const leaves = tops.length - groups;
  const spanned = (c: Cell): Cell => ({ ...c, spanned: true });
  const top: Cell[] = [...tops.slice(0, leaves)];
  for (const owner of tops.slice(leaves)) top.push(owner, ...Array.from({ length: size - 1 }, () => spanned(owner)));
  const subs = labels.slice(tops.length);
  const sub: Cell[] = [...tops.slice(0, leaves).map(blank), ...subs];
  return { rows: [top, sub, figures], end: k };
}

/** How the labels split into top labels and equal groups of sub-labels so that the leaves are as many as the figures. */
function groupsOf(labels: Cell[], leaves: number, isLine: (text: string) => boolean): { tops: Cell[]; size: number; groups: number } | null {
  for (let topCount = 1; topCount < labels.length; topCount++) {
    const subs = labels.slice(topCount).map((c) => c.text);
    for (let groups = 1; groups <= topCount; groups++) {
      if (subs.length % groups !== 0) continue;
      const size = subs.length / groups;
      if (size < 2 || topCount - groups + subs.length !== leaves) continue;
      const first = subs.slice(0, size).join('|');
      const same = Array.from({ length: groups }, (_, g) => subs.slice(g * size, (g + 1) * size).join('|')).every((s) => s === first);
      const tops = labels.slice(0, topCount);
      if (same && tops.slice(topCount - groups).every((c) => isLine(c.text))) return { tops, size, groups };
    }
  }
  return null;
}
