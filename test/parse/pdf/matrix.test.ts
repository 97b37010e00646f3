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
