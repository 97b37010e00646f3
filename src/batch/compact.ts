// After a run (or a crash and a re-run), keep one line per key in each JSONL file: write, then rename.
import { closeSync, createWriteStream, existsSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { DisclosureRecord } from '../model/index.ts';
import { AppendLog, countsAsDone, outputError, type ManifestLine } from './manifest.ts';
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

/** One line per input in the manifest, one per document in records.jsonl, flags rebuilt from the records. */
export async function compactOutputs(files: { records: string; flags: string; manifest: string }): Promise<void> {
  await compactJsonl<ManifestLine>(files.manifest, (l) => l.path);
  const live = await liveRecordIds(files.manifest);
  await compactJsonl<DisclosureRecord>(
    files.records,
    (r) => r.id,
    undefined,
    (r) => live.ids.has(r.id) || live.documents.has(r.source.sha256),
  );
  const tmp = `${files.flags}.tmp`;
  try {
    writeFileSync(tmp, '');
    const flags = new AppendLog(tmp);
    for await (const r of readJsonl<DisclosureRecord>(files.records)) flags.append(r.flags.map((f) => ({ documentId: r.id, path: r.source.path, ...f })));
    renameSync(tmp, files.flags);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw outputError(files.flags, e);
  }
}

/**
 * The ids of the records the manifest's last line of each input vouches for: a document that failed when read again,
 * or gave fewer tables, leaves no record of its earlier reading in records.jsonl. A line that names no ids (an older
 * manifest) vouches for every record of its sha256.
 */
async function liveRecordIds(manifest: string): Promise<{ ids: Set<string>; documents: Set<string> }> {
  const ids = new Set<string>();
  const documents = new Set<string>();
  for await (const l of readJsonl<ManifestLine>(manifest)) {
    if (!countsAsDone(l) || !l.sha256) continue;
    if (l.tables) for (const id of l.tables) ids.add(id);
    else if (l.documentId) ids.add(l.documentId);
    else documents.add(l.sha256);
  }
  return { ids, documents };
}
