// Tasks and indicators: a small state machine over the row stream, driven by the pipeline's labels.
import type { Indicator, Loc, Target, Task, UnreadRow } from '../model/index.ts';
import type { Cell, MathSource } from '../parse/grid.ts';
import { INDICATOR_MARKER, TASK_MARKER } from '../parse/shared/markers.ts';
import { labelKey } from '../parse/shared/text.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { keysOf, type Row } from './rows.ts';
import { readNumber } from './numbers.ts';
import { parseIndicatorValue } from './indicator-value.ts';
import { numeral } from '../parse/shared/numerals.ts';

/** A formula found in a task's cells, waiting to be recomputed by audit/formula. */
export type FormulaSource = { taskNo: number | null; field: 'content' | 'goal' | 'name' | 'other'; math: MathSource; context: string };

/** The value cell of a task or indicator and what a flag on that cell is about (parser flags know only the cell). */
export type CellTarget = { loc: Loc; target: Target };

export type Body = { tasks: Task[]; indicators: Indicator[]; unreadRows: UnreadRow[]; formulaSources: FormulaSource[]; valueCells: CellTarget[] };

type Section = 'none' | 'key' | 'other' | 'indicators';
const PLACEHOLDER = /^[.。…·,、\s]*$/u;
const BLANK_TEMPLATE = /^(?:0|0\.0+)?$/u;
const NOTE = /^(?:备注|注|说明|填表说明)\s*[:\d]/u;
const TOTAL = /^(?:合计|总计|小计)$/u;

/** Walk the rows once, collecting tasks, indicators, placeholder and unreadable rows. */
export function readBody(rows: Row[], p: PipelineDefinition): Body {
  const body: Body = { tasks: [], indicators: [], unreadRows: [], formulaSources: [], valueCells: [] };
  const headerCells = new Set(p.labels.headerCells);
  const level1Labels = new Set(p.labels.level1);
  const outerLabels = new Set(p.labels.indicators);
  let section: Section = 'none';
  let level1: string | null = null;
  let level2: string | null = null;
  // Whether the level in force came from a span the parser recovered from layout alone (Cell.inferred).
  let inferred1 = false;
  let inferred2 = false;

  for (const row of rows) {
    const keys = keysOf(row);
    if (keys.some((k) => p.labels.otherTasks.some((l) => k.startsWith(l)))) section = 'other';
    else if (keys.some((k) => p.labels.keyTasks.includes(k))) section = 'key';
    if (row.kind !== 'row') continue;

    const t = keys.findIndex((k) => TASK_MARKER.test(k));
    const ind = keys.findIndex((k) => INDICATOR_MARKER.test(k));
    if (t >= 0 && (ind < 0 || t < ind)) {
      if (section === 'none' || section === 'indicators') section = 'key';
      readTask(row, t, section, body);
      continue;
    }
    if (ind >= 0) {
      section = 'indicators';
      const lv = statedLevels(row.cells, ind, outerLabels);
      if (lv.level1 !== undefined) { level1 = lv.level1; inferred1 = lv.inferred1; if (lv.level2 === undefined) { level2 = null; inferred2 = false; } }
      if (lv.level2 !== undefined) { level2 = lv.level2; inferred2 = lv.inferred2; }
      readIndicator(row, ind, level1, level2, inferred1 || inferred2, body);
      continue;
    }
    if (keys.some((k) => p.labels.indicators.includes(k) || k === '一级指标')) section = 'indicators';
    else if (keys.includes('主要实施内容') && section === 'none') section = 'key';
    if (section === 'none' || keys.some((k) => headerCells.has(k) || p.labels.keyTasks.includes(k))) continue;
    const texts = row.cells.map((c) => c.text);
    // Copies of a merged label (rowspan) carry no data of the row's own, nor does the section's own label.
    const own = row.cells.filter((c, i) => !c.spanned && !isSectionLabel(keys[i]!, p)).map((c) => c.text);
    if (own.every((x) => BLANK_TEMPLATE.test(x) || PLACEHOLDER.test(x))) {
      if (texts.some((x) => x !== '')) body.unreadRows.push({ section, cells: texts, reason: 'placeholder', loc: row.loc });
      continue;
    }
    if (section === 'indicators' && texts.filter((x) => x !== '').every((x) => level1Labels.has(labelKey(x)) || labelKey(x).endsWith('指标'))) {
      // Level labels on a row of their own (rowspan heads the OCR cut away): they set the levels below.
      continue;
    }
    const first = keys.find((k) => k !== '') ?? '';
    const reason = NOTE.test(first) ? 'note' : TOTAL.test(first) ? 'total' : 'unrecognized';
    body.unreadRows.push({ section, cells: texts, reason, loc: row.loc });
  }
  return body;
}

/** 其他需完成的任务(可选填) on a data row: the section's label (a 年度重点工作任务 row never gets this far). */
const isSectionLabel = (key: string, p: PipelineDefinition) => p.labels.otherTasks.some((l) => key.startsWith(l));

function readTask(row: Row, at: number, section: Section, body: Body): void {
  const marker = TASK_MARKER.exec(labelKey(row.cells[at]!.text))!;
  const no = numeral(marker[1]!);
  let name = row.cells[at]!.text.replace(/^任务\s*(?:\d+|[一二三四五六七八九十百]+)\s*[:.、]?\s*/u, '').trim();
  let rest = row.cells.slice(at + 1);
  // "任务3" and its name in two cells: the name is the next cell when four follow.
  if (name === '' && rest.filter((c) => c.text !== '').length >= 4) { name = rest[0]!.text; rest = rest.slice(1); }
  const sec = section === 'other' ? 'other' : 'key';
  const cells = trimTrailingEmpty(rest);
  if (PLACEHOLDER.test(name)) {
    body.unreadRows.push({ section: sec, cells: row.cells.map((c) => c.text), reason: 'placeholder', loc: row.cells[at]!.loc });
    return;
  }
  const [content, amountCell, goal] = alignShortRow(cells);
  const missing = (['content', 'amount', 'goal'] as const).filter((_, i) => [content, amountCell, goal][i] === undefined);
  const amount = amountCell ? readNumber(amountCell.text, { stripUnit: /万元$/u }) : null;
  body.tasks.push({
    no, name, section: sec, missing: [...missing],
    content: content?.text ?? null,
    amount: amount ? amount.value : null,
    amountRaw: amountCell?.text ?? null,
    goal: goal?.text ?? null,
    loc: row.cells[at]!.loc,
  });
  if (amountCell) body.valueCells.push({ loc: amountCell.loc, target: { kind: 'task', no, section: sec, field: 'amount' } });
  const fields: Array<[Cell | undefined, 'content' | 'goal' | 'name']> = [[content, 'content'], [goal, 'goal'], [row.cells[at], 'name']];
  for (const [cell, field] of fields) for (const math of cell?.math ?? []) body.formulaSources.push({ taskNo: no, field, math, context: cell!.text });
}

function readIndicator(row: Row, at: number, level1: string | null, level2: string | null, levelInferred: boolean, body: Body): void {
  const marker = INDICATOR_MARKER.exec(labelKey(row.cells[at]!.text))!;
  const name = row.cells[at]!.text.replace(/^指标\s*(?:\d+|[一二三四五六七八九十百]+)\s*[:.、]?\s*/u, '').trim();
  const valueCell = row.cells.slice(at + 1).find((c) => c.text !== '');
  const raw = valueCell?.text ?? null;
  const no = numeral(marker[1]!);
  body.indicators.push({
    no, name, level1, level2, levelInferred,
    value: parseIndicatorValue(raw, name),
    missing: valueCell ? [] : ['value'],
    loc: row.cells[at]!.loc,
  });
  if (valueCell) body.valueCells.push({ loc: valueCell.loc, target: { kind: 'indicator', no, field: 'value' } });
}

/**
 * Levels printed on the row: the cell just before the indicator is 二级指标, the one before that 一级指标.
 * An empty cell states nothing (the merged cell above carries down). A level taken from a span the parser
 * recovered from layout alone (Cell.inferred) is marked, so the indicator says `levelInferred`.
 */
function statedLevels(cells: Cell[], at: number, outer: Set<string>): { level1?: string; level2?: string; inferred1: boolean; inferred2: boolean } {
  const level = (i: number) => (i >= 0 && !outer.has(labelKey(cells[i]!.text)) ? labelKey(cells[i]!.text) : '');
  // Position decides, not the label: 成本指标 is 一级 in one framework and 二级 under 产出指标 in the other.
  const l2 = level(at - 1);
  const l1 = level(at - 2);
  return {
    ...(l1 ? { level1: l1 } : {}),
    ...(l2 ? { level2: l2 } : {}),
    inferred1: l1 !== '' && cells[at - 2]!.inferred === true,
    inferred2: l2 !== '' && cells[at - 1]!.inferred === true,
  };
}

const isAmount = (c: Cell | undefined) => c !== undefined && readNumber(c.text, { stripUnit: /万元$/u }) !== null;

/**
 * A task row short of a cell: the amount is the cell that reads as a number, so the missing one is placed
 * around it (content before, goal after) instead of everything shifting left into the wrong field.
 */
function alignShortRow(cells: Cell[]): [Cell | undefined, Cell | undefined, Cell | undefined] {
  if (isAmount(cells[1])) return [cells[0], cells[1], cells[2]];
  if (isAmount(cells[0])) return [undefined, cells[0], cells[1]];
  if (cells.length >= 2) return [cells[0], cells[1], cells[2]];
  return [cells[0], undefined, undefined];
}

function trimTrailingEmpty(cells: Cell[]): Cell[] {
  let n = cells.length;
  // Keep up to three cells even when empty (an empty goal is still a goal cell); drop the surplus blanks.
  while (n > 3 && cells[n - 1]!.text === '') n--;
  return cells.slice(0, n);
}
