// Several sheets per workbook, and a header row printed again in the middle of the table.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { parseFixture } from './summary.ts';

const DIR = 'test/fixtures/spreadsheet';

describe('spreadsheet sheets', () => {
  it('skips a cover sheet and reads the sheet holding the table', async () => {
    const doc = await parseFixture(`${DIR}/two-sheets.xlsx`);
    const sheets = new Set(doc.blocks.map((b) => (b.kind === 'table' ? b.grid.loc.sheet : b.loc.sheet)));
    expect([...sheets]).toEqual(['绩效目标表']);
    expect(doc.sheetFormulas?.map((f) => f.sheet)).toEqual(['绩效目标表', '绩效目标表', '绩效目标表']);
    const { record } = await extract(`${DIR}/two-sheets.xlsx`);
    expect(record.title).toBe('2025年县级部门整体预算绩效目标表');
    expect(record.budget.expenditure).toEqual({ basic: 120.5, project: 30.25, developmentSpecial: null, developmentOther: null, total: 150.75 });
    expect(record.budget.income).toEqual({ fiscalAppropriation: 150.75, other: null, total: 150.75 });
    expect(record.indicators.map((i) => [i.no, i.level1, i.level2, i.value.raw, i.value.op, i.value.number, i.value.unit])).toEqual([
      [1, '产出指标', '数量指标', '50', '=', 50, '人次'],
      [2, '产出指标', '质量指标', '100%', '=', 100, '%'],
      [3, '满意度指标', '服务对象满意度指标', '95%', '=', 95, '%'],
      [4, '满意度指标', '服务对象满意度指标', '≧95%', '≥', 95, '%'],
    ]);
    expect(record.tasks.map((t) => [t.no, t.name, t.content, t.amount, t.loc])).toEqual([
      [1, '办公经费', '保障日常办公运转', 20, { sheet: '绩效目标表', cell: 'B8' }],
      [2, '培训经费', '培训50人次,50×2000=100000元', 10, { sheet: '绩效目标表', cell: 'B9' }],
    ]);
  });

  it('reads a table continued on a second sheet as two table blocks in sheet order', async () => {
    const doc = await parseFixture(`${DIR}/continued.xlsx`);
    expect(doc.blocks.map((b) => (b.kind === 'table' ? `table@${b.grid.loc.sheet}!${b.grid.loc.cell}` : `${b.kind}:${b.text}`))).toEqual([
      'text:2025年县级部门整体预算绩效目标表',
      'table@表1!A2',
      'text:续表',
      'table@表1(续)!A2',
    ]);
    const { record } = await extract(`${DIR}/continued.xlsx`);
    expect(record.tasks.map((t) => [t.no, t.name, t.amount])).toEqual([[1, '疫苗接种', 35.5]]);
    expect(record.indicators.map((i) => [i.no, i.level1, i.level2, i.value.raw, i.loc])).toEqual([
      [1, '产出指标', '质量指标', '98%', { sheet: '表1(续)', cell: 'D3' }],
    ]);
  });

  it('passes a repeated indicator header through as a row, keeps a last lone indicator row, and the levels come out right', async () => {
    const doc = await parseFixture(`${DIR}/mid-header.xlsx`);
    const table = doc.blocks.find((b) => b.kind === 'table');
    const texts = table?.kind === 'table' ? table.grid.rows.map((r) => r.map((c) => c.text)) : [];
    expect(texts[4]).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']);
    const { record } = await extract(`${DIR}/mid-header.xlsx`);
    expect(record.indicators.map((i) => [i.no, i.level1, i.level2, i.value.raw])).toEqual([
      [1, '产出指标', '数量指标', '1200'],
      [2, '产出指标', '时效指标', '100%'],
      [3, '效益指标', '社会效益指标', '明显减轻'],
      [4, '满意度指标', '服务对象满意度指标', '≥90%'],
      [5, '满意度指标', '服务对象满意度指标', null],
    ]);
    expect(record.indicators[4]!.missing).toEqual(['value']);
    expect(record.unreadRows).toEqual([]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table']);
  });
});
