// The sinks as the library exports them. Each loads its driver (better-sqlite3, pg) only when opened, so importing
// the package costs neither.
import type { DisclosureRecord } from '../model/index.ts';
import type { Sink } from './sink.ts';

export type { Sink } from './sink.ts';

/** The embedded default: a SQLite file, migrated on open; `write` upserts a record, `forget` removes a document. */
export async function openSqliteSink(file: string): Promise<Sink> {
  return (await import('./sqlite.ts')).openSqliteSink(file);
}

/** A PostgreSQL database (`postgres://…`), migrated on open; the same upsert and forget, one transaction each. */
export async function openPostgresSink(url: string): Promise<Sink> {
  return (await import('./postgres.ts')).openPostgresSink(url);
}

/** tasks, indicators, execution_lines, formulas and flags.csv (UTF-8 with BOM) of the records into `dir`; returns the files written. */
export async function writeCsv(records: AsyncIterable<DisclosureRecord> | Iterable<DisclosureRecord>, dir: string): Promise<string[]> {
  const all = Symbol.asyncIterator in records ? records : toAsync(records);
  return (await import('./csv.ts')).writeCsv(all, dir);
}

async function* toAsync<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}
