// The one description of a normalized disclosure record (../shared/contract.md).
// TypeScript types are inferred from these schemas and the JSON Schema is generated from them.
import { z } from 'zod';
import { MONEY_UNITS } from '../arith/money.ts';

/** Where something came from: line/column (markdown, html), page+bbox (pdf), sheet+cell (spreadsheets). */
export const Loc = z.object({
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  page: z.number().int().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  /** Word documents: the table (1-based, in document order, nested tables counted as met) and its row; `column` is the grid column. */
  table: z.number().int().optional(),
  /** PDFs holding several target tables: the first and last page this table stands on. */
  pageSpan: z.tuple([z.number().int(), z.number().int()]).optional(),
  row: z.number().int().optional(),
  /** Word documents: a body paragraph outside tables, 1-based. */
  paragraph: z.number().int().optional(),
});
export type Loc = z.infer<typeof Loc>;

export const Format = z.enum(['markdown', 'html', 'pdf', 'spreadsheet', 'text', 'word', 'image']);
export type Format = z.infer<typeof Format>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string(),
  format: Format,
  pages: z.number().int().nullable(),
  encoding: z.string().optional(),
  /** Position of this target table among the document's target tables (1, 2, 3 …), when it holds several. */
  table: z.number().int().optional(),
  /** PDFs holding several target tables: the first and last page this table stands on. */
  pageSpan: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** Downloaded inputs: the URL after redirects (`path` is the URL as given). */
  url: z.string().optional(),
  /** Downloaded inputs: where the bytes were kept (`<out>/sources/<sha256>.<ext>`). */
  stored: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const TargetKind = z.enum(['task', 'indicator', 'formula', 'budget', 'document', 'row', 'sheetFormula']);

/** What a flag points at; `no` is the task/indicator number, `taskNo` the task a formula belongs to. */
export const Target = z.object({
  kind: TargetKind,
  no: z.number().int().nullable().optional(),
  taskNo: z.number().int().nullable().optional(),
  section: z.enum(['key', 'other']).optional(),
  field: z.string().optional(),
  index: z.number().int().optional(),
});
export type Target = z.infer<typeof Target>;

const Scalar = z.union([z.number(), z.string(), z.null()]);

/** A finding, shaped like a vfile message: data, not a string to parse back. */
export const Flag = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  target: Target,
  expected: Scalar.optional(),
  actual: Scalar.optional(),
  loc: Loc,
});
export type Flag = z.infer<typeof Flag>;

export const Section = z.enum(['key', 'other']);

export const Task = z.object({
  no: z.number().int(),
  name: z.string(),
  content: z.string().nullable(),
  amount: z.number().nullable(),
  /** The amount cell as printed (after NFKC), kept so that rules can see OCR damage. */
  amountRaw: z.string().nullable(),
  goal: z.string().nullable(),
  section: Section,
  /** Where `no` came from: printed on the row (任务3:, a 序号 cell, "3."), or the row's position in its section. */
  numbered: z.enum(['printed', 'position']).optional(),
  /** Fields the row did not have at all (a cell missing, not merely empty). */
  missing: z.array(z.string()),
  loc: Loc,
});
export type Task = z.infer<typeof Task>;

export const Comparison = z.enum(['=', '≥', '≤', '>', '<']);

export const IndicatorValue = z.object({
  raw: z.string().nullable(),
  op: Comparison.nullable(),
  number: z.number().nullable(),
  unit: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Indicator = z.object({
  no: z.number().int(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  /** True when a level was not stated on the row or carried down a merged cell, but inferred. */
  levelInferred: z.boolean(),
  name: z.string(),
  value: IndicatorValue,
  /** Where `no` came from: printed (指标3:, a 序号 cell) or the row's position in the indicator table. */
  numbered: z.enum(['printed', 'position']).optional(),
  /** 指标权重 / 分值: the points this indicator carries. */
  weight: z.number().nullable().optional(),
  /** Self-evaluations: 实际完成值 / 完成值, parsed like the target. */
  actual: IndicatorValue.nullable().optional(),
  /** Self-evaluations: 得分. */
  score: z.number().nullable().optional(),
  /** Self-evaluations: 偏差原因分析及改进措施. */
  deviation: z.string().nullable().optional(),
  /** Self-evaluations: whether the numeric actual value meets the numeric target (null where either is not a number). */
  met: z.boolean().nullable().optional(),
  /** Cells as printed, by field ("weight", "score"), so rules judge precision from what the document printed. */
  raw: z.record(z.string(), z.string()).optional(),
  missing: z.array(z.string()),
  /** Cells the row printed in each other's columns and that were read back in place (度量单位 "≥" beside 指标值类型 "%"):
   *  the printed cells by field. */
  swapped: z.record(z.string(), z.string()).optional(),
  loc: Loc,
});
export type Indicator = z.infer<typeof Indicator>;

export const MoneyUnit = z.enum(MONEY_UNITS);
export const Verdict = z.enum(['ok', 'rounded', 'mismatch', 'unparsable']);
export type Verdict = z.infer<typeof Verdict>;

const Quantity = z.object({ value: z.number().nullable(), unit: MoneyUnit.nullable() });

/** Arithmetic printed in the document's text, recomputed exactly. */
export const Formula = z.object({
  taskNo: z.number().int().nullable(),
  field: z.enum(['content', 'goal', 'name', 'other']),
  syntax: z.enum(['latex', 'mathml', 'plain']),
  text: z.string(),
  expression: z.string().nullable(),
  operands: z.array(z.number()),
  computed: Quantity,
  stated: Quantity,
  /** How the operands' unit was decided: printed beside an operand, or from the magnitude of the result. */
  unitFrom: z.enum(['text', 'magnitude', 'none']),
  /** True when OCR letters inside its numbers (l0, 1O5) were read as digits. */
  ocrRepaired: z.boolean(),
  verdict: Verdict,
  loc: Loc,
});
export type Formula = z.infer<typeof Formula>;

/** A formula typed into a spreadsheet cell (`=C5+C6`), audited against its cached value. */
export const SheetFormula = z.object({
  sheet: z.string(),
  cell: z.string(),
  formula: z.string(),
  cached: z.number().nullable(),
  computed: z.number().nullable(),
  verdict: Verdict,
});
export type SheetFormula = z.infer<typeof SheetFormula>;

/** A row the normalizer saw but could not make into a task or indicator; kept so that nothing is lost. */
export const UnreadRow = z.object({
  section: z.string(),
  cells: z.array(z.string()),
  /** placeholder: the template's example row; note: 备注/说明; total: a 合计 row; unrecognized: none of these. */
  reason: z.enum(['placeholder', 'note', 'total', 'unrecognized']),
  loc: Loc,
});
export type UnreadRow = z.infer<typeof UnreadRow>;

/** A label cell OCR misread by one character, matched to the dictionary label it must be; reported by `ocr-label`. */
export const RepairedLabel = z.object({
  /** The record field the label introduces ("expenditure.project", "department.name"). */
  field: z.string(),
  /** The dictionary's label. */
  label: z.string(),
  /** The label as OCR read it. */
  read: z.string(),
  loc: Loc,
});
export type RepairedLabel = z.infer<typeof RepairedLabel>;

const Amount = z.number().nullable();

export const Budget = z.object({
  unit: z.string(),
  expenditure: z.object({
    basic: Amount,
    project: Amount,
    developmentSpecial: Amount,
    developmentOther: Amount,
    total: Amount,
  }),
  income: z.object({ fiscalAppropriation: Amount, other: Amount, total: Amount }),
  /** Each budget cell as printed, by field path ("expenditure.basic"), for the rules that judge precision. */
  raw: z.record(z.string(), z.string()),
  loc: z.record(z.string(), Loc),
});
export type Budget = z.infer<typeof Budget>;

/**
 * A part printed under a budget line (layout C: 基本支出 → 合计 | 财政拨款 | 专户资金 | 单位资金; layout D: 合计 rows
 * over their parts), kept so a rule can add the parts up against the line they belong to.
 */
export const BudgetPart = z.object({
  /** The line the part belongs to: a budget field path ("expenditure.basic") or the printed label of a 合计 row. */
  of: z.string(),
  label: z.string(),
  amount: Amount,
  raw: z.string(),
  loc: Loc,
});
export type BudgetPart = z.infer<typeof BudgetPart>;

/** Project families: 项目名称, 主管部门, 实施单位, 项目期限 and the 项目资金 block. */
export const Project = z.object({
  name: z.string().nullable(),
  supervisor: z.string().nullable(),
  implementer: z.string().nullable(),
  period: z.string().nullable(),
  /** `carryover`: 上年结转, a part of the total some forms print beside 财政拨款 and 其他资金; absent where not printed. */
  funds: z.object({ total: Amount, fiscal: Amount, other: Amount, carryover: Amount.optional() }),
  /** Fund cells as printed, by field ("funds.total"), and where they stand. */
  raw: z.record(z.string(), z.string()),
  loc: z.record(z.string(), Loc),
});
export type Project = z.infer<typeof Project>;

/** One line of a self-evaluation's funds block (年度资金总额, 其中:当年财政拨款 …). */
export const ExecutionLine = z.object({
  label: z.string(),
  planned: Amount, // 年初预算数
  adjusted: Amount, // 全年预算数 / 调整后预算数
  executed: Amount, // 全年执行数 / 预算执行数
  rate: Amount, // 执行率, in percent
  weight: Amount, // 分值 / 权重
  score: Amount, // 得分
  /** The cells as printed, by field, for precision. */
  raw: z.record(z.string(), z.string()),
  loc: Loc,
});
export type ExecutionLine = z.infer<typeof ExecutionLine>;

export const Execution = z.object({
  lines: z.array(ExecutionLine),
  /** 总分 / 合计 of the whole form, as printed. */
  totalScore: Amount,
  totalScoreRaw: z.string().nullable(),
  loc: Loc.nullable(),
});
export type Execution = z.infer<typeof Execution>;

/** The 合计/总分 row under an indicator table: the printed totals of its 权重/分值 and 得分 columns. */
export const IndicatorTotal = z.object({
  weight: Amount,
  score: Amount,
  raw: z.record(z.string(), z.string()),
  loc: Loc,
});
export type IndicatorTotal = z.infer<typeof IndicatorTotal>;

/** The four families of disclosure the tool reads. */
export const Family = z.enum(['dept-overall-performance-goals', 'project-performance-goals', 'dept-overall-self-evaluation', 'project-self-evaluation']);
export type Family = z.infer<typeof Family>;

/** A column or label the reader met but does not know: kept, and reported as info, never silently dropped. */
export const UnknownLabel = z.object({ label: z.string(), where: z.string(), loc: Loc });
export type UnknownLabel = z.infer<typeof UnknownLabel>;

export const DisclosureRecord = z.object({
  id: z.string(),
  family: Family,
  source: Source,
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  department: z.object({
    name: z.string().nullable(),
    /** A budget code printed before the name ([292]国家信访局 → name 国家信访局, code 292); absent where none is. */
    code: z.string().optional(),
    staffCount: z.number().int().nullable(),
    subordinateUnits: z.number().int().nullable(),
  }),
  budget: Budget,
  /** Parts printed under budget lines, for the total-vs-parts rule. */
  budgetParts: z.array(BudgetPart).optional(),
  /** Project families only. */
  project: Project.nullable().optional(),
  /** Self-evaluation families only: the funds block and the form's total score. */
  execution: Execution.nullable().optional(),
  /** The indicator table's printed 合计/总分 row, where it has one. */
  indicatorTotal: IndicatorTotal.nullable().optional(),
  overallGoal: z.string().nullable(),
  tasks: z.array(Task),
  indicators: z.array(Indicator),
  formulas: z.array(Formula),
  sheetFormulas: z.array(SheetFormula),
  unreadRows: z.array(UnreadRow),
  repairedLabels: z.array(RepairedLabel),
  /** Header cells and labels not in the family's dictionary, kept and reported as info. */
  unknownLabels: z.array(UnknownLabel).optional(),
  flags: z.array(Flag),
});
export type DisclosureRecord = z.infer<typeof DisclosureRecord>;

/** The record's JSON Schema (draft 2020-12), generated from the zod schema above. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(DisclosureRecord, { target: 'draft-2020-12' });
}
