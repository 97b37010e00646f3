// Generator 1's shared blocks: printed task names, the indicator block with merged level cells.
import type { Rng } from '../rng.ts';
import type { Doc, Indicator, Task } from '../model.ts';
import type { Cell } from './grid.ts';

/** The task name cell as printed: `任务3:名称`, `3.名称` or the plain name (序号 and none). */
export function taskCell(t: Task, numbering: Doc['style']['taskNumbering'], colon: string): string {
  if (numbering === 'prefix') return `任务${t.printedNo}${colon}${t.name}`;
  if (numbering === 'dot') return `${t.printedNo}.${t.name}`;
  return t.name;
}

/** Points printed on a level-1 label: the sum of its weights when the form has weights, else a fixed share. */
const SHARE: Record<string, number> = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };
export function level1Text(doc: Doc, l1: string, paren: [string, string]): string {
  if (!doc.style.levelPoints) return l1;
  const w = doc.indicators.filter((i) => i.level1 === l1 && i.weight != null).reduce((s, i) => s + i.weight!, 0);
  return `${l1}${paren[0]}${w || SHARE[l1] || 10}分${paren[1]}`;
}

export interface Col {
  head: string;
  get: (i: Indicator) => string;
  cs?: number;
}

/**
 * Header row plus one row per indicator, level 1/2 as merged cells over their runs; when `repeatAt` is set the
 * header is printed again before that indicator (a page break) and the merges restart there.
 */
export function indicatorRows(doc: Doc, r: Rng, cols: Col[], repeatAt: number | null, levels: boolean): Cell[][] {
  const paren: [string, string] = r.pick([
    ['(', ')'],
    ['（', '）'],
  ]);
  const colon = r.pick([':', '：']);
  const head = (): Cell[] => [
    ...(levels
      ? [
          { t: '一级指标', th: true },
          { t: '二级指标', th: true },
        ]
      : []),
    ...cols.map((c) => ({ t: c.head, th: true, cs: c.cs })),
  ];
  const out: Cell[][] = [head()];
  const inds = doc.indicators;
  const segments = repeatAt != null && repeatAt > 0 && repeatAt < inds.length ? [inds.slice(0, repeatAt), inds.slice(repeatAt)] : [inds];
  segments.forEach((seg, s) => {
    if (s > 0) out.push(head());
    seg.forEach((ind, k) => {
      const row: Cell[] = [];
      if (levels) {
        const prev = seg[k - 1];
        if (!prev || prev.level1 !== ind.level1) row.push({ t: level1Text(doc, ind.level1!, paren), rs: runLength(seg, k, (x) => x.level1), rep: true });
        if (!prev || prev.level1 !== ind.level1 || prev.level2 !== ind.level2)
          row.push({ t: ind.level2!, rs: runLength(seg, k, (x) => `${x.level1}/${x.level2}`), rep: true });
      }
      for (const c of cols) row.push({ t: c.get(ind), cs: c.cs });
      out.push(row);
    });
  });
  void colon;
  return out;
}

function runLength(seg: Indicator[], k: number, key: (i: Indicator) => string | null): number {
  let n = 1;
  while (k + n < seg.length && key(seg[k + n]!) === key(seg[k]!)) n++;
  return n;
}

/** The indicator name as printed, with `指标N:` when the document numbers them. */
export function indName(i: Indicator, colon: string): string {
  return i.printedNo != null ? `指标${i.printedNo}${colon}${i.name}` : i.name;
}

/** Puts a section label cell spanning all rows in front of the first row. */
export function labelled(label: string, rows: Cell[][]): Cell[][] {
  rows[0]!.unshift({ t: label, rs: rows.length });
  return rows;
}

/** A short label sometimes printed with spaces between its characters (部 门 名 称), as scanned forms are. */
export function spaced(r: Rng, label: string): string {
  return label.length <= 4 && r.chance(0.25) ? [...label].join(' ') : label;
}
