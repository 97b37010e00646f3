// The batch outputs a report is made from, read line by line from the out folder.
import { join } from 'node:path';
import { readJsonl } from '../emit/read-jsonl.ts';
import type { ManifestLine } from '../batch/manifest.ts';
import type { DisclosureRecord, Flag } from '../model/index.ts';

/** A line of flags.jsonl: a flag with the document it belongs to. */
export type FlagLine = Flag & { documentId: string; path: string };

export type ReportData = {
  /** The out folder, as named on the command line (shown in the report's heading). */
  outDir: string;
  records: DisclosureRecord[];
  flags: FlagLine[];
  manifest: ManifestLine[];
};

/** Records (one per id, the last wins), flags and manifest of a finished batch; absent files read as empty. */
export async function loadReportData(outDir: string): Promise<ReportData> {
  const byId = new Map<string, DisclosureRecord>();
  for await (const r of readJsonl<DisclosureRecord>(join(outDir, 'records.jsonl'))) byId.set(r.id, r);
  const flags: FlagLine[] = [];
  for await (const f of readJsonl<FlagLine>(join(outDir, 'flags.jsonl'))) flags.push(f);
  const byPath = new Map<string, ManifestLine>();
  for await (const m of readJsonl<ManifestLine>(join(outDir, 'manifest.jsonl'))) byPath.set(m.path, m);
  const records = [...byId.values()].sort((a, b) => a.source.path.localeCompare(b.source.path));
  return { outDir, records, flags, manifest: [...byPath.values()] };
}
