// Generator 1, layouts E–I (项目支出 targets and the self-evaluations) as one grid each.
import type { Rng } from '../rng.ts';
import type { Doc, ExecLine, Indicator } from '../model.ts';
import { Grid } from './grid.ts';
import { indicatorRows, labelled, spaced, type Col } from './blocks.ts';
import { repeatAt } from './layouts-dept.ts';

const n = (v: number | null | undefined) => (v == null ? '' : String(v));
const wan = (r: Rng) => r.pick(['(万元)', '（万元）']);

/** Layout E: the national 项目支出绩效目标申报表. */
export function layoutE(doc: Doc, r: Rng): Grid {
  const p = doc.project!,
    f = p.funds,
    two = r.chance(0.35),
    W = two ? 6 : 5;
  const g = new Grid(W);
  g.add(spaced(r, '项目名称'), p.name);
  g.add(r.pick(['主管部门', '主管部门及代码']), { t: p.supervisor, cs: W - 3 }, '实施单位', p.implementer);
  g.add('项目属性', { t: p.attribute ?? '', cs: W - 3 }, r.pick(['项目期', '项目期限']), p.period ?? '');
  const mid = f.midTotal!,
    midF = Math.round(mid * 0.8 * 100) / 100;
  g.add({ t: `项目资金${wan(r)}`, rs: 3 }, '中期资金总额', n(mid), '年度资金总额', n(f.total));
  g.add('其中:财政拨款', n(midF), '其中:财政拨款', n(f.fiscal));
  g.add('其他资金', n(Math.round((mid - midF) * 100) / 100), '其他资金', n(f.other));
  g.add({ t: '总体目标', rs: 2 }, { t: '中期目标', cs: 2 }, '年度目标');
  g.add({ t: `实施期内全面完成${p.name.slice(5)}建设任务，形成长效机制。`, cs: 2 }, doc.overallGoal);
  const cols: Col[] = [
    { head: '三级指标', get: (i) => i.name },
    ...(two
      ? [
          { head: '中期指标值', get: () => '—' },
          { head: '年度指标值', get: (i: Indicator) => i.target.raw },
        ]
      : [{ head: '指标值', get: (i: Indicator) => i.target.raw }]),
  ];
  for (const row of labelled('年度绩效指标', indicatorRows(doc, r, cols, repeatAt(doc, r), true))) g.add(...row);
  return g;
}

/** Layout F: Wuhan 项目绩效目标表 with the funds in one cell. */
export function layoutF(doc: Doc, r: Rng): Grid {
  const p = doc.project!,
    f = p.funds,
    colon = r.pick([':', '：']);
  const g = new Grid(4);
  g.add(spaced(r, '项目名称'), p.name);
  g.add('项目主管部门', p.supervisor, '项目执行单位', p.implementer);
  const parts = [`${f.fiscalLabel}${f.fiscal}`, ...(f.other != null ? [`其他资金${f.other}`] : [])];
  g.add(`资金情况${wan(r)}`, `年度资金总额${colon}${f.total}${r.pick([' ', '\n'])}其中${colon}${parts.join(' ')}`);
  g.add({ t: '总体目标', th: true });
  g.add('年度目标', doc.overallGoal);
  g.add({ t: '绩效指标', th: true });
  for (const row of indicatorRows(
    doc,
    r,
    [
      { head: '指标内容', get: (i) => i.name },
      { head: '指标值', get: (i) => i.target.raw },
    ],
    null,
    true,
  ))
    g.add(...row);
  return g;
}

/** The funds rows shared by G and I: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. */
function execCells(l: ExecLine, dash: string): string[] {
  return [n(l.planned), n(l.adjusted), n(l.executed), l.weight == null ? dash : n(l.weight), l.rate, l.score == null ? dash : n(l.score)];
}

function selfIndicators(doc: Doc, r: Rng, g: Grid, label: string): void {
  const cols: Col[] = [
    { head: '三级指标', get: (i) => i.name },
    { head: '年度指标值', get: (i) => i.target.raw },
    { head: '实际完成值', get: (i) => i.actual ?? '' },
    { head: '分值', get: (i) => n(i.weight) },
    { head: '得分', get: (i) => n(i.score) },
    { head: '偏差原因分析及改进措施', get: (i) => i.deviation ?? '' },
  ];
  for (const row of labelled(label, indicatorRows(doc, r, cols, repeatAt(doc, r), true))) g.add(...row);
  g.add({ t: '总分', cs: 6 }, String(doc.execution!.weightTotal), String(doc.execution!.totalScore), '');
}

/** Layout G: 项目支出绩效自评表 (national template of 2020). */
export function layoutG(doc: Doc, r: Rng): Grid {
  const p = doc.project!,
    e = doc.execution!,
    g = new Grid(9),
    dash = r.pick(['—', '', '/']);
  g.add(spaced(r, '项目名称'), p.name);
  g.add('主管部门', { t: p.supervisor, cs: 3 }, '实施单位', p.implementer);
  g.add({ t: `项目资金${wan(r)}`, rs: e.lines.length + 1 }, { t: '', cs: 2 }, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分');
  for (const l of e.lines) g.add({ t: l.label.replace(':', r.pick([':', '：'])), cs: 2 }, ...execCells(l, dash));
  g.add({ t: '年度总体目标', rs: 2 }, { t: '预期目标', cs: 4 }, '实际完成情况');
  g.add({ t: doc.overallGoal, cs: 4 }, doc.overallActual ?? '');
  selfIndicators(doc, r, g, '绩效指标');
  return g;
}

/** Layout H: Sichuan 部门预算项目支出绩效自评表. */
export function layoutH(doc: Doc, r: Rng): Grid {
  const p = doc.project!,
    e = doc.execution!,
    g = new Grid(10);
  g.add('项目名称', { t: p.name, cs: 4 }, '主管部门', p.supervisor);
  g.add('实施单位', p.implementer);
  g.add({ t: '预算执行情况(10分)', rs: e.lines.length + 1 }, `年度预算数${wan(r)}`, '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', {
    t: '原因',
    cs: 2,
  });
  for (const l of e.lines) g.add(l.label.replace(':', '：'), n(l.planned), n(l.adjusted), n(l.executed), l.rate, n(l.weight), n(l.score), '');
  g.add('年度目标', doc.overallGoal);
  const cols: Col[] = [
    { head: '三级指标', get: (i) => i.name },
    { head: '指标性质', get: (i) => i.nature ?? '' },
    { head: '指标值', get: (i) => i.target.raw },
    { head: '度量单位', get: (i) => i.measure ?? '' },
    { head: '完成值', get: (i) => i.actual ?? '' },
    { head: '权重', get: (i) => n(i.weight) },
    { head: '得分', get: (i) => n(i.score) },
  ];
  const rows = labelled('绩效指标(90分)', indicatorRows(doc, r, cols, repeatAt(doc, r), true));
  for (const row of rows) g.add(...row);
  g.add({ t: '合计', cs: 8 }, String(e.weightTotal), String(e.totalScore));
  return g;
}

/** Layout I: 部门整体支出绩效自评表, funds by 按收入性质分 and 按支出性质分. */
export function layoutI(doc: Doc, r: Rng): Grid {
  const e = doc.execution!,
    g = new Grid(9),
    dash = r.pick(['—', '']);
  g.add(r.pick(['部门名称', '单位名称']), doc.dept);
  g.add({ t: `年度预算执行情况${wan(r)}`, rs: e.lines.length + 1 }, { t: '', cs: 2 }, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分');
  e.lines.forEach((l, i) => {
    if (!l.group) g.add({ t: l.label, cs: 2 }, ...execCells(l, dash));
    else g.add(...(i === 1 || i === 3 ? [{ t: l.group, rs: 2 }] : []), l.label, ...execCells(l, dash));
  });
  g.add({ t: '年度总体目标', rs: 2 }, { t: '预期目标', cs: 4 }, '实际完成情况');
  g.add({ t: doc.overallGoal, cs: 4 }, doc.overallActual ?? '');
  selfIndicators(doc, r, g, '绩效指标');
  return g;
}
