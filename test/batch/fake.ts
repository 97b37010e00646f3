// A stand-in for the per-document function: tiny text inputs → small fixed records, so batch tests test the batch.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclosureRecord } from '../../src/model/index.ts';
import { InputError } from '../../src/parse/grid.ts';

const TEMPLATE: DisclosureRecord = JSON.parse(readFileSync(new URL('../fixtures/records/mineru-small.md.record.json', import.meta.url), 'utf8'));

/** Lines of a fake input: department name, then a task amount; "WARN" adds a warning flag; "BOOM" throws a plain
 *  Error; "KILL" kills the process. */
export async function fakeProcess(input: { path: string; bytes: Uint8Array; sha256: string }): Promise<DisclosureRecord> {
  const delay = Number(process.env.FAKE_DELAY_MS ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  const text = Buffer.from(input.bytes).toString('utf8');
  if (text.length === 0) throw new InputError(`${input.path}: the file is empty`, 'empty-file', { line: 1 });
  if (text.startsWith('BOOM')) throw new Error('kaboom');
  // A poison pill: takes the whole process down with it, as a native crash or the OOM killer would.
  if (text.startsWith('KILL')) process.kill(process.pid, 'SIGKILL');
  const [name = '', amount = ''] = text.split('\n');
  const r: DisclosureRecord = structuredClone(TEMPLATE);
  r.id = input.sha256;
  r.source = { ...r.source, path: input.path, sha256: input.sha256 };
  r.department = { ...r.department, name };
  r.tasks = r.tasks.map((t) => ({ ...t, amount: Number(amount), amountRaw: amount }));
  r.flags = text.includes('WARN')
    ? [
        {
          rule: 'formula-mismatch',
          severity: 'warning',
          message: `${name}: 1+1=3`,
          target: { kind: 'formula', taskNo: 1 },
          expected: 2,
          actual: 3,
          loc: { line: 2, column: 1 },
        },
      ]
    : [{ rule: 'placeholder-row', severity: 'info', message: 'placeholder', target: { kind: 'document' }, loc: { line: 9 } }];
  return r;
}

/** Write n distinct fake inputs into a folder (half in a subfolder, every 7th with a warning); returns the folder. */
export function fakeCorpus(dir: string, n: number): string {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, i % 2 ? 'sub' : '', `doc-${String(i).padStart(4, '0')}.txt`), `测试县第${i}局\n${i}.25\n${i % 7 === 0 ? 'WARN\n' : ''}`);
  }
  return dir;
}
