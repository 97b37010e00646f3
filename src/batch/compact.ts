// After a run (or a crash and a re-run), keep one line per key in each JSONL file: write, then rename.
import { closeSync, createWriteStream, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { outputError } from './manifest.ts';
import { once } from 'node:events';
import { readJsonl } from '../emit/read-jsonl.ts';

/** Rewrite `file` keeping, for each key, only its last line (through `map`) if `keep` accepts it; torn lines are
 *  dropped. On a write failure the file is left as it was and the temporary copy removed. */
export async function compactJsonl<T>(
  file: string,
  keyOf: (v: T) => string,
  map: (v: T) => T = (v) => v,
  keep: (v: T) => boolean = () => true,
): Promise<number> {
  if (!existsSync(file)) return 0;
  const lastIndex = new Map<string, number>();
  let i = 0;
  for await (const v of readJsonl<T>(file)) lastIndex.set(keyOf(v), i++);
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let j = 0;
  let kept = 0;
  try {
    for await (const v of readJsonl<T>(file)) {
      if (lastIndex.get(keyOf(v)) === j++ && keep(v)) {
        kept++;
        if (!out.write(`${JSON.stringify(map(v))}\n`)) await Promise.race([once(out, 'drain'), failed]);
      }
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw outputError(file, e);
  }
  return kept;
}
