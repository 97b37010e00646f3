// `--format csv`: tasks, indicators, formulas, a self-evaluation's fund lines and flags as five CSV files that Excel opens with Chinese intact.
// RFC 4180 with a hand-written quoter (fast-csv would be a dependency for twenty lines), UTF-8 with a BOM
// because Excel reads a BOM-less CSV in the machine's ANSI code page, and CRLF line ends as the RFC says.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { DisclosureRecord } from '../model/index.ts';
import { recordRows, type Row } from './rows.ts';
import { formatLoc } from '../report/loc.ts';

const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * The columns of each file: the database rows (src/emit/rows.ts) plus the document's path, which auditors sort by;
 * `loc` is written as people read it ("line 40, col 1", "p. 3 [bbox]", "Sheet1!C17"), not as JSON.
 */
export const CSV_COLUMNS = {
  tasks: ['document_id', 'path', 'ord', 'no', 'section', 'name', 'content', 'amount', 'amount_text', 'goal', 'loc'],
  indicators: [
    'document_id',
    'path',
    'ord',
    'no',
    'level1',
    'level2',
    'level_inferred',
    'name',
    'raw',
    'op',
    'number',
    'unit',
    'loc',
    'weight',
    'actual_raw',
    'actual_number',
    'score',
    'deviation',
    'met',
  ],
  formulas: [
    'document_id',
    'path',
    'ord',
    'task_no',
    'field',
    'syntax',
    'text',
    'expression',
    'computed',
    'computed_unit',
    'stated',
    'stated_unit',
    'unit_from',
    'verdict',
    'loc',
  ],
  execution_lines: ['document_id', 'path', 'ord', 'label', 'planned', 'adjusted', 'executed', 'rate', 'weight', 'score', 'loc'],
  flags: ['document_id', 'path', 'ord', 'rule', 'severity', 'message', 'target_kind', 'target_no', 'target', 'expected', 'actual', 'loc'],
} as const;

type Table = keyof typeof CSV_COLUMNS;
const TABLES = Object.keys(CSV_COLUMNS) as Table[];

// A text cell starting with these is run as a formula by Excel and LibreOffice (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?%?$/;

/** One field, quoted when it holds a comma, quote or line break (quotes doubled); text that Excel would run as a formula gets a leading ' (a lone "=", the comparison column, runs nothing). */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && s.length > 1 && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (with its CRLF) of the given columns of a row. */
export function csvLine(columns: readonly string[], row: Row): string {
  return columns.map((c) => csvField(row[c])).join(',') + EOL;
}

/** Write tasks.csv, indicators.csv, formulas.csv and flags.csv into `dir`, streaming the records; the paths written. */
export async function writeCsv(records: AsyncIterable<DisclosureRecord>, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = Object.fromEntries(TABLES.map((t) => [t, join(dir, `${t}.csv`)])) as Record<Table, string>;
  const streams = Object.fromEntries(TABLES.map((t) => [t, createWriteStream(files[t], 'utf8')])) as Record<Table, WriteStream>;
  try {
    for (const t of TABLES) await write(streams[t], BOM + CSV_COLUMNS[t].join(',') + EOL);
    for await (const r of records) {
      const rows = recordRows(r);
      const items = { tasks: r.tasks, indicators: r.indicators, formulas: r.formulas, flags: r.flags, execution_lines: r.execution?.lines ?? [] };
      for (const t of TABLES) {
        const text = rows[t].map((row, i) => csvLine(CSV_COLUMNS[t], { ...row, path: r.source.path, loc: formatLoc(items[t][i]!.loc) })).join('');
        if (text) await write(streams[t], text);
      }
    }
  } finally {
    await Promise.all(
      TABLES.map(async (t) => {
        streams[t].end();
        await once(streams[t], 'close');
      }),
    );
  }
  return TABLES.map((t) => files[t]);
}

/** Write, waiting for the stream to drain when its buffer is full. */
async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
