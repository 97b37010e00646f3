// The end-of-run check: every document the manifest counts as done has its record in records.jsonl.
import { readJsonl } from '../emit/read-jsonl.ts';
import type { DisclosureRecord } from '../model/index.ts';
import type { ManifestLine } from './manifest.ts';
import { compactJsonl } from './compact.ts';

/** Code of a manifest line whose record went missing: an error, so the next run does the document again. */
export const RECORD_MISSING = 'record-missing';

/** Turn manifest lines counted as done but without a record into errors; returns their paths. */
export async function checkRecordsAgainstManifest(files: { records: string; manifest: string }): Promise<string[]> {
  const ids = new Set<string>();
  for await (const r of readJsonl<Pick<DisclosureRecord, 'id'>>(files.records)) ids.add(r.id);
  const missing: string[] = [];
  for await (const m of readJsonl<ManifestLine>(files.manifest)) {
    const done = m.status === 'ok' || m.status === 'flagged' || (m.status === 'skipped' && m.previousStatus !== 'error');
    if (done && m.documentId && !ids.has(m.documentId)) missing.push(m.path);
  }
  if (missing.length === 0) return missing;
  const lost = new Set(missing);
  // Rewritten in place through the compaction's write-then-rename, keeping one line per path.
  await compactJsonl<ManifestLine>(
    files.manifest,
    (l) => l.path,
    (l) =>
      lost.has(l.path)
        ? {
            path: l.path,
            sha256: l.sha256,
            status: 'error',
            ms: l.ms,
            code: RECORD_MISSING,
            message: `${l.path}: counted as done but its record is missing from records.jsonl; it will be processed again`,
          }
        : l,
  );
  return missing;
}
