// One sampled document per (layout, seed): content, the choices that change the gold, and injected defects.
import { Q, Rng, divRound, fixed, qNum, qText, rateBp } from './rng.ts';
import type { Doc, ExecLine, Family, Layout } from './model.ts';
import { amountQ, flag, partition, sampleDept, sampleIndicators, sampleOtherTasks, sampleTasks } from './sample-parts.ts';
import { DEVIATIONS, PROJECT_ATTR } from './vocab.ts';

const FAMILY: Record<Layout, Family> = {
  A: 'dept-overall-performance-goals',
  B: 'dept-overall-performance-goals',
  C: 'dept-overall-performance-goals',
  D: 'dept-overall-performance-goals',
  E: 'project-performance-goals',
  F: 'project-performance-goals',
  G: 'project-self-evaluation',
  H: 'project-self-evaluation',
  I: 'dept-overall-self-evaluation',
};
/** Defects each layout can carry (the arithmetic its form prints). */
const ELIGIBLE: Record<Layout, string[]> = {
  A: ['task-amount-vs-content', 'duplicate-number'],
  B: ['weight-sum'],
  C: ['sum-parts'],
  D: ['sum-parts', 'task-amount-vs-content', 'duplicate-number'],
  E: ['sum-parts'],
  F: ['sum-parts'],
  G: ['weight-sum', 'score-over-weight', 'rate-mismatch', 'empty-actual', 'total-score', 'sum-parts'],
  H: ['weight-sum', 'score-over-weight', 'rate-mismatch', 'empty-actual', 'total-score'],
  I: ['weight-sum', 'score-over-weight', 'rate-mismatch', 'empty-actual', 'total-score', 'sum-parts'],
};
const TITLES: Record<Layout, (y: number, city: boolean) => string> = {
  A: (y, c) => `${y}年${c ? '市级' : '县级'}部门整体预算绩效目标表`,
  B: (y) => `${y}年部门(单位)整体绩效目标表`,
  C: (y) => `${y}年县级部门整体支出绩效目标申报表`,
  D: (y) => `${y}年部门整体支出绩效目标申报表`,
  E: (y) => `${y}年项目支出绩效目标申报表`,
  F: (y) => `${y}年项目绩效目标表`,
  G: (y) => `${y}年度项目支出绩效自评表`,
  H: (y) => `${y}年度部门预算项目支出绩效自评表`,
  I: (y) => `${y}年度部门整体支出绩效自评表`,
};

/** Samples the document of one layout for one seed; documents given the same `publisher` seed share year and department. */
export function sampleDoc(layout: Layout, seed: number, publisher?: number): Doc {
  const r = new Rng(seed),
    p = publisher == null ? r : new Rng(publisher);
  const year = p.int(2020, 2025),
    city = layout === 'A' && r.chance(0.4);
  const dept = sampleDept(p);
  const doc: Doc = {
    layout,
    family: FAMILY[layout],
    seed,
    title: TITLES[layout](year, city),
    year,
    dept: dept.name,
    staffCount: null,
    subUnits: null,
    budget: { basic: null, project: null, devSpecial: null, devOther: null, fiscal: null, other: null, total: null, extra: {} },
    overallGoal: `围绕${dept.topics[0]}、${dept.topics[1]}等重点工作，强化预算绩效管理，提高财政资金使用效益，推动${dept.place}各项事业高质量发展。`,
    tasks: [],
    otherTasks: [],
    indicators: [],
    formulas: [],
    flags: [],
    notes: [],
    style: { taskNumbering: r.pick(['prefix', 'serial', 'dot', 'none'] as const), indicatorPrefix: r.chance(0.4), levelPoints: r.chance(0.3), cityLevel: city },
  };
  const defects = new Set<string>();
  if (r.chance(0.55)) for (const d of r.shuffle(ELIGIBLE[layout]).slice(0, r.int(1, 3))) defects.add(d);
  const nTasks = r.chance(0.15) ? 1 : r.int(2, 8),
    nInd = r.int(3, 14);
  const self = layout === 'G' || layout === 'H' || layout === 'I';
  if (layout === 'A' || layout === 'D') {
    sampleTasks(r, doc, dept.topics, nTasks, true, layout === 'A', defects);
    if (layout === 'A') sampleOtherTasks(r, doc, dept.topics);
  }
  if (layout === 'C') {
    doc.style.taskNumbering = r.pick(['serial', 'none']);
    sampleTasks(r, doc, dept.topics, nTasks, false, false, defects);
  }
  if (layout !== 'A' && layout !== 'D') doc.style.indicatorPrefix = false;
  sampleIndicators(r, doc, nInd, {
    levels: layout !== 'B',
    split: layout === 'B' || layout === 'C' || layout === 'H',
    prefix: doc.style.indicatorPrefix,
    topics: dept.topics,
  });
  if (city) doc.overallGoal = `目标1：${doc.overallGoal.slice(0, -1)}；目标2：完成${dept.topics[2]}年度重点任务，群众满意度稳步提升。`; // city forms number their goals
  budgetOf(r, doc, defects);
  if (layout === 'E' || layout === 'F' || layout === 'G' || layout === 'H') projectOf(r, doc, dept, defects);
  if (layout === 'B') weightsOf(r, doc, 100, defects);
  if (self) {
    weightsOf(r, doc, 90, defects);
    executionOf(r, doc, defects);
  }
  for (const d of defects) if (!doc.flags.some((f) => f.defect === d) && !doc.notes.some((n) => n.startsWith(d))) doc.notes.push(`${d} not injected`);
  return doc;
}

/** The department budget block of layouts A–D; sum-parts breaks one printed total. */
function budgetOf(r: Rng, doc: Doc, defects: Set<string>): void {
  const b = doc.budget,
    L = doc.layout;
  if (L === 'A') {
    doc.staffCount = r.int(8, 600);
    doc.subUnits = r.int(0, 6);
    const basic = amountQ(r, 100, 3000),
      project = amountQ(r, 20, 2000);
    const devS = r.chance(0.3) ? amountQ(r, 10, 500) : null,
      devO = r.chance(0.6) ? amountQ(r, 50, 9000) : null;
    const all = basic + project + (devS ?? 0) + (devO ?? 0),
      other = r.chance(0.4) ? amountQ(r, 1, 60) : null;
    Object.assign(b, {
      basic: qNum(basic),
      project: qNum(project),
      devSpecial: devS == null ? null : qNum(devS),
      devOther: devO == null ? null : qNum(devO),
      fiscal: qNum(all - (other ?? 0)),
      other: other == null ? null : qNum(other),
    });
    if (doc.style.cityLevel) {
      const own = Math.floor((all * 0.7) / 100) * 100;
      b.extra = { 市本级使用资金: qNum(own), 拟用于对下转移支付资金: qNum(all - own) };
    }
  } else if (L === 'B') {
    b.total = qNum(amountQ(r, 200, 9000));
  } else if (L === 'C') {
    const parts = [0, 1].map(() => [amountQ(r, 50, 2000), r.chance(0.5) ? amountQ(r, 1, 100) : 0, r.chance(0.4) ? amountQ(r, 1, 80) : 0]);
    const sums = parts.map((p) => p[0]! + p[1]! + p[2]!);
    let total = sums[0]! + sums[1]!;
    if (defects.has('sum-parts')) {
      if (r.chance(0.5)) {
        sums[0]! += Q;
        flag(doc, {
          target: 'budget',
          no: null,
          defect: 'sum-parts',
          why: `基本支出 合计 ${qText(sums[0]!)} ≠ 财政拨款 + 专户资金 + 单位资金 = ${qText(sums[0]! - Q)}`,
        });
        total += Q;
      } else {
        total += 2 * Q;
        flag(doc, { target: 'budget', no: null, defect: 'sum-parts', why: `总额 ${qText(total)} ≠ 基本支出 + 项目支出 = ${qText(total - 2 * Q)}` });
      }
    }
    Object.assign(b, { basic: qNum(sums[0]!), project: qNum(sums[1]!), total: qNum(total) });
    b.extra = {
      基本支出财政拨款: qNum(parts[0]![0]!),
      基本支出专户资金: qNum(parts[0]![1]!),
      基本支出单位资金: qNum(parts[0]![2]!),
      项目支出财政拨款: qNum(parts[1]![0]!),
      项目支出专户资金: qNum(parts[1]![1]!),
      项目支出单位资金: qNum(parts[1]![2]!),
    };
  } else if (L === 'D') {
    const cur = { basic: amountQ(r, 500, 5000), project: amountQ(r, 50, 3000) },
      prev = { basic: amountQ(r, 500, 5000), project: amountQ(r, 50, 3000) };
    const oth = r.chance(0.5) ? amountQ(r, 1, 200) : 0,
      othP = r.chance(0.5) ? amountQ(r, 1, 200) : 0;
    let curTotal = cur.basic + cur.project;
    const incTotal = curTotal;
    if (defects.has('sum-parts')) {
      curTotal += 10 * Q;
      flag(doc, {
        target: 'budget',
        no: null,
        defect: 'sum-parts',
        why: `按支出用途 合计 ${qText(curTotal)} ≠ 基本支出 + 项目支出 = ${qText(curTotal - 10 * Q)}`,
      });
    }
    Object.assign(b, { basic: qNum(cur.basic), project: qNum(cur.project), fiscal: qNum(incTotal - oth), other: qNum(oth), total: qNum(curTotal) });
    const prevTotal = prev.basic + prev.project;
    b.extra = {
      收入合计: qNum(incTotal),
      上年基本支出: qNum(prev.basic),
      上年项目支出: qNum(prev.project),
      上年支出合计: qNum(prevTotal),
      上年财政拨款: qNum(prevTotal - othP),
      上年其他资金: qNum(othP),
      上年收入合计: qNum(prevTotal),
    };
  }
}

/** 项目名称/主管部门/实施单位 and the annual funds of layouts E–H; sum-parts breaks 年度资金总额 = 财政拨款 + 其他资金. */
function projectOf(r: Rng, doc: Doc, dept: { name: string; topics: string[]; place: string }, defects: Set<string>): void {
  const topic = r.pick(dept.topics);
  const name = `${doc.year}年${topic}${r.pick(['项目', '专项资金', '补助项目', '工程'])}`;
  const implementer = r.chance(0.5) ? dept.name : `${dept.place}${topic}服务中心`;
  const fiscal = amountQ(r, 5, 800),
    other = r.chance(0.5) ? amountQ(r, 1, 100) : 0;
  let total = fiscal + other;
  if (defects.has('sum-parts') && (doc.layout === 'E' || doc.layout === 'F')) {
    total += 5 * Q;
    flag(doc, { target: 'budget', no: null, defect: 'sum-parts', why: `年度资金总额 ${qText(total)} ≠ 财政拨款 + 其他资金 = ${qText(total - 5 * Q)}` });
  }
  const fiscalLabel = doc.layout === 'F' && r.chance(0.35) ? '上级资金' : '财政拨款';
  doc.project = {
    name,
    supervisor: dept.name,
    implementer,
    period: r.pick(['1年', `${doc.year}-${doc.year + 2}年`, '3年']),
    attribute: r.pick(PROJECT_ATTR),
    funds: { total: qNum(total), fiscal: qNum(fiscal), other: doc.layout === 'F' && other === 0 ? null : qNum(other), fiscalLabel, midTotal: qNum(total * 3) },
  };
  doc.overallGoal = `通过实施${name}，全面完成${topic}年度任务，服务对象满意度达到90%以上。`;
  if (doc.layout === 'E' || doc.layout === 'F') doc.budget.total = qNum(total);
}

/** 权重/分值 adding up to total (or not: weight-sum), 得分 and 完成值 for self-evaluations. */
function weightsOf(r: Rng, doc: Doc, total: number, defects: Set<string>): void {
  const inds = doc.indicators,
    ws = partition(r, total, inds.length);
  if (defects.has('weight-sum')) {
    const k = r.int(0, ws.length - 1),
      d = r.pick([-3, 2, 5]);
    if (ws[k]! + d > 0) {
      ws[k]! += d;
      flag(doc, {
        target: 'document',
        no: null,
        defect: 'weight-sum',
        why: `indicator weights add up to ${total + d}, not ${total}${total === 90 ? ' (+10 for the funds = 100)' : ''}`,
      });
    }
  }
  const self = doc.layout !== 'B';
  const over = self && defects.has('score-over-weight') ? r.int(0, inds.length - 1) : -1;
  const empty = self && defects.has('empty-actual') ? r.int(0, inds.length - 1) : -1;
  inds.forEach((ind, i) => {
    ind.weight = ws[i]!;
    if (!self) return;
    const full = r.chance(0.7);
    ind.score = i === over ? ws[i]! + r.int(1, 3) : full ? ws[i]! : Math.max(0, ws[i]! - r.pick([0.5, 1, 2]));
    ind.deviation = ind.score < ws[i]! ? r.pick(DEVIATIONS.filter(Boolean)) : r.pick(['', '无', '无偏差']);
    if (i === over) flag(doc, { target: 'indicator', no: ind.no, defect: 'score-over-weight', why: `得分 ${ind.score} > 分值 ${ws[i]}` });
    if (i === empty) {
      ind.actual = null;
      flag(doc, { target: 'indicator', no: ind.no, defect: 'empty-actual', why: '实际完成值 left empty in a published self-evaluation' });
    }
  });
}

/** The funds block of G/H/I with 执行率 at two decimals (0 ÷ 0 → 0.00%), 分值 10 on the total line. */
function executionOf(r: Rng, doc: Doc, defects: Set<string>): void {
  const L = doc.layout;
  const labels =
    L === 'G'
      ? ['年度资金总额', '其中:当年财政拨款', '上年结转资金', '其他资金']
      : L === 'H'
        ? ['总额', '其中:财政资金', '财政专户管理资金', '单位资金', '其他资金']
        : ['年度资金总额', '财政拨款', '其他资金', '基本支出', '项目支出'];
  const part = (zero: boolean) => {
    if (zero) return [0, 0, 0];
    const p = amountQ(r, 5, 900),
      a = p + (r.chance(0.4) ? amountQ(r, 0, 50) : 0);
    return [p, a, a - (r.chance(0.5) ? 0 : Math.min(a, amountQ(r, 0, 30)))];
  };
  const parts = L === 'I' ? [part(false), part(r.chance(0.5))] : labels.slice(1).map((_, i) => part(i > 0 && r.chance(0.5)));
  const total = [0, 1, 2].map((k) => parts.reduce((s, p) => s + p[k]!, 0));
  let rows = [total, ...parts];
  if (L === 'I') rows = [total, ...parts, ...splitUse(r, total)];
  if (defects.has('sum-parts') && L !== 'H') {
    total[2] = total[2]! + Q;
    flag(doc, { target: 'budget', no: null, defect: 'sum-parts', why: `${labels[0]} 全年执行数 ≠ the sum of its parts (+1)` });
  }
  const mismatchAt = defects.has('rate-mismatch') ? rows.findIndex((x) => x[1]! > 0) : -1;
  const lines: ExecLine[] = rows.map((x, i) => {
    let bp = rateBp(x[2]!, x[1]!);
    if (i === mismatchAt) {
      bp += r.pick([150, 400, 1000]);
      flag(doc, {
        target: 'budget',
        no: null,
        defect: 'rate-mismatch',
        why: `${labels[i]} 执行率 printed ${fixed(bp, 2)}% but 执行数 ÷ 预算数 = ${fixed(bp - (bp - rateBp(x[2]!, x[1]!)), 2)}%`,
      });
    }
    const w = i === 0 ? 10 : null,
      sc = i === 0 ? divRound(10 * Math.min(bp, 10_000), 100) : null;
    return {
      label: labels[i]!,
      group: L === 'I' ? (i === 1 || i === 2 ? '按收入性质分' : i > 2 ? '按支出性质分' : undefined) : undefined,
      planned: qNum(x[0]!),
      adjusted: qNum(x[1]!),
      executed: qNum(x[2]!),
      rate: `${fixed(bp, 2)}%`,
      rateNum: bp / 100,
      weight: w,
      score: sc == null ? null : sc / 100,
    };
  });
  const indScore = Math.round(doc.indicators.reduce((s, i) => s + (i.score ?? 0) * 100, 0));
  let totalScore = indScore + Math.round(lines[0]!.score! * 100);
  if (defects.has('total-score')) {
    totalScore += 200;
    flag(doc, { target: 'document', no: null, defect: 'total-score', why: `总分 ${fixed(totalScore, 2)} ≠ the sum of the 得分 ${fixed(totalScore - 200, 2)}` });
  }
  doc.execution = { lines, totalScore: totalScore / 100, weightTotal: 100 };
  doc.overallActual = `${doc.overallGoal.slice(0, 12)}等目标已基本完成，资金执行情况良好。`;
}

/** Layout I's 按支出性质分 rows: 基本支出 + 项目支出 = the total. */
function splitUse(r: Rng, total: number[]): number[][] {
  const ratio = 0.4 + r.next() * 0.3;
  const basic = total.map((v) => Math.floor((v * ratio) / 100) * 100);
  return [basic, total.map((v, k) => v - basic[k]!)];
}
