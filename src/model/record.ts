// The one description of a normalized disclosure record (../shared/contract.md).
// TypeScript types are inferred from these schemas and the JSON Schema is generated from them.
import { z } from 'zod';

/** Where something came from: line/column (markdown, html), page+bbox (pdf), sheet+cell (spreadsheets). */
export const Loc = z.object({
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  page: z.number().int().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
});
export type Loc = z.infer<typeof Loc>;

export const Format = z.enum(['markdown', 'html', 'pdf', 'spreadsheet', 'text', 'image']);
export type Format = z.infer<typeof Format>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string(),
  format: Format,
  pages: z.number().int().nullable(),
  encoding: z.string().optional(),
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
  missing: z.array(z.string()),
  loc: Loc,
});
export type Indicator = z.infer<typeof Indicator>;

export const MoneyUnit = z.enum(['元', '万元', '亿元']);
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

export const DisclosureRecord = z.object({
  id: z.string(),
  family: z.string(),
  source: Source,
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  department: z.object({
    name: z.string().nullable(),
    staffCount: z.number().int().nullable(),
    subordinateUnits: z.number().int().nullable(),
  }),
  budget: Budget,
  overallGoal: z.string().nullable(),
  tasks: z.array(Task),
  indicators: z.array(Indicator),
  formulas: z.array(Formula),
  sheetFormulas: z.array(SheetFormula),
  unreadRows: z.array(UnreadRow),
  repairedLabels: z.array(RepairedLabel),
  flags: z.array(Flag),
});
export type DisclosureRecord = z.infer<typeof DisclosureRecord>;

/** The record's JSON Schema (draft 2020-12), generated from the zod schema above. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(DisclosureRecord, { target: 'draft-2020-12' });
}
