// A document that kills the process (kill -9 while it is in flight) does not stop every later run at it: the
// next run marks it, does everything else, and tries it once more last; the one after refuses it. The manifest
// ends with one line per input.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines } from '../helpers/kill-mid-batch.ts';
import { fakeCorpus } from './fake.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const CHILD = 'test/batch/fixtures/fake-batch.ts';
const N = 20;
const batch = (input: string, out: string) => spawnSync('node', ['--import', 'tsx', CHILD, input, out], { encoding: 'utf8' });

describe('a poison document', () => {
  it('is marked as having crashed the process, and later runs go past it', () => {
    const input = fakeCorpus(tempDir('poison-in-'), N);
    // Sorted first in its folder, so that the first run dies before most documents are done.
    writeFileSync(join(input, 'a-poison.txt'), 'KILL\n1\n');
    const out = tempDir('poison-out-');
    const poison = join(input, 'a-poison.txt');

    const first = batch(input, out);
    expect(first.signal).toBe('SIGKILL');
    const afterFirst = jsonLines(join(out, 'manifest.jsonl'));
    expect(afterFirst.at(-1)).toMatchObject({ path: poison, status: 'started' });

    // The second run marks it, commits every other document, then dies again on the retry at the end.
    const second = batch(input, out);
    expect(second.signal).toBe('SIGKILL');
    const afterSecond = jsonLines(join(out, 'manifest.jsonl'));
    const finals = new Map(afterSecond.filter((l) => l.status !== 'started').map((l) => [l.path, l]));
    expect(finals.size).toBe(N + 1);
    expect(finals.get(poison)).toMatchObject({ status: 'error', code: 'crashed' });
    expect(afterSecond.at(-1)).toMatchObject({ path: poison, status: 'started' });

    const third = batch(input, out);
    expect(third.status, third.stderr).toBe(0);
    const summary = JSON.parse(third.stdout);
    expect({ total: summary.total, error: summary.error, skipped: summary.skipped }).toEqual({ total: N + 1, error: 1, skipped: N });
    const manifest = jsonLines(join(out, 'manifest.jsonl'));
    expect(manifest).toHaveLength(N + 1);
    expect(new Set(manifest.map((l) => l.path)).size).toBe(N + 1);
    const line = manifest.find((l) => l.path === poison)!;
    expect(line).toMatchObject({ status: 'error', code: 'crashed' });
    expect(line.message).toBe(`${poison}: crashed the process (it was being read when 2 earlier runs died); not tried again (use --force to retry)`);
    expect(jsonLines(join(out, 'records.jsonl'))).toHaveLength(N);
  }, 180_000);
});
