// The whole per-document path: ingest → decode → parse → normalize → audit. Pure but for reading the file.
import type { DisclosureRecord, Flag } from './model/index.ts';
import { DisclosureRecord as RecordSchema } from './model/index.ts';
import { checkLineLengths, readInput, type ExtractInput } from './ingest/index.ts';
import { decodeText } from './decode/index.ts';
import { InputError, type ParseOptions, type ParsedDocument, type Parser } from './parse/grid.ts';
import { parsers as defaultParsers, pickParser, TEXT_FORMATS } from './parse/registry.ts';
import { normalizeAll } from './normalize/index.ts';
import type { PipelineDefinition } from './normalize/pipeline.ts';
import { pipelines } from '../pipelines/index.ts';

/** The family's pipeline definition by its id. */
const familyPipeline = (family: string) => pipelines.find((p) => p.family === family) ?? pipelines.at(-1)!;
import { evaluateFormula } from './audit/formula/index.ts';
import { runRules, type Rule } from './audit/rule.ts';
import { ruleById } from './audit/rules/index.ts';

export type ExtractOptions = ParseOptions & {
  /** The document family; by default each table's title and labels decide (pipelines/index.ts). */
  pipeline?: PipelineDefinition;
  /** Rules to run instead of the pipeline's. */
  rules?: readonly Rule[];
  parsers?: readonly Parser[];
};

/** `record` is the document's first (usually only) target table; `records` holds one per table, in reading order. */
export type ExtractResult = { record: DisclosureRecord; flags: Flag[]; records: DisclosureRecord[] };

/** Extract one disclosure: its normalized record(s), with formulas recomputed and every flag. */
export async function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractResult> {
  const src = await readInput(input);
  const parsed = await parseBytes(src, options);
  const records = toRecords(parsed, options);
  return { record: records[0]!, flags: records[0]!.flags, records };
}

/** Bytes → ParsedDocument with the parser the content asks for. */
export async function parseBytes(src: { path: string; bytes: Uint8Array; sha256: string }, options: ExtractOptions = {}): Promise<ParsedDocument> {
  const parser = pickParser(src.bytes.subarray(0, 4096), src.path, options.parsers ?? defaultParsers);
  if (!TEXT_FORMATS.has(parser.format)) return parser.parse({ ...src }, options);
  const { text, encoding, invalid } = decodeText(src.bytes, src.path);
  // A page's markup is often one line (minified: 2.8 MB on a line of a city's budget page); only the line-based
  // readers of markdown and text need the line caps.
  if (parser.format !== 'html') checkLineLengths(text, src.path);
  const parsed = await parser.parse({ ...src, text, encoding }, options);
  if (invalid) parsed.warnings.push(invalidBytesFlag(src.bytes, invalid));
  return parsed;
}

/** A UTF-8 file with a few bytes that are not UTF-8: read as UTF-8, the bytes shown as U+FFFD and named here. */
function invalidBytesFlag(bytes: Uint8Array, offsets: number[]): Flag {
  let line = 1;
  for (let i = 0; i < offsets[0]!; i++) if (bytes[i] === 10) line++;
  const at = offsets
    .slice(0, 5)
    .map((o) => `0x${bytes[o]!.toString(16)} at byte ${o}`)
    .join(', ');
  return {
    rule: 'invalid-utf8',
    severity: 'warning',
    message: `${offsets.length} byte(s) are not valid UTF-8 (${at}${offsets.length > 5 ? ', …' : ''}); read as UTF-8 with them replaced by �`,
    target: { kind: 'document' },
    loc: { line },
  };
}

/** ParsedDocument → its first audited record (see toRecords). */
export function toRecord(parsed: ParsedDocument, options: ExtractOptions = {}): DisclosureRecord {
  return toRecords(parsed, options)[0]!;
}

/** ParsedDocument → one audited record per target table; refuses documents in which no target table was found. */
export function toRecords(parsed: ParsedDocument, options: ExtractOptions = {}): DisclosureRecord[] {
  const found = normalizeAll(parsed, options.pipeline ? { pipeline: options.pipeline } : {});
  if (found.length === 0) throw new InputError(`${parsed.source.path}: ${noTargetTable(parsed)} (nothing to extract)`, 'no-table', { line: 1 });
  return found.map(({ record, formulaSources }) => {
    const pipeline = options.pipeline ?? familyPipeline(record.family);
    record.formulas = formulaSources.map(evaluateFormula);
    const rules = options.rules ?? pipeline.rules.map((id) => ruleById.get(id)).filter((r): r is Rule => r !== undefined);
    record.flags.push(...runRules(record, rules));
    record.flags.push(...schemaFlags(record));
    return record;
  });
}

/** Why nothing was extracted, naming what the tables look like (a 收支总表 is not a 绩效目标表). */
function noTargetTable(parsed: ParsedDocument): string {
  const tables = parsed.blocks.filter((b) => b.kind === 'table');
  if (tables.length === 0) return flattenedTable(parsed) ?? 'no table found';
  const first = tables[0]!.grid.rows
    .slice(0, 3)
    .flat()
    .map((c) => c.text)
    .filter((t) => t !== '' && t.length <= 20);
  return `no 绩效目标表 or 自评表 found in its ${tables.length} table(s); the first begins ${[...new Set(first)].slice(0, 6).join(' | ')}`;
}

/** Headings of a target table's columns and rows: several in a document's text, and no table, is a flattened table. */
const TABLE_WORDS = ['一级指标', '二级指标', '三级指标', '指标值', '绩效指标', '项目名称', '总体目标', '预算数', '执行数', '分值', '得分'];

/** A page's text copied without its table (中江: 项目名称…资金情况(万元)全年预算数(A)…): say so, and where. */
function flattenedTable(parsed: ParsedDocument): string | null {
  const text = parsed.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b]));
  const named = TABLE_WORDS.filter((w) => text.some((b) => b.text.includes(w)));
  if (named.length < 3) return null;
  const at = text.find((b) => TABLE_WORDS.some((w) => b.text.includes(w)))!.loc;
  const where = at.line !== undefined ? `line ${at.line}` : at.page !== undefined ? `page ${at.page}` : 'its text';
  return `no table found: ${where} names a table's headings (${named.slice(0, 5).join(', ')}) but no cells are parted (a table's text copied without its cell breaks?)`;
}

/** Validation problems become flags with a path, never a thrown string. */
function schemaFlags(record: DisclosureRecord): Flag[] {
  const r = RecordSchema.safeParse(record);
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    rule: 'schema',
    severity: 'error' as const,
    message: `${i.path.join('.')}: ${i.message}`,
    target: { kind: 'document' as const, field: i.path.join('.') },
    loc: {},
  }));
}
