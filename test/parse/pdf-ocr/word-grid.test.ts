// Borderless tables from OCR word boxes, without tesseract: its recorded TSV for three deskewed pages of a 200 dpi
// JPEG scan (../shared/validation v05: v03 printed without borders, scanned skewed 1.2°), through the virtual
// borders word-path.ts draws and the ruled-table grid builder. Cells the page read left empty are not re-read here
// (the reader hands back nothing), so these are the page read's cells exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ocrWords } from '../../helpers/ocr-words.ts';
import type { PageContent } from '../../../src/parse/pdf/page-content.ts';
import { pageBlocks } from '../../../src/parse/pdf/page-blocks.ts';
import { parseTesseractTsv } from '../../../src/parse/pdf/ocr/tesseract-tsv.ts';
import { readUnruledPage, type PieceReader } from '../../../src/parse/pdf/ocr/word-path.ts';
import { labelCount, wordTables } from '../../../src/parse/pdf/ocr/word-grid.ts';

const W = 1704;
const H = 2375;

/** The page's tables, top to bottom, as text grids (span copies shown as ^). */
async function tables(name: string): Promise<string[][][]> {
  const words = parseTesseractTsv(readFileSync(`test/fixtures/scans/${name}`, 'utf8'));
  const read: PieceReader = async (pieces) => (pieces[0]?.file.endsWith('page-words.pgm') ? words : []);
  const white = { width: W, height: H, data: new Uint8Array(W * H).fill(255) };
  const { runs, rulings } = await readUnruledPage(white, [], read, {
    dir: '/nonexistent',
    ref: { pdfPath: name, page: 1 },
    darkThreshold: 160,
    gapFactor: 0.6,
    cellGapFactor: 2,
    pagePsm: 11,
    cellPsm: 6,
  });
  const content: PageContent = {
    page: 1,
    width: W,
    height: H,
    texts: runs.map((r) => ({ text: r.text, x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, confidence: r.conf })),
    rulings,
    origin: 'ocr',
  };
  return pageBlocks(content).flatMap((b) => (b.kind === 'table' ? [b.grid.rows.map((row) => row.map((c) => (c.spanned ? '^' : c.text)))] : []));
}

/** The page's last table: the one the header labels built (a 部门名称 block above it is a borderless table of its own). */
async function grid(name: string): Promise<string[][]> {
  const table = (await tables(name)).at(-1);
  if (!table) throw new Error(`no table on ${name}`);
  return table;
}

describe('wordTables', () => {
  it('counts header labels, a label inside a longer one once', () => {
    expect(labelCount('一级指标二级指标三级指标指标值')).toBe(4);
    expect(labelCount('部门名称丰浦县科学技术协会')).toBe(1);
    expect(labelCount('项目名称主要实施内容')).toBe(2);
    // Every label of the header wrapped at its cell's edge (Writer): each counts by its first four characters or more.
    expect(labelCount('工作任务名称主要实施期望达到的')).toBe(3);
  });

  it('a page without a header line: only the 部门名称 block, a key/value table of its own whose goal row spans its columns', () => {
    const words = parseTesseractTsv(readFileSync('test/fixtures/scans/v05-p1-deskewed.tsv', 'utf8')).filter((w) => w.top < 560);
    const [t, ...more] = wordTables(words);
    expect(more).toEqual([]);
    // From the 部门名称 line (top 207) to the goal's second line (533); the title above is no row.
    expect(t!.ys[0]).toBeGreaterThan(160);
    expect(t!.ys[0]).toBeLessThan(207);
    expect(t!.ys.at(-1)).toBeGreaterThan(555);
    expect(t!.ys.length - 1).toBeGreaterThanOrEqual(8);
    // The goal runs across column edges: its row spans them.
    expect(t!.joins?.length).toBeGreaterThan(0);
  });

  it('indicator page: 4 columns from the header labels, one row per 指标N line, values in their own column', async () => {
    const rows = await grid('v05-p3-deskewed.tsv');
    expect(rows.length).toBe(23);
    expect(rows[0]).toEqual(['一级指标', '二级指标', '三级指标', '指标值']);
    expect(rows[1]).toEqual(['产出指标', '数量指标', '指标1:检查覆盖单位数(家)', '>262']);
    expect(rows[9]).toEqual(['产出指标', '质量指标', '指标9:青少年科技创新资金使用合规率(%)', '100%']);
    expect(rows[11]).toEqual(['产出指标', '时效指标', '指标11:完成时间', '12月31日前']);
    expect(rows[22]).toEqual(['效益指标', '经济效益指标', '指标22:青少年科技创新节约行政成本', '较上年降低']);
    expect(rows.every((r) => r.length === 4)).toBe(true);
  });

  it('task page: the 部门名称/基本信息 block above the header-built table is read as a borderless table of its own', async () => {
    const all = await tables('v05-p1-deskewed.tsv');
    expect(all.length).toBe(2);
    expect(all[0]!.flat()).toContain('2052.927309');
  });

  it('task page: wrapped names and texts stay in their row, a text set above its name too', async () => {
    const rows = await grid('v05-p1-deskewed.tsv');
    expect(rows.map((r) => r[0])).toEqual(['名称', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => expect.stringMatching(new RegExp(`^任务${n}[:;]`)))]);
    expect(rows.map((r) => r[2])).toEqual(['拟投入的资金(万元)', '52.4', '', '562', '219', '1393.08', '183.8', '63.6', '549.2', '1.745']);
    // Task 5's text starts a line above 任务5 and ends a line below 管理费 (元。 read as 志。): all of it is row 5's.
    expect(rows[5]![1]).toMatch(/^据相关文件精神.*合计1393\.08万志。$/);
    expect(rows[6]![1]).toBe('开展科普基地配套资金,提升服务水平。');
  });

  it('continued page: a two-line header (名称 centred, 拟投入的资/金(万元)) is one row, labels 15 px apart two columns', async () => {
    const rows = await grid('v05-p2-deskewed.tsv');
    expect(rows.length).toBe(4);
    expect(rows[0]![0]).toBe('名称');
    expect(rows[0]![1]).toBe('主要实施内容');
    expect(rows[0]![3]).toMatch(/^期望达到的目标/);
    expect(rows.slice(1).map((r) => [r[0]!.slice(0, 5), r[2]])).toEqual([
      ['任务10:', '1067.28'],
      ['任务11:', '332.8'],
      ['任务12:', '343.5'],
    ]);
  });

  it('a page continuing a table, no header line: rows from the 任务N markers, columns in the gutters, the 部门名称 line left out', () => {
    const w = ocrWords(30, 38);
    const words = [
      w('部门名称', 140, 120),
      w('高州县应急管理局', 370, 120),
      // Row 1: its text centred a line above its marker, a wrapped second line below.
      w('按照省市县分级负担原则', 780, 180),
      w('任务24:村阵地建设', 370, 228),
      w('的标准,县级承担', 780, 228),
      w('420', 1640, 228),
      w('保障各村工作正常开展', 1870, 228),
      w('经费', 370, 276),
      w('任务25:专项检查', 370, 340),
      w('开展年度专项检查', 780, 340),
      w('5.2', 1640, 340),
      w('保证专项检查工作', 1870, 340),
    ];
    const [t, ...more] = wordTables(words);
    expect(more).toEqual([]);
    expect(t!.xs.length).toBe(5);
    expect(t!.ys.length).toBe(3);
    expect(t!.ys[0]).toBeGreaterThan(158);
    expect(t!.ys[1]).toBeGreaterThan(314);
    expect(t!.ys[1]).toBeLessThan(340);
  });

  it('packed rows (Writer): a marker whose number OCR set apart still opens a row, and the edge goes where a column steps off its pitch', () => {
    const w = ocrWords(22, 23);
    // The text column runs on at its 30 px pitch from row to row, 37 px (the cells' padding added) where a row
    // ends; a line of small glyphs inside row 11 leaves the widest blank of all there.
    const text = (tops: number[]) => tops.map((t) => w('保障档案', 367, t, t === 878 ? 12 : 23));
    const words = [
      ...text([631, 661, 691, 721, 751, 781]),
      w('任务', 256, 691),
      w('10:', 325, 691),
      w('办公场所', 256, 721),
      w('200', 486, 721),
      w('改善办公', 640, 706),
      ...text([818, 848, 878, 908, 938, 968, 998, 1028]),
      w('任务', 256, 908),
      w('11:', 325, 908),
      w('养老机构', 256, 938),
      w('999.72', 486, 923),
      w('保障我县', 640, 908),
      ...text([1065, 1095, 1125]),
      w('任务', 256, 1095),
      w('12:', 325, 1095),
      w('78.966', 486, 1095),
      w('提高突发', 640, 1095),
    ];
    const [t, ...more] = wordTables(words);
    expect(more).toEqual([]);
    expect(t!.ys.length).toBe(4);
    expect(t!.ys[1]).toBeGreaterThan(804);
    expect(t!.ys[1]).toBeLessThan(818);
    expect(t!.ys[2]).toBeGreaterThan(1051);
    expect(t!.ys[2]).toBeLessThan(1065);
  });

  it('the 部门名称 block above a table: columns in the gutters of its short lines, a wrapped label one row with the value beside it, the goal spanning', () => {
    const w = ocrWords(28, 28);
    const words = [
      w('部门名称', 75, 191),
      w('阳西县住建局', 227, 191),
      w('下属二级', 1074, 240),
      w('基本信息', 75, 260),
      w('财政供养人员数', 226, 260),
      w('147', 500, 260),
      w('30', 1225, 260),
      w('单位数', 1074, 282),
      w('部门预算支出', 226, 322),
      w('预算金额', 500, 322),
      w('收入来源', 1074, 322),
      w('预算金额', 1225, 322),
      w('基本支出', 226, 372),
      w('17040.27', 500, 372),
      w('财政拨款', 1074, 372),
      w('28755.85', 1225, 372),
      w('总体绩效', 75, 445),
      // OCR reads a line of Chinese a character or two a word.
      ...['全面', '履行', '部门', '职责', '保障', '机构', '正常', '运转', '扎实', '推进', '年度', '重点', '项目', '建设', '提升', '服务', '水平'].map((t, i) =>
        w(t, 226 + 60 * i, 464),
      ),
      w('目标', 75, 483),
      // The task table's header, well below.
      w('名称', 226, 620),
      w('主要实施内容', 500, 620),
      w('拟投入的资金', 1074, 620),
      w('期望达到的目标', 1225, 620),
      w('任务1:培训', 226, 680),
      w('组织培训', 500, 680),
      w('52.4', 1074, 680),
      w('提升能力', 1225, 680),
    ];
    const [block, table, ...more] = wordTables(words);
    expect(more).toEqual([]);
    expect(table!.ys[0]).toBeGreaterThan(block!.ys.at(-1)!);
    expect(block!.xs.length).toBe(6);
    // Rows: 部门名称, 基本信息 (下属二级 / 单位数 with it), 部门预算支出, 基本支出, the goal.
    expect(block!.ys.length).toBe(6);
    expect(block!.ys[1]).toBeLessThan(240);
    expect(block!.ys[2]).toBeGreaterThan(310);
    expect(block!.joins).toEqual([2, 3, 4].map((edge) => ({ row: 4, edge })));
  });

  it('a page continuing a table with a single marked row: its repeated 部门名称 line opens no key/value block', () => {
    const w = ocrWords(28, 28);
    const words = [
      w('部门名称', 75, 120),
      w('阳西县住建局', 260, 120),
      w('维修改造经费', 260, 170),
      w('费30500元,以上预算共计4.56万元。', 500, 170),
      w('任务37:', 260, 220),
      w('根据上级有关文件要求', 500, 220),
      w('632.16', 900, 220),
      w('社区干部', 260, 260),
      w('补贴标准为人均每月', 500, 260),
    ];
    expect(wordTables(words)).toEqual([]);
  });
});

describe("a header-anchored table whose first column holds only its groups' labels", () => {
  it('starts a row at each line of the value column, and spans each group label over its rows', () => {
    const w = ocrWords(22, 23);
    // 一级指标 | 二级指标 | 指标内容 | 指标值; rows 40 px apart; 产出指标 centred beside rows 1–3, 效益指标 beside 4–5.
    const names = ['服务人数', '服务时长', '合格率', '群众生活', '服务网络'];
    const values = ['≥1200人', '≥3600时', '≥95%', '改善', '完善'];
    const words = [
      w('一级指标', 100, 100),
      w('二级指标', 300, 100),
      w('指标内容', 500, 100),
      w('指标值', 800, 100),
      ...names.flatMap((n, k) => [
        w(n, 500, 160 + 40 * k),
        w(values[k]!, 800, 160 + 40 * k),
        w(['数量指标', '时效指标', '质量指标', '社会效益', '可持续'][k]!, 300, 160 + 40 * k),
      ]),
      w('产出指标', 100, 200),
      w('效益指标', 100, 300),
    ];
    const [t, ...more] = wordTables(words);
    expect(more).toEqual([]);
    // A header row and one row per value line.
    expect(t!.ys.length - 1).toBe(6);
    expect(t!.spans?.length).toBeGreaterThan(0);
  });
});

describe('a header-anchored table without row markers whose names wrap', () => {
  it("reads a name's second line, one line pitch below its first, as the same row", () => {
    const w = ocrWords(22, 23);
    // Lines of one cell 30 px apart; rows 50 px apart or more. Row 2's name and text wrap over two lines.
    const words = [
      w('名称', 100, 100),
      w('主要实施内容', 300, 100),
      w('拟投入的资金', 700, 100),
      w('期望达到的目标', 900, 100),
      w('最低生活保障', 100, 160),
      w('全市低保对象', 300, 160),
      w('4359.6', 700, 160),
      w('应保尽保', 900, 160),
      w('特困人员救助', 100, 210),
      w('分散供养特困', 300, 210),
      w('1584', 700, 210),
      w('基本生活保障', 900, 210),
      w('供养', 100, 240),
      w('人员1320人', 300, 240),
      w('孤儿生活保障', 100, 290),
      w('集中供养孤儿', 300, 290),
      w('353.52', 700, 290),
      w('按时足额发放', 900, 290),
    ];
    const [t, ...more] = wordTables(words);
    expect(more).toEqual([]);
    // The header and three rows; the edge between rows 2 and 3 below the wrapped line.
    expect(t!.ys.length - 1).toBe(4);
    expect(t!.ys[3]).toBeGreaterThan(263);
    expect(t!.ys[3]).toBeLessThan(290);
  });
});
