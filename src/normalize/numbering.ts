// Where a task's or indicator's number comes from: printed on the row (a 序号 cell, `任务3:`, `3.`), or its place.
import type { Indicator, Task } from '../model/index.ts';
import type { CellTarget } from './body-state.ts';
import { numeral } from '../parse/shared/numerals.ts';

/** `任务3:` / `指标十二、` before a name, with the number captured; `;` is a colon OCR read with its tail (任务3;). */
const PREFIX: Record<'task' | 'indicator', RegExp> = {
  task: /^任务\s*(\d+|[一二三四五六七八九十百]+(?=\s*[:;.、]))\s*[:;.、]?\s*/u,
  indicator: /^指标\s*(\d+|[一二三四五六七八九十百]+(?=\s*[:;.、]))\s*[:;.、]?\s*/u,
};
/** A bare ordinal before a name: `3.`, `3、`, `(3)`, `一、`; a year (`2024年`) or a plain figure is not one. */
const ORDINAL = /^(?:[(（]\s*(\d{1,3}|[一二三四五六七八九十]+)\s*[)）]|(\d{1,3}|[一二三四五六七八九十]+)\s*[.、．](?!\d))\s*/u;
/** A 序号 cell: a number, possibly with a trailing dot or in brackets. */
const SERIAL = /^[(（]?\s*(\d{1,4}|[一二三四五六七八九十百]+)\s*[)）.、．]?$/u;

export type Numbered = { no: number | null; name: string };

/** Split a printed number off a name cell: `任务3: 业务费` → 3, `业务费`; no number → null and the name as is. */
export function numberedName(text: string, kind: 'task' | 'indicator'): Numbered {
  const t = text.trim();
  const m = PREFIX[kind].exec(t) ?? ORDINAL.exec(t);
  if (!m) return { no: null, name: t };
  const no = numeral((m[1] ?? m[2])!);
  const name = t.slice(m[0].length).trim();
  return Number.isFinite(no) && name !== '' ? { no, name } : { no: null, name: t };
}

/** The name after a printed `任务N:` / `指标N:` prefix; '' when the cell holds the prefix alone. */
export function afterPrefix(text: string, kind: 'task' | 'indicator'): string {
  return text.trim().replace(PREFIX[kind], '').trim();
}

/** The number a 序号 cell prints, or null. */
export function serialNumber(text: string | undefined): number | null {
  const m = SERIAL.exec((text ?? '').replace(/\s+/gu, ''));
  if (!m) return null;
  const n = numeral(m[1]!);
  return Number.isFinite(n) ? n : null;
}

/**
 * Indicator numbers that start again at 1 with each group (指标1 under 数量指标, 指标1 under 质量指标 …, a template's
 * habit) count within the group, not through the table, so they are no row numbers: the rows are numbered by
 * position, as where nothing is printed, and the value cells follow. Numbers that run on, or repeat inside one
 * group (a misnumbered row the audit reports), are left as printed.
 */
export function numberWithinGroups(indicators: Indicator[], cells: readonly CellTarget[]): void {
  // A row printed without its number (a page cut inside its last row) is numbered by its place either way.
  const printed = indicators.filter((i) => i.numbered === 'printed');
  if (printed.length < 2 || indicators.length - printed.length > 1) return;
  let restarts = 0;
  for (let k = 1; k < printed.length; k++) {
    const [a, b] = [printed[k - 1]!, printed[k]!];
    if (b.no! > a.no!) continue;
    if (b.no !== 1 || (a.level1 === b.level1 && a.level2 === b.level2)) return;
    restarts++;
  }
  if (restarts === 0) return;
  indicators.forEach((i, k) => Object.assign(i, { no: k + 1, numbered: 'position' }));
  for (const c of cells) if (c.of && c.target.kind === 'indicator') c.target.no = c.of.no;
}

/** A word and a number before a name (项目支出1:文旅融合, 重点工作2、…): a bureau's own numbering, when every row has it. */
const WORD_NUMBER = /^(\p{Script=Han}{1,6}?)\s*(\d{1,3})\s*[:：、.]\s*(\S.*)$/su;

/**
 * Task names that all begin with one word and the row's number (项目支出1: … 项目支出6:, one county's habit as 任务N:
 * is another's) print their numbers: the word and number are no part of the name. Only where the numbers are the
 * rows' places in their section, so no row's number changes.
 */
export function numberedByRepeatedWord(tasks: Task[]): void {
  for (const section of new Set(tasks.map((t) => t.section))) {
    const rows = tasks.filter((t) => t.section === section && t.numbered === 'position');
    if (rows.length < 2 || rows.length !== tasks.filter((t) => t.section === section).length) continue;
    const parts = rows.map((t) => WORD_NUMBER.exec(t.name));
    if (parts.some((m, k) => !m || m[1] !== parts[0]![1] || Number(m[2]) !== rows[k]!.no)) continue;
    rows.forEach((t, k) => Object.assign(t, { name: parts[k]![3]!.trim(), numbered: 'printed' }));
  }
}
