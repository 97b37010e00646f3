// Grid → record: the generic normalizer, steered by a pipeline definition.
import { sameLoc, type Budget, type DisclosureRecord, type Flag } from '../model/index.ts';
import type { ParsedDocument } from '../parse/grid.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { rowsOf, type Row } from './rows.ts';
import { readHeader } from './header.ts';
import { readBody, type Body, type CellTarget, type FormulaSource } from './body.ts';
import { pickPipeline } from './family.ts';
import { splitTables } from './segments.ts';
import { targetMet } from './target-met.ts';
import { pipelines as families } from '../../pipelines/index.ts';

export type Normalized = { record: DisclosureRecord; formulaSources: FormulaSource[]; valueCells?: CellTarget[] };

/** Fill the record from a parsed document as one table of the given family; formulas and flags are left for audit. */
export function normalize(doc: ParsedDocument, pipeline: PipelineDefinition): Normalized {
  return normalizeRows(doc, rowsOf(doc.blocks), pipeline, null, doc.warnings);
}

/**
 * One record per target table of the document, each of the family its title and labels say (or of `pipeline`
 * when one is given). A parser's flag goes to the table whose cell it is about, else to the first.
 */
export function normalizeAll(doc: ParsedDocument, options: { pipeline?: PipelineDefinition; families?: readonly PipelineDefinition[] } = {}): Normalized[] {
  const all = options.families ?? families;
  const parts = splitTables(rowsOf(doc.blocks), all);
  const out = parts.map((rows, i) => normalizeRows(doc, rows, options.pipeline ?? pickPipeline(rows, all), parts.length > 1 ? i + 1 : null, []));
  for (const w of doc.warnings) {
    const owner = out.find((n) => ownsLoc(n, w)) ?? out[0];
    owner?.record.flags.push(aboutItsRow(w, owner.valueCells ?? []));
  }
  return out;
}

function normalizeRows(doc: ParsedDocument, rows: Row[], pipeline: PipelineDefinition, table: number | null, warnings: Flag[]): Normalized {
  const { budgetParts, ...header } = readHeader(rows, pipeline);
  const body = readBody(rows, pipeline);
  for (const i of body.indicators) if (i.actual !== undefined) i.met = targetMet(i.value, i.actual ?? null);
  const valueCells = [...body.valueCells, ...budgetCells(header.budget)];
  const record: DisclosureRecord = {
    id: table === null ? doc.source.sha256 : `${doc.source.sha256}#${table}`,
    family: pipeline.family,
    source: {
      path: doc.source.path, sha256: doc.source.sha256, format: doc.source.format, pages: doc.source.pages,
      ...(doc.source.encoding ? { encoding: doc.source.encoding } : {}), ...(table !== null ? { table } : {}),
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
const ownsLoc = (n: Normalized, flag: Flag) => Object.keys(flag.loc).length > 0 && (n.valueCells ?? []).some((c) => sameLoc(c.loc, flag.loc));

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
