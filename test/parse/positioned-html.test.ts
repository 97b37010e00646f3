// A PDF published as positioned HTML (a site's document preview) reads as the PDF does: its pages' text runs and
// borders go through the PDF's table readers (src/parse/html/positioned-pages.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';
import type { DisclosureRecord } from '../../src/index.ts';

/** A record without where its cells were printed (a PDF's page boxes, the HTML's line and column). */
const content = (r: DisclosureRecord) =>
  JSON.parse(JSON.stringify({ ...r, id: undefined, source: undefined }, (key, value) => (key === 'loc' ? undefined : value)));

describe('positioned HTML', () => {
  for (const [html, pdf] of [
    ['seed.html', 'test/fixtures/pdf/seed.pdf'],
    ['synth-7-00001.chromium-borders.html', 'test/fixtures/pdf-matrix/synth-7-00001.chromium-borders.pdf'],
  ] as const) {
    it(`${html} gives the records of ${pdf}`, async () => {
      const fromHtml = await extract(`test/fixtures/html-positioned/${html}`);
      const fromPdf = await extract(pdf);
      expect(fromHtml.records[0]!.indicators.length).toBeGreaterThan(10);
      expect(fromHtml.records.map(content)).toEqual(fromPdf.records.map(content));
    });
  }

  it('a table continued on a page that cuts its columns differently reads on under its header', async () => {
    // scripts/html-fixtures/continued-columns.ts: page 1 splits 三级指标 and 指标值 in two (a facts row above), page 2 not.
    const { record } = await extract('test/fixtures/html-positioned/continued-columns.html');
    expect([record.project?.name, record.indicators.map((i) => [i.no, i.level1, i.level2, i.name, i.value.raw])]).toEqual([
      '农村公路养护',
      [
        [1, '产出指标', '数量指标', '养护里程', '≥120公里'],
        [2, '产出指标', '质量指标', '优良路率', '≥85%'],
        [3, '效益指标', '社会效益指标', '通行条件改善', '明显改善'],
        [4, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
      ],
    ]);
    expect(record.flags.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('counts the preview pages as the source pages', async () => {
    const { record } = await extract('test/fixtures/html-positioned/seed.html');
    expect([record.source.format, record.source.pages]).toEqual(['html', 13]);
  });
});
