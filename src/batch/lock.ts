// One run per output folder: two runs appending and compacting the same JSONL files lose each other's records.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pidAlive } from '../limits/temp.ts';

export const LOCK_FILE = '.budget-extract.lock';
/** How often a run started with --wait looks at the lock again. */
const WAIT_POLL_MS = 500;

type Holder = { pid: number; host: string; since: string };

/** The folder is in use by a live run (and --wait was not given). */
export class LockedError extends Error {
  readonly code = 'locked';
}

/** Take outDir's lock (a stale one of a dead process on this host is taken over); returns its release. */
export async function lockOutDir(outDir: string, opts: { wait?: boolean; onWait?: (msg: string) => void } = {}): Promise<() => void> {
  const file = join(outDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      const release = () => {
        process.removeListener('exit', release);
        try {
          if (readFileSync(file, 'utf8') === JSON.stringify(me)) unlinkSync(file);
        } catch {
          /* gone already */
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      continue;
    } // released between open and read
    const holder = parseHolder(raw);
    if (!holder || (holder.host === me.host && !pidAlive(holder.pid))) {
      takeOver(file, raw);
      continue;
    }
    const msg = `${outDir} is in use by another budget-extract run (pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, run with --wait, or use another --out folder`;
    if (!opts.wait) throw new LockedError(msg);
    if (!told) {
      opts.onWait?.(`waiting: ${msg}\n`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, WAIT_POLL_MS));
  }
}

/** The holder in a lock file; null for a lock torn by a crash between create and write. */
function parseHolder(raw: string): Holder | null {
  try {
    const h = JSON.parse(raw) as Holder;
    return Number.isInteger(h.pid) && typeof h.host === 'string' ? h : null;
  } catch {
    return null;
  }
}

/** Move a stale lock aside atomically; if what was moved is not the stale lock seen (another run took over
 *  first), put it back with link (which fails rather than overwrite a newer lock). */
function takeOver(file: string, seen: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  try {
    if (readFileSync(aside, 'utf8') !== seen) linkSync(aside, file);
  } catch {
    /* a newer lock is in place: ours to wait for */
  }
  try {
    unlinkSync(aside);
  } catch {
    /* gone */
  }
}
