// Grid → record: the generic normalizer, steered by a pipeline definition.
import type { DisclosureRecord } from '../model/index.ts';
import type { ParsedDocument } from '../parse/grid.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { rowsOf } from './rows.ts';
import { readHeader } from './header.ts';
import { readBody, type FormulaSource } from './body.ts';

export type Normalized = { record: DisclosureRecord; formulaSources: FormulaSource[] };

/** Fill the record from a parsed document; formulas and flags are left for the audit stage. */
export function normalize(doc: ParsedDocument, pipeline: PipelineDefinition): Normalized {
  const rows = rowsOf(doc.blocks);
  const header = readHeader(rows, pipeline);
  const body = readBody(rows, pipeline);
  const record: DisclosureRecord = {
    id: doc.source.sha256,
    family: pipeline.family,
    source: { path: doc.source.path, sha256: doc.source.sha256, format: doc.source.format, pages: doc.source.pages, ...(doc.source.encoding ? { encoding: doc.source.encoding } : {}) },
    ...header,
    tasks: body.tasks,
    indicators: body.indicators,
    formulas: [],
    sheetFormulas: doc.sheetFormulas ?? [],
    unreadRows: body.unreadRows,
    flags: [...doc.warnings],
  };
  return { record, formulaSources: body.formulaSources };
}

export type { FormulaSource } from './body.ts';
export type { PipelineDefinition } from './pipeline.ts';
export { definePipeline } from './pipeline.ts';
