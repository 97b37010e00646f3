// small.xlsx → the shared grid: texts, merges as spans and marked copies, sheet/cell places, percentages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFixture, summarize, type BlockSummary } from './summary.ts';

const DIR = 'test/fixtures/spreadsheet';
const expected = JSON.parse(readFileSync(`${DIR}/small.expected.json`, 'utf8')) as { blocks: BlockSummary[]; sheetFormulas: unknown[] };

describe('spreadsheet grid: small.xlsx', async () => {
  const doc = await parseFixture(`${DIR}/small.xlsx`);
  const table = doc.blocks.find((b) => b.kind === 'table')!;
  const rows = table.kind === 'table' ? table.grid.rows : [];
  const at = (cell: string) => rows.flat().find((c) => c.loc.cell === cell && !c.spanned)!;

  it('gives exactly the reviewed blocks (small.expected.json)', () => {
    expect(summarize(doc)).toEqual(expected.blocks);
  });

  it('makes the merged title and the trailing note text blocks, the rest one table', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    expect(doc.blocks[0]).toEqual({ kind: 'text', text: '2025年县级部门整体预算绩效目标表', loc: { sheet: '绩效目标表', cell: 'A1' } });
    expect(doc.source).toEqual({ path: 'small.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), format: 'spreadsheet', pages: null });
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('expands a merge into copies marked spanned, the first cell carrying rowSpan/colSpan', () => {
    const level = rows.slice(8, 13).map((r) => r[1]!);
    expect(level.map((c) => [c.text, c.spanned ?? false, c.rowSpan, c.loc.cell])).toEqual([
      ['一级指标', false, 1, 'B10'],
      ['产出指标', false, 2, 'B11'],
      ['产出指标', true, 2, 'B11'],
      ['满意度指标', false, 2, 'B13'],
      ['满意度指标', true, 2, 'B13'],
    ]);
    expect(rows[0]!.map((c) => [c.colSpan, c.spanned ?? false])).toEqual([
      [1, false],
      [4, false],
      [4, true],
      [4, true],
      [4, true],
    ]);
  });

  it('prints percentage-formatted numbers as percentages and keeps ≧ as written', () => {
    expect(at('E12').text).toBe('100%');
    expect(at('E13').text).toBe('95%');
    expect(at('E14').text).toBe('≧95%');
    expect(at('E11').text).toBe('50');
  });

  it('joins a line break inside Chinese text and finds printed arithmetic', () => {
    expect(at('C8').text).toBe('保障日常办公运转');
    expect(at('C9').math).toEqual([{ syntax: 'plain', text: '50×2000=100000', loc: { sheet: '绩效目标表', cell: 'C9' } }]);
  });

  it('shows a formula cell by its cached value, with no formula in the cell text', () => {
    expect([at('E4').text, at('C6').text, at('E6').text]).toEqual(['150.75', '150.75', '150.75']);
    expect(at('E4').math).toEqual([]);
  });
});
