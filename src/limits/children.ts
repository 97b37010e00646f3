// External tools run in their own process group, so that a limit kills the tool and everything it started
// (soffice forks soffice.bin); a worker thread tells the main thread which groups it owns.
import { spawn } from 'node:child_process';
import { isMainThread, parentPort } from 'node:worker_threads';

/** Message a worker thread posts when a tool's process group starts or ends. */
export type ChildMessage = { kind: 'child'; pid: number; alive: boolean };

const groups = new Set<number>();

/** SIGKILL a whole process group; a group already gone is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/** Kill every tool group this thread started (at exit, or when a document's limit is hit). */
export function killAllGroups(): void {
  for (const pid of groups) killGroup(pid);
  groups.clear();
}

// A process that exits normally takes its tools with it; kill -9 cannot be caught, hence the temp sweep at start.
if (isMainThread) process.once('exit', killAllGroups);

function track(pid: number, alive: boolean): void {
  if (alive) groups.add(pid);
  else groups.delete(pid);
  if (!isMainThread) parentPort?.postMessage({ kind: 'child', pid, alive } satisfies ChildMessage);
}

export type ToolOptions = { timeout: number; signal?: AbortSignal; env?: NodeJS.ProcessEnv; maxBuffer?: number };
/** What execFile's errors carry, so callers written for execFile keep working. */
export type ToolError = Error & { code?: string | number; killed?: boolean; signal?: string | null; stdout?: string; stderr?: string };

/** Run a tool in its own process group; resolve with its output, reject like execFile (killed=true on time-out/abort). */
export function runTool(file: string, args: string[], opts: ToolOptions): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // As execFile does: a signal aborted before the start starts nothing.
    if (opts.signal?.aborted) return reject(Object.assign(new Error(`${file}: aborted before it started`), { name: 'AbortError', killed: true }));
    const child = spawn(file, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
    const max = opts.maxBuffer ?? 1 << 20;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let killed = false;
    let overflow = false;
    const kill = () => {
      killed = true;
      if (child.pid) killGroup(child.pid);
    };
    const collect = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      if (size > max) {
        overflow = true;
        kill();
      } else into.push(b);
    };
    child.stdout!.on('data', collect(out));
    child.stderr!.on('data', collect(err));
    if (child.pid) track(child.pid, true);
    const timer = setTimeout(kill, opts.timeout);
    const onAbort = () => kill();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (child.pid) {
        killGroup(child.pid);
        track(child.pid, false);
      }
    };
    child.on('error', (e: NodeJS.ErrnoException) => {
      done();
      reject(Object.assign(e, { killed: false }));
    });
    child.on('close', (code, signal) => {
      done();
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0 && !killed) return resolve({ stdout, stderr });
      const why = overflow ? `output over ${max} bytes` : killed ? 'killed at its time limit' : `exit ${code ?? signal}`;
      const e: ToolError = Object.assign(new Error(`${file} failed (${why}): ${stderr.trim().split('\n').at(-1) ?? ''}`), {
        code: code ?? undefined,
        killed,
        signal,
        stdout,
        stderr,
      });
      if (opts.signal?.aborted) e.name = 'AbortError';
      reject(e);
    });
  });
}
