// A table without lines: columns from where text starts and where centred numbers sit, rows from cell paragraphs.
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../../src/parse/pdf/page-blocks.ts';
import type { PageContent, PageText } from '../../../src/parse/pdf/page-content.ts';

/** A run of `s` at x, on the line whose top is y; 8 pt characters, 10 pt high (14 for the title). */
const run = (s: string, x: number, y: number, size = 10): PageText => ({ text: s, x0: x, x1: x + s.length * 8, y0: y, y1: y + size });
/** A text-layer page without rulings, 400 × 300 pt. */
const textPage = (page: number, texts: PageText[]): PageContent => ({ page, width: 400, height: 300, origin: 'text-layer', rulings: [], texts });
/** The texts of the first table's rows among a page's blocks. */
const tableTexts = (blocks: ReturnType<typeof pageBlocks>) => {
  const grid = blocks.find((b) => b.kind === 'table');
  return grid?.kind === 'table' && grid.grid.rows.map((r) => r.map((c) => c.text));
};
/** A number centred on `centre`. */
const centred = (s: string, centre: number, y: number) => run(s, centre - (s.length * 8) / 2, y);

// Columns start at 10 (name), 100 (content), 200 (amounts, centred on 230 with no header on this page), 262 (goal).
// Task 2's content wraps onto a second line; the goal of task 3 sits right against its amount.
const page: PageContent = textPage(3, [
  run('2024年目标表', 60, 10, 14),
  run('任务1:业务费', 10, 40),
  run('各种支出', 100, 40),
  centred('7', 230, 40),
  run('保证支出', 262, 40),
  run('任务2:购车', 10, 58),
  run('购置公务', 100, 58),
  centred('18', 230, 58),
  run('购车一辆', 262, 58),
  run('用车一辆', 100, 69),
  run('任务3:培训', 10, 87),
  run('培训干部', 100, 87),
  centred('250.5', 230, 87),
  run('完成培训', 262, 87),
]);

describe('unruled table', () => {
  it('finds the centred amount column and keeps a wrapped line in its row', () => {
    const blocks = pageBlocks(page);
    expect(blocks[0]).toMatchObject({ kind: 'text', text: '2024年目标表' });
    const grid = blocks[1]!.kind === 'table' ? blocks[1]!.grid : undefined;
    expect(grid?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['任务1:业务费', '各种支出', '7', '保证支出'],
      ['任务2:购车', '购置公务用车一辆', '18', '购车一辆'],
      ['任务3:培训', '培训干部', '250.5', '完成培训'],
    ]);
  });

  it('boxes its first and last rows at their text, not at the open bands that gather them', () => {
    const grid = pageBlocks(page).find((b) => b.kind === 'table')!;
    const boxes = grid.kind === 'table' ? grid.grid.rows.flat().map((c) => c.loc.bbox!) : [];
    expect(boxes.every((b) => b.every(Number.isFinite))).toBe(true);
    expect(boxes[0]![1]).toBe(40);
    expect(boxes.at(-1)![3]).toBe(97);
  });

  it('keeps the rows below a merged label printed left of every column the page has', () => {
    // 绩效指标 (the outer label) alone at x 2, then an indicator row whose name and value lines each hold one phrase.
    const p: PageContent = textPage(4, [
      run('指标1:完成率', 100, 40),
      run('完成', 262, 40),
      run('指标2:到位率', 100, 58),
      run('到位', 262, 58),
      run('绩效指标', 2, 76),
      run('指标3:及时率', 100, 94),
      run('及时', 262, 101),
    ]);
    expect(tableTexts(pageBlocks(p))).toEqual([
      ['', '指标1:完成率', '完成'],
      ['', '指标2:到位率', '到位'],
      ['绩效指标', '', ''],
      ['', '指标3:及时率', '及时'],
    ]);
  });

  it("leaves a title repeated between the table's lines out of its rows", () => {
    // A label clipped at the top of the page (a merged cell cut by the page break) sits above the repeated title.
    const p: PageContent = textPage(2, [
      run('成本指标', 10, 10),
      run('经济成本', 100, 10),
      run('2024年目标表', 60, 24, 14),
      run('指标9:成本', 100, 44),
      run('≤ 50', 262, 44),
      run('指标10:控制', 100, 62),
      run('≤ 80', 262, 62),
    ]);
    const blocks = pageBlocks(p);
    expect(blocks.filter((b) => b.kind === 'text').map((b) => b.kind === 'text' && b.text)).toEqual(['2024年目标表']);
    expect(tableTexts(blocks)).toEqual([
      ['成本指标', '经济成本', ''],
      ['', '指标9:成本', '≤ 50'],
      ['', '指标10:控制', '≤ 80'],
    ]);
  });

  it('reads a value of two touching runs as one cell, however their estimated ends round', () => {
    // Two lines show a strip between a sign and its number (≥ | 85%, 3 pt apart); on the other lines the value's
    // second run starts where the first ends, give or take a float's rounding (pdfjs's widths are estimates).
    const p: PageContent = textPage(5, [
      run('效益指标', 10, 40),
      run('指标1:办理时限', 100, 40),
      run('≥', 200, 40),
      run('85%', 211, 40),
      run('成本指标', 10, 60),
      run('指标2:办理时限', 100, 60),
      run('≤', 200, 60),
      run('30', 211, 60),
      run('指标3:便利程度', 100, 80),
      run('明显', 200, 80),
      run('提高', 216 - 1e-9, 80),
      run('指标4:便利程度', 100, 100),
      run('明显', 200, 100),
      run('提高', 216 - 1e-9, 100),
    ]);
    expect(tableTexts(pageBlocks(p))).toEqual([
      ['效益指标', '指标1:办理时限', '≥ 85%'],
      ['成本指标', '指标2:办理时限', '≤ 30'],
      ['', '指标3:便利程度', '明显提高'],
      ['', '指标4:便利程度', '明显提高'],
    ]);
  });

  it('leaves a note under the last rows of a table, read by the columns of the page before, outside them', () => {
    // Page 1 shows the columns; page 2 holds one indicator whose name and value never share a line, then the note.
    const first: PageContent = textPage(
      1,
      [0, 1, 2].flatMap((k) => [run('满意度指标', 10, 40 + 18 * k), run(`指标${k + 1}:满意度`, 100, 40 + 18 * k), run('≥90%', 200, 40 + 18 * k)]),
    );
    const second: PageContent = textPage(2, [
      run('指标4:', 100, 40),
      run('≥90%', 200, 46),
      run('满意度', 100, 52),
      run('备注:', 10, 80),
      run('1.本表的填报', 34, 80),
      run('主体是县级一级', 90, 80),
      run('预算单位。', 146, 80),
    ]);
    const state = {};
    pageBlocks(first, state);
    const blocks = pageBlocks(second, state);
    expect(tableTexts(blocks)).toEqual([['', '指标4:满意度', '≥90%']]);
    expect(blocks.filter((b) => b.kind === 'text').map((b) => b.kind === 'text' && b.text)).toEqual(['备注:1.本表的填报主体是县级一级预算单位。']);
  });

  it('ends the table at a note, even where a column start cuts the note into two phrases', () => {
    const p: PageContent = textPage(5, [
      ...[0, 1, 2].flatMap((k) => [run('满意度指标', 10, 40 + 18 * k), run(`指标${k + 1}:满意度`, 100, 40 + 18 * k), run('≥90%', 200, 40 + 18 * k)]),
      run('备注: 1.', 10, 100),
      run('本表的填报主体是县级一级预算单位。', 100, 100),
    ]);
    const blocks = pageBlocks(p);
    const grid = blocks.find((b) => b.kind === 'table');
    expect(grid?.kind === 'table' && grid.grid.rows.length).toBe(3);
    expect(blocks.filter((b) => b.kind === 'text').map((b) => b.kind === 'text' && b.text)).toEqual(['备注: 1.本表的填报主体是县级一级预算单位。']);
  });

  it('keeps a header label wrapped over three lines beside one-line labels whole, in one header row', () => {
    // The section's label beside the header (年度重点 | 工作任务) makes a band of the first two lines.
    const p: PageContent = textPage(2, [
      run('年度重点', 10, 20),
      run('拟投入的', 220, 20),
      run('工作任务', 10, 32),
      run('资金(万', 220, 32),
      run('名称', 60, 44),
      run('主要实施内容', 120, 44),
      run('元)', 220, 44),
      run('期望达到的目标', 280, 44),
      run('任务1:业务费', 60, 70),
      run('各种支出', 120, 70),
      run('7', 220, 70),
      run('保证支出', 280, 70),
      run('任务2:购车', 60, 88),
      run('购置用车', 120, 88),
      run('18', 220, 88),
      run('购车一辆', 280, 88),
    ]);
    expect(tableTexts(pageBlocks(p))).toEqual([
      ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金(万元)', '期望达到的目标'],
      ['', '任务1:业务费', '各种支出', '7', '保证支出'],
      ['', '任务2:购车', '购置用车', '18', '购车一辆'],
    ]);
  });

  it('starts a table at a header whose labels of one line stand between the lines of wrapped ones', () => {
    // Cells centred one by one: 名称 sits between 主要实施 and 内容, no line names two labels.
    const p: PageContent = textPage(1, [
      run('部门名称', 10, 10),
      run('某县某局', 60, 10),
      run('基本信息', 10, 28),
      run('财政供养人员数', 60, 28),
      run('年度重点', 10, 50),
      run('拟投入', 220, 50),
      run('期望达到', 280, 50),
      run('主要实施', 120, 56),
      run('工作任务', 10, 62),
      run('名称', 60, 62),
      run('的资金', 220, 62),
      run('的目标', 280, 62),
      run('内容', 120, 68),
      run('任务1:业务费', 60, 90),
      run('各种支出', 120, 90),
      run('7', 220, 90),
      run('保证支出', 280, 90),
      run('任务2:购车', 60, 108),
      run('购置用车', 120, 108),
      run('18', 220, 108),
      run('购车一辆', 280, 108),
    ]);
    const tables = pageBlocks(p).flatMap((b) => (b.kind === 'table' ? [b.grid.rows.map((r) => r.map((c) => c.text))] : []));
    expect(tables.at(-1)).toEqual([
      ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金', '期望达到的目标'],
      ['', '任务1:业务费', '各种支出', '7', '保证支出'],
      ['', '任务2:购车', '购置用车', '18', '购车一辆'],
    ]);
  });
});

describe('unruled table: wrap pitch and centred headings', () => {
  it('takes the wrap pitch from a header label wrapped in its cell, where every row is one line of equal-width labels', () => {
    // The amount heading wraps over three lines 12 pt apart; the rows stand 16.5 pt apart, their level labels all
    // four characters wide (so each line looks as if it ran to its column's edge).
    const wrapped = textPage(2, [
      run('名称', 30, 47),
      run('拟投入', 110, 35),
      run('的资金', 110, 47),
      run('(万元)', 110, 59),
      run('主要实施内容', 200, 47),
      run('森林防火经费', 10, 75),
      run('86.5', 110, 75),
      run('用于巡查', 200, 75),
      run('一级指标', 10, 110),
      run('二级指标', 110, 110),
      run('三级指标', 200, 110),
      run('指标值', 300, 110),
      ...['产出指标', '产出指标', '效益指标', '满意度指标'].flatMap((l1, k) => [
        run(l1, 10, 126.5 + 16.5 * k),
        run(['数量指标', '质量指标', '社会效益', '满意度'][k]!, 110, 126.5 + 16.5 * k),
        run(`指标${k + 1}`, 200, 126.5 + 16.5 * k),
        run(`≥${90 + k}%`, 300, 126.5 + 16.5 * k),
      ]),
    ]);
    const tables = pageBlocks(wrapped).flatMap((b) => (b.kind === 'table' ? [b.grid.rows.map((r) => r.map((c) => c.text))] : []));
    expect(tables).toEqual([
      [
        ['名称', '拟投入的资金(万元)', '主要实施内容'],
        ['森林防火经费', '86.5', '用于巡查'],
      ],
      [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '指标1', '≥90%'],
        ['产出指标', '质量指标', '指标2', '≥91%'],
        ['效益指标', '社会效益', '指标3', '≥92%'],
        ['满意度指标', '满意度', '指标4', '≥93%'],
      ],
    ]);
  });

  it("a heading centred clear of the text set from its column's left edge heads that column", () => {
    // 二级指标 stands right of where 数量指标 / 质量指标 end (LibreOffice's HTML import centres headings only).
    const centredHeads = textPage(1, [
      run('一级指标', 10, 40),
      run('二级指标', 150, 40),
      run('三级指标', 260, 40),
      ...['数量指标', '质量指标', '时效指标'].flatMap((l2, k) => [
        run('产出指标', 10, 58 + 18 * k),
        run(l2, 110, 58 + 18 * k),
        run(`指标${k + 1}`, 230, 58 + 18 * k),
      ]),
    ]);
    expect(tableTexts(pageBlocks(centredHeads))).toEqual([
      ['一级指标', '二级指标', '三级指标'],
      ['产出指标', '数量指标', '指标1'],
      ['产出指标', '质量指标', '指标2'],
      ['产出指标', '时效指标', '指标3'],
    ]);
  });
});

describe('unruled table: single-line rows beside figures', () => {
  it('reads names of one line each as rows of their own where every name fills its column (no wrapped cell on the page)', () => {
    // Layout B printed by Chromium without borders: 18 pt rows, the name column as wide as its longest name, so
    // every name line looks full; the weights and targets beside each name are figures, which never wrap.
    const names = ['数字化城管案件结案率', '城市照明亮灯率面积', '生活垃圾无害化处理率', '市政道路设施完好率', '违法建设查处率比例'];
    const rows = names.flatMap((n, i) => [run(n, 10, 58 + 18 * i), centred(String(10 - i), 170, 58 + 18 * i), centred(String(95 + i), 270, 58 + 18 * i)]);
    const blocks = pageBlocks(textPage(1, [run('指标名称', 10, 40), run('指标权重', 150, 40), run('指标值', 250, 40), ...rows]));
    expect(tableTexts(blocks)).toEqual([['指标名称', '指标权重', '指标值'], ...names.map((n, i) => [n, String(10 - i), String(95 + i)])]);
  });
});
