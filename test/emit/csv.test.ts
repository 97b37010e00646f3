// The CSV export of the seed record, read back with an independent RFC 4180 parser (@fast-csv/parse).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, writeCsv } from '../../src/emit/csv.ts';
import type { DisclosureRecord } from '../../src/model/index.ts';
import { tempDir } from '../helpers/temp-dir.ts';

type Row = Record<string, string>;
const seed = JSON.parse(readFileSync('test/fixtures/seed/suixi-2024-zuzhibu.record.json', 'utf8')) as DisclosureRecord;

async function* once<T>(...items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** Bytes of a written file, the BOM checked and stripped, parsed with headers. */
async function readBack(file: string): Promise<{ bytes: Buffer; header: string[]; rows: Row[] }> {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const header = text.slice(0, text.indexOf('\r\n')).split(',');
  const rows = await new Promise<Row[]>((resolve, reject) => {
    const out: Row[] = [];
    parseString<Row, Row>(text, { headers: true, strictColumnHandling: true })
      .on('data', (r) => out.push(r))
      .on('error', reject)
      .on('end', () => resolve(out));
  });
  return { bytes, header, rows };
}

describe('writeCsv', () => {
  const dir = tempDir('csv-');
  let files: string[] = [];
  beforeAll(async () => {
    files = await writeCsv(once(seed), dir);
  });

  it('writes the four files', () => {
    expect(files.map((f) => basename(f))).toEqual(['tasks.csv', 'indicators.csv', 'formulas.csv', 'execution_lines.csv', 'flags.csv']);
  });

  it('tasks.csv: 45 rows, Chinese and quoted commas and quotes intact', async () => {
    const { header, rows, bytes } = await readBack(join(dir, 'tasks.csv'));
    expect(header).toEqual([...CSV_COLUMNS.tasks]);
    expect(rows).toHaveLength(45);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const t21 = rows.find((r) => r.no === '21')!;
    expect([t21.name, t21.amount, t21.section, t21.loc, t21.path]).toEqual([
      '两新组织党组织书记、两新党建指导员、党员培训经费',
      '7',
      'key',
      'line 40, col 1',
      'samples/suixi-2024-zuzhibu.md',
    ]);
    expect(t21.content).toMatch(/^根据省、市基层组织三年行动计划要求,.*以上预算共计8\.05万元。$/);
    expect(rows.find((r) => r.no === '4')!.content).toBe('含市、县"四个全面"绩效考核及年度考核工作经费,到省内外实地考察政审经费');
    expect(rows.find((r) => r.no === '14')!).toMatchObject({ name: '村“两委”干部补贴', amount: '900.9', amount_text: '900.9' });
  });

  it('indicators.csv: 58 rows; indicator 9 as printed and as read', async () => {
    const { rows } = await readBack(join(dir, 'indicators.csv'));
    expect(rows).toHaveLength(58);
    expect(rows.find((r) => r.no === '9')!).toMatchObject({
      name: '基层党组织服务覆盖率(%)',
      raw: '0.95',
      op: '=',
      number: '0.95',
      unit: '%',
      level1: '',
      level_inferred: '0',
      loc: 'line 93, col 1',
    });
    expect(rows.find((r) => r.no === '1')!).toMatchObject({ name: '“两新”组织培训人数(人)', raw: '125人', number: '125', unit: '人' });
  });

  it('formulas.csv: 10 rows with the LaTeX text and both quantities', async () => {
    const { rows } = await readBack(join(dir, 'formulas.csv'));
    expect(rows).toHaveLength(10);
    expect(rows[1]).toMatchObject({
      task_no: '14',
      text: '2145 \\times 3500 \\times 12 \\times 0.1=900.9',
      expression: '2145 * 3500 * 12 * 0.1',
      computed: '9009000',
      computed_unit: '元',
      stated: '900.9',
      stated_unit: '万元',
      verdict: 'ok',
    });
    expect(rows[3]).toMatchObject({ text: '224-28 \\times 5=84', computed: '84', computed_unit: '', unit_from: 'none' });
  });

  it('flags.csv: 7 rows; the two warnings with expected and actual', async () => {
    const { rows } = await readBack(join(dir, 'flags.csv'));
    expect(rows.map((r) => [r.rule, r.severity, r.target_no])).toEqual([
      ['task-amount-vs-content', 'info', '20'],
      ['task-amount-vs-content', 'warning', '21'],
      ['budget-identity', 'info', ''],
      ['percent-scale', 'warning', '9'],
      ['placeholder-row', 'info', ''],
      ['placeholder-row', 'info', ''],
      ['indicator-levels', 'info', '1'],
    ]);
    expect(rows[1]).toMatchObject({
      message: 'content totals 8.05万元 ("预算共计8.05万元") but the amount column says 7万元',
      expected: '8.05',
      actual: '7',
      loc: 'line 40, col 1',
    });
    expect(rows[4]!.actual).toBe('其他需完成的任务(可选填) | 任务1: ..... | 0');
    expect(JSON.parse(rows[3]!.target!)).toEqual({ kind: 'indicator', no: 9, field: 'value' });
  });

  it('writes only the header for no records', async () => {
    const empty = tempDir('csv-empty-');
    await writeCsv(once<DisclosureRecord>(), empty);
    expect(readFileSync(join(empty, 'flags.csv'), 'utf8')).toBe(`\uFEFF${CSV_COLUMNS.flags.join(',')}\r\n`);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves the rest alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('预算共计8.05万元')).toBe('预算共计8.05万元');
    expect(csvField(0.95)).toBe('0.95');
    expect(csvField(null)).toBe('');
  });

  it('defuses text Excel would run as a formula, but not signed numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe('-5');
    expect(csvField('=')).toBe('=');
    expect(csvField('+12.5%')).toBe('+12.5%');
    expect(csvField(-5)).toBe('-5');
  });
});
