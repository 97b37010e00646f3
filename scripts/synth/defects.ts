// Defects injected into a document, each recorded as the flag a correct audit must raise.
import type { Rng } from './rng.ts';
import { type Doc, formulasOf, microToWan, yuanToWan } from './model.ts';
import { plainTask, type Draft } from './gen-tasks.ts';

export const DEFECTS = [
  'formula-stated',
  'content-total',
  'budget-identity',
  'percent-fraction',
  'task-duplicate',
  'task-skip',
  'indicator-duplicate',
  'indicator-skip',
  'missing-cell',
  'unreadable-amount',
  'ocr-digit',
] as const;
export type Defect = (typeof DEFECTS)[number];

type Ctx = { doc: Doc; drafts: Draft[]; rng: Rng };

/** Task indexes (0-based) that are neither first nor last, so a numbering defect is visible. */
const middle = (rng: Rng, n: number) => rng.int(1, Math.max(1, n - 2));
const dirtyTask = (c: Ctx, no: number) => c.doc.dirty.tasks.add(no);

/** Applies one defect; false when the document has nothing it can apply to (then nothing changed). */
export function applyDefect(defect: Defect, c: Ctx): boolean {
  const { doc, drafts, rng } = c;
  const tasks = doc.tasks;
  switch (defect) {
    case 'formula-stated': {
      const ts = tasks.filter((t) => formulasOf(t).some((f) => f.statedUnit) && !doc.dirty.tasks.has(t.no));
      if (!ts.length) return false;
      const t = rng.pick(ts);
      const f = formulasOf(t).find((x) => x.statedUnit)!;
      const right = Math.round(Number(f.stated) * 10000);
      f.stated = yuanToWan(right + rng.pick([1, 9, 11]) * 10 ** rng.int(2, 4));
      f.verdict = 'mismatch';
      doc.flags.push({ target: 'formula', no: t.no, why: `formula ${f.operands.join('·')} states ${f.stated}, computes ${yuanToWan(right)}` });
      dirtyTask(c, t.no);
      return true;
    }
    case 'content-total': {
      const i = drafts.findIndex((d, k) => d.kind === 'prose' && !doc.dirty.tasks.has(tasks[k]!.no));
      if (i < 0) return false;
      const t = tasks[i]!;
      // Off by at least 1万元 from every rounding of the total, so no reader can take it for a rounded display.
      const floor = Math.floor(drafts[i]!.yuan / 10000);
      const wrong = String(floor >= 3 ? floor - rng.int(1, 2) : floor + 2 + rng.int(0, 3));
      t.amount = wrong;
      t.goldAmount = Number(wrong);
      doc.flags.push({ target: 'task', no: t.no, why: `content states a total of ${yuanToWan(drafts[i]!.yuan)}万元 but the amount column says ${wrong}` });
      dirtyTask(c, t.no);
      return true;
    }
    case 'budget-identity': {
      if (doc.budget.basic === null) return false;
      const b = Math.round(Number(doc.budget.basic) * 1e6) + rng.int(1, 99) * 1e6;
      doc.budget.basic = microToWan(b);
      doc.dirty.budget = true;
      doc.flags.push({ target: 'budget', why: 'expenditure lines no longer add up to the income lines' });
      return true;
    }
    case 'percent-fraction': {
      const cands = doc.indicators.filter((x) => x.name.endsWith('(%)') && !doc.dirty.indicators.has(x.no));
      if (!cands.length) return false;
      const ind = rng.pick(cands);
      ind.raw = rng.pick(['0.9', '0.95', '0.85']);
      doc.indicators.forEach((x) => x.no === ind.no && doc.dirty.indicators.add(x.no));
      doc.flags.push({ target: 'indicator', no: ind.no, why: `a (%) indicator whose target is ${ind.raw}: a fraction where a percentage is expected` });
      return true;
    }
    case 'task-duplicate':
    case 'task-skip': {
      if (tasks.length < 4 || doc.flags.some((f) => f.why.startsWith('task number'))) return false;
      const i = middle(rng, tasks.length);
      if (defect === 'task-duplicate') {
        // The repeated row is a plain task, so no formula is filed under a number twice.
        const d = plainTask(rng);
        const dup = { no: tasks[i - 1]!.no, name: d.name, content: d.content, amount: d.amount, goldAmount: d.goldAmount, goal: d.goal, hiddenFromGold: true };
        tasks.splice(i, 0, dup);
        drafts.splice(i, 0, d);
        doc.flags.push({ target: 'task', no: dup.no, why: `task number ${dup.no} printed twice` });
        dirtyTask(c, dup.no);
      } else {
        for (let k = i; k < tasks.length; k++) tasks[k]!.no += 1;
        doc.flags.push({ target: 'task', no: tasks[i]!.no, why: `task number ${tasks[i]!.no - 1} skipped` });
        dirtyTask(c, tasks[i]!.no);
      }
      return true;
    }
    case 'indicator-duplicate':
    case 'indicator-skip': {
      const inds = doc.indicators;
      if (inds.length < 4 || doc.flags.some((f) => f.why.startsWith('indicator number'))) return false;
      const i = middle(rng, inds.length);
      if (defect === 'indicator-duplicate') {
        const prev = inds[i - 1]!;
        inds.splice(i, 0, { ...prev, name: inds[i]!.name, raw: inds[i]!.raw, hiddenFromGold: true });
        doc.flags.push({ target: 'indicator', no: prev.no, why: `indicator number ${prev.no} printed twice` });
        doc.dirty.indicators.add(prev.no);
      } else {
        for (let k = i; k < inds.length; k++) inds[k]!.no += 1;
        doc.flags.push({ target: 'indicator', no: inds[i]!.no, why: `indicator number ${inds[i]!.no - 1} skipped` });
        doc.dirty.indicators.add(inds[i]!.no);
      }
      return true;
    }
    case 'missing-cell':
    case 'unreadable-amount':
    case 'ocr-digit': {
      const i = drafts.findIndex((d, k) => d.kind === 'plain' && !tasks[k]!.hiddenFromGold && !doc.dirty.tasks.has(tasks[k]!.no));
      if (i < 0) return false;
      const t = tasks[i]!;
      if (defect === 'missing-cell') {
        t.goal = null;
        doc.flags.push({ target: 'task', no: t.no, why: 'row has no goal cell' });
      } else if (defect === 'unreadable-amount') {
        t.amount = rng.pick(['※', '—.—', '见附表']);
        t.goldAmount = null;
        doc.flags.push({ target: 'task', no: t.no, why: `amount cell "${t.amount}" is not a number` });
      } else {
        // Give the row an amount with a 0 or 1 in it, then let the OCR read it as O or l.
        const clean = rng.pick(['105', '12', '10', '150', '210', '31']);
        t.amount = clean.includes('0') && rng.chance(0.6) ? clean.replace('0', 'O') : clean.includes('1') ? clean.replace('1', 'l') : clean.replace('0', 'O');
        t.goldAmount = Number(clean);
        doc.flags.push({ target: 'task', no: t.no, why: `amount printed "${t.amount}" for ${clean}` });
      }
      dirtyTask(c, t.no);
      return true;
    }
  }
}
