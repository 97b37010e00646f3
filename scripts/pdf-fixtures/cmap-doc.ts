// The small disclosure of cmap-stsong.pdf: one page of the same template, its text in non-embedded
// STSong-Light (UniGB-UCS2-H), full-width punctuation as such documents print it, and its hand-written gold.
import { goldValue } from '../synth/gold.ts';
import { cleanText } from '../../src/parse/shared/text.ts';
import { emWidth, textOp, writePdf } from './cmap-pdf.ts';
import { drawTable, type SpanCell } from './cmap-table.ts';

const TITLE = '2025年县级部门整体预算绩效目标表';
const DEPARTMENT = '遂溪县财政局';
const GOAL = '加强预算编制和执行管理，推进预算绩效管理全覆盖，规范村级财务核算，提高财政资金使用效益。';
const TASKS = [
  { no: 1, name: '财政业务工作经费', content: '保障预算编审、国库集中支付、财政监督等日常业务开展', amount: '120', goal: '财政各项业务工作顺利开展' },
  {
    no: 2,
    name: '村级财务代理记账经费',
    content: '按每村0.2万元的标准，全县157个村需配套代理记账经费 157×0.2=31.4 万元。',
    amount: '31.4',
    goal: '实现村级财务代理记账全覆盖，账目清晰规范',
  },
];
const INDICATORS = [
  { no: 1, level1: '产出指标', level2: '数量指标', name: '代理记账村数（个）', raw: '157' },
  { no: 2, level1: '产出指标', level2: '数量指标', name: '预算评审项目数（个）', raw: '≥40' },
  { no: 3, level1: '产出指标', level2: '质量指标', name: '会计核算准确率（%）', raw: '≥98%' },
  { no: 4, level1: '效益指标', level2: '社会效益指标', name: '村级财务管理规范程度', raw: '逐步规范' },
  { no: 5, level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度（%）', raw: '≥90%' },
];

const c = (text: string, span: Omit<SpanCell, 'text'> = {}): SpanCell => ({ text, ...span });

/** The form's rows with their spans, as the template lays them out (the grid a parser should recover). */
export function cmapRows(): SpanCell[][] {
  return [
    [c('部门名称'), c(DEPARTMENT, { colSpan: 4 })],
    [c('基本信息'), c('财政供养人员数'), c('58'), c('下属二级单位数'), c('3')],
    [c('预算整体情况', { rowSpan: 6 }), c('部门预算支出'), c('预算金额（万元）'), c('收入来源'), c('预算金额（万元）')],
    [c('基本支出'), c('856.32'), c('财政拨款'), c('1290.52')],
    [c('项目支出'), c('434.2'), c('其他资金'), c('')],
    [c('事业发展性支出'), c('预算金额（万元）'), c(''), c('')],
    [c('财政专项资金'), c(''), c(''), c('')],
    [c('其他事业发展性支出'), c(''), c(''), c('')],
    [c('总体绩效目标'), c(GOAL, { colSpan: 4 })],
    [c('年度重点工作任务', { rowSpan: 3 }), c('名称'), c('主要实施内容'), c('拟投入的资金（万元）'), c('期望达到的目标（概述）')],
    ...TASKS.map((t) => [c(`任务${t.no}：${t.name}`), c(t.content), c(t.amount), c(t.goal)]),
    [c('其他需完成的任务（可选填）'), c(''), c(''), c(''), c('')],
    [c('绩效指标', { rowSpan: INDICATORS.length + 1 }), c('一级指标'), c('二级指标'), c('三级指标'), c('指标值')],
    [c('产出指标', { rowSpan: 3 }), c('数量指标', { rowSpan: 2 }), c(`指标1：${INDICATORS[0]!.name}`), c(INDICATORS[0]!.raw)],
    [c(`指标2：${INDICATORS[1]!.name}`), c(INDICATORS[1]!.raw)],
    [c('质量指标'), c(`指标3：${INDICATORS[2]!.name}`), c(INDICATORS[2]!.raw)],
    [c('效益指标'), c('社会效益指标'), c(`指标4：${INDICATORS[3]!.name}`), c(INDICATORS[3]!.raw)],
    [c('满意度指标'), c('服务对象满意度指标'), c(`指标5：${INDICATORS[4]!.name}`), c(INDICATORS[4]!.raw)],
  ];
}

const UNIT_LINE = '单位：万元';
const NOTE = '备注：本表的填报主体是县级一级预算单位。';
const layout = () => drawTable(cmapRows(), [72, 118, 170, 60, 95], 40, 760, 9);

/** The bytes of cmap-stsong.pdf. */
export function cmapDocument(): Buffer {
  const titleSize = 15;
  const ops = [textOp(TITLE, (595 - emWidth(TITLE) * titleSize) / 2, 790, titleSize), textOp(UNIT_LINE, 500, 766, 9)];
  const table = layout();
  ops.push(...table.ops, textOp(NOTE, 40, table.bottom - 16, 9));
  return writePdf([ops.join('\n')], { title: TITLE, producer: 'budget-extract scripts/pdf-fixtures/cmap-pdf.ts' });
}

/**
 * The blocks a parser should hand on for cmap-stsong.pdf, in the compact view of test/fixtures/markdown/*.blocks.json:
 * title and unit line, the table (cleaned text; span copies as {text, spanned}; a span's first cell with its
 * rowSpan/colSpan; printed arithmetic listed as plain math), the note. Cell rectangles are in `bboxes`.
 */
export function cmapBlocks(): unknown[] {
  const { cells } = layout();
  const grid: unknown[][] = [];
  const bboxes: unknown[][] = [];
  for (const d of cells) {
    const text = cleanText(d.text);
    const formula = /\d+(?:\.\d+)?(?:×\d+(?:\.\d+)?)+=\d+(?:\.\d+)?/.exec(text)?.[0];
    for (let r = d.row; r < d.row + d.rowSpan; r++) {
      for (let c = d.col; c < d.col + d.colSpan; c++) {
        const first = r === d.row && c === d.col;
        const spans = d.rowSpan > 1 || d.colSpan > 1 ? { rowSpan: d.rowSpan, colSpan: d.colSpan } : {};
        (grid[r] ??= [])[c] = !first
          ? { text, spanned: true }
          : formula
            ? { text, math: [['plain', formula]] }
            : Object.keys(spans).length
              ? { text, ...spans }
              : text;
        if (first) (bboxes[r] ??= [])[c] = d.bbox;
      }
    }
  }
  return [
    { heading: TITLE, page: 1 },
    { text: cleanText(UNIT_LINE), page: 1 },
    { table: grid, page: 1, bboxes },
    { text: cleanText(NOTE), page: 1 },
  ];
}

const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** The gold of cmap-stsong.pdf, in the shape of test/fixtures/gold/*.json. */
export const CMAP_GOLD = {
  document: 'cmap-stsong.pdf',
  format: 'pdf',
  title: TITLE,
  year: 2025,
  department: { name: DEPARTMENT, staffCount: 58, subordinateUnits: 3 },
  budget: {
    unit: '万元',
    expenditure: { basic: 856.32, project: 434.2, developmentSpecial: null, developmentOther: null },
    income: { fiscalAppropriation: 1290.52, other: null },
  },
  tasks: TASKS.map((t) => ({
    no: t.no,
    name: t.name,
    amount: Number(t.amount),
    contentStart: nfkc(t.content).slice(0, 10),
    goalStart: nfkc(t.goal).slice(0, 10),
  })),
  indicators: INDICATORS.map((i) => ({ no: i.no, name: i.name.normalize('NFKC'), value: goldValue(i), level1: i.level1, level2: i.level2 })),
  formulas: [{ taskNo: 2, operands: [157, 0.2], stated: 31.4, statedUnit: '万元', verdict: 'ok' }],
  expectedFlags: [],
  cleanTargets: { tasks: [1, 2], indicators: [1, 2, 3, 4, 5], budget: true },
  notes:
    'Hand-made one-page PDF (scripts/pdf-fixtures/cmap-doc.ts): Type0 STSong-Light, UniGB-UCS2-H, Adobe-GB1, not embedded, no ToUnicode; full-width ：（） in the text (NFKC in the record). The empty 其他需完成的任务 row is not a task.',
  overallGoalStart: nfkc(GOAL).slice(0, 20),
};
