// The abstract document both generators render: what is printed, plus the choices that change the gold.
// Rendering-only choices (label synonyms, brackets, column order, merges, repeated headers) stay in the generators.

export type Layout = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I';
export type Family = 'dept-overall-performance-goals' | 'project-performance-goals' | 'dept-overall-self-evaluation' | 'project-self-evaluation';

/** An indicator target as printed, and what a reader should make of it. */
export interface Target {
  raw: string; // the 指标值 cell as printed
  op?: string;
  number?: number;
  unit?: string | null; // absent: text target, only raw is scored
  /** In a workbook the generator may store this as a number with a percent format instead of text. */
  percent?: { fraction: number; prefix: string };
}

export interface Task {
  no: number; // gold no (printed number, else position)
  printedNo: number | null; // the number the document prints (duplicates differ from no)
  name: string;
  content: string;
  amount: number | null;
  goal: string | null;
  duplicate?: boolean; // the second of a duplicated printed number: not in gold tasks
}

export interface Indicator {
  no: number;
  printedNo: number | null;
  level1: string | null;
  level2: string | null;
  level1Points?: number; // printed as 产出指标(50分)
  name: string;
  target: Target;
  nature?: string; // 指标性质 column (=, ≥, ≤ or '') where the layout has one
  measure?: string; // 计量单位/度量单位 column
  weight?: number | null; // 指标权重 / 分值
  actual?: string | null; // 实际完成值 / 完成值 (null: left empty)
  score?: number | null; // 得分
  deviation?: string; // 偏差原因
}

export interface ExecLine {
  label: string;
  group?: string; // group: 按收入性质分 / 按支出性质分 (layout I)
  planned: number;
  adjusted: number;
  executed: number;
  rate: string; // printed, e.g. "98.67%"
  rateNum: number; // the same as a JSON number (98.67)
  weight: number | null;
  score: number | null;
}

export interface Flag {
  target: 'task' | 'indicator' | 'budget' | 'document';
  no: number | null;
  why: string;
  defect: string;
}

export interface Doc {
  layout: Layout;
  family: Family;
  seed: number;
  title: string;
  year: number;
  dept: string;
  staffCount: number | null;
  subUnits: number | null;
  budget: {
    basic: number | null;
    project: number | null;
    devSpecial: number | null;
    devOther: number | null;
    fiscal: number | null;
    other: number | null;
    total: number | null;
    /** Layout-specific extra printed figures (C's split columns, D's previous year, A's 按预算级次). */
    extra: Record<string, number | null>;
  };
  overallGoal: string;
  /** Self-evaluations: 实际完成情况 beside the goal. */
  overallActual?: string;
  tasks: Task[];
  otherTasks: Task[];
  indicators: Indicator[];
  execution?: { lines: ExecLine[]; totalScore: number; weightTotal: number };
  project?: {
    name: string;
    supervisor: string;
    implementer: string;
    period?: string;
    attribute?: string;
    funds: { total: number; fiscal: number | null; other: number | null; fiscalLabel: string; midTotal?: number };
  };
  style: {
    taskNumbering: 'prefix' | 'serial' | 'dot' | 'none';
    indicatorPrefix: boolean;
    levelPoints: boolean;
    cityLevel: boolean;
  };
  formulas: { taskNo: number; operands: number[]; stated: number; statedUnit: string; verdict: 'ok'; text: string }[];
  flags: Flag[];
  notes: string[];
}
