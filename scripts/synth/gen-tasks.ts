// Task rows: plain ones, ones whose content prints formulas, ones whose prose states a total.
import type { Rng } from './rng.ts';
import { type Formula, type Part, type Task, yuanToWan } from './model.ts';
import { DAILY_TASKS, GOALS_FOR_FORMULA, MONTHLY_TASKS, PLAIN_TASKS, UNIT_TASKS, UNITS } from './vocab.ts';

export type TaskKind = 'plain' | 'formula' | 'prose';
/** A generated task before numbering; yuan is its correct amount in 元. */
export type Draft = Omit<Task, 'no'> & { kind: TaskKind; yuan: number };

const fill = (s: string, u: string, n = 0) => s.replace(/\{u\}/g, u).replace(/\{n\}/g, String(n));
const shareText = (s10: number) => `县级承担${s10 * 10}%`;

function formula(rng: Rng, operands: number[], ops: Array<'×' | '-'>, stated: string, unit: '万元' | null): Formula {
  return { operands, ops, stated, statedUnit: unit, verdict: 'ok', alt: rng.chance(0.3) };
}

/** One money formula of a kind, with the prose around it; yuan is its result in 元. */
function moneyFormula(rng: Rng, kind: number, unit: string, n: number, year: number): { parts: Part[]; yuan: number } {
  const s10 = rng.pick([1, 1, 1, 2, 3, 5, 10]);
  const share = s10 === 10 ? [] : [s10 / 10];
  if (kind === 0) {
    const r = rng.pick([2, 5, 6, 8, 10, 15, 20]);
    const yuan = n * r * 1000 * s10;
    const f = formula(rng, [n, r, ...share], share.length ? ['×', '×'] : ['×'], yuanToWan(yuan), '万元');
    return { yuan, parts: [`按${year - 1}年每${unit}${r}万元的标准${share.length ? ',' + shareText(s10) : ''},需配套${unit}经费 `, f, ' 万元'] };
  }
  if (kind === 1) {
    const r = rng.pick([800, 1000, 1200, 1500, 2000, 2500, 3000, 3500]);
    const yuan = (n * r * 12 * s10) / 10;
    const f = formula(rng, [n, r, 12, ...share], share.length ? ['×', '×', '×'] : ['×', '×'], yuanToWan(yuan), '万元');
    return { yuan, parts: [`补贴标准为人均每月${r}元,共${n}人${share.length ? ',' + shareText(s10) : ''},需配套 `, f, ' 万元'] };
  }
  const r = rng.pick([150, 200, 290, 350, 400]);
  const d = rng.pick([2, 3, 5]);
  const yuan = n * r * d;
  const f = formula(rng, [n, r, d], ['×', '×'], yuanToWan(yuan), '万元');
  return { yuan, parts: [`按培训${d}天计算,每人每天${r}元,共${n}人,预计所需经费 `, f, ' 万元'] };
}

const OPENINGS = ['由于省、市未下达{y}年度标准,', '根据文件精神,', '按照省市县分级负担原则,', '根据上级有关文件要求,'] as const;

/** A task whose content prints one or two formulas (and then a 合计 when two). */
export function formulaTask(rng: Rng, year: number): Draft {
  const kind = rng.int(0, 2);
  const [unit, lo, hi] = rng.pick(UNITS);
  const name = fill(rng.pick(kind === 0 ? UNIT_TASKS : kind === 1 ? MONTHLY_TASKS : DAILY_TASKS), unit);
  const parts: Part[] = [rng.pick(OPENINGS).replace('{y}', String(year))];
  let n = kind === 0 ? rng.int(lo, hi) : rng.int(20, 3000);
  if (kind === 1 && rng.chance(0.25)) {
    // A head-count difference printed as arithmetic, as the seed's 224-28×5=84 人.
    const b = rng.int(10, 60),
      c = rng.pick([3, 5, 7]);
    const a = b * c + n;
    parts.push('实有人数比补助人数多 ', formula(rng, [a, b, c], ['-', '×'], String(n), null), ' 人,');
  }
  const first = moneyFormula(rng, kind, unit, n, year);
  parts.push(...first.parts);
  let yuan = first.yuan;
  if (rng.chance(0.3)) {
    n = kind === 0 ? rng.int(5, 60) : rng.int(10, 400);
    const second = moneyFormula(rng, kind, kind === 0 ? '社区' : unit, n, year);
    parts.push(';另', ...second.parts);
    yuan += second.yuan;
    parts.push(`,合计${yuanToWan(yuan)}万元。`);
  } else parts.push('。');
  const goal = fill(rng.pick(GOALS_FOR_FORMULA), unit, n);
  return { kind: 'formula', name, content: parts, amount: yuanToWan(yuan), goldAmount: Number(yuanToWan(yuan)), goal, yuan };
}

const ITEMS = ['会议费', '资料印刷费', '专家劳务费', '场地租赁费', '差旅费', '师资费', '设备购置费', '宣传材料制作费'] as const;

/** A task whose prose lists costs in 元 and states the total (以上预算共计X万元 or 共计X元). */
export function proseTask(rng: Rng): Draft {
  const [name, , goal] = rng.pick(PLAIN_TASKS);
  const k = rng.int(2, 4);
  const costs = Array.from({ length: k }, () => rng.int(5, 400) * 100);
  const yuan = costs.reduce((a, b) => a + b, 0);
  const first = rng.int(0, ITEMS.length - 1);
  const list = costs.map((c, i) => `${ITEMS[(first + i) % ITEMS.length]}${c}元`).join(',');
  const total = rng.chance(0.6) ? `以上预算共计${yuanToWan(yuan)}万元。` : `共计${yuan}元。`;
  return { kind: 'prose', name, content: [`根据年度工作安排,${list},${total}`], amount: yuanToWan(yuan), goldAmount: Number(yuanToWan(yuan)), goal, yuan };
}

const PLAIN_AMOUNTS = [15000, 21000, 30000, 50000, 80000, 100000, 120000, 150000, 200000, 300000, 500000, 1050000, 2000000, 45500, 789660] as const;

/** A task with a short content and an amount, nothing to check. */
export function plainTask(rng: Rng): Draft {
  const [name, content, goal] = rng.pick(PLAIN_TASKS);
  const yuan = rng.chance(0.7) ? rng.pick(PLAIN_AMOUNTS) : rng.int(1, 3000) * 100;
  return { kind: 'plain', name, content: [content], amount: yuanToWan(yuan), goldAmount: Number(yuanToWan(yuan)), goal, yuan };
}

/** 5–40 tasks of mixed kinds. */
export function draftTasks(rng: Rng, year: number): Draft[] {
  const n = rng.int(5, 40);
  return Array.from({ length: n }, () => {
    const r = rng.next();
    return r < 0.3 ? formulaTask(rng, year) : r < 0.45 ? proseTask(rng) : plainTask(rng);
  });
}
