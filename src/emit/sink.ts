// Sinks receive finished records; each makes its write idempotent by document id.
import type { DisclosureRecord } from '../model/index.ts';

/** A destination for records: JSONL files, SQLite, PostgreSQL, CSV … */
export interface Sink {
  readonly name: string;
  open(): Promise<void>;
  /** Write one document (its flags are `record.flags`); re-writing the same id replaces it. */
  write(record: DisclosureRecord): Promise<void>;
  close(): Promise<void>;
}
