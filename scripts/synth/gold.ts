// The gold record of a synthetic document, in the shape of /work/shared/gold/*.json (what score.mjs reads).
import { type Doc, type Format, type Indicator, formulasOf } from './model.ts';

const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const start = (s: string) => nfkc(s).slice(0, 10);
const num = (s: string | null) => (s === null ? null : Number(s));

const VALUE = /^([≥≤><=])?\s*(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff/]{1,4})?$/u;

/** How a correct reader parses an indicator's target; text targets keep only raw. */
export function goldValue(ind: Pick<Indicator, 'raw' | 'name'>): { raw: string; op?: string; number?: number; unit?: string | null } {
  const m = VALUE.exec(ind.raw.normalize('NFKC').trim());
  if (!m) return { raw: ind.raw };
  const nameUnit = /\(([^()]+)\)$/.exec(ind.name.normalize('NFKC'))?.[1] ?? null;
  return { raw: ind.raw, op: m[1] ?? '=', number: Number(m[2]), unit: m[3] ?? nameUnit };
}

/** Whether a level label is printed for this indicator in this document's format. */
const levelsStated = (doc: Doc, ind: Indicator, _f: Format) => ind.no > doc.levelsCutThrough;

/** The gold JSON object for a document. */
export function goldOf(doc: Doc) {
  const tasks = doc.tasks.filter((t) => !t.hiddenFromGold);
  const indicators = doc.indicators.filter((i) => !i.hiddenFromGold);
  const b = doc.budget;
  return {
    document: doc.file,
    format: doc.format,
    title: doc.title,
    year: doc.year,
    department: { name: doc.department, staffCount: doc.staffCount, subordinateUnits: doc.subordinateUnits },
    budget: {
      unit: '万元',
      expenditure: { basic: num(b.basic), project: num(b.project), developmentSpecial: num(b.developmentSpecial), developmentOther: num(b.developmentOther) },
      income: { fiscalAppropriation: num(b.fiscalAppropriation), other: num(b.other) },
    },
    tasks: tasks.map((t) => ({
      no: t.no,
      name: t.name.normalize('NFKC'),
      amount: t.goldAmount,
      contentStart: start(t.content.map((p) => (typeof p === 'string' ? p : '')).join('')),
      ...(t.goal === null ? {} : { goalStart: start(t.goal) }),
    })),
    indicators: indicators.map((i) => ({
      no: i.no,
      name: i.name.normalize('NFKC'),
      value: goldValue(i),
      ...(levelsStated(doc, i, doc.format) ? { level1: i.level1, level2: i.level2 } : {}),
    })),
    formulas: tasks.flatMap((t) =>
      formulasOf(t).map((f) => ({
        taskNo: t.no,
        operands: f.operands,
        stated: Number(f.stated),
        statedUnit: f.statedUnit,
        verdict: f.verdict,
      })),
    ),
    expectedFlags: doc.flags,
    cleanTargets: {
      tasks: [...new Set(tasks.map((t) => t.no))].filter((no) => !doc.dirty.tasks.has(no)),
      indicators: [...new Set(indicators.map((i) => i.no))].filter((no) => !doc.dirty.indicators.has(no)),
      budget: !doc.dirty.budget,
    },
    notes: 'synthetic (scripts/synth); contentStart/goalStart: first 10 characters, NFKC, whitespace removed',
    overallGoalStart: nfkc(doc.overallGoal).slice(0, 20),
  };
}
