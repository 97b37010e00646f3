// Inputs as a lazy stream: files, folders walked as they are read, @list files and stdin lists.
import { opendir, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

/** What an input argument could not be turned into (a missing path): still an input, reported as an error. */
export type Discovered = { path: string; problem?: string };

/** Yield every input path, depth-first in name order, without listing whole trees up front. */
export async function* discover(args: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<Discovered> {
  for (const arg of args) {
    if (arg === '-') yield* listed(stdin);
    else if (arg.startsWith('@')) yield* listed(createReadStream(arg.slice(1), 'utf8'));
    else yield* walk(arg);
  }
}

async function* listed(input: NodeJS.ReadableStream): AsyncGenerator<Discovered> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const p = line.trim();
    if (p && !p.startsWith('#')) yield* walk(p);
  }
}

/**
 * Depth-first walk. Folders are known by device and inode: a symbolic link back to a folder being walked (a
 * loop) is reported once, a second way into a folder already walked is not walked again.
 */
async function* walk(path: string, ancestors: ReadonlySet<string> = new Set(), seen: Set<string> = new Set()): AsyncGenerator<Discovered> {
  // A URL is an input of its own, downloaded by the batch (src/batch/url).
  if (/^https?:\/\//i.test(path)) {
    yield { path };
    return;
  }
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    yield { path, problem: code === 'ELOOP' ? `${path}: symbolic link loop (ELOOP)` : `${path}: cannot be read (${code})` };
    return;
  }
  if (!st.isDirectory()) {
    yield { path };
    return;
  }
  const key = `${st.dev}:${st.ino}`;
  if (ancestors.has(key)) {
    yield { path, problem: `${path}: symbolic link to a folder that contains it (a loop); not followed` };
    return;
  }
  if (seen.has(key)) return;
  seen.add(key);
  const names: string[] = [];
  try {
    for await (const entry of await opendir(path)) if (!entry.name.startsWith('.')) names.push(entry.name);
  } catch (e) {
    yield { path, problem: `${path}: folder cannot be listed (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  const inside = new Set(ancestors).add(key);
  // Names of one folder are sorted so that runs are reproducible; the walk below stays lazy.
  for (const name of names.sort()) yield* walk(join(path, name), inside, seen);
}
