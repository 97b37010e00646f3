// The manifest is the batch's commit log: a document is done once its manifest line is written.
import { appendFileSync, existsSync, openSync, closeSync, fsyncSync, fstatSync, readSync, ftruncateSync, statSync, truncateSync, readFileSync } from 'node:fs';
import type { Loc } from '../model/index.ts';
import { readJsonl } from '../emit/read-jsonl.ts';

export type Status = 'ok' | 'flagged' | 'error' | 'skipped';

/** One final line per input. */
export type ManifestLine = {
  path: string;
  sha256: string | null;
  status: Status;
  ms: number;
  documentId?: string /** The records' ids when the document held several target tables. */;
  tables?: string[];
  flags?: number;
  warnings?: number;
  byRule?: Record<string, number>;
  message?: string;
  code?: string;
  loc?: Loc;
  previousStatus?: Status;
  /** URL inputs: the HTTP status (also on failures), the URL after redirects, the stored copy, the page that linked it. */
  httpStatus?: number;
  url?: string;
  stored?: string;
  from?: string;
  /** URL inputs: attachments a listing page or a zip gave; offsite links left out (no --follow-offsite). */
  attachments?: number;
  offsite?: string[];
};

/** Written before a document's work begins; a path whose last line is still this one crashed the process. */
export type StartedLine = { path: string; sha256: string; status: 'started'; at: string };

/** The code of the error line given to a document that was in flight when a run died. */
export const CRASHED = 'crashed';

/** What earlier runs left: documents done (by sha256), how many runs each document in flight has crashed (by
 *  sha256, the crashes found now included), and the started lines to mark as crashed now. */
export type ManifestState = { done: Map<string, ManifestLine>; crashes: Map<string, number>; crashed: StartedLine[] };

/** Read the manifest of earlier runs: successes are skipped, errors retried, crashes counted. */
export async function manifestState(file: string): Promise<ManifestState> {
  const done = new Map<string, ManifestLine>();
  const crashes = new Map<string, number>();
  const last = new Map<string, ManifestLine | StartedLine>();
  for await (const line of readJsonl<ManifestLine | StartedLine>(file)) {
    last.set(line.path, line);
    if (!line.sha256 || line.status === 'started') continue;
    if (countsAsDone(line)) done.set(line.sha256, line.status === 'skipped' ? { ...line, status: line.previousStatus! } : line);
    else if (line.status === 'error' && line.code === CRASHED) crashes.set(line.sha256, (crashes.get(line.sha256) ?? 0) + 1);
  }
  const crashed = [...last.values()].filter((l): l is StartedLine => l.status === 'started');
  for (const l of crashed) crashes.set(l.sha256, (crashes.get(l.sha256) ?? 0) + 1);
  return { done, crashes, crashed };
}

/** Whether a manifest line counts its document as done: read (ok, flagged), or skipped as read by an earlier run. */
export const countsAsDone = (line: ManifestLine): boolean =>
  line.status === 'ok' || line.status === 'flagged' || (line.status === 'skipped' && !!line.previousStatus);

/** Lines of a previous run, by sha256 (only successful ones: errors are retried). */
export async function doneBySha(file: string): Promise<Map<string, ManifestLine>> {
  return (await manifestState(file)).done;
}

/** A write to the output folder failed (full disk, read-only folder): the run must stop, not the document. */
export class OutputError extends Error {
  readonly code = 'output';
}

const FATAL_CODES = /^(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EIO|EBADF|SQLITE_(FULL|IOERR\w*|READONLY\w*|CANTOPEN|CORRUPT))$/;

/** Whether an error from a sink or a log is about the output folder rather than the document. */
export const isOutputFault = (e: unknown): boolean => e instanceof OutputError || FATAL_CODES.test(String((e as { code?: unknown })?.code ?? ''));

/** An OutputError naming the folder and the system's reason. */
export function outputError(where: string, e: unknown): OutputError {
  if (e instanceof OutputError) return e;
  const x = e as NodeJS.ErrnoException;
  const why =
    x.code === 'ENOSPC' || x.code === 'SQLITE_FULL'
      ? 'no space left on the device'
      : x.code === 'EROFS' || x.code === 'EACCES' || x.code === 'EPERM' || String(x.code).startsWith('SQLITE_READONLY')
        ? 'the folder cannot be written'
        : x.message;
  return new OutputError(`cannot write ${where}: ${why} (${x.code ?? 'error'}); outputs are as they were after the last whole document`, { cause: e });
}

/** Append lines durably: a killed process loses at most the line being written (which readJsonl skips). */
export class AppendLog {
  constructor(private readonly file: string) {
    if (!existsSync(file)) closeSync(openSync(file, 'a'));
    else repairTornTail(file);
  }

  /** Append JSON lines in one write, then fsync; a failed write is cut back off and thrown as an OutputError. */
  append(values: unknown[]): void {
    if (values.length === 0) return;
    const before = this.size();
    try {
      appendFileSync(this.file, values.map((v) => `${JSON.stringify(v)}\n`).join(''));
      const fd = openSync(this.file, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      this.truncate(before);
      throw outputError(this.file, e);
    }
  }

  /** Current length in bytes (a mark to roll back to). */
  size(): number {
    try {
      return statSync(this.file).size;
    } catch {
      return 0;
    }
  }

  /** Drop the lines after byte `from` that `drop` selects, in place: the rest is smaller than what is cut, so
   *  this works on a full disk (used to take back the started lines of documents a failed run never finished). */
  dropAfter(from: number, drop: (line: string) => boolean): void {
    const tail = readFileSync(this.file).subarray(from).toString('utf8');
    const kept = tail.split('\n').filter((l) => l !== '' && !drop(l));
    this.truncate(from);
    if (kept.length) appendFileSync(this.file, kept.map((l) => `${l}\n`).join(''));
  }

  /** Cut the file back to `size` (needs no free space): undoes a document's partial writes. */
  truncate(size: number): void {
    try {
      truncateSync(this.file, size);
    } catch {
      /* nothing more can be done; repairTornTail runs next time */
    }
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
