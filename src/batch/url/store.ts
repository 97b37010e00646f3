// Downloads kept as <out>/sources/<sha256>.<ext>, and per URL the validators for the next run's conditional request.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../ingest/index.ts';
import { sniffExtension } from './kind.ts';
import type { Validators } from './fetch.ts';

/** What was last downloaded from a URL. */
export type StoredEntry = { url: string; finalUrl: string; sha256: string; stored: string; ext: string } & Validators;

const INDEX = 'urls.jsonl';

/** The sources folder: stored bytes by content, and an append-only index of URL → last download. */
export class SourceStore {
  readonly dir: string;
  private readonly byUrl = new Map<string, StoredEntry>();

  constructor(outDir: string) {
    this.dir = join(outDir, 'sources');
    mkdirSync(this.dir, { recursive: true });
    const index = join(this.dir, INDEX);
    if (!existsSync(index)) return;
    for (const line of readFileSync(index, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as StoredEntry;
        this.byUrl.set(e.url, e);
      } catch {
        // A line torn by a killed run: that URL is simply downloaded again.
      }
    }
  }

  /** The previous download of a URL, when its stored file is still there. */
  previous(url: string): StoredEntry | undefined {
    const e = this.byUrl.get(url);
    return e && existsSync(e.stored) ? e : undefined;
  }

  /** Keep new bytes under their sha256 and remember the URL's validators. */
  save(url: string, finalUrl: string, bytes: Uint8Array, validators: Validators): StoredEntry {
    const sha = sha256(bytes);
    const ext = sniffExtension(bytes);
    const stored = join(this.dir, `${sha}.${ext}`);
    if (!existsSync(stored)) writeFileSync(stored, bytes);
    const entry: StoredEntry = { url, finalUrl, sha256: sha, stored, ext, ...validators };
    this.byUrl.set(url, entry);
    appendFileSync(join(this.dir, INDEX), `${JSON.stringify(entry)}\n`);
    return entry;
  }

  /** The bytes of a stored entry. */
  read(entry: StoredEntry): Uint8Array {
    return readFileSync(entry.stored);
  }
}
