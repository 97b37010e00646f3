// The report's first screen: documents by status, flags by rule and severity (table and chart), coverage, totals.
import { html, type Html } from './escape.ts';
import { ruleChart } from './chart.ts';
import { SEVERITIES, STATUSES, type Overview } from './summary.ts';
import { formatLoc } from './loc.ts';

/** The overview section; every count carries data-count="…" so tests and scripts can read it back. */
export function overviewSection(o: Overview, documents: number): Html {
  const statusRows = STATUSES.map(
    (s) => html`<tr><td><span class="status status-${s}">${s}</span></td><td class="num" data-count="status:${s}">${o.status[s]}</td></tr>`,
  );
  const ruleRows = o.byRule.map(
    (c) =>
      html`<tr data-rule="${c.rule}"><td><code>${c.rule}</code></td>${SEVERITIES.map((s) => html`<td class="num" data-count="rule:${c.rule}:${s}">${c[s]}</td>`)}<td class="num" data-count="rule:${c.rule}">${c.total}</td></tr>`,
  );
  const totalRow = html`<tr class="total"><td>all rules</td>${SEVERITIES.map((s) => html`<td class="num" data-count="severity:${s}">${o.bySeverity[s]}</td>`)}<td class="num" data-count="flags">${o.flagTotal}</td></tr>`;
  const totals = o.taskTotals.map(
    (t) =>
      html`<tr><td>${t.unit}</td><td class="num">${t.tasks}</td><td class="num">${t.key ?? '—'}</td><td class="num">${t.other ?? '—'}</td><td class="num" data-count="amount:${t.unit}">${t.all ?? '—'}</td></tr>`,
  );
  return html`<section id="overview">
<h2>Overview</h2>
<div class="cards">
<div class="card"><h3>Documents by status</h3><table><tbody>${statusRows}<tr class="total"><td>records</td><td class="num" data-count="documents">${documents}</td></tr></tbody></table></div>
<div class="card"><h3>Flags by rule and severity</h3><table><thead><tr><th>rule</th>${SEVERITIES.map((s) => html`<th>${s}</th>`)}<th>total</th></tr></thead><tbody>${ruleRows}${totalRow}</tbody></table></div>
<div class="card"><h3>Coverage</h3><p>Years: ${o.years.length ? o.years.join(', ') : '—'}</p><ul class="depts">${o.departments.map((d) => html`<li>${d.name} <span class="muted">(${d.documents})</span></li>`)}</ul></div>
<div class="card"><h3>Task amounts</h3><table><thead><tr><th>unit</th><th>tasks</th><th>key</th><th>other</th><th>total</th></tr></thead><tbody>${totals}</tbody></table></div>
</div>
<div class="card wide">${ruleChart(o.byRule)}</div>
${o.errors.length ? html`<div class="card wide"><h3>Inputs that could not be read (${o.errors.length})</h3><ul class="errors">${o.errors.map((e) => html`<li><code>${e.path}</code> ${e.code ? html`<code>${e.code}</code> ` : null}${e.message}${e.loc ? ` (${formatLoc(e.loc)})` : ''}</li>`)}</ul></div>` : null}
</section>`;
}

/** The filter bar: rule, severities, department search, and how many flags are shown. */
export function filterBar(rules: string[]): Html {
  return html`<form id="filters" class="filters">
<label>rule <select id="f-rule"><option value="">all rules</option>${rules.map((r) => html`<option value="${r}">${r}</option>`)}</select></label>
${SEVERITIES.map((s) => html`<label class="sev-${s}"><input type="checkbox" class="f-sev" value="${s}" checked> ${s}</label>`)}
<label>department <input id="f-dept" type="search" placeholder="search department"></label>
<span id="shown" class="muted"></span>
</form>`;
}
