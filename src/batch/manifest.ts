// The manifest is the batch's commit log: a document is done once its manifest line is written.
import { appendFileSync, existsSync, openSync, closeSync, fsyncSync, fstatSync, readSync, ftruncateSync } from 'node:fs';
import type { Loc } from '../model/index.ts';
import { readJsonl } from '../emit/read-jsonl.ts';

export type Status = 'ok' | 'flagged' | 'error' | 'skipped';

/** One final line per input. */
export type ManifestLine = {
  path: string; sha256: string | null; status: Status; ms: number;
  documentId?: string; /** The records' ids when the document held several target tables. */ tables?: string[]; flags?: number; warnings?: number; byRule?: Record<string, number>;
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
    else repairTornTail(file);
  }

  /** Append JSON lines in one write, then fsync. */
  append(values: unknown[]): void {
    if (values.length === 0) return;
    appendFileSync(this.file, values.map((v) => `${JSON.stringify(v)}\n`).join(''));
    const fd = openSync(this.file, 'r+');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  }
}

/** Drop a last line cut short by kill -9, so the next append does not glue onto it. */
export function repairTornTail(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    const CHUNK = 64 * 1024;
    const buf = Buffer.alloc(CHUNK);
    // Walk back from the end to the last newline; everything after it is a torn line.
    for (let end = size; end > 0; end -= CHUNK) {
      const start = Math.max(0, end - CHUNK);
      const n = readSync(fd, buf, 0, end - start, start);
      const i = buf.subarray(0, n).lastIndexOf(0x0a);
      if (i >= 0) {
        if (start + i + 1 < size) ftruncateSync(fd, start + i + 1);
        return;
      }
    }
    if (size > 0) ftruncateSync(fd, 0);
  } finally {
    closeSync(fd);
  }
}
