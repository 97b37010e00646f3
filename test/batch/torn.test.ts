// A line cut short by kill -9 is dropped before the next append, so no later line is glued onto it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendLog } from '../../src/batch/manifest.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('AppendLog', () => {
  it('truncates a torn last line on open', () => {
    const f = join(tempDir('torn-'), 'm.jsonl');
    writeFileSync(f, '{"a":1}\n{"b":');
    new AppendLog(f).append([{ c: 3 }]);
    expect(readFileSync(f, 'utf8')).toBe('{"a":1}\n{"c":3}\n');
  });

  it('empties a file holding only a torn line', () => {
    const f = join(tempDir('torn-'), 'm.jsonl');
    writeFileSync(f, '{"b":');
    new AppendLog(f).append([{ c: 3 }]);
    expect(readFileSync(f, 'utf8')).toBe('{"c":3}\n');
  });
});
