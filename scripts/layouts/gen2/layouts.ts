// Generator 2: layouts A–I as worksheets, sections as full-width rows (no left label column), numbers as numbers.
import type { Rng } from '../rng.ts';
import type { Doc, ExecLine, Indicator, Layout, Task } from '../model.ts';
import { Cursor, level1Label, targetCell, type Column } from './write.ts';
import type { Sheet } from './sheet.ts';

const WAN = ['(万元)', '（万元）', '（万元)'];
const lv = (doc: Doc): Column<Indicator>[] => [
  { head: '一级指标', val: (i) => level1Label(doc, i) },
  { head: '二级指标', val: (i) => i.level2 },
];
const levelKeys = [(i: Indicator) => i.level1 ?? '', (i: Indicator) => i.level2 ?? ''];
const rep = (doc: Doc, r: Rng) => (doc.indicators.length >= 9 && r.chance(0.5) ? Math.ceil(doc.indicators.length / 2) : null);
/** Target column with a consistent stored form per indicator. */
function targetCol(doc: Doc, r: Rng, head: string, w = 1): Column<Indicator> {
  const cells = new Map(doc.indicators.map((i) => [i, targetCell(i, r)]));
  return { head, w, val: (i) => cells.get(i)!.v, fmt: (i) => cells.get(i)!.fmt };
}
function taskLabel(t: Task, doc: Doc): string {
  const s = doc.style.taskNumbering;
  return s === 'prefix' ? `任务${t.printedNo}：${t.name}` : s === 'dot' ? `${t.printedNo}. ${t.name}` : t.name;
}

function A(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('部门整体绩效目标', 5, r, doc),
    b = doc.budget,
    wan = r.pick(WAN),
    serial = doc.style.taskNumbering === 'serial';
  k.wide(doc.title);
  if (r.chance(0.25))
    k.wide(`${r.pick(['预算部门', '部门名称'])}：${doc.dept}`); // label and value in one cell
  else k.line(r.pick(['预算部门', '部门名称', '部门（单位）名称']), doc.dept);
  k.line('财政供养人员数', doc.staffCount, '下属二级单位数', [doc.subUnits, 2]);
  k.wide('预算整体情况').line(`部门预算支出${wan}`, ['预算金额', 2], `收入来源${wan}`, '预算金额');
  k.line('基本支出', [b.basic, 2], '财政拨款', b.fiscal).line('项目支出', [b.project, 2], '其他资金', b.other);
  k.line('财政专项资金', [b.devSpecial, 2], '', '').line('其他事业发展性支出', [b.devOther, 2], '', '');
  if (doc.style.cityLevel)
    k.line('市本级使用资金', [b.extra.市本级使用资金 ?? null, 2], '', '').line('拟用于对下转移支付资金', [b.extra.拟用于对下转移支付资金 ?? null, 2], '', '');
  k.line(r.pick(['当年整体绩效目标', '总体绩效目标']), doc.overallGoal).wide('年度重点工作任务');
  const tcols: Column<Task>[] = [
    { head: '任务名称', val: (t) => taskLabel(t, doc) },
    { head: '主要实施内容', w: serial ? 1 : 2, val: (t) => t.content },
    { head: `拟投入的资金${wan}`, val: (t) => t.amount },
    { head: '期望达到的目标(概述)', val: (t) => t.goal },
  ];
  if (serial) tcols.unshift({ head: '序号', val: (t) => t.printedNo });
  k.table(doc.tasks, tcols);
  k.wide('其他需完成的任务(可选填)');
  if (doc.otherTasks.length)
    k.table(doc.otherTasks, [
      { head: '任务名称', val: (t) => t.name },
      { head: '主要实施内容', w: 2, val: (t) => t.content },
      { head: '拟投入的资金', val: (t) => t.amount },
      { head: '期望达到的目标', val: (t) => t.goal },
    ]);
  else k.line('', '', '', '', '');
  k.wide('绩效指标').table(
    doc.indicators,
    [...lv(doc), { head: '三级指标', w: 2, val: (i) => (i.printedNo ? `指标${i.printedNo}:${i.name}` : i.name) }, targetCol(doc, r, '指标值')],
    { merge: levelKeys, repeatAt: rep(doc, r) },
  );
  return k;
}

function B(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('Sheet1', 5, r, doc);
  k.wide(doc.title).line('部门(单位)名称', [doc.dept, 2], r.pick(['预算支出总额', '区级支出预算总量']), doc.budget.total);
  k.line(r.pick(['当年整体绩效目标', '年度整体绩效目标']), doc.overallGoal);
  const cols: Column<Indicator>[] = [
    { head: '指标名称', val: (i) => i.name },
    { head: '指标性质', val: (i) => i.nature },
    targetCol(doc, r, '指标值'),
    { head: '计量单位', val: (i) => i.measure },
    { head: '指标权重', val: (i) => i.weight },
  ];
  k.table(doc.indicators, r.chance(0.5) ? cols : [cols[0]!, cols[4]!, cols[3]!, cols[1]!, cols[2]!]);
  return k;
}

function C(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('申报表', 9, r, doc),
    e = doc.budget.extra,
    s = k.s;
  k.wide(doc.title)
    .wide(`预算部门：${doc.dept}`)
    .wide(`总体资金情况${r.pick(WAN)}`);
  const top = k.row;
  s.block(top, 1, 1, 9, '预算支出');
  s.block(top + 1, 1, 2, 1, '总额');
  s.block(top + 1, 2, 1, 4, '基本支出');
  s.block(top + 1, 6, 1, 4, '项目支出');
  ['合计', '财政拨款', '专户资金', '单位资金', '合计', '财政拨款', '专户资金', '单位资金'].forEach((h, i) => s.put(top + 2, i + 2, h));
  [
    doc.budget.total,
    doc.budget.basic,
    e.基本支出财政拨款,
    e.基本支出专户资金,
    e.基本支出单位资金,
    doc.budget.project,
    e.项目支出财政拨款,
    e.项目支出专户资金,
    e.项目支出单位资金,
  ].forEach((v, i) => s.put(top + 3, i + 1, v ?? null));
  k.row = top + 4;
  k.wide('年度主要任务');
  const serial = doc.style.taskNumbering === 'serial';
  k.table(doc.tasks, [
    ...(serial ? [{ head: '序号', val: (t: Task) => t.printedNo }] : []),
    { head: '任务名称', w: serial ? 2 : 3, val: (t) => t.name },
    { head: '主要内容', w: 6, val: (t) => t.content },
  ]);
  k.line(['年度绩效目标', 2], doc.overallGoal).wide('绩效指标');
  k.table(
    doc.indicators,
    [
      ...lv(doc),
      { head: '三级指标', w: 2, val: (i) => i.name },
      { head: '指标性质', val: (i) => i.nature },
      targetCol(doc, r, '指标值', 2),
      { head: '度量单位', val: (i) => i.measure },
    ],
    { merge: levelKeys },
  );
  return k;
}

function D(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('Sheet1', 5, r, doc),
    b = doc.budget,
    e = b.extra;
  k.wide(doc.title)
    .line('单位名称', doc.dept)
    .wide(`部门预算资金${r.pick(WAN)}`);
  k.line(['资金来源', 2], `${doc.year}年`, `${doc.year - 1}年`, '');
  k.line(['合计', 2], e.收入合计 ?? null, e.上年收入合计 ?? null, '')
    .line(['财政拨款', 2], b.fiscal, e.上年财政拨款 ?? null, '')
    .line(['其他资金', 2], b.other, e.上年其他资金 ?? null, '');
  k.line(['支出用途', 2], `${doc.year}年`, `${doc.year - 1}年`, '');
  k.line(['合计', 2], b.total, e.上年支出合计 ?? null, '')
    .line(['基本支出', 2], b.basic, e.上年基本支出 ?? null, '')
    .line(['项目支出', 2], b.project, e.上年项目支出 ?? null, '');
  k.wide('年度主要任务');
  const serial = doc.style.taskNumbering === 'serial';
  k.table(doc.tasks, [
    ...(serial ? [{ head: '序号', val: (t: Task) => t.printedNo }] : []),
    { head: '任务名称', val: (t) => taskLabel(t, doc) },
    { head: '主要内容', w: serial ? 2 : 3, val: (t) => t.content },
    { head: '资金(万元)', val: (t) => t.amount },
  ]);
  k.line('年度绩效目标', doc.overallGoal).wide('绩效指标');
  k.table(
    doc.indicators,
    [...lv(doc), { head: '三级指标', w: 2, val: (i) => (i.printedNo ? `指标${i.printedNo}：${i.name}` : i.name) }, targetCol(doc, r, '指标值')],
    { merge: levelKeys, repeatAt: rep(doc, r) },
  );
  return k;
}

function E(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('项目1', 6, r, doc),
    p = doc.project!,
    f = p.funds;
  k.wide(doc.title)
    .line('项目名称', p.name)
    .line('主管部门', [p.supervisor, 2], '实施单位', [p.implementer, 2])
    .line('项目属性', [p.attribute ?? '', 2], '项目期', [p.period ?? '', 2]);
  k.line([`项目资金${r.pick(WAN)}`, 2], ['年度资金总额', 2], [f.total, 2])
    .line(['', 2], ['其中:财政拨款', 2], [f.fiscal, 2])
    .line(['', 2], ['其他资金', 2], [f.other, 2]);
  k.line(['年度目标', 2], doc.overallGoal).wide('绩效指标');
  k.table(doc.indicators, [...lv(doc), { head: '三级指标', w: 2, val: (i) => i.name }, targetCol(doc, r, '指标值', 2)], {
    merge: levelKeys,
    repeatAt: rep(doc, r),
  });
  return k;
}

function F(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('绩效目标表', 4, r, doc),
    p = doc.project!,
    f = p.funds;
  k.wide(doc.title).line('项目名称', p.name).line('项目主管部门', p.supervisor, '项目执行单位', p.implementer);
  k.line('资金情况(万元)', `年度资金总额：${f.total} 其中：${f.fiscalLabel}${f.fiscal}${f.other != null ? `，其他资金${f.other}` : ''}`);
  k.line('年度目标', doc.overallGoal);
  k.table(doc.indicators, [...lv(doc), { head: '指标内容', val: (i) => i.name }, targetCol(doc, r, '指标值')], { merge: levelKeys });
  return k;
}

/** The funds block of G/H/I: rate stored as a fraction with a 0.00% format. */
function exec(k: Cursor, lines: ExecLine[], heads: string[], labelW: number): void {
  k.table(lines, [
    { head: heads[0]!, w: labelW, val: (l) => l.label.replace(':', '：') },
    { head: heads[1]!, val: (l) => l.planned },
    { head: heads[2]!, val: (l) => l.adjusted },
    { head: heads[3]!, val: (l) => l.executed },
    { head: heads[4]!, val: (l) => l.weight },
    { head: heads[5]!, val: (l) => Math.round(l.rateNum * 100) / 10_000, fmt: () => '0.00%' },
    { head: heads[6]!, val: (l) => l.score },
  ]);
}
function selfInds(k: Cursor, doc: Doc, r: Rng, total: string): void {
  k.table(
    doc.indicators,
    [
      ...lv(doc),
      { head: '三级指标', val: (i) => i.name },
      targetCol(doc, r, '年度指标值'),
      { head: '实际完成值', val: (i) => i.actual },
      { head: '分值', val: (i) => i.weight },
      { head: '得分', val: (i) => i.score },
      { head: '偏差原因分析及改进措施', val: (i) => i.deviation },
    ],
    { merge: levelKeys, repeatAt: rep(doc, r) },
  );
  k.line([total, 5], doc.execution!.weightTotal, doc.execution!.totalScore, '');
}

function G(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('自评表', 8, r, doc),
    p = doc.project!;
  k.wide(doc.title).line('项目名称', p.name).line('主管部门', [p.supervisor, 3], '实施单位', p.implementer);
  exec(k, doc.execution!.lines, [`项目资金${r.pick(WAN)}`, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], 2);
  k.line(['年度总体目标', 2], ['预期目标', 3], '实际完成情况').line(['', 2], [doc.overallGoal, 3], doc.overallActual ?? '');
  k.wide('绩效指标');
  selfInds(k, doc, r, '总分');
  return k;
}

function H(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('项目自评', 9, r, doc),
    p = doc.project!;
  k.wide(doc.title).line('项目名称', [p.name, 4], '主管部门', p.supervisor).line('实施单位', p.implementer).wide('预算执行情况（10分）');
  k.table(doc.execution!.lines, [
    { head: '年度预算数(万元)', val: (l) => l.label.replace(':', '：') },
    { head: '年初预算', val: (l) => l.planned },
    { head: '调整后预算数', val: (l) => l.adjusted },
    { head: '预算执行数', val: (l) => l.executed },
    { head: '预算执行率', val: (l) => l.rate },
    { head: '权重', val: (l) => l.weight },
    { head: '得分', val: (l) => l.score },
    { head: '原因', w: 2, val: () => '' },
  ]);
  k.line('年度目标', doc.overallGoal).wide('绩效指标（90分）');
  k.table(
    doc.indicators,
    [
      ...lv(doc),
      { head: '三级指标', val: (i) => i.name },
      { head: '指标性质', val: (i) => i.nature },
      targetCol(doc, r, '指标值'),
      { head: '度量单位', val: (i) => i.measure },
      { head: '完成值', val: (i) => i.actual },
      { head: '权重', val: (i) => i.weight },
      { head: '得分', val: (i) => i.score },
    ],
    { merge: levelKeys, repeatAt: rep(doc, r) },
  );
  k.line(['合计', 7], doc.execution!.weightTotal, doc.execution!.totalScore);
  return k;
}

function I(doc: Doc, r: Rng): Cursor {
  const k = new Cursor('部门整体自评', 8, r, doc),
    lines = doc.execution!.lines;
  k.wide(doc.title)
    .line(r.pick(['部门名称', '预算部门']), doc.dept)
    .wide(`年度预算执行情况${r.pick(WAN)}`);
  exec(k, lines, ['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], 2);
  k.line(['年度总体目标', 2], ['预期目标', 3], '实际完成情况').line(['', 2], [doc.overallGoal, 3], doc.overallActual ?? '');
  k.wide('绩效指标');
  selfInds(k, doc, r, '总分');
  return k;
}

const BUILD: Record<Layout, (d: Doc, r: Rng) => Cursor> = { A, B, C, D, E, F, G, H, I };
/** The worksheet of a document. */
export function sheetOf(doc: Doc, r: Rng): Sheet {
  return BUILD[doc.layout](doc, r).s;
}
