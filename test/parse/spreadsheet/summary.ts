// A parsed workbook in the compact shape its expected-output fixtures are written in.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParsedDocument } from '../../../src/parse/grid.ts';
import { parseBytes } from '../../../src/extract.ts';
import { sha256 } from '../../../src/ingest/index.ts';

/** One cell as "text" + where it is; copies say which cell they copy, a span's first cell its size. */
export type CellSummary = { text: string; cell: string; span?: [number, number]; spanned?: true; math?: string[] };
export type BlockSummary = { text: string; sheet: string; cell: string } | { sheet: string; rows: CellSummary[][] };

/** Blocks of a document reduced to texts, spans and sheet/cell places. */
export function summarize(doc: ParsedDocument): BlockSummary[] {
  return doc.blocks.map((b) => {
    if (b.kind !== 'table') return { text: b.text, sheet: b.loc.sheet!, cell: b.loc.cell! };
    return {
      sheet: b.grid.loc.sheet!,
      rows: b.grid.rows.map((r) =>
        r.map((c) => ({
          text: c.text,
          cell: c.loc.cell!,
          ...(!c.spanned && (c.rowSpan > 1 || c.colSpan > 1) ? { span: [c.rowSpan, c.colSpan] as [number, number] } : {}),
          ...(c.spanned ? { spanned: true as const } : {}),
          ...(c.math.length ? { math: c.math.map((m) => `${m.syntax}:${m.text}`) } : {}),
        })),
      ),
    };
  });
}

/** Parse a fixture file the way extract() does (content sniffing picks the parser). */
export async function parseFixture(path: string, as = basename(path)): Promise<ParsedDocument> {
  const bytes = new Uint8Array(readFileSync(path));
  return parseBytes({ path: as, bytes, sha256: sha256(bytes) });
}
