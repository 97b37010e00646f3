// One document's section: header facts, the budget block with its identity checks, the flags, then the tables.
import type { DisclosureRecord, Flag } from '../model/index.ts';
import type { ManifestLine } from '../batch/manifest.ts';
import { html, type Html } from './escape.ts';
import { formatLoc } from './loc.ts';
import { sumDecimals } from './decimal.ts';
import { taskTotals } from './summary.ts';
import { budgetRowId, flagMarks, flagTargetId, ids } from './targets.ts';
import { formulasTable, indicatorsTable, rowAttrs, sheetFormulasTable, table, tasksTable, unreadRowsTable, type DocContext } from './tables.ts';

const EXPENDITURE: Array<[string, string]> = [
  ['expenditure.basic', '基本支出'],
  ['expenditure.project', '项目支出'],
  ['expenditure.developmentSpecial', '财政专项资金'],
  ['expenditure.developmentOther', '其他事业发展性支出'],
];
const INCOME: Array<[string, string]> = [
  ['income.fiscalAppropriation', '财政拨款'],
  ['income.other', '其他资金'],
];
const TOTALS: Array<[string, string]> = [
  ['expenditure.total', '支出合计'],
  ['income.total', '收入合计'],
];
const IDENTITY_RULE = 'budget-identity';

/** How the document is linked from the report: a path relative to the report file, or null. */
export type SourceHref = (path: string) => string | null;

/** The whole section of one document. */
export function documentSection(d: number, r: DisclosureRecord, m: ManifestLine | undefined, sourceHref: SourceHref): Html {
  const ctx: DocContext = { d, marks: flagMarks(d, r), used: new Set() };
  const name = r.department.name ?? '(no department)';
  const href = sourceHref(r.source.path);
  const totals = taskTotals(r);
  const status = m?.status ?? 'unknown';
  return html`<section class="doc" id="${ids.doc(d)}" data-dept="${name}" data-path="${r.source.path}">
<h2>${name} <span class="muted">${r.year ?? ''} · ${r.title ?? ''}</span> <span class="status status-${status}">${status}</span></h2>
<dl class="facts">
<dt>source</dt><dd>${href ? html`<a href="${href}">${r.source.path}</a>` : r.source.path} <span class="muted">(${r.source.format}${r.source.pages ? `, ${r.source.pages} pages` : ''}${r.source.encoding ? `, ${r.source.encoding}` : ''})</span></dd>
<dt>department</dt><dd>${name}</dd><dt>year</dt><dd>${r.year ?? '—'}</dd>
<dt>staff (财政供养人员数)</dt><dd>${r.department.staffCount ?? '—'}</dd><dt>subordinate units</dt><dd>${r.department.subordinateUnits ?? '—'}</dd>
<dt>tasks</dt><dd>${r.tasks.length}, amounts total ${totals.all ?? '—'} ${r.budget.unit} (key ${totals.key ?? '—'}, other ${totals.other ?? '—'})</dd>
<dt>sha256</dt><dd><code>${r.source.sha256.slice(0, 16)}…</code></dd>
</dl>
${r.overallGoal ? html`<p class="goal"><b>总体绩效目标</b> ${r.overallGoal}</p>` : null}
${flagList(d, r)}
${budgetTable(ctx, r)}
${tasksTable(ctx, r)}
${indicatorsTable(ctx, r)}
${formulasTable(ctx, r)}
${sheetFormulasTable(ctx, r)}
${unreadRowsTable(ctx, r)}
</section>`;
}

/** What a flag is about, in the document's own words (任务21, 指标9 …). */
export function targetLabel(f: Flag): string {
  const t = f.target;
  switch (t.kind) {
    case 'task':
      return `任务${t.no ?? '?'}${t.section === 'other' ? ' (other)' : ''}`;
    case 'indicator':
      return `指标${t.no ?? '?'}`;
    case 'formula':
      return `formula ${(t.index ?? 0) + 1}${t.taskNo ? ` (任务${t.taskNo})` : ''}`;
    case 'budget':
      return `budget ${t.field ?? ''}`.trim();
    case 'row':
      return `row${t.section ? ` (${t.section})` : ''}`;
    default:
      return t.kind;
  }
}

/** The document's flags, each linking to the row it is about and naming its place in the source. */
function flagList(d: number, r: DisclosureRecord): Html {
  if (r.flags.length === 0) return html`<p class="muted">No flags.</p>`;
  const items = r.flags.map((f) => {
    const target = flagTargetId(d, r, f);
    const ev = [f.expected !== undefined ? `expected ${f.expected}` : '', f.actual !== undefined ? `actual ${f.actual}` : ''].filter(Boolean).join(' · ');
    return html`<li class="flag sev-${f.severity}" data-rule="${f.rule}" data-severity="${f.severity}"><span class="sev">${f.severity}</span> <a class="flag-link" href="#${target}" data-target="${target}">${targetLabel(f)} · ${formatLoc(f.loc) || 'no place'}</a> <span class="msg">${f.message}</span>${ev ? html` <span class="ev">${ev}</span>` : null} <code class="rule">${f.rule}</code></li>`;
  });
  return html`<h3>Flags (${r.flags.length})</h3><ul class="flags">${items}</ul>`;
}

/** The budget lines as printed, then the three identity checks (lines vs totals, expenditure vs income). */
function budgetTable(ctx: DocContext, r: DisclosureRecord): Html {
  const b = r.budget;
  const raw = (f: string) => b.raw[f] ?? '';
  const lines = [...EXPENDITURE, ...INCOME, ...TOTALS]
    .filter(([f]) => raw(f) !== '' || b.loc[f])
    .map(
      ([f, label]) =>
        html`<tr${rowAttrs(ctx, budgetRowId(ctx.d, f))}><td>${label}</td><td><code>${f}</code></td><td class="num">${raw(f)}</td><td class="loc">${formatLoc(b.loc[f])}</td></tr>`,
    );
  // Each side as the printed terms with their labels, and their exact sum when there is more than one.
  const sum = (fields: Array<[string, string]>): string | null => {
    const stated = fields.filter(([f]) => raw(f).trim() !== '');
    if (stated.length === 0) return null;
    const terms = stated.map(([f, label]) => `${label} ${raw(f)}`).join(' + ');
    return stated.length > 1 ? `${terms} = ${sumDecimals(stated.map(([f]) => raw(f)))}` : terms;
  };
  const one = (f: string) => sum(TOTALS.filter(([x]) => x === f));
  const exp = sum(EXPENDITURE);
  const inc = sum(INCOME);
  const checks: Array<[string, string, string | null, string | null]> = [
    ['expenditure', 'expenditure lines = 支出合计', exp, one('expenditure.total')],
    ['income', 'income lines = 收入合计', inc, one('income.total')],
    ['balance', 'expenditure = income', one('expenditure.total') ?? exp, one('income.total') ?? inc],
  ];
  const identity = checks.map(([field, what, a, c]) => {
    const flag = r.flags.find((f) => f.rule === IDENTITY_RULE && f.target.field === field);
    const verdict = !a || !c ? 'not stated' : flag ? (flag.severity === 'info' ? 'rounded' : 'mismatch') : 'ok';
    return html`<tr${rowAttrs(ctx, budgetRowId(ctx.d, field))}><td>${what}</td><td>${a ?? '—'}</td><td>${c ?? '—'}</td><td class="verdict verdict-${verdict.replace(' ', '-')}">${verdict}${flag ? html` <span class="muted">${flag.message}</span>` : null}</td></tr>`;
  });
  return html`${table(`Budget (${b.unit})`, ['line', 'field', 'as printed', 'source'], lines)}${table('Budget identity', ['check', 'left side', 'right side', 'verdict'], identity)}`;
}
