// Temporary folders carry their process id, so the next run can remove those whose process died (kill -9).
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'budget-extract-';
const OWNED = /^budget-extract-[a-z]+-(\d+)-/;

/** A fresh temporary folder named budget-extract-<kind>-<pid>-XXXXXX. */
export function tempDir(kind: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `${PREFIX}${kind}-${process.pid}-`));
}

/** Whether a process with this id is running here (EPERM: it exists but is someone else's). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * Whether the process has ended and only waits to be reaped (state Z in /proc): a tool killed with its worker's
 * process group stays a zombie when the worker thread that spawned it was terminated before it could reap it.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** Remove temporary folders left by runs whose process is gone (or, with `own`, this process's: once its
 *  document workers are stopped, a worker terminated at a limit never ran its cleanup); returns how many. */
export async function sweepStaleTemp(dir = tmpdir(), own = false): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(OWNED.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || (pid === process.pid ? !own : pidAlive(pid))) continue;
    await rm(join(dir, name), { recursive: true, force: true }).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
