// What the cell-stream reader asks of a cell: is it a fact label, a column heading, a level label, a value — by the
// meaning the families give their labels (pipelines/).
import type { Cell } from '../../parse/grid.ts';
import type { PipelineDefinition } from '../pipeline.ts';
import { isScoredLabel, levelName, matchLabel, meaningKey, meansOneOf } from '../label-meaning.ts';

import { readNumber } from '../numbers.ts';

/** A second level label is short: 数量指标, 社会效益指标, 服务对象满意度指标, and the template's 服务对象满意度指标等. */
const LEVEL2 = /^\p{Script=Han}{2,14}指标等?$/u;
/** A value cell: a figure, a target (≥90%, =100%, 10辆, 2023.07-2024.01), or a placeholder (/, —). */
const VALUE = /^(?:[≥≤<>=＞＜≧≦]|>=|<=)?\s*[-+]?\d|^[/／—–\-.…·]+$/u;
/** A cell this long is text (a goal, content), never a heading. */
export const HEADING_MAX = 20;

/** The families' labels as the reader asks about them: facts, funds lines, section labels, budget lines, 一级 labels. */
export type Labels = { facts: Set<string>; funds: Set<string>; sections: Set<string>; budget: Set<string>; level1: readonly string[] };

export const KINDS = ['indicators', 'tasks', 'execution'] as const;
export const headsAColumn = (text: string, columns: PipelineDefinition['columns']) =>
  text.length <= HEADING_MAX && KINDS.some((k) => matchLabel(text, columns[k]) !== null);

export const isFactLabel = (text: string, labels: Labels) => {
  if (labels.facts.has(meaningKey(text))) return true;
  // 预算部门:文化部门, 年度资金总额:16: the label and its value in one cell.
  const colon = text.search(/[:：]/u);
  return colon >= 2 && colon <= 14 && labels.facts.has(meaningKey(text.slice(0, colon)));
};
export const isLevel1 = (text: string, labels: Labels) => meansOneOf(levelName(text), labels.level1);
/** A 二级 label: a few words ending in 指标, or in the word the table's 一级 labels end with (产出值 → 数量值), or
 *  printing its points (预算配置(15分)). */
export const isLevel2 = (text: string, labels: Labels, suffix = '指标') => {
  const name = levelName(text);
  if (isLevel1(text, labels)) return false;
  return LEVEL2.test(name) || isScoredLabel(text) || (suffix !== '指标' && name.length <= 16 && name.endsWith(suffix) && /^\p{Script=Han}+$/u.test(name));
};

export const isValue = (text: string | undefined) => text !== undefined && (VALUE.test(text.trim()) || readNumber(text) !== null);

/** One cell of two an export broke apart: the first's place, both texts and formulas. */
export const joined = (a: Cell, b: Cell): Cell => ({ ...a, text: a.text + b.text, math: [...a.math, ...b.math] });

export function labelsOf(families: readonly PipelineDefinition[]): Labels {
  const facts = new Set<string>();
  const funds = new Set<string>();
  const sections = new Set<string>();
  const budget = new Set<string>();
  for (const f of families) {
    for (const label of Object.values(f.labels.budget).flat()) budget.add(meaningKey(label));
    for (const label of [...f.labels.indicators, ...f.labels.keyTasks, ...f.labels.otherTasks, ...(f.labels.execution ?? [])]) sections.add(meaningKey(label));
    const p = f.labels.project;
    for (const label of [...(p?.fundsTotal ?? []), ...(p?.fundsFiscal ?? []), ...(p?.fundsOther ?? []), ...f.labels.budgetTotal]) funds.add(meaningKey(label));
    const l = f.labels;
    const lists = [
      l.departmentName,
      l.staffCount,
      l.subordinateUnits,
      l.overallGoal,
      l.budgetTotal,
      l.keyTasks,
      l.otherTasks,
      l.indicators,
      l.execution ?? [],
      ...Object.values(l.budget),
      ...Object.values(l.project ?? {}),
    ];
    for (const list of lists) for (const label of list) facts.add(meaningKey(label));
  }
  return { facts, funds, sections, budget, level1: families[0]!.labels.level1 };
}
export const labelsCache = new WeakMap<readonly PipelineDefinition[], Labels>();
