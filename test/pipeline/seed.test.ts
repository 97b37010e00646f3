// The seed disclosure end to end: the exact record, the gold score, and only the two real warnings.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const SEED = 'samples/suixi-2024-zuzhibu.md';
const EXPECTED = 'test/fixtures/seed/suixi-2024-zuzhibu.record.json';
const SCORER = '../shared/tools/score.mjs';

describe('seed: suixi-2024-zuzhibu.md', async () => {
  const { record, flags } = await extract(SEED);

  it('gives exactly the reviewed record', () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });

  it('raises exactly two warnings: task 21 and indicator 9, and no error', () => {
    const loud = flags.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.target.kind, f.target.no]);
    expect(loud).toEqual([
      ['task-amount-vs-content', 'task', 21],
      ['percent-scale', 'indicator', 9],
    ]);
  });

  it.skipIf(!existsSync(SCORER))('scores 1.000 against the hand-checked gold', () => {
    const dir = tempDir('seed-');
    writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify(record)}\n`);
    const out = execFileSync('node', [SCORER, dir, 'test/fixtures/gold'], { encoding: 'utf8' });
    expect(out.trim().split('\n').at(-1)).toBe('SCORE 1.000');
  });
});
