// A record as rows of the five tables every database sink writes (documents, tasks, indicators, formulas, flags).
import type { DisclosureRecord } from '../model/index.ts';

export type Row = Record<string, string | number | null>;
export type TableRows = { documents: Row[]; tasks: Row[]; indicators: Row[]; formulas: Row[]; flags: Row[]; execution_lines: Row[] };

const json = (v: unknown) => JSON.stringify(v ?? {});
const scalar = (v: unknown) => (v === undefined || v === null ? null : String(v));

/** Rows of one document; every row keeps the document id and its loc (as JSON), so provenance reaches the database. */
export function recordRows(r: DisclosureRecord): TableRows {
  const b = r.budget;
  return {
    documents: [{
      id: r.id, path: r.source.path, sha256: r.source.sha256, format: r.source.format, family: r.family,
      title: r.title, year: r.year, department: r.department.name, staff_count: r.department.staffCount, subordinate_units: r.department.subordinateUnits,
      budget_unit: b.unit, basic: b.expenditure.basic, project: b.expenditure.project, development_special: b.expenditure.developmentSpecial,
      development_other: b.expenditure.developmentOther, expenditure_total: b.expenditure.total,
      fiscal_appropriation: b.income.fiscalAppropriation, other_income: b.income.other, income_total: b.income.total,
      overall_goal: r.overallGoal, source_table: r.source.table ?? null,
      project_name: r.project?.name ?? null, project_supervisor: r.project?.supervisor ?? null, project_implementer: r.project?.implementer ?? null,
      funds_total: r.project?.funds.total ?? null, funds_fiscal: r.project?.funds.fiscal ?? null, funds_other: r.project?.funds.other ?? null,
      total_score: r.execution?.totalScore ?? null, flag_count: r.flags.length, warning_count: r.flags.filter((f) => f.severity !== 'info').length,
      record: JSON.stringify(r),
    }],
    tasks: r.tasks.map((t, ord) => ({ document_id: r.id, ord, no: t.no, section: t.section, name: t.name, content: t.content, amount: t.amount, amount_text: t.amountRaw, goal: t.goal, loc: json(t.loc) })),
    indicators: r.indicators.map((i, ord) => ({
      document_id: r.id, ord, no: i.no, level1: i.level1, level2: i.level2, level_inferred: i.levelInferred ? 1 : 0, name: i.name,
      raw: i.value.raw, op: i.value.op, number: i.value.number, unit: i.value.unit, loc: json(i.loc),
      weight: i.weight ?? null, actual_raw: i.actual?.raw ?? null, actual_number: i.actual?.number ?? null, score: i.score ?? null,
      deviation: i.deviation ?? null, met: i.met === undefined || i.met === null ? null : i.met ? 1 : 0,
    })),
    execution_lines: (r.execution?.lines ?? []).map((l, ord) => ({
      document_id: r.id, ord, label: l.label, planned: l.planned, adjusted: l.adjusted, executed: l.executed, rate: l.rate,
      weight: l.weight, score: l.score, raw: json(l.raw), loc: json(l.loc),
    })),
    formulas: r.formulas.map((f, ord) => ({
      document_id: r.id, ord, task_no: f.taskNo, field: f.field, syntax: f.syntax, text: f.text, expression: f.expression,
      computed: f.computed.value, computed_unit: f.computed.unit, stated: f.stated.value, stated_unit: f.stated.unit,
      unit_from: f.unitFrom, verdict: f.verdict, loc: json(f.loc),
    })),
    flags: r.flags.map((f, ord) => ({
      document_id: r.id, ord, rule: f.rule, severity: f.severity, message: f.message, target_kind: f.target.kind,
      target_no: f.target.no ?? f.target.taskNo ?? null, target: json(f.target), expected: scalar(f.expected), actual: scalar(f.actual), loc: json(f.loc),
    })),
  };
}

export const TABLES = ['documents', 'tasks', 'indicators', 'formulas', 'flags', 'execution_lines'] as const;
