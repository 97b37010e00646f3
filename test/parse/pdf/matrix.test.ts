// The renderer matrix (scripts/pdf-matrix/make.ts, seed 7, document 1): one synthetic form printed by Writer from
// HTML without borders, by Calc from a workbook without borders, and by chromium with and without CSS borders.
// Judged at the grid, as the reader's own output: how many gold task rows (name and amount in one table row) and
// indicator rows (name and value in one row) the parser's tables hold whole. Counts are exact, so a change that
// reads more or fewer rows shows here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfParser } from '../../../src/parse/pdf/index.ts';
import { extract } from '../../../src/extract.ts';
import { cleanText } from '../../../src/parse/shared/text.ts';
import type { Flag } from '../../../src/model/index.ts';
import { repeatedIndicators } from '../../helpers/repeated-rows.ts';

const DIR = 'test/fixtures/pdf-matrix';
type Gold = { tasks: { name: string; amount: number | null }[]; indicators: { name: string; value?: { raw?: string } }[] };

const key = (s: string) =>
  cleanText(s)
    .replace(/\s+/g, '')
    .replace(/^(任务|指标)\d+[:：]/u, '');

async function wholeRows(file: string): Promise<{ tasks: string; indicators: string }> {
  const path = `${DIR}/${file}`;
  const bytes = new Uint8Array(readFileSync(path));
  const gold = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Gold;
  const doc = await pdfParser.parse({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes });
  const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.grid.rows.map((r) => r.map((c) => key(c.text))) : []));
  const tasks = gold.tasks.filter((t) => rows.some((r) => r.includes(key(t.name)) && (t.amount === null || r.some((c) => c !== '' && Number(c) === t.amount))));
  const indicators = gold.indicators.filter((i) => rows.some((r) => r.includes(key(i.name)) && (!i.value?.raw || r.includes(key(i.value.raw)))));
  return { tasks: `${tasks.length}/${gold.tasks.length}`, indicators: `${indicators.length}/${gold.indicators.length}` };
}

describe('renderer matrix: whole task and indicator rows in the grids', () => {
  it.each([
    ['synth-7-00001.chromium-borders.pdf', '9/9', '15/15'],
    ['synth-7-00001.chromium.pdf', '9/9', '15/15'],
    ['synth-7-00001.writer-html.pdf', '9/9', '15/15'],
    ['synth-7-00001.calc-xlsx.pdf', '9/9', '15/15'],
    // Seed 103: the last indicator alone on page 4, its repeated header said once (read by the columns of page 3).
    ['synth-103-00000.chromium.pdf', '21/21', '19/19'],
    // Seed 313: Writer's task names wrapped in a column three characters wide, the marker's word and number half a
    // line off the content beside them; chromium's indicators on the last page, values set level with a name's line.
    ['synth-313-00001.writer-html.pdf', '21/21', '29/29'],
    ['synth-313-00001.chromium.pdf', '21/21', '29/29'],
  ])('%s: tasks %s, indicators %s', async (file, tasks, indicators) => {
    expect(await wholeRows(file)).toEqual({ tasks, indicators });
  });
});

describe('a short table at the foot of a page', () => {
  // Seed 101, Calc from a workbook: page 2 ends with the indicator header and three rows, each wrapped with its value
  // alone on the middle line. The header's labels vouch for the columns (their names recur later in the document, so
  // the whole-row count above could not tell these rows were lost).
  it('synth-101-00001.calc-xlsx.pdf: the three indicators under the header on page 2 are read', async () => {
    const { record } = await extract(`${DIR}/synth-101-00001.calc-xlsx.pdf`);
    expect(record.indicators.slice(0, 3).map((i) => [i.no, i.level1, i.level2, i.name, i.value.raw, i.loc.page])).toEqual([
      [1, '产出指标', '数量指标', '发放补贴人数(人)', '=2145人', 2],
      [2, '产出指标', '数量指标', '培训人数(人)', '=200人', 2],
      [3, '产出指标', '数量指标', '培训人数(人)', '=200人', 2],
    ]);
    expect(record.indicators).toHaveLength(48);
  });
});

describe('seed 313, document 1 (--seed 313 --n 4)', () => {
  // Loud flags: none but a duplicate-row on each indicator row the generator drew twice, as its gold has them.
  const loud = (flags: Flag[]) => flags.filter((f) => f.severity !== 'info' && f.rule !== 'duplicate-row');
  const repeats = (flags: Flag[], pdf: string) => {
    const gold = JSON.parse(readFileSync(`${DIR}/${pdf}.json`, 'utf8')) as Parameters<typeof repeatedIndicators>[0];
    expect(flags.filter((f) => f.rule === 'duplicate-row').map((f) => f.target.no)).toEqual(repeatedIndicators(gold));
  };

  // Writer centres each cell of the header block on its own: the labels 收入来源/财政拨款 of a narrow column never
  // share a line with the columns beside them, and 总体绩效目标's paragraph runs across every column below.
  it('writer-html: the budget facts of the header block are read', async () => {
    const { record } = await extract(`${DIR}/synth-313-00001.writer-html.pdf`);
    expect([record.department.staffCount, record.department.subordinateUnits]).toEqual([378, 9]);
    expect([record.budget.expenditure.basic, record.budget.expenditure.project, record.budget.income.fiscalAppropriation]).toEqual([
      8069.77, 6514.388421, 25981.314328,
    ]);
  });

  // 任务 | 13: 业 | 务培训: the marker's word and its number stand in different bands where the name's lines fall
  // between the content's; each marker still opens its own row.
  it('writer-html: tasks 10 to 14 are five rows, none run into the one above', async () => {
    const { record } = await extract(`${DIR}/synth-313-00001.writer-html.pdf`);
    expect(record.tasks.slice(9, 14).map((t) => [t.no, t.name, t.amount])).toEqual([
      [10, '资产出租出借处置收入安排的工作经费(事业)', 6.1],
      [11, '业务费', 50],
      [12, '应急物资储备经费', 4.01],
      [13, '业务培训经费', 50],
      [14, '社区协管员补助经费', 284.64],
    ]);
    expect(loud(record.flags)).toEqual([]);
    repeats(record.flags, 'synth-313-00001.writer-html.pdf');
  });

  // The template's unfilled example (任务1: ..... over two rows of zeros) on page 3 read as two rows is no reason to
  // read the document by column starts, which puts page 6's left-aligned values into the names beside them.
  it('chromium: the three indicators on the last page keep their values', async () => {
    const { record } = await extract(`${DIR}/synth-313-00001.chromium.pdf`);
    expect(record.indicators.slice(26).map((i) => [i.no, i.name, i.value.raw])).toEqual([
      [27, '受益对象满意度(%)', '≥90'],
      [28, '群众满意度(%)', '100%'],
      [29, '服务对象满意度(%)', '≥90%'],
    ]);
    expect(loud(record.flags)).toEqual([]);
    repeats(record.flags, 'synth-313-00001.chromium.pdf');
  });
});
