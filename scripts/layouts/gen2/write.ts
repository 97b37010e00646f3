// Generator 2's cursor over a Sheet: section rows across the width, label/value pairs, task and indicator tables.
import type { Rng } from '../rng.ts';
import type { Doc, Indicator } from '../model.ts';
import { Sheet } from './sheet.ts';

/** A column of a row table: header text, width in sheet columns, and the value of a row. */
export interface Column<T> {
  head: string;
  w?: number;
  val: (x: T) => string | number | null | undefined;
  fmt?: (x: T) => string | undefined;
}

/** Writes rows downward from row 1 of one sheet. */
export class Cursor {
  readonly s: Sheet;
  row = 1;
  constructor(
    name: string,
    readonly W: number,
    readonly r: Rng,
    readonly doc: Doc,
  ) {
    this.s = new Sheet(name);
  }
  /** A full-width row (title, section name, or a label and value in one cell). */
  wide(text: string): this {
    this.s.block(this.row++, 1, 1, this.W, text);
    return this;
  }
  /** Label cells and values laid out left to right; the last entry stretches to the width. */
  line(...items: (string | number | null | [string | number | null, number])[]): this {
    let c = 1;
    items.forEach((it, k) => {
      const [v, w] = Array.isArray(it) ? it : [it, 1];
      const width = k === items.length - 1 ? Math.max(w, this.W - c + 1) : w;
      this.s.block(this.row, c, 1, width, v);
      c += width;
    });
    this.row++;
    return this;
  }
  /** A header row and one row per item; `merge` lists leading columns whose equal runs become merged cells. */
  table<T>(items: T[], cols: Column<T>[], opts: { merge?: ((x: T) => string)[]; repeatAt?: number | null; startCol?: number } = {}): this {
    const c0 = opts.startCol ?? 1;
    const header = () => {
      let c = c0;
      for (const col of cols) {
        this.s.block(this.row, c, 1, col.w ?? 1, col.head);
        c += col.w ?? 1;
      }
      this.row++;
    };
    header();
    const segs = opts.repeatAt ? [items.slice(0, opts.repeatAt), items.slice(opts.repeatAt)] : [items];
    segs.forEach((seg, si) => {
      if (si > 0) header();
      const top = this.row;
      seg.forEach((x, i) => {
        let c = c0;
        cols.forEach((col, k) => {
          const key = opts.merge?.[k];
          const runStart = key && i > 0 && key(seg[i - 1]!) === key(x) && sameBefore(opts.merge!, k, seg[i - 1]!, x);
          if (!runStart) {
            let h = 1;
            if (key) while (i + h < seg.length && key(seg[i + h]!) === key(x) && sameBefore(opts.merge!, k, seg[i + h]!, x)) h++;
            this.s.block(top + i, c, h, col.w ?? 1, col.val(x), col.fmt?.(x));
          }
          c += col.w ?? 1;
        });
      });
      this.row += seg.length;
    });
    return this;
  }
}

/** Merged runs of a later level column never cross a change of an earlier one. */
function sameBefore<T>(keys: ((x: T) => string)[], k: number, a: T, b: T): boolean {
  for (let j = 0; j < k; j++) if (keys[j]!(a) !== keys[j]!(b)) return false;
  return true;
}

/** An indicator target cell: percent targets sometimes stored as a number with a percent format (1 → 100%). */
export function targetCell(i: Indicator, r: Rng): { v: string | number; fmt?: string } {
  const p = i.target.percent;
  if (p && i.target.raw === `${p.prefix}${Math.round(p.fraction * 100)}%` && r.chance(0.6)) return { v: p.fraction, fmt: p.prefix ? `"${p.prefix}"0%` : '0%' };
  if (/^\d+(\.\d+)?$/.test(i.target.raw) && r.chance(0.5)) return { v: Number(i.target.raw) };
  return { v: i.target.raw };
}

/** The level-1 label, with its points when the document prints them. */
export function level1Label(doc: Doc, i: Indicator): string {
  if (!doc.style.levelPoints) return i.level1!;
  const w = doc.indicators.filter((x) => x.level1 === i.level1).reduce((s, x) => s + (x.weight ?? 0), 0);
  return `${i.level1}（${w || ({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 } as Record<string, number>)[i.level1!] || 10}分）`;
}
