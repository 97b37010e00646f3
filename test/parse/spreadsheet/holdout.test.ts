// Workbooks from the xlsx holdout (scripts/xlsx-fixtures/holdout-fixtures.ts): each record must give its gold
// exactly: department, budget lines, every task and indicator with its levels, and every cell formula's verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { parseFixture } from './summary.ts';
import { repeatedIndicators } from '../../helpers/repeated-rows.ts';

const DIR = 'test/fixtures/spreadsheet/holdout';

type Gold = {
  title: string;
  department: { name: string; staffCount: number; subordinateUnits: number };
  budget: { expenditure: Record<string, number | null>; income: Record<string, number | null> };
  tasks: Array<{ no: number; name: string; amount: number | null }>;
  indicators: Array<{ no: number; name: string; level1: string; level2: string; value: { raw: string } }>;
  sheetFormulas: Array<{ sheet: string; cell: string; formula: string; verdict: string }>;
  expectedFlags: Array<{ target: string; no?: number }>;
  variations: string[];
};

const byPlace = <T extends { sheet: string; cell: string }>(xs: T[]) => [...xs].sort((a, b) => `${a.sheet}!${a.cell}`.localeCompare(`${b.sheet}!${b.cell}`));

describe('spreadsheet holdout fixtures', () => {
  for (const name of ['formats', 'sheets', 'layout', 'formulas']) {
    it(`${name}.xlsx gives its gold record`, async () => {
      const gold = JSON.parse(readFileSync(`${DIR}/${name}.xlsx.json`, 'utf8')) as Gold;
      const { record } = await extract(`${DIR}/${name}.xlsx`);
      expect(record.title).toBe(gold.title);
      expect(record.department).toEqual(gold.department);
      const { total: _e, ...expenditure } = record.budget.expenditure;
      const { total: _i, ...income } = record.budget.income;
      expect({ expenditure, income }).toEqual({ expenditure: gold.budget.expenditure, income: gold.budget.income });
      expect(record.tasks.filter((t) => t.section === 'key').map((t) => [t.no, t.name, t.amount])).toEqual(gold.tasks.map((t) => [t.no, t.name, t.amount]));
      expect(record.indicators.map((i) => [i.no, i.name, i.level1, i.level2, i.value.raw])).toEqual(
        gold.indicators.map((i) => [i.no, i.name, i.level1, i.level2, i.value.raw]),
      );
      expect(byPlace(record.sheetFormulas).map((f) => [f.sheet, f.cell, f.formula, f.verdict])).toEqual(
        byPlace(gold.sheetFormulas).map((f) => [f.sheet, f.cell, f.formula, f.verdict]),
      );
      const stale = record.flags.filter((f) => f.rule === 'sheet-formula-mismatch' && f.severity === 'warning').map((f) => f.loc.cell);
      expect(stale).toEqual(gold.sheetFormulas.filter((f) => f.verdict === 'mismatch').map((f) => f.cell));
      // Loud flags on the record's data are exactly the injected defects; no row around the form is unreadable.
      const loud = record.flags.filter((f) => f.severity !== 'info' && ['task', 'indicator', 'budget'].includes(f.target.kind));
      // …and a duplicate-row on each indicator row the generator drew twice.
      const repeated = repeatedIndicators(gold);
      expect(loud.filter((f) => f.rule === 'duplicate-row').map((f) => f.target.no)).toEqual(repeated);
      const injected = loud.filter((f) => f.rule !== 'duplicate-row');
      expect([...new Set(injected.map((f) => f.target.kind))]).toEqual([...new Set(gold.expectedFlags.map((f) => f.target))]);
      expect(record.unreadRows.filter((r) => r.reason === 'unrecognized')).toEqual([]);
    });
  }

  it('reads only the form sheet of sheets.xlsx, past a 填报说明 table before it, with the lines around the form as text', async () => {
    const doc = await parseFixture(`${DIR}/sheets.xlsx`);
    const shape = doc.blocks.map((b) =>
      b.kind === 'table' ? `table@${b.grid.loc.sheet}!${b.grid.loc.cell}` : `text@${b.loc.sheet}!${b.loc.cell}:${b.text.replace(/\d{7}$/u, '…')}`,
    );
    expect(shape).toEqual([
      'text@表1!A1:2021年县级部门整体预算绩效目标表',
      'text@表1!A3:填报单位(盖章):中共信宜县委组织部',
      'text@表1!F3:单位:万元',
      'table@表1!A4',
      'text@表1!A39:单位负责人:',
      'text@表1!C39:填表人:',
      'text@表1!E39:联系电话:0759-…',
    ]);
  });

  it('covers what the holdout found: format text, a 填报说明 table, a cleared column, text operands, a zero and a stale cached total', () => {
    const variations = (n: string) => (JSON.parse(readFileSync(`${DIR}/${n}.xlsx.json`, 'utf8')) as Gold).variations;
    expect(variations('formats')).toEqual(expect.arrayContaining(['signed-percent-format', 'percent-suffix-format', 'percent-as-numbers']));
    expect(variations('sheets')).toEqual(expect.arrayContaining(['instructions-before', 'instructions-as-table', 'note-signature', 'filer-in-unit-row']));
    expect(variations('layout')).toEqual(expect.arrayContaining(['spacer-column', 'yuan-helper-column', 'cross-sheet-budget']));
    expect(variations('formulas')).toEqual(expect.arrayContaining(['numbers-as-text', 'budget-formulas-plus', 'task-total-row', 'stale-total']));
  });
});
