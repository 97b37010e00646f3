// Sinks receive finished records; each makes its write idempotent by document id.
import type { DisclosureRecord } from '../model/index.ts';

/** A destination for records: JSONL files, SQLite, PostgreSQL, CSV … */
export interface Sink {
  readonly name: string;
  open(): Promise<void>;
  /** Write one document (its flags are `record.flags`); re-writing the same id replaces it. */
  write(record: DisclosureRecord): Promise<void>;
  /** Remove every record of one input: those of its content (sha256) and those an earlier content of its path left.
   *  Called before its records are written again (a re-read may give fewer tables) and when a re-read fails, so no
   *  record outlives the reading that made it. */
  forget?(sha256: string, path: string): Promise<void>;
  close(): Promise<void>;
}
