// The gold file of one rendered document, in the shape ../shared/tools/score.mjs reads.
import type { Doc } from './model.ts';

/** NFKC without whitespace: how the scorer compares text. */
export const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** Builds the gold of a document (`table`: its position among the target tables of a multi-table file). */
export function goldOf(doc: Doc, document: string, format: string, generator: string, table?: number): Record<string, unknown> {
  const b = doc.budget;
  const keyTasks = doc.tasks.filter((t) => !t.duplicate);
  const flagged = (kind: string) => new Set(doc.flags.filter((f) => f.target === kind).map((f) => f.no));
  const ft = flagged('task'),
    fi = flagged('indicator');
  const g: Record<string, unknown> = {
    document,
    ...(table != null ? { table } : {}),
    format,
    layout: doc.layout,
    generator,
    seed: doc.seed,
    variant: doc.style,
    family: doc.family,
    title: norm(doc.title),
    year: doc.year,
    department: { name: doc.dept, staffCount: doc.staffCount, subordinateUnits: doc.subUnits },
    budget: {
      unit: '万元',
      expenditure: {
        basic: b.basic,
        project: b.project,
        developmentSpecial: b.devSpecial,
        developmentOther: b.devOther,
        ...(b.total != null ? { total: b.total } : {}),
      },
      income: { fiscalAppropriation: b.fiscal, other: b.other },
    },
    overallGoal: doc.overallGoal,
    overallGoalStart: norm(doc.overallGoal).slice(0, 20),
  };
  if (doc.project) {
    const f = doc.project.funds;
    g.project = {
      name: doc.project.name,
      supervisor: doc.project.supervisor,
      implementer: doc.project.implementer,
      // self-evaluations print the funds in the execution block instead; 上级资金 is not unambiguously 财政拨款
      ...(doc.layout === 'E' || doc.layout === 'F'
        ? { funds: { total: f.total, ...(f.fiscalLabel === '财政拨款' ? { fiscal: f.fiscal, other: f.other } : {}) } }
        : {}),
    };
  }
  if (doc.execution)
    g.execution = {
      lines: doc.execution.lines.map((l) => ({
        label: l.label,
        planned: l.planned,
        adjusted: l.adjusted,
        executed: l.executed,
        rate: l.rateNum,
        weight: l.weight,
        score: l.score,
      })),
      totalScore: doc.execution.totalScore,
    };
  g.tasks = keyTasks.map((t) => ({
    no: t.no,
    name: t.name,
    amount: t.amount,
    contentStart: norm(t.content).slice(0, 10),
    ...(t.goal ? { goalStart: norm(t.goal).slice(0, 10) } : {}),
  }));
  g.duplicateTasks = doc.tasks.filter((t) => t.duplicate).map((t) => ({ no: t.no, name: t.name, amount: t.amount }));
  g.otherTasks = doc.otherTasks.map((t) => ({ no: t.no, name: t.name, amount: t.amount }));
  g.indicators = doc.indicators.map((i) => ({
    no: i.no,
    name: i.name,
    value: { raw: i.target.raw, ...(i.target.op ? { op: i.target.op, number: i.target.number, unit: i.target.unit ?? null } : {}) },
    level1: i.level1,
    level2: i.level2,
    ...(i.weight !== undefined ? { weight: i.weight } : {}),
    ...(i.score !== undefined ? { score: i.score } : {}),
    ...(i.actual !== undefined && doc.execution ? { actual: { raw: i.actual } } : {}),
    ...(i.deviation ? { deviation: i.deviation } : {}),
  }));
  g.formulas = doc.formulas.filter((f) => keyTasks.some((t) => t.no === f.taskNo));
  g.expectedFlags = doc.flags.map((f) => ({ target: f.target, no: f.no, why: f.why }));
  g.cleanTargets = {
    tasks: keyTasks.map((t) => t.no).filter((n) => !ft.has(n)),
    indicators: doc.indicators.map((i) => i.no).filter((n) => !fi.has(n)),
    budget: !doc.flags.some((f) => f.target === 'budget'),
  };
  g.defects = doc.flags.map((f) => f.defect);
  g.notes = [...doc.notes, 'execution line labels are as printed (NFKC), e.g. 其中:当年财政拨款; budget fields a layout does not print are null'];
  return g;
}
