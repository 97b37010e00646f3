// Grid → record: the generic normalizer, steered by a pipeline definition.
import { sameLoc, type Budget, type DisclosureRecord, type Flag } from '../model/index.ts';
import type { ParsedDocument } from '../parse/grid.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { rowsOf } from './rows.ts';
import { readHeader } from './header.ts';
import { readBody, type Body, type CellTarget, type FormulaSource } from './body.ts';

export type Normalized = { record: DisclosureRecord; formulaSources: FormulaSource[] };

/** Fill the record from a parsed document; formulas and flags are left for the audit stage. */
export function normalize(doc: ParsedDocument, pipeline: PipelineDefinition): Normalized {
  const rows = rowsOf(doc.blocks);
  const header = readHeader(rows, pipeline);
  const body = readBody(rows, pipeline);
  const valueCells = [...body.valueCells, ...budgetCells(header.budget)];
  const record: DisclosureRecord = {
    id: doc.source.sha256,
    family: pipeline.family,
    source: { path: doc.source.path, sha256: doc.source.sha256, format: doc.source.format, pages: doc.source.pages, ...(doc.source.encoding ? { encoding: doc.source.encoding } : {}) },
    ...header,
    tasks: body.tasks,
    indicators: body.indicators,
    formulas: [],
    sheetFormulas: doc.sheetFormulas ?? [],
    ...(body.executionLines.length || body.totalScore ? { execution: execution(body) } : {}),
    ...(body.indicatorTotal ? { indicatorTotal: body.indicatorTotal } : {}),
    ...(body.unknownLabels.length ? { unknownLabels: body.unknownLabels } : {}),
    unreadRows: body.unreadRows,
    flags: doc.warnings.map((w) => aboutItsRow(w, valueCells)),
  };
  return { record, formulaSources: body.formulaSources };
}

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
