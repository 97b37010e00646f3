// The shape of a pipeline definition: what one family of disclosure calls things, and what runs on it.
import type { Family } from '../model/index.ts';

/** Field paths of the budget block that labels can fill. */
export type BudgetField =
  | 'expenditure.basic'
  | 'expenditure.project'
  | 'expenditure.developmentSpecial'
  | 'expenditure.developmentOther'
  | 'expenditure.total'
  | 'income.fiscalAppropriation'
  | 'income.other'
  | 'income.total';

/** What a table column holds, told from its header cell. */
export type ColumnRole =
  | 'serial'
  | 'name'
  | 'content'
  | 'amount'
  | 'goal'
  | 'level1'
  | 'level2'
  | 'target'
  | 'weight'
  | 'unit'
  | 'op'
  | 'actual'
  | 'score'
  | 'deviation'
  | 'planned'
  | 'adjusted'
  | 'executed'
  | 'rate'
  | 'ignored';

/** Header labels by the role of the column they head. */
export type ColumnVocabulary = Partial<Record<ColumnRole, readonly string[]>>;

/** The kinds of table a family's body holds, each read row by row under its header. */
export type TableKind = 'tasks' | 'indicators' | 'execution';

/** Project facts (项目名称, 主管部门 …) and the 项目资金 block, for the project families. */
export type ProjectLabels = {
  name: readonly string[];
  supervisor: readonly string[];
  implementer: readonly string[];
  period: readonly string[];
  fundsTotal: readonly string[];
  fundsFiscal: readonly string[];
  fundsOther: readonly string[];
  fundsCarryover?: readonly string[];
  /** Headings over the funds block's lines (项目资金（万元）): their brackets state the block's unit. */
  fundsSections: readonly string[];
  /** Labels only a project's form prints (its 实施期 goal, its 专项资金): a table holding one is a project's. */
  projectOnly: readonly string[];
};

export type PipelineDefinition = {
  /** Stable family id, written into every record. */
  family: Family;
  /** A title line of this family (used to find the title among the first blocks). */
  title: RegExp;
  labels: {
    departmentName: readonly string[];
    staffCount: readonly string[];
    subordinateUnits: readonly string[];
    overallGoal: readonly string[];
    budget: Readonly<Record<BudgetField, readonly string[]>>;
    /** A label that stands for "a total" on whichever side of the budget block it sits. */
    budgetTotal: readonly string[];
    /** Row labels that open one side of a budget block printed as stacked rows (资金来源 …, then 支出用途 …):
     *  a bare 合计 below one totals that side. */
    budgetSides?: Readonly<Record<'expenditure' | 'income', readonly string[]>>;
    keyTasks: readonly string[];
    /** Prefixes: the label is usually followed by "(可选填)". */
    otherTasks: readonly string[];
    indicators: readonly string[];
    /** Cells that make a row a header row (skipped). */
    headerCells: readonly string[];
    level1: readonly string[];
    /** Section labels of a self-evaluation's funds block (项目资金, 年度预算执行情况). */
    execution?: readonly string[];
    project?: ProjectLabels;
  };
  /** Column headers of the body's tables, by role: the reader finds a table by its header, not by row prefixes. */
  columns: Readonly<Record<TableKind, ColumnVocabulary>>;
  /** Rule ids run on this family, in order. */
  rules: readonly string[];
  /** Table names the database sinks use for this family. */
  tables: { documents: string; tasks: string; indicators: string; formulas: string; flags: string };
};

/** Declare a pipeline; the identity function gives the object its type. */
export function definePipeline(p: PipelineDefinition): PipelineDefinition {
  return p;
}
