// What reading a document's body collects, shared by the row readers of each table kind.
import type { ExecutionLine, Indicator, IndicatorTotal, Loc, Target, Task, UnknownLabel, UnreadRow } from '../model/index.ts';
import type { Cell, MathSource } from '../parse/grid.ts';

/** A formula found in a task's cells, waiting to be recomputed by audit/formula. */
export type FormulaSource = { taskNo: number | null; field: 'content' | 'goal' | 'name' | 'other'; math: MathSource; context: string };

/** The value cell of a task or indicator and what a flag on that cell is about (parser flags know only the cell). */
export type CellTarget = {
  loc: Loc;
  target: Target;
  /** The indicator the cell belongs to, so that its target follows when the indicators are renumbered. */
  of?: Indicator;
};

export type Body = {
  tasks: Task[];
  indicators: Indicator[];
  unreadRows: UnreadRow[];
  formulaSources: FormulaSource[];
  valueCells: CellTarget[];
  executionLines: ExecutionLine[];
  /** The 总分 printed at the foot of a self-evaluation. */
  totalScore: { value: number | null; raw: string; loc: Loc } | null;
  indicatorTotal: IndicatorTotal | null;
  unknownLabels: UnknownLabel[];
};

export type Section = 'none' | 'key' | 'other' | 'indicators' | 'execution';

/** A note under a table or the form's sign-off (备注:, 填表人:, 联系电话:, 财政部门审核意见), a page's list of attachments (附件:): no row of data. */
export const NOTE =
  /^(?:(?:备注|注|说明|填表说明|填报说明|填报人|填表人|单位负责人|负责人|联系人|联系电话|审核人|附件)\s*[:\d]|\p{Script=Han}{0,8}(?:审核|审批)意见)/u;
/** A cell a template left to be filled: dots, an ellipsis, commas. */
export const PLACEHOLDER = /^[.。…·,、\s]*$/u;

/** Levels in force while walking an indicator table; `inferred` when they came from a span recovered from layout. */
export type Levels = { level1: string | null; level2: string | null; inferred1: boolean; inferred2: boolean };

export const emptyBody = (): Body => ({
  tasks: [],
  indicators: [],
  unreadRows: [],
  formulaSources: [],
  valueCells: [],
  executionLines: [],
  totalScore: null,
  indicatorTotal: null,
  unknownLabels: [],
});

/** Record every formula a task's cells hold, for the audit stage to recompute. */
export function collectFormulas(body: Body, taskNo: number, fields: Array<[Cell | undefined, FormulaSource['field']]>): void {
  for (const [cell, field] of fields) for (const math of cell?.math ?? []) body.formulaSources.push({ taskNo, field, math, context: cell!.text });
}
