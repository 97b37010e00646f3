// Generator 1, layouts A–D (部门整体 targets) as one grid each.
import type { Rng } from '../rng.ts';
import type { Doc } from '../model.ts';
import { Grid, type Cell } from './grid.ts';
import { indName, indicatorRows, labelled, spaced, taskCell, type Col } from './blocks.ts';

const n = (v: number | null | undefined) => (v == null ? '' : String(v));
const wan = (r: Rng) => r.pick(['(万元)', '（万元）', '(万元) ']);
/** Where a long indicator list repeats its header (a page break), or null. */
export const repeatAt = (doc: Doc, r: Rng) => (doc.indicators.length >= 8 && r.chance(0.5) ? Math.floor(doc.indicators.length / 2) : null);

/** The task block: header + rows, a 序号 column when the document numbers tasks that way. */
function taskRows(doc: Doc, r: Rng, withAmount: boolean, withGoal: boolean, colon: string): Cell[][] {
  const serial = doc.style.taskNumbering === 'serial';
  const head: Cell[] = [
    ...(serial ? [{ t: '序号', th: true }] : []),
    { t: r.pick(['名称', '任务名称']), th: true },
    { t: r.pick(['主要实施内容', '主要内容']), th: true },
    ...(withAmount ? [{ t: r.pick([`拟投入的资金${wan(r)}`, `预算金额${wan(r)}`]), th: true }] : []),
    ...(withGoal ? [{ t: '期望达到的目标(概述)', th: true }] : []),
  ];
  return [
    head,
    ...doc.tasks.map((t) => [
      ...(serial ? [String(t.printedNo)] : []),
      taskCell(t, doc.style.taskNumbering, colon),
      t.content,
      ...(withAmount ? [n(t.amount)] : []),
      ...(withGoal ? [t.goal ?? ''] : []),
    ]),
  ].map((row) => row.map((c) => (typeof c === 'string' ? { t: c } : c)));
}

/** Layout A: Guangdong 部门整体预算绩效目标表 (county or city). */
export function layoutA(doc: Doc, r: Rng): Grid {
  const serial = doc.style.taskNumbering === 'serial',
    W = serial ? 6 : 5,
    colon = r.pick([':', '：']),
    b = doc.budget;
  const g = new Grid(W);
  g.add(spaced(r, r.pick(['部门名称', '部门(单位)名称', '单位名称'])), doc.dept);
  g.add(spaced(r, '基本信息'), '财政供养人员数', n(doc.staffCount), '下属二级单位数', n(doc.subUnits));
  const amt = `预算金额${wan(r)}`;
  const brows: string[][] = [
    ['部门预算支出', amt, '收入来源', amt],
    ['基本支出', n(b.basic), '财政拨款', n(b.fiscal)],
    ['项目支出', n(b.project), '其他资金', n(b.other)],
    ['事业发展性支出', amt, '', ''],
    ['财政专项资金', n(b.devSpecial), '', ''],
    ['其他事业发展性支出', n(b.devOther), '', ''],
  ];
  if (doc.style.cityLevel)
    brows.push(
      ['按预算级次划分', amt, '', ''],
      ['市本级使用资金', n(b.extra.市本级使用资金), '', ''],
      ['拟用于对下转移支付资金', n(b.extra.拟用于对下转移支付资金), '', ''],
    );
  brows.forEach((row, i) => g.add(...(i === 0 ? [{ t: '预算整体情况', rs: brows.length }] : []), ...row));
  g.add(r.pick(['总体绩效目标', '整体绩效目标']), doc.overallGoal);
  for (const row of labelled('年度重点工作任务', taskRows(doc, r, true, true, colon))) g.add(...row);
  const other = doc.otherTasks.length ? doc.otherTasks.map((t) => [taskCell(t, 'prefix', colon), t.content, n(t.amount), t.goal ?? '']) : [['', '', '', '']];
  other.forEach((row, i) =>
    g.add(
      ...(i === 0 ? [{ t: r.pick(['其他需完成的任务(可选填)', '其他需完成的任务（可选填）']), rs: other.length }] : []),
      ...(serial ? [{ t: row[0]!, cs: 2 }, ...row.slice(1)] : row),
    ),
  );
  const cols: Col[] = [
    { head: '三级指标', get: (i) => indName(i, colon) },
    { head: '指标值', get: (i) => i.target.raw, cs: serial ? 2 : 1 },
  ];
  for (const row of labelled('绩效指标', indicatorRows(doc, r, cols, repeatAt(doc, r), true))) g.add(...row);
  return g;
}

/** Layout B: Chongqing 部门(单位)整体绩效目标表, indicators without levels, weights adding up to 100. */
export function layoutB(doc: Doc, r: Rng): Grid {
  const serial = r.chance(0.4),
    W = serial ? 6 : 5;
  const g = new Grid(W);
  g.add({ t: '部门(单位)名称' }, { t: doc.dept, cs: W - 3 }, r.pick(['区级支出预算总量', '预算支出总额', `区级支出预算总量${wan(r)}`]), n(doc.budget.total));
  g.add(r.pick(['当年整体绩效目标', '整体绩效目标']), doc.overallGoal);
  g.add({ t: '绩效指标', th: true });
  const all: Col[] = [
    { head: '指标名称', get: (i) => i.name },
    { head: '指标权重', get: (i) => n(i.weight) },
    { head: '计量单位', get: (i) => i.measure ?? '' },
    { head: '指标性质', get: (i) => i.nature ?? '' },
    { head: '指标值', get: (i) => i.target.raw },
  ];
  const cols = r.chance(0.5) ? all : [all[0]!, all[3]!, all[4]!, all[2]!, all[1]!];
  if (serial) cols.unshift({ head: '序号', get: (i) => String(i.no) });
  for (const row of indicatorRows(doc, r, cols, null, false)) g.add(...row);
  return g;
}

/** Layout C: Sichuan 县级部门整体支出绩效目标申报表, label and value in one cell, two-row budget header. */
export function layoutC(doc: Doc, r: Rng): Grid {
  const g = new Grid(9),
    e = doc.budget.extra,
    colon = r.pick([':', '：']);
  g.add({ t: `${r.pick(['预算部门', '部门名称'])}${colon}${doc.dept}`, cs: 6 }, { t: '金额单位:万元', cs: 3 });
  g.add({ t: `总体资金情况${wan(r)}`, th: true });
  g.add({ t: '预算支出', th: true });
  g.add({ t: '总额', rs: 2, th: true }, { t: '基本支出', cs: 4, th: true }, { t: '项目支出', cs: 4, th: true });
  g.add(...['合计', '财政拨款', '专户资金', '单位资金', '合计', '财政拨款', '专户资金', '单位资金'].map((t) => ({ t, th: true })));
  g.add(
    n(doc.budget.total),
    n(doc.budget.basic),
    n(e.基本支出财政拨款),
    n(e.基本支出专户资金),
    n(e.基本支出单位资金),
    n(doc.budget.project),
    n(e.项目支出财政拨款),
    n(e.项目支出专户资金),
    n(e.项目支出单位资金),
  );
  g.add({ t: '年度主要任务', th: true });
  const serial = doc.style.taskNumbering === 'serial';
  g.add(...(serial ? [{ t: '序号', th: true }] : []), { t: '任务名称', cs: serial ? 2 : 3, th: true }, { t: '主要内容', cs: 6, th: true });
  for (const t of doc.tasks) g.add(...(serial ? [String(t.printedNo)] : []), { t: t.name, cs: serial ? 2 : 3 }, { t: t.content, cs: 6 });
  g.add({ t: '年度绩效目标', cs: 2 }, doc.overallGoal);
  g.add({ t: '绩效指标', th: true });
  const cols: Col[] = [
    { head: '三级指标', get: (i) => i.name, cs: 3 },
    { head: '指标性质', get: (i) => i.nature ?? '' },
    { head: '指标值', get: (i) => i.target.raw },
    { head: '度量单位', get: (i) => i.measure ?? '', cs: 2 },
  ];
  for (const row of indicatorRows(doc, r, cols, repeatAt(doc, r), true)) g.add(...row);
  return g;
}

/** Layout D: Hubei 部门整体支出绩效目标申报表, budget by source and by use over two years. */
export function layoutD(doc: Doc, r: Rng): Grid {
  const g = new Grid(4),
    b = doc.budget,
    e = b.extra,
    colon = r.pick([':', '：']);
  g.add(spaced(r, r.pick(['部门名称', '单位名称'])), doc.dept);
  g.add({ t: `项目${wan(r)}`, cs: 2, th: true }, { t: `${doc.year}年预算数`, th: true }, { t: `${doc.year - 1}年预算数`, th: true });
  const src: [string, number | null, number | null][] = [
    ['合计', e.收入合计!, e.上年收入合计!],
    ['财政拨款', b.fiscal, e.上年财政拨款!],
    ['其他资金', b.other, e.上年其他资金!],
  ];
  const use: [string, number | null, number | null][] = [
    ['合计', b.total, e.上年支出合计!],
    ['基本支出', b.basic, e.上年基本支出!],
    ['项目支出', b.project, e.上年项目支出!],
  ];
  for (const [label, rows] of [
    ['按资金来源', src],
    ['按支出用途', use],
  ] as const)
    rows.forEach(([l, c, p], i) => g.add(...(i === 0 ? [{ t: label, rs: 3 }] : []), l, n(c), n(p)));
  const serial = doc.style.taskNumbering === 'serial';
  g.add({ t: '年度主要任务', th: true });
  g.add(
    ...(serial ? [{ t: '序号', th: true }] : []),
    { t: '任务名称', th: true },
    { t: '主要内容', cs: serial ? 1 : 2, th: true },
    { t: `资金${wan(r)}`, th: true },
  );
  for (const t of doc.tasks)
    g.add(...(serial ? [String(t.printedNo)] : []), taskCell(t, doc.style.taskNumbering, colon), { t: t.content, cs: serial ? 1 : 2 }, n(t.amount));
  g.add(r.pick(['年度绩效目标', '整体绩效目标']), doc.overallGoal);
  const cols: Col[] = [
    { head: '三级指标', get: (i) => indName(i, colon) },
    { head: '指标值', get: (i) => i.target.raw },
  ];
  for (const row of indicatorRows(doc, r, cols, repeatAt(doc, r), true)) g.add(...row);
  return g;
}
