// Temporary folders carry their process id, so the next run can remove those whose process died (kill -9).
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
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
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
