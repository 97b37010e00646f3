// After a run (or a crash and a re-run), keep one line per key in each JSONL file: write, then rename.
import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { readJsonl } from '../emit/read-jsonl.ts';

/** Rewrite `file` keeping, for each key, only its last line; torn lines are dropped. */
export async function compactJsonl<T>(file: string, keyOf: (v: T) => string): Promise<number> {
  if (!existsSync(file)) return 0;
  const lastIndex = new Map<string, number>();
  let i = 0;
  for await (const v of readJsonl<T>(file)) lastIndex.set(keyOf(v), i++);
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  let j = 0;
  let kept = 0;
  for await (const v of readJsonl<T>(file)) {
    if (lastIndex.get(keyOf(v)) === j++) {
      kept++;
      if (!out.write(`${JSON.stringify(v)}\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  renameSync(tmp, file);
  return kept;
}
