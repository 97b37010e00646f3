// Samplers for the parts every layout shares: names, tasks (with prose totals and printed formulas), indicators.
import { Q, qNum, qText, type Rng } from './rng.ts';
import type { Doc, Flag, Indicator, Target, Task } from './model.ts';
import { CONTENT_OPENERS, DEPTS, GOAL_OPENERS, INDICATORS, PARTY_DEPTS, PLACES, TASK_KINDS } from './vocab.ts';

/** A department name and the topics its tasks and projects are about. */
export function sampleDept(r: Rng): { name: string; topics: string[]; place: string } {
  const place = r.pick(PLACES);
  if (r.chance(0.25)) {
    const d = r.pick(PARTY_DEPTS);
    return { name: `中共${place}${d.unit}`, topics: d.topics, place };
  }
  const d = r.pick(DEPTS);
  return { name: `${place}${d.unit}`, topics: d.topics, place };
}

/** An amount in ten-thousandths with 0–4 printed decimals, between lo and hi 万元. */
export function amountQ(r: Rng, lo: number, hi: number): number {
  const decimals = r.pick([0, 0, 1, 2, 3, 4]);
  const step = 10 ** (4 - decimals);
  return r.int(Math.ceil((lo * Q) / step), Math.floor((hi * Q) / step)) * step;
}

const TENTHS = [1, 2, 3, 4];

/** Task texts: plain, a printed formula (recorded for the gold), or a prose total (以上预算共计…万元). */
function taskText(
  r: Rng,
  name: string,
  withAmount: boolean,
): { content: string; amountQ: number | null; formula?: Doc['formulas'][number]; proseTotalQ?: number } {
  const kind = withAmount ? r.pick(['plain', 'plain', 'formula', 'prose']) : 'plain';
  if (kind === 'formula') {
    const n = r.pick([800, 1200, 3500, 500]),
      m = r.int(10, 900),
      t = r.pick(TENTHS);
    const q = (m * n * 12 * t) / 10; // 元 = q ten-thousandths of 万元; n is a multiple of 10 so q is whole
    const stated = qText(q);
    return {
      content: `根据相关文件精神，按每人每月${n}元标准计算，共${m}人，需配套${m}×${n}×12×0.${t}=${stated}万元。`,
      amountQ: q,
      formula: { taskNo: 0, operands: [m, n, 12, t / 10], stated: qNum(q), statedUnit: '万元', verdict: 'ok', text: `${m}×${n}×12×0.${t}=${stated}万元` },
    };
  }
  if (kind === 'prose') {
    const days = r.int(2, 5),
      per = r.pick([150, 290, 320]),
      people = r.int(10, 80);
    const a = days * per * people,
      b = r.int(1, 30) * 500;
    return {
      content: `按培训${days}天计算，每人每天${per}元，共${people}人，预计所需经费${a}元；资料费等${b}元，以上预算共计${qText(a + b)}万元。`,
      amountQ: a + b,
      proseTotalQ: a + b,
    };
  }
  return { content: `${r.pick(CONTENT_OPENERS)}${name}相关工作，确保资金专款专用。`, amountQ: withAmount ? amountQ(r, 1, 800) : null };
}

/** Tasks of the key section; numbering decides whether `no` is printed; may inject a duplicate number or an amount/prose mismatch. */
export function sampleTasks(r: Rng, doc: Doc, topics: string[], count: number, withAmount: boolean, withGoal: boolean, defects: Set<string>): void {
  const names = r.shuffle(topics.flatMap((t) => TASK_KINDS.map((k) => `${t}${k}`))).slice(0, count);
  const numbered = doc.style.taskNumbering !== 'none';
  const dupAt = defects.has('duplicate-number') && numbered && count >= 3 ? r.int(0, count - 3) : -1; // 0-based position of the first of the pair; a task always follows the pair (33, 33, 35)
  let proseDefectDone = !defects.has('task-amount-vs-content');
  names.forEach((name, i) => {
    const t = taskText(r, name, withAmount);
    const dup = dupAt >= 0 && i === dupAt + 1;
    const printedNo = dup ? dupAt + 1 : i + 1;
    const task: Task = {
      no: printedNo,
      printedNo: numbered ? printedNo : null,
      name,
      content: t.content,
      amount: t.amountQ == null ? null : qNum(t.amountQ),
      goal: withGoal ? `${r.pick(GOAL_OPENERS)}${name}年度目标顺利实现` : null,
      duplicate: dup,
    };
    if (t.formula) doc.formulas.push({ ...t.formula, taskNo: task.no });
    if (t.proseTotalQ != null && !proseDefectDone && !dup && i !== dupAt) {
      // one defect per printed number, so each flag names one row
      const d = r.pick([1, 2, 5]) * Q;
      const wrong = t.proseTotalQ - d >= Q ? t.proseTotalQ - d : t.proseTotalQ + d;
      task.amount = qNum(wrong);
      proseDefectDone = true;
      doc.flags.push({
        target: 'task',
        no: task.no,
        defect: 'task-amount-vs-content',
        why: `content totals ${qText(t.proseTotalQ)}万元 (以上预算共计) but the amount column says ${qText(wrong)}`,
      });
    }
    if (task.duplicate)
      doc.flags.push({
        target: 'task',
        no: task.no,
        defect: 'duplicate-number',
        why: `printed number ${task.no} twice; this second one should be ${task.no + 1} (missing); the next task keeps its own number, no gap flag`,
      });
    doc.tasks.push(task);
  });
  if (!proseDefectDone) doc.notes.push('task-amount-vs-content not injected: no task with a prose total');
  if (defects.has('duplicate-number') && dupAt < 0) doc.notes.push('duplicate-number not injected: too few or unnumbered tasks');
}

/** Optional tasks of 其他需完成的任务 (not scored: section "other"). */
export function sampleOtherTasks(r: Rng, doc: Doc, topics: string[]): void {
  const n = r.chance(0.6) ? 0 : r.int(1, 2);
  for (let i = 0; i < n; i++) {
    const name = `${r.pick(topics)}其他工作`;
    doc.otherTasks.push({ no: i + 1, printedNo: i + 1, name, content: `做好${name}。`, amount: qNum(amountQ(r, 1, 50)), goal: `完成${name}` });
  }
}

/** A target split over 指标性质 / 指标值 / 计量单位 columns: raw is the bare value, op and unit come from their columns. */
export function splitTarget(t: Target & { nature: string; measure: string }, r: Rng): { target: Target; nature: string; measure: string } {
  if (t.number == null) return { target: { raw: t.raw }, nature: '', measure: '' };
  const unit = t.unit ?? '';
  if (r.chance(0.12)) return { target: { raw: String(t.number) }, nature: '', measure: unit }; // numeric target with empty 指标性质: raw only
  return { target: { raw: String(t.number), op: t.op, number: t.number, unit: unit || null }, nature: t.op ?? '', measure: unit };
}

/** Indicators grouped by level 1 and level 2 in reading order; split: the layout has 指标性质/单位 columns. */
export function sampleIndicators(r: Rng, doc: Doc, count: number, opts: { levels: boolean; split: boolean; prefix: boolean; topics: string[] }): void {
  const pool: { l1: string; l2: string; name: string; make: (r: Rng) => Target & { nature: string; measure: string; actual: string } }[] = [];
  // two indicators about the department's own work, so that names differ between departments
  const [t1, t2] = r.shuffle(opts.topics);
  pool.push({
    l1: '产出指标',
    l2: '数量指标',
    name: `${t1}服务人次`,
    make: (q) => {
      const n = q.int(100, 20000);
      return { raw: `≥${n}人次`, op: '≥', number: n, unit: '人次', nature: '≥', measure: '人次', actual: `${n + q.int(0, 300)}人次` };
    },
  });
  pool.push({
    l1: '产出指标',
    l2: '质量指标',
    name: `${t2}任务完成率`,
    make: (q) => {
      const v = q.pick([90, 95, 100]);
      return { raw: `≥${v}%`, op: '≥', number: v, unit: '%', percent: { fraction: v / 100, prefix: '≥' }, nature: '≥', measure: '%', actual: '100%' };
    },
  });
  for (const [l1, byL2] of Object.entries(INDICATORS)) for (const [l2, tpls] of Object.entries(byL2)) for (const t of tpls) pool.push({ l1, l2, ...t });
  const order = Object.keys(INDICATORS);
  const chosen = r.shuffle(pool).slice(0, Math.min(count, pool.length));
  // every form has at least one 产出指标; keep level order as printed forms do
  chosen.sort(
    (a, b) => order.indexOf(a.l1) - order.indexOf(b.l1) || Object.keys(INDICATORS[a.l1]!).indexOf(a.l2) - Object.keys(INDICATORS[b.l1]!).indexOf(b.l2),
  );
  chosen.forEach((c, i) => {
    const made = c.make(r);
    const s = opts.split ? splitTarget(made, r) : { target: made as Target, nature: made.nature, measure: made.measure };
    const ind: Indicator = {
      no: i + 1,
      printedNo: opts.prefix ? i + 1 : null,
      level1: opts.levels ? c.l1 : null,
      level2: opts.levels ? c.l2 : null,
      name: c.name,
      target: s.target,
      nature: s.nature,
      measure: s.measure,
      actual: made.actual,
    };
    doc.indicators.push(ind);
  });
}

/** Splits total into n positive integer parts (weights, 分值). */
export function partition(r: Rng, total: number, n: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(r.int(1, total - 1));
  const c = [0, ...[...cuts].sort((a, b) => a - b), total];
  return c.slice(1).map((v, i) => v - c[i]!);
}

/** Records a defect flag. */
export function flag(doc: Doc, f: Flag): void {
  doc.flags.push(f);
}
