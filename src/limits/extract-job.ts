// The per-document function a worker thread runs for `extract` and the queue worker: bytes → audited record.
import { extract } from '../extract.ts';
import type { DisclosureRecord } from '../model/index.ts';
import type { ExtractJobOptions } from './extract-spec.ts';
import type { JobInput } from './pool.ts';
import { guardDepth } from './stack.ts';

/** Extract one document's records, one per target table (run inside a worker thread). */
export async function extractRecord(input: JobInput, options: ExtractJobOptions = {}): Promise<DisclosureRecord[]> {
  return guardDepth(input.path, async () => (await extract(input, { ocr: options.ocr === true })).records);
}
