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

async function* walk(path: string): AsyncGenerator<Discovered> {
  // A URL is an input of its own, downloaded by the batch (src/ingest/url).
  if (/^https?:\/\//i.test(path)) {
    yield { path };
    return;
  }
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    yield { path, problem: `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  if (!st.isDirectory()) {
    yield { path };
    return;
  }
  const names: string[] = [];
  for await (const entry of await opendir(path)) if (!entry.name.startsWith('.')) names.push(entry.name);
  // Names of one folder are sorted so that runs are reproducible; the walk below stays lazy.
  for (const name of names.sort()) yield* walk(join(path, name));
}
