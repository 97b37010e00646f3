// Border remnants tesseract reads as characters: dropped only where a ruling runs through them.
import { describe, expect, it } from 'vitest';
import { dropRulingArtifacts } from '../../../src/parse/pdf/ocr/artifacts.ts';
import type { PixelRuling } from '../../../src/parse/pdf/ocr/rulings-from-raster.ts';
import type { OcrWord } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';

function word(text: string, left: number, top: number, width: number, height: number): OcrWord {
  return { text, left, top, width, height, conf: 50, page: 1, block: 1, par: 1, line: 1, word: 1 };
}

const VERTICAL: PixelRuling = { x0: 473, y0: 273, x1: 473, y1: 3333, thickness: 3, band: [472, 474] };
const HORIZONTAL: PixelRuling = { x0: 235, y0: 347, x1: 2363, y1: 347, thickness: 1, band: [347, 347] };

describe('dropRulingArtifacts', () => {
  it('drops bars and dashes lying on a ruling, keeps the same glyphs inside a cell and real text on a border', () => {
    const words = [
      word('|', 469, 300, 8, 60), // on the vertical border
      word('——', 600, 340, 90, 12), // on the horizontal border
      word('|', 900, 400, 8, 60), // a bar inside a cell: text, whatever it means
      word('一', 700, 300, 40, 6), // '一' is never taken for a border
      word('中共', 470, 290, 90, 45), // real text the ruling grazes
    ];
    expect(dropRulingArtifacts(words, [VERTICAL, HORIZONTAL]).map((w) => w.text)).toEqual(['|', '一', '中共']);
  });

  it('trims a bar glued to the first character where the vertical border cuts it', () => {
    const [w] = dropRulingArtifacts([word('[106', 468, 390, 120, 38)], [VERTICAL]);
    expect(w).toMatchObject({ text: '106', left: 498, width: 90 });
  });

  it('drops a bar glued to Chinese text where no ruling was found, and keeps a bar beside a figure', () => {
    const words = [word('长效管理机制|', 900, 400, 260, 40), word('丨群众满意度', 900, 500, 260, 40), word('12|', 1200, 600, 60, 40)];
    expect(dropRulingArtifacts(words, []).map((w) => w.text)).toEqual(['长效管理机制', '群众满意度', '12|']);
  });

  it('drops a square bracket glued to a figure (a sliver of border), and leaves the figure doubtful', () => {
    const sure = (w: OcrWord) => ({ ...w, conf: 90 });
    const words = [word('2452.1]', 900, 400, 160, 40), word('[98.7%', 900, 500, 160, 40), word('文件[2024]', 900, 600, 160, 40)].map(sure);
    const out = dropRulingArtifacts(words, []);
    expect(out.map((w) => w.text)).toEqual(['2452.1', '98.7%', '文件[2024]']);
    expect(out.map((w) => w.conf < 75)).toEqual([true, true, false]);
  });
});

describe('withoutSpeckMarks', () => {
  it('drops the marks a speck of dust beside a cell makes, and keeps the punctuation the text has', async () => {
    const { withoutSpeckMarks } = await import('../../../src/parse/pdf/ocr/artifacts.ts');
    expect(['服务保障能力.', '服务对象满意度(%),', '”持续提升', '二级指标,', '三级指标“', '.名称'].map(withoutSpeckMarks)).toEqual([
      '服务保障能力',
      '服务对象满意度(%)',
      '持续提升',
      '二级指标',
      '三级指标',
      '名称',
    ]);
    // A wrapped line of content may end in a comma or a closing quote; a line may open with a quote.
    expect(['组织开展农产品质量安全相关工作，包括督查考核,', '确保村“两委”', '“两新”组织培训人数(人)', '完成。'].map(withoutSpeckMarks)).toEqual([
      '组织开展农产品质量安全相关工作，包括督查考核,',
      '确保村“两委”',
      '“两新”组织培训人数(人)',
      '完成。',
    ]);
  });
});

describe('a leading figure read as a letter', () => {
  it('puts back 1 and 0 before a decimal point, nowhere else', async () => {
    const { lettersAsFigures } = await import('../../../src/parse/pdf/ocr/artifacts.ts');
    expect(['L.2万亩', 'D.8', '≤l.5万元', 'O.95', '|.5', 'PDO.5', 'IDC机房', 'L型', '1.2'].map(lettersAsFigures)).toEqual([
      '1.2万亩',
      '0.8',
      '≤1.5万元',
      '0.95',
      '1.5',
      'PDO.5',
      'IDC机房',
      'L型',
      '1.2',
    ]);
  });
});
