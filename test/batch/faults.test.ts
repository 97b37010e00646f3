// A full disk ends the run with a clear message, outputs as after the last whole document, no temporary files.
// /dev/full stands in for the full disk: every write to it fails with ENOSPC.
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.ts';
import { AppendLog, OutputError } from '../../src/batch/manifest.ts';
import { fakeCorpus, fakeProcess } from './fake.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const noFullDevice = !existsSync('/dev/full');

describe.skipIf(noFullDevice)('a full disk', () => {
  it('stops the run with a message naming the file, and leaves no started line or temporary file', async () => {
    const input = fakeCorpus(tempDir('full-in-'), 6);
    const out = tempDir('full-out-');
    symlinkSync('/dev/full', join(out, 'records.jsonl'));
    const run = runBatch({
      inputs: [input],
      outDir: out,
      process: fakeProcess,
      progress: 'none',
      stderr: new PassThrough().resume(),
      concurrency: 1,
      sqlite: false,
    });
    await expect(run).rejects.toThrow(OutputError);
    await expect(run).rejects.toThrow(
      `cannot write ${join(out, 'records.jsonl')}: no space left on the device (ENOSPC); outputs are as they were after the last whole document`,
    );
    expect(readdirSync(out).sort()).toEqual(['flags.jsonl', 'manifest.jsonl', 'records.jsonl']);
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).toBe('');
    expect(readFileSync(join(out, 'flags.jsonl'), 'utf8')).toBe('');
  });

  it('cuts a failed append back off', () => {
    const log = new AppendLog('/dev/full');
    expect(() => log.append([{ a: 1 }])).toThrow(OutputError);
  });
});
