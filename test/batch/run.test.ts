// runBatch with a fake per-document function: accounting, resume by sha256, --force, errors that name the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.ts';
import { fakeCorpus, fakeProcess } from './fake.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const lines = (f: string) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const capture = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => {
    text += c;
  });
  return { stream: s, text: () => text };
};

function inputs(): { dir: string; list: string } {
  const dir = fakeCorpus(tempDir('fake-in-'), 6);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'boom.txt'), 'BOOM\n');
  const list = join(dir, '..', `${dir.split('/').pop()}.list`);
  writeFileSync(list, `${dir}\n# a comment\n${join(dir, 'missing.txt')}\n`);
  return { dir, list };
}

describe('runBatch', () => {
  it('writes one manifest line per input, errors included, and goes on after them', async () => {
    const { dir, list } = inputs();
    const out = tempDir('fake-out-');
    const err = capture();
    const s = await runBatch({ inputs: [`@${list}`], outDir: out, process: fakeProcess, progress: 'none', stderr: err.stream, concurrency: 2 });
    expect({ ...s, docsPerSecond: 0, ms: 0 }).toEqual({
      total: 9,
      ok: 5,
      flagged: 1,
      error: 3,
      skipped: 0,
      byRule: { 'formula-mismatch': 1, 'placeholder-row': 5 },
      docsPerSecond: 0,
      ms: 0,
      lost: [],
    });
    const m = lines(join(out, 'manifest.jsonl'))
      .map((l) => [l.path.slice(dir.length + 1), l.status, l.code ?? null, l.message ?? null])
      .sort();
    expect(m).toEqual([
      ['boom.txt', 'error', 'internal', `${join(dir, 'boom.txt')}: kaboom`],
      ['doc-0000.txt', 'flagged', null, null],
      ['doc-0002.txt', 'ok', null, null],
      ['doc-0004.txt', 'ok', null, null],
      ['empty.txt', 'error', 'empty-file', `${join(dir, 'empty.txt')}: the file is empty`],
      ['missing.txt', 'error', 'unreadable', `${join(dir, 'missing.txt')}: cannot be read (ENOENT)`],
      ['sub/doc-0001.txt', 'ok', null, null],
      ['sub/doc-0003.txt', 'ok', null, null],
      ['sub/doc-0005.txt', 'ok', null, null],
    ]);
    expect(lines(join(out, 'manifest.jsonl')).find((l) => l.code === 'empty-file').loc).toEqual({ line: 1 });
    expect(err.text()).toContain(`error: ${join(dir, 'empty.txt')}: the file is empty\n`);
    expect(err.text()).toContain('9 documents: 5 ok, 1 flagged, 3 errors, 0 skipped;');
    expect(
      lines(join(out, 'records.jsonl'))
        .map((r) => r.department.name)
        .sort(),
    ).toEqual(['测试县第0局', '测试县第1局', '测试县第2局', '测试县第3局', '测试县第4局', '测试县第5局']);
    expect(
      lines(join(out, 'flags.jsonl'))
        .map((f) => [f.path.slice(dir.length + 1), f.rule, f.severity])
        .sort()[0],
    ).toEqual(['doc-0000.txt', 'formula-mismatch', 'warning']);
    const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n, sum(amount) AS s FROM tasks').get()).toEqual({ n: 12, s: 2 * (0.25 + 1.25 + 2.25 + 3.25 + 4.25 + 5.25) });
    db.close();
  });

  it('skips documents already done on a re-run, retries errors, and redoes everything with force', async () => {
    const { list } = inputs();
    const out = tempDir('fake-out-');
    const quiet = { progress: 'none' as const, stderr: new PassThrough().resume(), process: fakeProcess, outDir: out, inputs: [`@${list}`] };
    await runBatch(quiet);
    const again = await runBatch(quiet);
    expect([again.skipped, again.ok, again.flagged, again.error]).toEqual([6, 0, 0, 3]);
    expect(
      lines(join(out, 'manifest.jsonl'))
        .filter((l) => l.status === 'skipped')
        .map((l) => l.previousStatus)
        .sort(),
    ).toEqual(['flagged', 'ok', 'ok', 'ok', 'ok', 'ok']);
    const forced = await runBatch({ ...quiet, force: true });
    expect([forced.skipped, forced.ok, forced.flagged, forced.error]).toEqual([0, 5, 1, 3]);
    expect(lines(join(out, 'manifest.jsonl'))).toHaveLength(9);
    expect(lines(join(out, 'records.jsonl'))).toHaveLength(6);
    expect(lines(join(out, 'flags.jsonl'))).toHaveLength(6);
    const db = new Database(join(out, 'budget.sqlite'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 6 });
    db.close();
  });
});

describe('runBatch with an aborted signal', () => {
  it('takes no new inputs and still closes its files', async () => {
    const { list } = inputs();
    const out = tempDir('fake-out-');
    const s = await runBatch({
      inputs: [`@${list}`],
      outDir: out,
      process: fakeProcess,
      progress: 'none',
      stderr: new PassThrough().resume(),
      signal: AbortSignal.abort(),
    });
    expect(s.total).toBe(0);
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).toBe('');
  });
});
