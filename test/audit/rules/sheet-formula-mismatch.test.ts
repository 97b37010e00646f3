// sheet-formula-mismatch: the verdicts of spreadsheet formula cells become flags, on a real workbook and on a hand-made record.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/audit/rules/sheet-formula-mismatch.ts';
import { runRules } from '../../../src/audit/rule.ts';
import { extract } from '../../../src/index.ts';
import type { DisclosureRecord, SheetFormula } from '../../../src/model/index.ts';
import deptOverall from '../../../pipelines/dept-overall.ts';

// Written by scripts/xlsx-fixtures/sheet-formulas.ts: C4 =C2+C3 (ok), E4 =E2+E3 stale, D6 rounded, D7 ROUND(…).
const XLSX = 'test/fixtures/spreadsheet/sheet-formulas.xlsx';
// A real record to carry hand-made sheetFormulas; its own sheetFormulas are [].
const RECORD = 'test/fixtures/records/mineru-small.md.record.json';
const SHEET = '绩效目标表';

/** The default pipeline with this rule in its list (once, whether or not the pipeline already names it). */
const pipeline = { ...deptOverall, rules: [...new Set([...deptOverall.rules, rule.meta.id])] };

describe('sheet-formula-mismatch', () => {
  it('on sheet-formulas.xlsx through extract(): the stale total warns, rounded and unreadable are info, ok is silent', async () => {
    const { record, flags } = await extract(XLSX, { pipeline });
    expect(record.sheetFormulas.map((f) => [f.cell, f.formula, f.verdict])).toEqual([
      ['C4', 'C2+C3', 'ok'],
      ['E4', 'E2+E3', 'mismatch'],
      ['D6', 'C3*0.333', 'rounded'],
      ['D7', 'ROUND(C3*0.2,1)', 'unparsable'],
    ]);
    expect(flags).toEqual([
      // The stale cached total also reaches the budget block as a printed number.
      {
        rule: 'budget-identity',
        severity: 'warning',
        target: { kind: 'budget', field: 'income' },
        loc: { sheet: SHEET, cell: 'C2' },
        expected: 160.75,
        actual: 150.75,
        message: 'income lines vs 收入合计: 150.75 against 160.75 (万元)',
      },
      {
        rule: 'budget-identity',
        severity: 'warning',
        target: { kind: 'budget', field: 'balance' },
        loc: { sheet: SHEET, cell: 'C2' },
        expected: 160.75,
        actual: 150.75,
        message: 'expenditure vs income: 150.75 against 160.75 (万元)',
      },
      {
        rule: 'sheet-formula-mismatch',
        severity: 'warning',
        target: { kind: 'sheetFormula', index: 1, field: 'E4' },
        loc: { sheet: SHEET, cell: 'E4' },
        expected: 160.75,
        actual: 150.75,
        message: '绩效目标表!E4 =E2+E3 recomputes to 150.75, not the cached 160.75',
      },
      {
        rule: 'sheet-formula-mismatch',
        severity: 'info',
        target: { kind: 'sheetFormula', index: 2, field: 'D6' },
        loc: { sheet: SHEET, cell: 'D6' },
        expected: 10.07,
        actual: 10.07325,
        message: '绩效目标表!D6 =C3*0.333 recomputes to 10.07325; the cached 10.07 is that value rounded',
      },
      {
        rule: 'sheet-formula-mismatch',
        severity: 'info',
        target: { kind: 'sheetFormula', index: 3, field: 'D7' },
        loc: { sheet: SHEET, cell: 'D7' },
        message:
          '绩效目标表!D7 =ROUND(C3*0.2,1) could not be recomputed: it uses more than + - * /, parentheses and SUM, or a cell it references holds text or is missing, so it was not checked',
      },
    ]);
  });

  it('on a hand-made record: one flag per non-ok verdict, in order, naming sheet and cell; a missing cached value says so', () => {
    const base = JSON.parse(readFileSync(RECORD, 'utf8')) as DisclosureRecord;
    const sheetFormulas: SheetFormula[] = [
      { sheet: '封面', cell: 'B2', formula: 'B1*2', cached: 4, computed: 4, verdict: 'ok' },
      { sheet: '表1', cell: 'C17', formula: 'SUM(C5:C16)', cached: 1000, computed: 999, verdict: 'mismatch' },
      { sheet: '表1', cell: 'E5', formula: 'C5+C6+C9', cached: 14253.69625, computed: 14253.696251, verdict: 'rounded' },
      { sheet: '表1(续)', cell: 'D3', formula: 'C3*2', cached: null, computed: 6, verdict: 'unparsable' },
    ];
    expect(runRules({ ...base, sheetFormulas, flags: [] }, [rule])).toEqual([
      {
        rule: 'sheet-formula-mismatch',
        severity: 'warning',
        target: { kind: 'sheetFormula', index: 1, field: 'C17' },
        loc: { sheet: '表1', cell: 'C17' },
        expected: 1000,
        actual: 999,
        message: '表1!C17 =SUM(C5:C16) recomputes to 999, not the cached 1000',
      },
      {
        rule: 'sheet-formula-mismatch',
        severity: 'info',
        target: { kind: 'sheetFormula', index: 2, field: 'E5' },
        loc: { sheet: '表1', cell: 'E5' },
        expected: 14253.69625,
        actual: 14253.696251,
        message: '表1!E5 =C5+C6+C9 recomputes to 14253.696251; the cached 14253.69625 is that value rounded',
      },
      {
        rule: 'sheet-formula-mismatch',
        severity: 'info',
        target: { kind: 'sheetFormula', index: 3, field: 'D3' },
        loc: { sheet: '表1(续)', cell: 'D3' },
        message: '表1(续)!D3 =C3*2 could not be recomputed: its cached value is not a number, so it was not checked',
      },
    ]);
  });

  it('reports nothing for a record without sheet formulas (every text format)', () => {
    const base = JSON.parse(readFileSync(RECORD, 'utf8')) as DisclosureRecord;
    expect(base.sheetFormulas).toEqual([]);
    expect(runRules({ ...base, flags: [] }, [rule])).toEqual([]);
  });
});
