// Cell formulas recomputed exactly over the cells they reference, with the printed-formula verdicts.
import { describe, expect, it } from 'vitest';
import { big } from '../../../src/arith/bignum.ts';
import { extract } from '../../../src/index.ts';
import { recompute, textNumber, verdictOf } from '../../../src/parse/spreadsheet/formulas.ts';
import { readWorkbook } from '../../../src/parse/spreadsheet/index.ts';
import { storedValue } from '../../../src/parse/spreadsheet/cell-value.ts';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parseFixture } from './summary.ts';

const DIR = 'test/fixtures/spreadsheet';

describe('spreadsheet formulas', () => {
  it('recomputes SUM over a range (skipping its text cell), + and parentheses: all ok in small.xlsx', async () => {
    const doc = await parseFixture(`${DIR}/small.xlsx`);
    expect(doc.sheetFormulas).toEqual([
      { sheet: '绩效目标表', cell: 'E4', formula: 'SUM(C3:C5)', cached: 150.75, computed: 150.75, verdict: 'ok' },
      { sheet: '绩效目标表', cell: 'C6', formula: 'C4+C5', cached: 150.75, computed: 150.75, verdict: 'ok' },
      { sheet: '绩效目标表', cell: 'E6', formula: '(E4+E5)*1', cached: 150.75, computed: 150.75, verdict: 'ok' },
    ]);
  });

  it('flags a stale cached total as mismatch and a formula beyond arithmetic as unparsable', async () => {
    const doc = await parseFixture(`${DIR}/mismatch.xlsx`);
    expect(doc.sheetFormulas).toEqual([
      { sheet: '绩效目标表', cell: 'E4', formula: 'SUM(C3:C5)', cached: 150.75, computed: 150.75, verdict: 'ok' },
      { sheet: '绩效目标表', cell: 'E5', formula: 'ROUND(C5,0)', cached: 30, computed: null, verdict: 'unparsable' },
      { sheet: '绩效目标表', cell: 'C6', formula: 'C4+C5', cached: 160.75, computed: 150.75, verdict: 'mismatch' },
      // Uses E5's cached 30, as Excel would: the total was not recalculated after E5 changed.
      { sheet: '绩效目标表', cell: 'E6', formula: '(E4+E5)*1', cached: 150.75, computed: 180.75, verdict: 'mismatch' },
    ]);
    const cell = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.grid.rows.flat() : [])).find((c) => c.loc.cell === 'C6')!;
    expect(cell.text).toBe('160.75');
  });

  it('puts the stale cached total in the record, where budget-identity flags it like any typed-in total', async () => {
    const { record } = await extract(`${DIR}/mismatch.xlsx`);
    expect(record.budget.expenditure.total).toBe(160.75);
    expect(record.flags.filter((f) => f.target.field === 'expenditure')).toEqual([
      {
        rule: 'budget-identity',
        severity: 'warning',
        target: { kind: 'budget', field: 'expenditure' },
        loc: { sheet: '绩效目标表', cell: 'C4' },
        expected: 160.75,
        actual: 150.75,
        message: 'expenditure lines vs 支出合计: 150.75 against 160.75 (万元)',
      },
    ]);
    expect(record.sheetFormulas.map((f) => [f.cell, f.verdict])).toEqual([
      ['E4', 'ok'],
      ['E5', 'unparsable'],
      ['C6', 'mismatch'],
      ['E6', 'mismatch'],
    ]);
  });

  it("calls a total rounded when it equals the computed sum at the cached value's decimals (the seed's 财政拨款)", async () => {
    const doc = await parseFixture(`${DIR}/suixi-2024-zuzhibu.xlsx`);
    expect(doc.sheetFormulas).toEqual([
      { sheet: '2024年部门整体绩效目标表', cell: 'E5', formula: 'C5+C6+C9', cached: 14253.69625, computed: 14253.696251, verdict: 'rounded' },
    ]);
  });

  it('reads absolute and sheet-qualified references, ranges and lists in SUM, and refuses the rest', async () => {
    const wb = await readWorkbook(new Uint8Array(readFileSync(`${DIR}/two-sheets.xlsx`)), 'two-sheets.xlsx');
    const ws = wb.getWorksheet('封面')!;
    const at = (f: string) => recompute(f, ws, wb)?.toString() ?? null;
    expect(at("'绩效目标表'!$C$4*2")).toBe('241');
    expect(at('绩效目标表!C4-绩效目标表!C5')).toBe('90.25');
    expect(at("SUM('绩效目标表'!C4:C5,1.5,'绩效目标表'!E6)")).toBe('303');
    expect(at("-'绩效目标表'!C5/(2+3)")).toBe('-6.05');
    expect(at('B9')).toBe('0');
    expect(at("ROUND('绩效目标表'!C4,0)")).toBeNull();
    expect(at("'绩效目标表'!C4*10%")).toBeNull();
    expect(at('A1+1')).toBeNull(); // A1 holds the title: text in arithmetic is #VALUE!
    expect(at('Missing!A1')).toBeNull();
  });

  it("judges by the cached value's own precision", () => {
    expect(verdictOf(322, big('322'))).toBe('ok');
    expect(verdictOf(1.5, big('1.46'))).toBe('rounded');
    expect(verdictOf(1.5, big('1.44'))).toBe('mismatch');
    expect(verdictOf(null, big('1'))).toBe('unparsable');
    expect(verdictOf(2, null)).toBe('unparsable');
  });

  it('reads text operands of + - * / as Excel does: spaces, thousands separators, a percent sign', () => {
    expect(textNumber(' 9577.460479 ')).toBe('9577.460479');
    expect(textNumber('3,396.2')).toBe('3396.2');
    expect(textNumber('1,234,567')).toBe('1234567');
    expect(textNumber('-3')).toBe('(-3)');
    expect(textNumber('95%')).toBe('(95/100)');
    expect(textNumber('1,2345')).toBeNull();
    expect(textNumber('见附表')).toBeNull();
  });

  it("keeps a cached result of 0, which exceljs's cell.value leaves out", async () => {
    const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = '7';
    ws.getCell('A2').value = { formula: 'SUM(A1:A1)', result: 0 };
    const back = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'zero.xlsx');
    const cell = back.getWorksheet('S')!.getCell('A2');
    expect(cell.value).toEqual({ formula: 'SUM(A1:A1)' });
    expect(storedValue(cell)).toEqual({ formula: 'SUM(A1:A1)', result: 0 });
  });
});
