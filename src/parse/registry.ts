// The parsers, in sniffing order: binary signatures first, markdown as the fallback for text.
import type { Parser } from './grid.ts';
import { pdfParser } from './pdf/index.ts';
import { imageParser } from './image/index.ts';
import { spreadsheetParser } from './spreadsheet/index.ts';
import { wordParser } from './docx/index.ts';
import { htmlParser } from './html/index.ts';
import { markdownParser } from './markdown/index.ts';

export const parsers: readonly Parser[] = [pdfParser, imageParser, wordParser, spreadsheetParser, htmlParser, markdownParser];

/** The first parser whose sniff accepts the bytes. */
export function pickParser(head: Uint8Array, path: string, list: readonly Parser[] = parsers): Parser {
  return list.find((p) => p.sniff(head, path)) ?? markdownParser;
}

/** Formats whose parser wants decoded text rather than bytes. */
export const TEXT_FORMATS = new Set(['markdown', 'html', 'text']);
