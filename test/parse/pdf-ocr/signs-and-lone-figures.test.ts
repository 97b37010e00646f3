// A Writer table in UMing/DejaVu Serif scanned at 200 dpi (JPEG): chi_sim reads its ≥ as 三 or =, a word of its own
// before the figure or the figure's first glyph, its 95% as 959% (eng as 295%), and a lone 5 in a wide 分值 cell as
// 局 or 蕊. The sign is told by its shape, eng's digits settle the percent, and eng's 5 is the figure, flagged.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.ts';

const tools = ['/usr/bin/tesseract', '/usr/bin/convert'].every(existsSync);
if (!tools) console.warn('\n*** SKIPPED: the signs and lone figures scan test needs tesseract with chi_sim and imagemagick ***\n');

const rows = async (path: string) => {
  const { record } = await extract(path, { ocr: true });
  return { record, values: record.indicators.map((i) => [i.value?.raw, i.actual?.raw, i.weight, i.score]) };
};

describe.skipIf(!tools)('signs and lone figures on a Writer scan (200 dpi JPEG)', () => {
  it('reads ≥ read as 三 by its shape, and the percent eng agrees on', async () => {
    const { values } = await rows('test/fixtures/scans/writer-signs-percent.jpg');
    expect(values.map((v) => v[0])).toEqual(['≥110人次', '≥95%', '≥130人次', '≥95%', '≥150人次']);
  });

  it('takes eng’s figure for a lone 5 chi_sim read as a character, and flags the cell', async () => {
    const { record, values } = await rows('test/fixtures/scans/writer-lone-figures.jpg');
    expect(values).toEqual([
      ['≥110人次', '113人次', 5, 5],
      ['≥95%', '96%', 5, 5],
      ['≥130人次', '133人次', 5, 5],
      ['≥95%', '96%', 5, 5],
      ['≥150人次', '153人次', 5, 5],
    ]);
    const lone = record.flags.filter((f) => f.rule === 'ocr-digit' && /\(eng "5"\)/.test(f.message));
    expect(lone.map((f) => f.actual)).toEqual(['局', '蕊']);
  });
});
