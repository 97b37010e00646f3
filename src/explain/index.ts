// `budget-extract explain`: one document as a linter-style terminal report (ESLint's "stylish" for the flags).
import type { DisclosureRecord, Flag, Severity } from '../model/index.ts';
import { shortLoc } from '../report/loc.ts';
import { taskTotals } from '../report/summary.ts';
import { targetLabel } from '../report/document.ts';
import { columns, painter, truncate, type Style } from './text.ts';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
const VERDICT_STYLE: Record<string, Style> = { ok: 'green', rounded: 'cyan', mismatch: 'red', unparsable: 'red' };
/** Indicator targets can be whole sentences; the column keeps this many terminal columns. */
const TARGET_WIDTH = 24;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const BUDGET_LABELS: Array<[string, string]> = [
  ['expenditure.basic', '基本支出'],
  ['expenditure.project', '项目支出'],
  ['expenditure.developmentSpecial', '财政专项资金'],
  ['expenditure.developmentOther', '其他事业发展性支出'],
  ['expenditure.total', '支出合计'],
  ['income.fiscalAppropriation', '财政拨款'],
  ['income.other', '其他资金'],
  ['income.total', '收入合计'],
];

/** One document's record and flags as terminal text; colors (ANSI) only when `color`. */
export function formatExplain(record: DisclosureRecord, opts: { color: boolean }): string {
  const paint = painter(opts.color);
  const r = record;
  const worst = worstByTarget(r.flags);
  const mark = (key: string) => {
    const s = worst.get(key);
    return s ? paint(SEVERITY_STYLE[s], s) : '';
  };
  const out: string[] = [];
  const heading = (s: string) => out.push('', paint('bold', s));

  out.push(
    paint('underline', r.source.path) +
      paint('gray', `  (${[r.source.format, r.source.encoding, r.source.pages ? `${r.source.pages} pages` : ''].filter(Boolean).join(', ')})`),
  );
  out.push(`  ${r.title ?? '(no title)'}`);
  out.push(
    `  department ${r.department.name ?? '—'}   year ${r.year ?? '—'}   staff ${r.department.staffCount ?? '—'}   subordinate units ${r.department.subordinateUnits ?? '—'}`,
  );
  const budget = BUDGET_LABELS.filter(([f]) => (r.budget.raw[f] ?? '').trim() !== '').map(([f, label]) => `${label} ${r.budget.raw[f]}`);
  out.push(`  budget (${r.budget.unit})  ${budget.join(' · ') || '—'}`);

  const totals = taskTotals(r);
  heading(`Tasks (${r.tasks.length}, amounts total ${totals.all ?? '—'} ${r.budget.unit})`);
  out.push(
    ...columns(
      [
        ['', 'no', 'section', 'amount', 'name'].map((h) => paint('gray', h)),
        ...r.tasks.map((t) => [mark(`task:${t.section}:${t.no}`), String(t.no), t.section, t.amountRaw ?? (t.amount === null ? '' : String(t.amount)), t.name]),
      ],
      ['left', 'right', 'left', 'right', 'left'],
    ),
  );

  heading(`Indicators (${r.indicators.length})`);
  out.push(
    ...columns(
      [
        ['', 'no', 'target', 'name'].map((h) => paint('gray', h)),
        ...r.indicators.map((i) => [mark(`indicator:${i.no}`), String(i.no), truncate(i.value.raw ?? '', TARGET_WIDTH), i.name]),
      ],
      ['left', 'right', 'left', 'left'],
    ),
  );

  heading(`Formulas (${r.formulas.length})`);
  const q = (x: { value: number | null; unit: string | null }) => (x.value === null ? '—' : `${x.value}${x.unit ? ` ${x.unit}` : ''}`);
  out.push(
    ...columns(
      [
        ['task', 'verdict', 'computed', 'stated', 'formula'].map((h) => paint('gray', h)),
        ...r.formulas.map((f) => [
          f.taskNo === null ? '' : String(f.taskNo),
          paint(VERDICT_STYLE[f.verdict] ?? 'bold', f.verdict),
          q(f.computed),
          q(f.stated),
          f.text,
        ]),
      ],
      ['right', 'left', 'right', 'right', 'left'],
    ),
  );

  heading(`Flags (${r.flags.length})`);
  out.push(
    ...columns(
      r.flags.map((f) => [paint('dim', shortLoc(f.loc)), paint(SEVERITY_STYLE[f.severity], f.severity), targetLabel(f), f.message, paint('dim', f.rule)]),
    ),
  );
  out.push('', summaryLine(r.flags, paint), '');
  return out.join('\n');
}

/** "✖ 7 problems (0 errors, 2 warnings, 5 infos)", as ESLint ends its report; "✔ no flags" when clean. */
function summaryLine(flags: Flag[], paint: ReturnType<typeof painter>): string {
  if (flags.length === 0) return paint('green', '✔ no flags');
  const n = (s: Severity) => flags.filter((f) => f.severity === s).length;
  const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const text = `✖ ${plural(flags.length, 'problem')} (${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('info'), 'info')})`;
  return paint('bold', paint(n('error') ? 'red' : n('warning') ? 'yellow' : 'blue', text));
}

/** The worst severity per task ("task:key:21") and indicator ("indicator:9"), for the marker column. */
function worstByTarget(flags: Flag[]): Map<string, Severity> {
  const m = new Map<string, Severity>();
  for (const f of flags) {
    const t = f.target;
    const key = t.kind === 'task' ? `task:${t.section ?? 'key'}:${t.no}` : t.kind === 'indicator' ? `indicator:${t.no}` : null;
    if (!key) continue;
    const old = m.get(key);
    if (!old || RANK[f.severity] > RANK[old]) m.set(key, f.severity);
  }
  return m;
}
