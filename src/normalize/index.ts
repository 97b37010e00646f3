// Grid → record: the generic normalizer, steered by a pipeline definition.
import { sameLoc, type Budget, type DisclosureRecord, type Flag } from '../model/index.ts';
import type { ParsedDocument } from '../parse/grid.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { rowsOf, type Row } from './rows.ts';
import { readHeader } from './header.ts';
import { readBody, type Body, type CellTarget, type FormulaSource } from './body.ts';
import { pickPipeline } from './family.ts';
import { splitTables } from './segments.ts';
import { rowsFromCellStream } from './cell-stream/index.ts';
import { isFundLabel } from './execution-rows.ts';
import { fundsFromExecution } from './funds-from-execution.ts';
import { yearOf } from './year.ts';
import { coverDepartment, joinWrappedTitles } from './title-facts.ts';
import { targetMet } from './target-met.ts';
import { numberedByRepeatedWord, numberWithinGroups } from './numbering.ts';
import { applyListedProject, listedProjects } from './project-listing.ts';
import { pipelines as families } from '../../pipelines/index.ts';

export type Normalized = { record: DisclosureRecord; formulaSources: FormulaSource[]; valueCells: CellTarget[] };

/** Fill the record from a parsed document as one table of the given family; formulas and flags are left for audit. */
export function normalize(doc: ParsedDocument, pipeline: PipelineDefinition): Normalized {
  return normalizeRows(doc, documentRows(doc, [pipeline]), pipeline, doc.warnings);
}

/**
 * One record per target table of the document, each of the family its title and labels say (or of `pipeline`
 * when one is given). A parser's flag goes to the table whose cell it is about, else to the first.
 */
export function normalizeAll(doc: ParsedDocument, options: { pipeline?: PipelineDefinition; families?: readonly PipelineDefinition[] } = {}): Normalized[] {
  const all = options.families ?? families;
  const allRows = documentRows(doc, all);
  const parts = splitTables(allRows, all).flatMap((rows) => {
    const pipeline = options.pipeline ?? pickPipeline(rows, all);
    const listed = listedProjects(rows, pipeline);
    if (!listed) return [{ rows, n: normalizeRows(doc, rows, pipeline, []) }];
    // A table listing several projects: one record each, read from the project's own rows.
    return listed.map((project) => {
      const n = normalizeRows(doc, project.rows, pipeline, []);
      applyListedProject(n.record, project);
      return { rows: project.rows, n };
    });
  });
  // Beside target tables, a table that gave a department or a budget but no target, task, goal or funds line is a
  // 收支总表 or the like: named (other-table), not a record of its own.
  const withTargets = parts.filter((p) => holdsTargets(p.n.record));
  const kept = parts.filter((p) => holdsData(p.n.record) && (withTargets.length === 0 || withTargets.includes(p)));
  if (kept.length > 1) {
    kept.forEach(({ n, rows }, i) => {
      n.record.id = `${doc.source.sha256}#${i + 1}`;
      n.record.source.table = i + 1;
      // A workbook with a table per sheet: each record audits the formulas of its own sheets.
      const sheets = new Set(rows.flatMap((r) => (r.loc.sheet !== undefined ? [r.loc.sheet] : [])));
      if (sheets.size) n.record.sheetFormulas = n.record.sheetFormulas.filter((f) => sheets.has(f.sheet));
      const pages = rows.map((r) => r.loc.page).filter((p): p is number => p !== undefined);
      if (pages.length) n.record.source.pageSpan = [Math.min(...pages), Math.max(...pages)];
    });
  }
  // A document of one target table: that table is the first (contract: source.table is the table's position); its
  // id stays the bytes' sha256.
  if (kept.length === 1) kept[0]!.n.record.source.table = 1;
  const out = kept.map((p) => p.n);
  // A PDF reader sets a title repeated on every page aside as a page header: a later table without a title of its
  // own stands under the one before it.
  out.forEach((n, i) => {
    const before = out[i - 1]?.record;
    if (n.record.title === null && before?.title && before.family === n.record.family)
      Object.assign(n.record, { title: before.title, year: n.record.year ?? before.year });
  });
  // A table of several whose title prints no year (信访综合保障经费绩效目标表) is of the year the document's cover
  // names (国家信访局2026年部门预算).
  const coverYear = out.length > 1 && out.some((n) => n.record.year === null) ? yearOf(allRows, null) : null;
  if (coverYear !== null) for (const n of out) n.record.year ??= coverYear;
  // A table that names no department is the department's the cover names (2026年度 / 泉州市公安局 / 部门预算), else the
  // one the document's other tables all name.
  const cover = out.some((n) => n.record.department.name === null) ? coverDepartment(allRows) : null;
  if (cover !== null) for (const n of out) if (n.record.department.name === null) n.record.department = { ...n.record.department, name: cover };
  fillFromSiblings(out.map((n) => n.record));
  for (const p of parts) if (!kept.includes(p) && out[0]) out[0].record.flags.push(otherTable(p.rows));
  for (const w of doc.warnings) {
    const owner = out.find((n) => ownsLoc(n, w)) ?? out[0];
    owner?.record.flags.push(aboutItsRow(w, owner.valueCells));
  }
  return out;
}

/** The document's rows; a table printed one cell a line gets its rows back. */
function documentRows(doc: ParsedDocument, families: readonly PipelineDefinition[]): Row[] {
  const rows = joinWrappedTitles(rowsOf(doc.blocks));
  return rowsFromCellStream(rows, families) ?? rows;
}

/** Whether a table gave anything a target table has: tasks, indicators, funds, a department or a budget. */
export const holdsData = (r: DisclosureRecord) =>
  r.tasks.length > 0 ||
  r.indicators.some(printsValue) ||
  r.department.name !== null ||
  Object.keys(r.budget.raw).length > 0 ||
  (r.execution?.lines.length ?? 0) > 0 ||
  (r.project?.name ?? null) !== null;

/**
 * The tables of one disclosure are one department's of one year: a table that prints neither (Beijing's 项目支出绩效目标表
 * names no 主管部门, its year only in the 部门整体 table after it) takes what the document's other tables print, where
 * they all print the same.
 */
function fillFromSiblings(records: DisclosureRecord[]): void {
  if (records.length < 2) return;
  const only = <T>(values: T[]): T | null => (new Set(values).size === 1 ? values[0]! : null);
  const name = only(records.flatMap((r) => (r.department.name === null ? [] : [r.department.name])));
  const code = only(records.flatMap((r) => (r.department.name === name && r.department.code ? [r.department.code] : [])));
  const year = only(records.flatMap((r) => (r.year === null ? [] : [r.year])));
  for (const r of records) {
    if (r.department.name === null && name !== null) r.department = { ...r.department, name, ...(code ? { code } : {}) };
    if (r.year === null && year !== null) r.year = year;
  }
}

/** Whether a table gave what only a target table has: indicators, tasks, a goal, funds lines or a project. */
const holdsTargets = (r: DisclosureRecord) =>
  r.tasks.length > 0 ||
  r.indicators.some(printsValue) ||
  r.overallGoal !== null ||
  // Lines of a budget table by function (一般公共服务支出, 行政运行) read as funds lines are none: a funds block
  // accounts for its funds (年度资金总额, 财政拨款).
  (r.execution?.lines.some((l) => isFundLabel(l.label)) ?? false) ||
  (r.project?.name ?? null) !== null;

/**
 * An indicator printed with a target, an actual value, a weight or a score. Rows named under 一级 | 二级 | 三级
 * with nothing else (a 政府购买服务 table's 指导性目录) are a catalogue, not targets.
 */
const printsValue = (i: DisclosureRecord['indicators'][number]) =>
  i.value.raw !== null || (i.actual?.raw ?? null) !== null || (i.weight ?? null) !== null || (i.score ?? null) !== null;

/** A table beside the target tables that is none of them (a 收支总表): named, not forced into a family. */
function otherTable(rows: Row[]): Flag {
  const first = rows.find((r) => r.kind === 'row') ?? rows[0]!;
  const looks = [
    ...new Set(
      rows
        .slice(0, 6)
        .flatMap((r) => r.cells.map((c) => c.text))
        .filter((t) => t !== '' && t.length <= 20),
    ),
  ].slice(0, 6);
  return {
    rule: 'other-table',
    severity: 'info',
    target: { kind: 'document' },
    loc: first.loc,
    actual: looks.join(' | '),
    message: `a table that is no target or self-evaluation table was left out; it begins ${looks.join(' | ')}`,
  };
}

function normalizeRows(doc: ParsedDocument, rows: Row[], pipeline: PipelineDefinition, warnings: Flag[]): Normalized {
  const { budgetParts, ...header } = readHeader(rows, pipeline);
  const body = readBody(rows, pipeline);
  numberWithinGroups(body.indicators, body.valueCells);
  numberedByRepeatedWord(body.tasks);
  for (const i of body.indicators) if (i.actual !== undefined) i.met = targetMet(i.value, i.actual ?? null);
  fundsFromExecution(header.project, body.executionLines, pipeline);
  const valueCells = [...body.valueCells, ...budgetCells(header.budget)];
  const record: DisclosureRecord = {
    id: doc.source.sha256,
    family: pipeline.family,
    source: {
      path: doc.source.path,
      sha256: doc.source.sha256,
      format: doc.source.format,
      pages: doc.source.pages,
      ...(doc.source.encoding ? { encoding: doc.source.encoding } : {}),
    },
    ...header,
    ...(budgetParts.length ? { budgetParts } : {}),
    tasks: body.tasks,
    indicators: body.indicators,
    formulas: [],
    sheetFormulas: doc.sheetFormulas ?? [],
    ...(body.executionLines.length || body.totalScore ? { execution: execution(body) } : {}),
    ...(body.indicatorTotal ? { indicatorTotal: body.indicatorTotal } : {}),
    ...(body.unknownLabels.length ? { unknownLabels: body.unknownLabels } : {}),
    unreadRows: body.unreadRows,
    flags: warnings.map((w) => aboutItsRow(w, valueCells)),
  };
  return { record, formulaSources: body.formulaSources, valueCells };
}

/** Whether a parser flag's cell is one this table's rows own. */
const ownsLoc = (n: Normalized, flag: Flag) => Object.keys(flag.loc).length > 0 && n.valueCells.some((c) => sameLoc(c.loc, flag.loc));

/**
 * A parser's flag on one cell (an OCR value it was unsure of) pointed at the task, indicator or budget line whose
 * value that cell is, so the report and the databases attach it there; a cell no row owns keeps the document.
 */
function aboutItsRow(flag: Flag, cells: CellTarget[]): Flag {
  if (flag.target.kind !== 'document' || Object.keys(flag.loc).length === 0) return flag;
  const owner = cells.find((c) => sameLoc(c.loc, flag.loc));
  return owner ? { ...flag, target: owner.target } : flag;
}

const execution = (body: Body) => ({
  lines: body.executionLines,
  totalScore: body.totalScore?.value ?? null,
  totalScoreRaw: body.totalScore?.raw ?? null,
  loc: body.totalScore?.loc ?? null,
});

const budgetCells = (b: Budget): CellTarget[] => Object.entries(b.loc).map(([field, loc]) => ({ loc, target: { kind: 'budget', field } }));

export type { FormulaSource } from './body.ts';
export type { PipelineDefinition } from './pipeline.ts';
export { definePipeline } from './pipeline.ts';
