// A table printed one cell a line (LibreOffice's text export; a page's text with a blank line after each cell), or
// all its cells on one line (a page's text with its white space collapsed), reads as the table it came from: the same facts, funds lines and indicators as the HTML original gives.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';
import type { DisclosureRecord } from '../../src/index.ts';

const DIR = 'test/fixtures/records';
/** What the table says, without where each cell was printed. */
const content = (r: DisclosureRecord) => ({
  family: r.family,
  department: r.department,
  budget: { expenditure: r.budget.expenditure, income: r.budget.income },
  budgetParts: r.budgetParts?.map((p) => ({ ...p, loc: undefined })),
  tasks: r.tasks.map((t) => ({ ...t, loc: undefined })),
  title: r.title,
  overallGoal: r.overallGoal,
  project: { ...r.project, loc: undefined },
  indicators: r.indicators.map((i) => ({ ...i, loc: undefined })),
  execution: r.execution?.lines.map((l) => ({ ...l, loc: undefined })),
  indicatorTotal: r.indicatorTotal && { ...r.indicatorTotal, loc: undefined },
  // A text export prints a MathML formula as its plain text: the same arithmetic in another syntax.
  formulas: r.formulas.map((f) => ({ ...f, loc: undefined, syntax: undefined })),
  flags: r.flags.map((f) => [f.rule, f.target]),
});

describe('cell stream', () => {
  // Layout G (a self-evaluation's funds block and goals under headings), layout E (facts printed over their values)
  // a 部门整体 page (tasks whose goal cell holds a line break), layout B (no level columns) and layout C (a budget under
  // stacked headers), each in the three text forms.
  // The flat form (the cells on one line, parted by spaces, the empty ones gone) too, except for the 部门整体 page:
  // its cells hold spaces of their own (签约率≥ 70%), which no reader can tell from the spaces between cells.
  for (const fixture of ['layout-g-project-self-evaluation', 'layout-e-facts-over-values', 'gbk-page', 'layout-b-chongqing', 'layout-c-sichuan'])
    for (const form of ['libreoffice-text', 'page-text', 'pipe-text', ...(fixture === 'gbk-page' ? [] : ['flat-text'])]) {
      it(`${fixture} as ${form} reads as its HTML`, async () => {
        const { record: html } = await extract(`${DIR}/${fixture}.html`);
        const { record: text } = await extract(`${DIR}/${fixture}.${form}.txt`);
        expect(text.indicators.length).toBeGreaterThan(0);
        expect(content(text)).toEqual(content(html));
      });
    }

  it('a flattened table whose labels print a space between their characters (项 目 名 称) joins them again', async () => {
    const line =
      '2024年度项目支出绩效自评表 项 目 名 称 乡村道路养护 主 管 部 门 某县交通运输局 实 施 单 位 某县公路中心 ' +
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 养护里程 ≥120公里 125公里 40 40 ' +
      '满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 50 50';
    const { record } = await extract({ path: 'spaced-labels.flat-text.txt', bytes: new TextEncoder().encode(`${line}\n`) });
    expect([record.family, record.project?.name, record.project?.supervisor, record.project?.implementer]).toEqual([
      'project-self-evaluation',
      '乡村道路养护',
      '某县交通运输局',
      '某县公路中心',
    ]);
    expect(record.indicators.map((i) => [i.level1, i.level2, i.name, i.value.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '养护里程', '≥120公里', '125公里', 40, 40],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 50, 50],
    ]);
  });
});
