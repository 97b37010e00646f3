// A 部门预算 disclosure ends with one 项目支出绩效目标表 per project: one record per table, numbered in reading order,
// each with its page span in a PDF, and a re-run upserts the same rows in SQLite and PostgreSQL.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, type DisclosureRecord } from '../../src/index.ts';
import { runBatch } from '../../src/batch/run.ts';
import { openPostgresSink } from '../../src/emit/postgres.ts';
import { missing, startPostgres, type Service } from '../helpers/services.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const PDF = 'test/fixtures/layouts/docs/g1-E-budget-disclosure.pdf';
const HTML = 'test/fixtures/multi/three-projects.html';

/** What a listed project's record says: its facts, its indicator rows, its flags. */
const listingView = (r: DisclosureRecord) => ({
  family: r.family,
  unit: r.budget.unit,
  department: r.department.name,
  project: [r.project?.name, r.project?.funds.total],
  goal: r.overallGoal,
  indicators: r.indicators.map((i) => [i.no, i.level1, i.level2, i.name, i.value.op, i.value.number, i.value.unit, i.weight]),
  flags: r.flags.map((f) => f.rule),
});

describe('several target tables in one document', () => {
  it('a PDF with a 收支总表 and three 项目支出绩效目标表 gives three records, each with its page span', async () => {
    const { records } = await extract(PDF);
    expect(records.map((r) => [r.id.slice(-2), r.source.table, r.source.pageSpan, r.family, r.project?.name])).toEqual([
      ['#1', 1, [2, 2], 'project-performance-goals', '2022年站场建设补助项目'],
      ['#2', 2, [3, 3], 'project-performance-goals', '2022年站场建设项目'],
      ['#3', 3, [4, 4], 'project-performance-goals', '2022年农村公路养护专项资金'],
    ]);
    // The 收支总表 before them is named, not forced into a family.
    expect(records[0]!.flags.filter((f) => f.rule === 'other-table').map((f) => f.severity)).toEqual(['info']);
  });

  it('two forms stacked in one grid (a sheet of projects one under another) are a record each, split where the second names its project', async () => {
    const { records } = await extract('test/fixtures/multi/two-forms-one-grid.md');
    expect(records.map((r) => [r.source.table, r.project?.name, r.project?.implementer, r.indicators.map((i) => i.name), r.flags.map((f) => f.rule)])).toEqual([
      [1, '农村饮水安全维护', '某县农村供水站', ['维修供水点数', '受益人口', '群众满意度'], []],
      [2, '河道清淤整治', '某县河道管理所', ['清淤河道长度', '河道水质改善', '沿岸群众满意度'], []],
    ]);
  });

  // Three forms of one layout, one a page, no borders, merged level cells centred: each form's labels are its own
  // (a stretch of indicator rows across forms put the first form's wrapped 服务对象满意度指 | 标 in a column of its
  // own), the labels of odd groups stand level with their middle row (centred all the same), and the wrapped
  // label's last line, at one place on every page, is no page footer.
  it('a booklet of borderless forms with centred merged levels: the levels of every form', async () => {
    const { records } = await extract('test/fixtures/multi/booklet-centred-levels-borderless.chromium.pdf');
    const levels = (r: (typeof records)[number]) => r.indicators.map((i) => `${i.level1}/${i.level2}`);
    const expected = [
      ...Array(2).fill('产出指标/数量指标'),
      '产出指标/质量指标',
      '产出指标/时效指标',
      '产出指标/成本指标',
      ...Array(2).fill('效益指标/社会效益指标'),
      '效益指标/可持续影响指标',
      '满意度指标/服务对象满意度指标',
    ];
    expect(records.map((r) => [r.project?.name, levels(r)])).toEqual([
      ['公路绿化经费', expected],
      ['交通安全经费', expected],
      ['桥梁检测专项资金', expected],
    ]);
    expect(records.map((r) => r.indicators.map((i) => i.value?.raw))).toEqual([
      ['3373', '≥37次', '≥98%', '100%', '≤300', '≥90%', '≥6781', '≥3年', '≥85%'],
      ['≥1403人', '≥285', '≥98%', '100%', '≤10%', '明显提升', '≥7929人', '建立健全', '≥85%'],
      ['76个', '≥259人', '100%', '100%', '≤800元', '≥85%', '≥6378', '正常运转', '≥85%'],
    ]);
  });

  it('two borderless forms printed by Chromium, single-line rows of one pitch and a spanning name: each row read alone', async () => {
    const { records } = await extract('test/fixtures/multi/same-title-forms-borderless.chromium.pdf');
    expect(records.map((r) => [r.project?.name, r.project?.implementer, r.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`)])).toEqual([
      [
        '农村饮水安全维护',
        '某县农村供水站',
        [
          '产出指标/数量指标/维修供水点数',
          '产出指标/质量指标/水质达标率',
          '产出指标/时效指标/维修完成时间',
          '效益指标/社会效益指标/受益人口',
          '效益指标/可持续影响指标/设施使用年限',
          '满意度指标/服务对象满意度指标/群众满意度',
        ],
      ],
      [
        '河道清淤整治',
        '某县河道管理所',
        [
          '产出指标/数量指标/清淤河道长度',
          '产出指标/质量指标/验收合格率',
          '产出指标/成本指标/每公里清淤成本',
          '效益指标/生态效益指标/河道水质改善',
          '效益指标/社会效益指标/防洪能力提升',
          '满意度指标/服务对象满意度指标/沿岸群众满意度',
        ],
      ],
    ]);
    expect(records.flatMap((r) => r.flags.map((f) => f.rule))).toEqual([]);
  });

  it('a 收支总表 whose labels a target table shares (部门名称, 基本支出) is no record beside a target table', async () => {
    const { records } = await extract('test/fixtures/multi/budget-summary-then-project.html');
    expect(records.map((r) => [r.source.table ?? null, r.family, r.project?.name, r.indicators.length])).toEqual([
      [1, 'project-performance-goals', '高标准农田建设', 4],
    ]);
    expect(records[0]!.flags.filter((f) => f.rule === 'other-table').map((f) => f.message.slice(0, 60))).toEqual([
      'a table that is no target or self-evaluation table was left ',
    ]);
  });

  it('a listing of one project under its own title after a form is a record of its own, numbered by position', async () => {
    const { records } = await extract('test/fixtures/multi/form-then-listing-of-one.html');
    expect(
      records.map((r) => [
        r.source.table,
        r.project?.name,
        r.project?.funds.total,
        r.project?.funds.fiscal,
        r.overallGoal,
        r.indicators.map((i) => [i.no, i.name, i.weight]),
      ]),
    ).toEqual([
      [
        1,
        '水利专项资金',
        1520,
        null,
        '推进水利项目建设,提升农村饮水质量。',
        [
          [1, '续建中型水库', 40],
          [2, '农村饮水受益人口', 40],
          [3, '年度预算执行率', 20],
        ],
      ],
      // 当年财政拨款预算金额 is the fiscal part of the funds; the 序号 merged over the rows numbers the project.
      [
        2,
        '水利行业业务经费',
        null,
        420.5,
        '推进项目实施,加快预算执行进度',
        [
          [1, '水质检验对象数量', 40],
          [2, '水文资料整编准确率', 40],
          [3, '年度预算执行率', 20],
        ],
      ],
    ]);
  });

  it('a department printed with its budget code keeps the code apart (820001-某县某镇人民政府)', async () => {
    const { records } = await extract('test/fixtures/multi/project-listing.html');
    expect(records.map((r) => r.department)).toEqual([
      { name: '某县某镇人民政府', code: '820001', staffCount: null, subordinateUnits: null },
      { name: '某县某镇人民政府', code: '820001', staffCount: null, subordinateUnits: null },
    ]);
  });

  it('a listing whose text export lost the merges (each row packed to the left) gives the same records', async () => {
    const packed = (await extract('test/fixtures/multi/project-listing-packed.md')).records.map(listingView);
    expect(packed).toHaveLength(2);
    expect(packed).toEqual((await extract('test/fixtures/multi/project-listing.html')).records.map(listingView));
  });

  it('a page text printing one form after another, each under its number and title, gives one record per form', async () => {
    const { records } = await extract('test/fixtures/multi/captions-between-tables.pipe-text.txt');
    expect(records.map(listingView)).toEqual([
      {
        family: 'project-performance-goals',
        unit: '万元',
        department: '某区某镇',
        project: ['村级公益事业补助', 12.5],
        goal: '完成村内道路维护,改善人居环境。',
        indicators: [
          [1, null, null, '维护道路里程', '≥', 8, '公里', 30],
          [2, null, null, '群众满意度', '≥', 90, '%', 30],
          [3, null, null, '改善人居环境', null, null, null, 40],
        ],
        flags: ['malformed-row', 'indicator-levels'],
      },
      {
        family: 'project-performance-goals',
        unit: '万元',
        department: '某区某镇',
        project: ['城乡居民养老保险代缴', 3.2],
        goal: '按时足额代缴困难群体养老保险。',
        indicators: [
          [1, null, null, '代缴人数', '≥', 200, '人', 50],
          [2, null, null, '代缴及时率', '=', 100, '%', 50],
        ],
        flags: ['indicator-levels'],
      },
    ]);
  });

  it("a unit's listing under 单位(项目)名称: a 合计 and the unit's own row are no projects, a project broken by a repeated header goes on, the unit names the department", async () => {
    const { records } = await extract('test/fixtures/multi/unit-project-listing.html');
    expect(records.map((r) => ({ ...listingView(r), title: r.title, year: r.year, budget: r.budget.expenditure.total }))).toEqual([
      {
        family: 'project-performance-goals',
        unit: '万元',
        department: '某县文化旅游局',
        project: ['文物保护经费', 40],
        goal: '完成县级文物日常巡查和维护',
        indicators: [
          [1, '成本指标', '经济成本指标', '成本控制率', '≤', 100, '%', undefined],
          [2, '产出指标', '数量指标', '巡查次数', '≥', 12, '次', undefined],
          [3, '产出指标', '质量指标', '文物完好率', '≥', 95, '%', undefined],
          [4, '满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', undefined],
        ],
        flags: ['unknown-label'],
        title: '2025年项目支出绩效目标表',
        year: 2025,
        budget: 40,
      },
      {
        family: 'project-performance-goals',
        unit: '万元',
        department: '某县文化旅游局',
        project: ['文化下乡活动经费', 15],
        goal: '开展送戏下乡活动',
        indicators: [
          [1, '产出指标', '数量指标', '送戏下乡场次', '≥', 30, '场', undefined],
          [2, '效益指标', '社会效益指标', '丰富群众文化生活', null, null, null, undefined],
        ],
        // 场 under 指标值类型 and ≥ under 度量单位: read back in place, and said.
        flags: ['malformed-row', 'unknown-label'],
        title: '2025年项目支出绩效目标表',
        year: 2025,
        budget: 15,
      },
      {
        family: 'dept-overall-performance-goals',
        unit: '万元',
        department: '某县文化旅游局',
        project: [undefined, undefined],
        goal: '保障机关运转,推进文旅融合',
        indicators: [
          [1, '产出指标', '数量指标', '举办文化活动次数', '≥', 20, '次', undefined],
          [2, '满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', undefined],
        ],
        flags: [],
        title: '2025年部门整体支出绩效目标表',
        year: 2025,
        budget: 355,
      },
    ]);
    expect(records[1]!.indicators[0]!.swapped).toEqual({ unit: '≥', op: '场' });
    expect(records[2]!.budget.income.fiscalAppropriation).toBe(355);
  });

  it('tables under their numbers (预算表12, 预算13表): a 政府购买服务 catalogue is no target table, the listing takes the year and department the 部门整体 table prints', async () => {
    const { records } = await extract('test/fixtures/multi/numbered-tables-listing.html');
    expect(
      records.map((r) => ({
        title: r.title,
        year: r.year,
        department: r.department.name,
        project: r.project ? [r.project.name, r.project.funds.total, r.project.funds.fiscal, r.project.funds.other] : null,
        budget: r.budget.expenditure.total,
        indicators: r.indicators.map((i) => [i.name, i.value.op, i.value.number, i.value.unit, i.value.raw]),
        flags: r.flags.map((f) => f.rule),
      })),
    ).toEqual([
      {
        title: '项目支出绩效目标表',
        year: 2026,
        department: '北京市某某事务办公室',
        project: ['11000024T000001234567-法律顾问经费', 6, 6, null],
        budget: 6,
        indicators: [
          ['法律意见书数量', '≥', 20, '份', '20'],
          ['依法行政水平', null, null, null, '优'],
        ],
        flags: ['other-table'],
      },
      {
        title: '项目支出绩效目标表',
        year: 2026,
        department: '北京市某某事务办公室',
        project: ['11000025Y000002345678-门户网站运维费', 12.5, 10, 2.5],
        budget: 12.5,
        indicators: [
          ['网站可用率', '≥', 99, '%', '99'],
          ['用户满意度', '≥', 90, '%', '90'],
        ],
        flags: [],
      },
      {
        title: '部门整体支出绩效目标表',
        year: 2026,
        department: '北京市某某事务办公室',
        project: null,
        budget: 318.5,
        indicators: [['完成年度重点任务', '≥', 95, '%', '95']],
        flags: ['indicator-levels', 'unknown-label'],
      },
    ]);
  });

  it("the numbered tables printed by Chromium (ruled, an empty band between the header's two rows) give the HTML's records", async () => {
    const view = (r: DisclosureRecord) => ({ ...listingView(r), flags: undefined, title: r.title, year: r.year, funds: r.project?.funds });
    const printed = (await extract('test/fixtures/multi/numbered-tables-listing.chromium.pdf')).records.map(view);
    expect(printed).toHaveLength(3);
    expect(printed).toEqual((await extract('test/fixtures/multi/numbered-tables-listing.html')).records.map(view));
  });

  it("one table per project, each titled by its project alone (a sub-unit's title with its code and name, wrapped in print): a record each, the department from the title or the cover", async () => {
    const view = (r: DisclosureRecord) => ({
      table: r.source.table,
      title: r.title,
      year: r.year,
      department: [r.department.name, r.department.code],
      goal: r.overallGoal,
      project: [r.project?.name, r.project?.funds.total, r.project?.funds.fiscal, r.project?.funds.other],
      indicators: r.indicators.map((i) => [i.level1, i.level2, i.name, i.value.op, i.value.number, i.value.unit]),
    });
    const want = [
      {
        table: 1,
        title: '301008_某市公安局某某分局_科技兴警信息化建设绩效目标表',
        year: 2026,
        department: ['某市公安局某某分局', '301008'],
        // The form's only goal is its 项目实施期目标.
        goal: '完成科技兴警信息化平台建设',
        project: ['科技兴警信息化建设', 237.5, 237.5, 0],
        indicators: [
          ['产出指标', '数量指标', '建设平台数量', '=', 1, '个'],
          ['满意度指标', '服务对象满意度指标', '民警满意度', '≥', 90, '%'],
        ],
      },
      {
        table: 2,
        title: '办公设备购置项目绩效目标表',
        year: 2026,
        department: ['某市公安局', undefined],
        goal: '按时完成办公设备购置',
        project: ['办公设备购置项目', 80, 60, 20],
        indicators: [
          ['成本指标', '经济成本指标', '预算控制率', '≤', 100, '%'],
          ['产出指标', '时效指标', '购置完成时间', '≤', 12, '月'],
        ],
      },
    ];
    expect((await extract('test/fixtures/multi/titled-projects.html')).records.map(view)).toEqual(want);
    // Printed by Chromium (scripts/html-fixtures/print-chromium.ts), the first title wraps over two lines.
    expect((await extract('test/fixtures/multi/titled-projects.chromium.pdf')).records.map(view)).toEqual(want);
  });

  it("one form a page, its title drawn inside its ruling (a repeated first row, not a header): a record per form, the year's funds column, bracketed units", async () => {
    const view = (r: DisclosureRecord) => ({
      table: r.source.table,
      title: r.title,
      year: r.year,
      department: r.department.name,
      goal: r.overallGoal,
      unit: r.budget.unit,
      project: [r.project?.name, r.project?.funds.total, r.project?.funds.fiscal, r.project?.funds.other],
      indicators: r.indicators.map((i) => [i.level1, i.level2, i.name, i.value.op, i.value.number, i.value.unit]),
      flags: r.flags.map((f) => [f.rule, f.expected, f.actual]),
    });
    const form = { title: '财政项目支出绩效目标填报表', year: 2024, department: '某区人民政府某某街道办事处', unit: '元' };
    const want = [
      {
        table: 1,
        ...form,
        // 年度总体目标, not the whole term's 项目总目标 beside it.
        goal: '完成活动中心改造并投入使用。',
        project: ['社区文化活动中心改造', 2500000, 2500000, 0],
        indicators: [
          ['产出指标', '数量指标', '改造建筑面积', '≥', 1200, '平方米'],
          ['产出指标', '质量指标', '验收合格率', '=', 100, '%'],
          ['效益指标', '社会效益指标', '年举办活动次数', '>', 24, '次'],
          ['满意度指标', '服务对象满意度指标', '居民满意度', '≥', 90, '%'],
        ],
        flags: [],
      },
      {
        table: 2,
        ...form,
        goal: '全年开展巡查不少于300次。',
        // The year's column (年度资金申请总额 | 其中：当年财政拨款), not the whole project's (其中：财政资金 800,000.00).
        project: ['社区安全巡查经费', 800000, 850000, 0],
        indicators: [
          ['产出指标', '数量指标', '巡查次数', '≥', 300, '次'],
          ['满意度指标', '服务对象满意度指标', '居民满意度', '≥', 90, '%'],
        ],
        flags: [['total-vs-parts', 800000, 850000]],
      },
    ];
    expect((await extract('test/fixtures/multi/forms-titled-inside-table.html')).records.map(view)).toEqual(want);
    // Printed by Chromium (scripts/html-fixtures/print-chromium.ts), one form a page: the pages' tables join on their
    // repeated first row, the title.
    expect((await extract('test/fixtures/multi/forms-titled-inside-table.chromium.pdf')).records.map(view)).toEqual(want);
  });

  it("a workbook with a table a sheet: each record audits its own sheet's formulas; text typed after = reads as typed", async () => {
    // scripts/spreadsheet-fixtures/typed-equals-per-sheet.py
    const { records } = await extract('test/fixtures/multi/typed-equals-per-sheet.xlsx');
    expect(records.map((r) => [r.project?.name, r.sheetFormulas.map((f) => `${f.sheet}!${f.cell}`), r.indicators.map((i) => i.value.raw)])).toEqual([
      ['乡村道路养护', [], ['≥50公里', '≥90%']],
      ['残疾人生活补贴', ['项目2!D10'], ['=90元', '≥90%']],
    ]);
  });

  it('a table listing several projects (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …) gives one record per project', async () => {
    const { records } = await extract('test/fixtures/multi/project-listing.html');
    expect(
      records.map((r) => ({ id: r.id.slice(-2), ...listingView(r), project: [r.project?.name, r.project?.funds.total, r.project?.raw['funds.total']] })),
    ).toEqual([
      {
        id: '#1',
        family: 'project-performance-goals',
        unit: '元',
        department: '某县某镇人民政府',
        project: ['村组干部报酬', 309840, '309,840.00'],
        goal: '按时足额发放村组干部报酬',
        indicators: [
          [1, '产出指标', '数量指标', '发放村组干部人数', '≥', 230, '人', 30],
          [2, '产出指标', '时效指标', '按月发放', '=', 12, '月', 30],
          [3, '满意度指标', '服务对象满意度指标', '村组干部满意度', '≥', 95, '%', 40],
        ],
        flags: [],
      },
      {
        id: '#2',
        family: 'project-performance-goals',
        unit: '元',
        department: '某县某镇人民政府',
        project: ['基层组织活动经费', 660000, '660,000.00'],
        goal: '保障村级组织办公和党员活动正常开展',
        indicators: [
          [1, '产出指标', '数量指标', '保障村(社区)数量', '=', 11, '个', 50],
          [2, '效益指标', '社会效益指标', '村级组织正常运转率', '≥', 95, '%', 50],
        ],
        flags: [],
      },
    ]);
  });

  it('an HTML page with three tables, re-run, upserts the same three rows in SQLite', async () => {
    const out = tempDir('multi-');
    const process = async (input: { path: string; bytes: Uint8Array; sha256: string }) => (await extract(input)).records;
    await runBatch({ inputs: [HTML], outDir: out, process, progress: 'none' });
    await runBatch({ inputs: [HTML], outDir: out, process, progress: 'none', force: true });
    const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT source_table, project_name, funds_total, funds_fiscal, funds_other FROM documents ORDER BY source_table').all();
    const indicators = db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number };
    db.close();
    expect(rows).toEqual([
      { source_table: 1, project_name: '社区养老服务补贴', funds_total: 120, funds_fiscal: 100, funds_other: 20 },
      { source_table: 2, project_name: '农村公路养护', funds_total: 85.5, funds_fiscal: 80, funds_other: 5.5 },
      { source_table: 3, project_name: '中小学校舍维修', funds_total: 300, funds_fiscal: 300, funds_other: 0 },
    ]);
    expect(indicators.n).toBe(4 + 3 + 3);
  });
});

describe.skipIf(missing('postgres'))('several target tables in PostgreSQL', () => {
  let db: Service;
  beforeAll(async () => {
    db = await startPostgres();
  });
  afterAll(async () => {
    await db?.stop();
  });

  it('writing the document twice leaves the same three documents', async () => {
    const { records } = await extract(HTML);
    for (let run = 0; run < 2; run++) {
      const sink = await openPostgresSink(db.url);
      for (const r of records) await sink.write(r);
      await sink.close();
    }
    const client = new pg.Client(db.url);
    await client.connect();
    const rows = (await client.query('SELECT source_table, project_name, funds_total::text AS total FROM documents ORDER BY source_table')).rows;
    await client.end();
    expect(rows).toEqual([
      { source_table: 1, project_name: '社区养老服务补贴', total: '120' },
      { source_table: 2, project_name: '农村公路养护', total: '85.5' },
      { source_table: 3, project_name: '中小学校舍维修', total: '300' },
    ]);
  });
});
