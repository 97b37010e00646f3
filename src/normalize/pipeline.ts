// The shape of a pipeline definition: what one family of disclosure calls things, and what runs on it.
import type { Family } from '../model/index.ts';

/** Field paths of the budget block that labels can fill. */
export type BudgetField =
  | 'expenditure.basic' | 'expenditure.project' | 'expenditure.developmentSpecial' | 'expenditure.developmentOther' | 'expenditure.total'
  | 'income.fiscalAppropriation' | 'income.other' | 'income.total';

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
    keyTasks: readonly string[];
    /** Prefixes: the label is usually followed by "(可选填)". */
    otherTasks: readonly string[];
    indicators: readonly string[];
    /** Cells that make a row a header row (skipped). */
    headerCells: readonly string[];
    level1: readonly string[];
  };
  /** Rule ids run on this family, in order. */
  rules: readonly string[];
  /** Table names the database sinks use for this family. */
  tables: { documents: string; tasks: string; indicators: string; formulas: string; flags: string };
};

/** Declare a pipeline; the identity function gives the object its type. */
export function definePipeline(p: PipelineDefinition): PipelineDefinition {
  return p;
}
