// The seam every parser ends at: nothing after `parse/` knows which format a document came in.
import type { Flag, Format, Loc, SheetFormula } from '../model/index.ts';

/** A formula as the document wrote it, before recomputation. */
export type MathSource = { syntax: 'latex' | 'mathml' | 'plain' | 'spreadsheet'; text: string; loc: Loc };

/** One table cell: cleaned text (NFKC, wrap spaces removed, math inlined as plain text) plus provenance. */
/**
 * Two OCR models' readings of one value cell: chi_sim's, and eng's, which the cell's text was decided from. With
 * `plainNumber`, the rule decided nothing (the cell keeps chi_sim's text), but eng read a plain number (no
 * comparator, no %) with confidence: a column that never holds comparators (a task amount) may take it.
 */
export type OcrReading = { chi: string; eng: string; plainNumber?: string };

export type Cell = {
  text: string;
  rowSpan: number;
  colSpan: number;
  math: MathSource[];
  origin: 'markup' | 'text-layer' | 'ocr' | 'spreadsheet';
  loc: Loc;
  /** Set on the copies a rowspan/colspan expansion made, so "carried down" can be told from "stated". */
  spanned?: boolean;
  /** A span copy recovered from the layout alone (an unruled table's centred level label), not from a drawn merge. */
  inferred?: boolean;
  /** OCR only: the lowest confidence (0–100) among the cell's words holding digits, so unsure numbers can be flagged. */
  confidence?: number;
  /** OCR only: value cells a second OCR model re-read (ocr/second-pass.ts), with both readings, for the cell's flag. */
  ocrReadings?: OcrReading[];
};

/** Rows of cells, spans already expanded into copies marked `spanned`. */
export type Grid = { rows: Cell[][]; loc: Loc; joins: Loc[] };

/** A word of a line of text, cleaned, with the (1-based) column it begins at. */
export type Word = { text: string; column: number };

export type Block =
  /** `words`: a long line's words as they were parted by white space before cleaning joined them (a table flattened
   *  into one line of text parts its cells with spaces; the normalizer decides whether it is one). */
  { kind: 'heading' | 'text'; text: string; loc: Loc; words?: Word[] } | { kind: 'table'; grid: Grid };

export type SourceInfo = { path: string; sha256: string; format: Format; pages: number | null; encoding?: string };

export type ParsedDocument = {
  source: SourceInfo;
  blocks: Block[];
  /** Problems met while parsing (bad bytes, unjoinable rows…), already shaped as flags. */
  warnings: Flag[];
  /** Spreadsheet formulas found in cells, audited later. */
  sheetFormulas?: SheetFormula[];
};

/** What a parser receives: the raw bytes, and the decoded text when the format is textual. */
export type ParserInput = { path: string; sha256: string; bytes: Uint8Array; text?: string; encoding?: string };

export type ParseOptions = { ocr?: boolean; signal?: AbortSignal };

/** A format plug-in: recognise bytes, turn them into blocks and grids. */
export interface Parser {
  format: Format;
  /** Whether the first bytes look like this format (content, not file name). */
  sniff(head: Uint8Array, path: string): boolean;
  parse(input: ParserInput, options?: ParseOptions): Promise<ParsedDocument>;
}

/** Re-exported for the parsers: the class lives in the model so that ingest and decode can throw it too. */
export { InputError } from '../model/input-error.ts';

/** Make a cell with defaults; parsers fill in what they know. */
export function makeCell(text: string, loc: Loc, origin: Cell['origin'], extra: Partial<Cell> = {}): Cell {
  return { text, rowSpan: 1, colSpan: 1, math: [], origin, loc, ...extra };
}
