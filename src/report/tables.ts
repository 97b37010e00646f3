// A document's tasks, indicators, formulas and leftover rows as tables; flagged rows and cells carry classes.
import type { DisclosureRecord, Formula } from '../model/index.ts';
import { html, type Html } from './escape.ts';
import { formatLoc } from './loc.ts';
import { ids, type FlagMarks } from './targets.ts';

/** What every table of one document needs: its number, its flag marks, and the ids already given out. */
export type DocContext = { d: number; marks: FlagMarks; used: Set<string> };

/** `id` and `class` attributes of a row: an id is given once (duplicate 任务 numbers keep the first), flagged rows get sev-*. */
export function rowAttrs(ctx: DocContext, id: string): Html {
  const first = !ctx.used.has(id);
  ctx.used.add(id);
  const mark = first ? ctx.marks.get(id) : undefined;
  return html`${first ? html` id="${id}"` : null} class="row${mark ? html` flagged sev-${mark.severity}` : null}"`;
}

/** Class of a cell: "cell-flag" when a flag on its row names this field. */
function cell(ctx: DocContext, id: string, field: string, extra = ''): Html {
  const classes = [extra, ctx.marks.get(id)?.fields.has(field) ? 'cell-flag' : ''].filter(Boolean).join(' ');
  return classes ? html` class="${classes}"` : html``;
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The tasks table (重点工作任务 and 其他任务). */
export function tasksTable(ctx: DocContext, r: DisclosureRecord): Html {
  const rows = r.tasks.map((t) => {
    const id = ids.task(ctx.d, t.section, t.no);
    return html`<tr${rowAttrs(ctx, id)}><td class="num">${t.no}</td><td>${t.section}</td><td${cell(ctx, id, 'name')}>${t.name}</td><td${cell(ctx, id, 'content', 'long')}>${t.content}</td><td${cell(ctx, id, 'amount', 'num')}>${t.amountRaw ?? num(t.amount)}</td><td${cell(ctx, id, 'goal', 'long')}>${t.goal}</td><td class="loc">${formatLoc(t.loc)}</td></tr>`;
  });
  return table(`Tasks (${r.tasks.length})`, ['任务', 'section', 'name', 'content', `amount (${r.budget.unit})`, 'goal', 'source'], rows);
}

/** The indicators table, levels as printed (blank when the document left them out). */
export function indicatorsTable(ctx: DocContext, r: DisclosureRecord): Html {
  const rows = r.indicators.map((i) => {
    const id = ids.indicator(ctx.d, i.no);
    const v = i.value;
    return html`<tr${rowAttrs(ctx, id)}><td class="num">${i.no}</td><td${cell(ctx, id, 'level1')}>${i.level1}</td><td${cell(ctx, id, 'level2')}>${i.level2}${i.levelInferred ? html` <span class="muted">(inferred)</span>` : null}</td><td${cell(ctx, id, 'name')}>${i.name}</td><td${cell(ctx, id, 'value')}>${v.raw}</td><td>${v.op} ${num(v.number)} ${v.unit}</td><td class="loc">${formatLoc(i.loc)}</td></tr>`;
  });
  return table(`Indicators (${r.indicators.length})`, ['指标', '一级', '二级', 'name', 'target as printed', 'read as', 'source'], rows);
}

const quantity = (q: Formula['computed']) => (q.value === null ? '—' : `${q.value}${q.unit ? ` ${q.unit}` : ''}`);

/** The formulas found in the text: as printed, as evaluated, computed against stated value, and the verdict. */
export function formulasTable(ctx: DocContext, r: DisclosureRecord): Html {
  const rows = r.formulas.map((f, i) => {
    const id = ids.formula(ctx.d, i);
    return html`<tr${rowAttrs(ctx, id)}><td class="num">${i + 1}</td><td class="num">${f.taskNo}</td><td><code>${f.text}</code></td><td><code>${f.expression}</code></td><td class="num">${quantity(f.computed)}</td><td class="num">${quantity(f.stated)}</td><td>${f.unitFrom}${f.ocrRepaired ? ' · OCR repaired' : ''}</td><td class="verdict verdict-${f.verdict}">${f.verdict}</td><td class="loc">${formatLoc(f.loc)}</td></tr>`;
  });
  return table(`Formulas (${r.formulas.length})`, ['#', '任务', 'text', 'expression', 'computed', 'stated', 'unit from', 'verdict', 'source'], rows);
}

/** Formulas typed into spreadsheet cells, with their cached and recomputed values. */
export function sheetFormulasTable(ctx: DocContext, r: DisclosureRecord): Html | null {
  if (r.sheetFormulas.length === 0) return null;
  const rows = r.sheetFormulas.map(
    (f, i) =>
      html`<tr${rowAttrs(ctx, ids.sheetFormula(ctx.d, i))}><td class="loc">${f.sheet}!${f.cell}</td><td><code>${f.formula}</code></td><td class="num">${num(f.cached)}</td><td class="num">${num(f.computed)}</td><td class="verdict verdict-${f.verdict}">${f.verdict}</td></tr>`,
  );
  return table(`Spreadsheet formulas (${r.sheetFormulas.length})`, ['cell', 'formula', 'cached', 'computed', 'verdict'], rows);
}

/** Rows the normalizer kept but did not read as a task or indicator (placeholders, notes, totals). */
export function unreadRowsTable(ctx: DocContext, r: DisclosureRecord): Html | null {
  if (r.unreadRows.length === 0) return null;
  const rows = r.unreadRows.map(
    (u, i) =>
      html`<tr${rowAttrs(ctx, ids.row(ctx.d, i))}><td>${u.section}</td><td>${u.reason}</td><td class="long">${u.cells.filter(Boolean).join(' | ')}</td><td class="loc">${formatLoc(u.loc)}</td></tr>`,
  );
  return table(`Rows not read as tasks or indicators (${r.unreadRows.length})`, ['section', 'reason', 'cells', 'source'], rows);
}

/** A titled table in an open <details>, so a long document can be folded away. */
export function table(title: string, head: string[], rows: Html[]): Html {
  return html`<details open class="block"><summary>${title}</summary><table><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></details>`;
}
