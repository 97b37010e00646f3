// The manifest is the batch's commit log: a document is done once its manifest line is written.
import { appendFileSync, existsSync, openSync, closeSync, fsyncSync } from 'node:fs';
import type { Loc } from '../model/index.ts';
import { readJsonl } from '../emit/read-jsonl.ts';

export type Status = 'ok' | 'flagged' | 'error' | 'skipped';

/** One final line per input. */
export type ManifestLine = {
  path: string; sha256: string | null; status: Status; ms: number;
  documentId?: string; flags?: number; warnings?: number; byRule?: Record<string, number>;
  message?: string; code?: string; loc?: Loc; previousStatus?: Status;
};

/** Lines of a previous run, by sha256 (only successful ones: errors are retried). */
export async function doneBySha(file: string): Promise<Map<string, ManifestLine>> {
  const done = new Map<string, ManifestLine>();
  for await (const line of readJsonl<ManifestLine>(file)) {
    if (!line.sha256) continue;
    if (line.status === 'ok' || line.status === 'flagged') done.set(line.sha256, line);
    else if (line.status === 'skipped' && line.previousStatus) done.set(line.sha256, { ...line, status: line.previousStatus });
  }
  return done;
}

/** Append lines durably: a killed process loses at most the line being written (which readJsonl skips). */
export class AppendLog {
  constructor(private readonly file: string) {
    if (!existsSync(file)) closeSync(openSync(file, 'a'));
  }

  /** Append JSON lines in one write, then fsync. */
  append(values: unknown[]): void {
    if (values.length === 0) return;
    appendFileSync(this.file, values.map((v) => `${JSON.stringify(v)}\n`).join(''));
    const fd = openSync(this.file, 'r+');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  }
}
