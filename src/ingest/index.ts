// Inputs as bytes with their sha256: the stable document id, and the key that makes re-runs idempotent.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../model/input-error.ts';

export type SourceBytes = { path: string; bytes: Uint8Array; sha256: string };
export type ExtractInput = string | { path: string; bytes: Uint8Array; sha256?: string };

/** sha256 of bytes, hex. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Read a path (or take given bytes) and hash it. */
export async function readInput(input: ExtractInput): Promise<SourceBytes> {
  if (typeof input !== 'string') return { path: input.path, bytes: input.bytes, sha256: input.sha256 ?? sha256(input.bytes) };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'read-failed';
    throw new InputError(`${input}: cannot be read (${code})`, code === 'EISDIR' ? 'is-directory' : 'unreadable');
  }
  return { path: input, bytes, sha256: sha256(bytes) };
}

/** Longest line a disclosure can reasonably have; a longer one is not a document but a dump. */
export const MAX_LINE = 1 << 20;

/** Most lines a text disclosure can have: markdown parsing costs ~7 KB of memory a line (50k lines: 0.3 GB). */
export const MAX_LINES = 50_000;

/** Refuse text with a line over MAX_LINE or more than MAX_LINES lines before any parser spends time on it. */
export function checkLineLengths(text: string, path: string): void {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    if (line > MAX_LINES) throw new InputError(`${path}: more than ${MAX_LINES} lines; not a disclosure document (a limit)`, 'limit', { line });
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE)
      throw new InputError(`${path}:${line}: line ${line} is ${end - start} characters long (limit ${MAX_LINE}); not a disclosure document`, 'line-too-long', {
        line,
      });
    start = end + 1;
    line++;
  }
}
