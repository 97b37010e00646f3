// What the project and self-evaluation families share: no department budget block, the project's facts, the
// funds block read as a table, the same columns. Each family file adds its title and its rules.
import type { PipelineDefinition } from '../src/normalize/pipeline.ts';
import { columns } from './columns.ts';
import * as L from './labels.ts';

const none: readonly string[] = [];

/** The definition every family but 部门整体 targets starts from. */
export const familyBase: Omit<PipelineDefinition, 'family' | 'title' | 'rules'> = {
  labels: {
    departmentName: L.departmentName,
    staffCount: none,
    subordinateUnits: none,
    overallGoal: [
      ...L.overallGoal,
      '年度目标',
      '预期目标',
      '年初设定目标',
      '项目年度目标',
      '绩效目标',
      '项目绩效目标',
      '当年绩效目标',
      '全年绩效目标',
      '本年度绩效目标',
      '绩效总目标',
      '项目绩效总目标',
    ],
    budget: {
      'expenditure.basic': none,
      'expenditure.project': none,
      'expenditure.developmentSpecial': none,
      'expenditure.developmentOther': none,
      'expenditure.total': none,
      'income.fiscalAppropriation': none,
      'income.other': none,
      'income.total': none,
    },
    budgetTotal: none,
    keyTasks: none,
    otherTasks: none,
    indicators: L.indicatorSections,
    headerCells: L.headerCells,
    level1: L.level1,
    execution: L.executionSections,
    project: L.project,
  },
  columns,
  tables: { documents: 'documents', tasks: 'tasks', indicators: 'indicators', formulas: 'formulas', flags: 'flags' },
};

/** Rules every family runs on its indicators and rows. */
export const commonRules = [
  'percent-scale',
  'duplicate-number',
  'duplicate-row',
  'number-gap',
  'malformed-row',
  'ocr-digit',
  'placeholder-row',
  'indicator-levels',
  'sheet-formula-mismatch',
  'ocr-label',
  'unknown-label',
  'weights-sum',
  'total-vs-parts',
  'execution-rate',
  'execution-total',
  'score-within-weight',
  'scores-sum',
  'unevaluated-row',
  'target-unmet',
] as const;
