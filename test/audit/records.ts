// Records built by hand for the rules over the 2026-12 fields (weights, scores, the funds block, budget
// parts): each cell is given as the document prints it and the number is read from it, as the normalizer does.
import { describe, expect, it } from 'vitest';
import type { BudgetPart, DisclosureRecord, ExecutionLine, Family, Flag, Indicator, Loc } from '../../src/model/index.ts';
import type { Rule } from '../../src/audit/rule.ts';
import { runRules } from '../../src/audit/rule.ts';
import { parseIndicatorValue } from '../../src/normalize/indicator-value.ts';
import { targetMet } from '../../src/normalize/target-met.ts';

const num = (s: string | undefined): number | null => {
  if (s == null) return null;
  const n = Number(s.replace(/[%分]$/u, ''));
  return s.trim() === '' || Number.isNaN(n) ? null : n;
};

type IndicatorCells = { value?: string; weight?: string; actual?: string; score?: string; numbered?: Indicator['numbered']; met?: boolean | null };

/** An indicator row at a line, its cells as printed; `met` as the normalizer computes it unless given. */
export function indicator(no: number, name: string, cells: IndicatorCells, line = 10 + no): Indicator {
  const value = parseIndicatorValue(cells.value ?? null, name);
  const actual = cells.actual === undefined ? undefined : parseIndicatorValue(cells.actual, name);
  const raw: Record<string, string> = {};
  if (cells.weight !== undefined) raw.weight = cells.weight;
  if (cells.score !== undefined) raw.score = cells.score;
  return {
    no,
    level1: null,
    level2: null,
    levelInferred: false,
    name,
    value,
    ...(cells.numbered ? { numbered: cells.numbered } : {}),
    ...(cells.weight !== undefined ? { weight: num(cells.weight) } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(cells.score !== undefined ? { score: num(cells.score) } : {}),
    ...(actual !== undefined ? { met: cells.met !== undefined ? cells.met : targetMet(value, actual) } : {}),
    raw,
    missing: [],
    loc: { line },
  };
}

type LineCells = Partial<Record<'planned' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score', string>>;

/** A line of the funds block (年度资金总额 …), its cells as printed. */
export function fundsLine(label: string, cells: LineCells, line = 5): ExecutionLine {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(cells)) if (v !== undefined) raw[k] = v;
  return {
    label,
    planned: num(cells.planned),
    adjusted: num(cells.adjusted),
    executed: num(cells.executed),
    rate: num(cells.rate),
    weight: num(cells.weight),
    score: num(cells.score),
    raw,
    loc: { line },
  };
}

/** A budget part under a line, as printed. */
export const part = (of: string, label: string, raw: string, loc: Loc = { line: 4 }): BudgetPart => ({ of, label, amount: num(raw), raw, loc });

/** An empty record of a family, with the given fields over it. */
export function record(over: Partial<DisclosureRecord> & { family?: Family } = {}): DisclosureRecord {
  return {
    id: 'test',
    family: 'dept-overall-performance-goals',
    source: { path: 'case.md', sha256: 'test', format: 'markdown', pages: null },
    title: null,
    year: 2024,
    department: { name: '测试局', staffCount: null, subordinateUnits: null },
    budget: {
      unit: '万元',
      expenditure: { basic: null, project: null, developmentSpecial: null, developmentOther: null, total: null },
      income: { fiscalAppropriation: null, other: null, total: null },
      raw: {},
      loc: {},
    },
    overallGoal: null,
    tasks: [],
    indicators: [],
    formulas: [],
    sheetFormulas: [],
    unreadRows: [],
    repairedLabels: [],
    flags: [],
    ...over,
  };
}

type Expected = Pick<Flag, 'severity' | 'target' | 'message' | 'loc'> & Partial<Pick<Flag, 'expected' | 'actual'>>;
type Cases = { valid: Array<{ name: string; record: DisclosureRecord }>; invalid: Array<{ name: string; record: DisclosureRecord; flags: Expected[] }> };

/** Valid records raise no flag of the rule; invalid records raise exactly the listed flags, in order. */
export function testRecordRule(rule: Rule, cases: Cases): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expect(runRules(c.record, [rule])).toEqual([]));
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(runRules(c.record, [rule]).map(({ rule: _r, ...f }) => f)).toEqual(c.flags);
      });
    }
  });
}
