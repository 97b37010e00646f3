// The overview's numbers, computed once from the batch outputs (flag counts from flags.jsonl, the file of record).
import type { DisclosureRecord, Severity } from '../model/index.ts';
import type { ManifestLine, Status } from '../batch/manifest.ts';
import type { FlagLine, ReportData } from './load.ts';
import { sumDecimals } from './decimal.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const STATUSES: readonly Status[] = ['ok', 'flagged', 'error', 'skipped'];

export type RuleCount = { rule: string; total: number } & Record<Severity, number>;

export type Overview = {
  status: Record<Status, number>;
  byRule: RuleCount[];
  bySeverity: Record<Severity, number>;
  flagTotal: number;
  departments: Array<{ name: string; documents: number }>;
  years: number[];
  /** Sum of task amounts per money unit, over every document. */
  taskTotals: Array<{ unit: string; key: string | null; other: string | null; all: string | null; tasks: number }>;
  errors: ManifestLine[];
};

/** Sums of one document's task amounts (key tasks, other tasks, all), as exact decimal strings. */
export function taskTotals(r: DisclosureRecord): { key: string | null; other: string | null; all: string | null } {
  const of = (section?: string) => sumDecimals(r.tasks.filter((t) => !section || t.section === section).map((t) => t.amount));
  return { key: of('key'), other: of('other'), all: of() };
}

/** Counts per rule and severity, rules with most flags first. */
export function countByRule(flags: readonly FlagLine[]): RuleCount[] {
  const m = new Map<string, RuleCount>();
  for (const f of flags) {
    const c = m.get(f.rule) ?? { rule: f.rule, total: 0, error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    c.total++;
    m.set(f.rule, c);
  }
  return [...m.values()].sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule));
}

/** Everything the overview shows. */
export function summarize(data: ReportData): Overview {
  const status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const m of data.manifest) status[m.status]++;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of data.flags) bySeverity[f.severity]++;
  const depts = new Map<string, number>();
  for (const r of data.records) {
    const name = r.department.name ?? '(no department)';
    depts.set(name, (depts.get(name) ?? 0) + 1);
  }
  const years = [...new Set(data.records.map((r) => r.year).filter((y): y is number => y !== null))].sort();
  const units = [...new Set(data.records.map((r) => r.budget.unit))].sort();
  const totals = units.map((unit) => {
    const rs = data.records.filter((r) => r.budget.unit === unit).map(taskTotals);
    return {
      unit,
      key: sumDecimals(rs.map((t) => t.key)),
      other: sumDecimals(rs.map((t) => t.other)),
      all: sumDecimals(rs.map((t) => t.all)),
      tasks: data.records.filter((r) => r.budget.unit === unit).reduce((n, r) => n + r.tasks.length, 0),
    };
  });
  return {
    status,
    bySeverity,
    flagTotal: data.flags.length,
    byRule: countByRule(data.flags),
    departments: [...depts].map(([name, documents]) => ({ name, documents })).sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    years,
    taskTotals: totals,
    errors: data.manifest.filter((m) => m.status === 'error'),
  };
}
