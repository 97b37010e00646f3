// Zip attachments unpacked safely: entry count and size limits, names that cannot leave the folder, GBK names read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import { unzipSync } from 'fflate';
import { ATTACHMENT } from './links.ts';

export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number };
/** Generous for a bureau's bundle of tables, small enough that a zip bomb is refused before it inflates. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 200, maxEntryBytes: 50 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };

export type ZipEntry = { name: string; file: string; bytes: Uint8Array };

/** Thrown for a zip that breaks a limit or names a path outside its folder; nothing is written then. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly code: 'zip-too-many-entries' | 'zip-too-large' | 'zip-unsafe-path' | 'bad-zip',
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

/**
 * Unpack the document entries (ATTACHMENT kinds, not nested zips) into `dir`. Limits are checked on the sizes
 * the zip declares before anything is inflated, and fflate inflates into buffers of exactly that size.
 */
export function unpackZip(bytes: Uint8Array, dir: string, label: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  let count = 0;
  let total = 0;
  const names = new Map<string, string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        if (++count > limits.maxEntries) throw new ZipError(`${label}: more than ${limits.maxEntries} entries`, 'zip-too-many-entries');
        const name = entryName(f.name);
        safePath(dir, name, label);
        if (!ATTACHMENT.test(name) || /\.zip$/i.test(name)) return false;
        if (f.originalSize > limits.maxEntryBytes)
          throw new ZipError(`${label}: entry ${name} is ${f.originalSize} bytes, over the ${limits.maxEntryBytes} byte limit`, 'zip-too-large');
        total += f.originalSize;
        if (total > limits.maxTotalBytes) throw new ZipError(`${label}: entries total more than ${limits.maxTotalBytes} bytes`, 'zip-too-large');
        names.set(f.name, name);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`${label}: not a readable zip (${(e as Error).message})`, 'bad-zip');
  }
  return Object.entries(files)
    .map(([raw, data]) => {
      const name = names.get(raw)!;
      const file = safePath(dir, name, label);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      return { name, file, bytes: data };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Where an entry goes, or ZipError when its name is absolute or climbs out of `dir`. */
function safePath(dir: string, name: string, label: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (isAbsolute(name) || /^[a-z]:/i.test(name) || name.split('/').includes('..') || !target.startsWith(root + sep)) {
    throw new ZipError(`${label}: entry "${name}" would be written outside the folder`, 'zip-unsafe-path');
  }
  return join(root, name);
}

/**
 * Entry names from Chinese Windows zips are GBK without the UTF-8 flag; fflate then gives them byte by byte.
 * Such a name is re-read as UTF-8 when valid, else as GB18030. Backslashes are separators.
 */
function entryName(name: string): string {
  let out = name;
  if (!/[^\x00-\xff]/.test(name) && /[\x80-\xff]/.test(name)) {
    const raw = Buffer.from(name, 'latin1');
    try {
      out = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      out = iconv.decode(raw, 'gb18030');
    }
  }
  return out.replace(/\\/g, '/');
}
