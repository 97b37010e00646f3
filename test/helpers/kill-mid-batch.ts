// Crash a batch on purpose: SIGKILL its process once its manifest holds enough lines, for the resume tests.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Complete JSON lines (rows of any shape) in a file being written; a torn last line is not counted. */
export const jsonLines = (f: string): any[] =>
  existsSync(f)
    ? readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((l) => {
          try {
            return [JSON.parse(l)];
          } catch {
            return [];
          }
        })
    : [];

/** Manifest lines of finished documents (a `started` line only says that work began). */
export const finishedLines = (f: string): any[] => jsonLines(f).filter((l) => l.status !== 'started');

/** SIGKILL `child` as soon as `manifest` has `atLeast` finished lines, and wait for it to be gone; fails if it finishes first. */
export async function killWhenManifestHas(child: ChildProcess, manifest: string, atLeast: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => {
      if (finishedLines(manifest).length >= atLeast) {
        clearInterval(t);
        child.kill('SIGKILL');
        resolve();
      }
    }, 5);
    child.on('exit', () => {
      clearInterval(t);
      reject(new Error('the batch finished before it could be killed'));
    });
  });
  await new Promise((r) => child.once('exit', r));
}
