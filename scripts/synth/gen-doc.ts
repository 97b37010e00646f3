// One synthetic disclosure: header, budget, tasks, indicators, layout choices, then defects.
import { Rng } from './rng.ts';
import { type Budget, type Doc, EXTENSION, type Format, microToWan } from './model.ts';
import { COUNTIES, DEPARTMENTS, OVERALL_GOALS } from './vocab.ts';
import { draftTasks } from './gen-tasks.ts';
import { draftIndicators } from './gen-indicators.ts';
import { applyDefect, DEFECTS } from './defects.ts';

/** Defects that change printed numbers of later rows. */
const RENUMBERS = new Set<string>(['task-skip', 'indicator-skip', 'task-duplicate', 'indicator-duplicate']);

export type GenOptions = { seed: number; formats: readonly Format[]; defects: number };

/** Budget lines (millionths of 万元) that satisfy basic+project+special+other = fiscal+other income. */
function budget(rng: Rng): Budget {
  // Hundredths of 万元, sometimes with six decimals as the seed's 1255.022751.
  const amount = (lo: number, hi: number) => rng.int(lo, hi) * 1e4 + (rng.chance(0.4) ? rng.int(1, 9999) : 0);
  const basic = amount(5e3, 2e6);
  const project = amount(1e3, 2e6);
  const special = rng.chance(0.4) ? amount(1e3, 5e5) : null;
  const other = rng.chance(0.5) ? amount(1e3, 2e6) : null;
  const total = basic + project + (special ?? 0) + (other ?? 0);
  const otherIncome = rng.chance(0.3) ? Math.floor((total * rng.int(1, 30)) / 100) : null;
  const w = (v: number | null) => (v === null ? null : microToWan(v));
  return {
    basic: w(basic),
    project: w(project),
    developmentSpecial: w(special),
    developmentOther: w(other),
    fiscalAppropriation: w(total - (otherIncome ?? 0)),
    other: w(otherIncome),
  };
}

/** The index-th document of the corpus made with these options (independent of the other documents). */
export function generateDoc(index: number, opts: GenOptions): Doc {
  const rng = new Rng((opts.seed * 1000003) ^ Math.imul(index + 1, 2246822519));
  const format = opts.formats[index % opts.formats.length]!;
  const year = rng.int(2021, 2025);
  const department = rng.pick(DEPARTMENTS).replace('{c}', rng.pick(COUNTIES));
  const drafts = draftTasks(rng, year);
  const indicators = draftIndicators(rng);
  const doc: Doc = {
    file: `synth-${opts.seed}-${String(index).padStart(5, '0')}${EXTENSION[format]}`,
    format,
    year,
    title: `${year}年县级部门整体预算绩效目标表`,
    department,
    staffCount: rng.int(8, 900),
    subordinateUnits: rng.int(0, 30),
    budget: budget(rng),
    overallGoal: rng.pick(OVERALL_GOALS),
    tasks: drafts.map((d, i) => ({ no: i + 1, name: d.name, content: d.content, amount: d.amount, goldAmount: d.goldAmount, goal: d.goal })),
    placeholder: rng.chance(0.5),
    indicators,
    levelsCutThrough: 0,
    pageBreakAfter: 0,
    repeatMerged: rng.chance(0.5),
    flags: [],
    dirty: { tasks: new Set(), indicators: new Set(), budget: false },
  };
  if (drafts.length >= 6 && (format === 'mineru-md' || rng.chance(0.5))) doc.pageBreakAfter = rng.int(3, drafts.length - 2);
  if (format === 'ocr-md' && rng.chance(0.4)) {
    // As in the seed: the OCR separates the first groups' level labels from their rows.
    const firstBenefit = indicators.find((x) => x.level1 !== '产出指标')!.no;
    doc.levelsCutThrough = firstBenefit - 1;
  }
  if (rng.next() < opts.defects) {
    const want = rng.int(1, 3);
    // Numbering defects go first: a skip renumbers the rows after it, and later flags must name the new numbers.
    const picks = Array.from({ length: 12 }, () => rng.pick(DEFECTS)).sort((a, b) => Number(!RENUMBERS.has(a)) - Number(!RENUMBERS.has(b)));
    for (const d of picks) if (doc.flags.length < want) applyDefect(d, { doc, drafts, rng });
  }
  return doc;
}
