// Defects of every kind injected into the real seed: each gives exactly its own loud flag, nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';

const seed = readFileSync('samples/suixi-2024-zuzhibu.md', 'utf8');
const SEED_WARNINGS = [
  ['task-amount-vs-content', 'task', 21],
  ['percent-scale', 'indicator', 9],
];

/** Replace one exact fragment of the seed (it must occur exactly once). */
function inject(from: string, to: string): string {
  expect(seed.split(from)).toHaveLength(2);
  return seed.replace(from, to);
}

async function loudFlags(text: string) {
  const { flags } = await extract({ path: 'defect.md', bytes: Buffer.from(text) });
  return flags.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.target.kind, f.target.no ?? f.target.field]);
}

describe('injected defects', () => {
  it.each([
    ['a misprinted formula result', '0.1=322$ 万元', '0.1=332$ 万元', [['formula-mismatch', 'formula', 12]]],
    ['an amount column against a prose total', '合计210万元。\t210\t', '合计210万元。\t201\t', [['task-amount-vs-content', 'task', 16]]],
    ['an amount column against the only formula', '万元。\t322\t', '万元。\t320\t', [['task-amount-vs-content', 'task', 12]]],
    ['a broken budget identity', '财政拨款\t14253.69625', '财政拨款\t14300', [['budget-identity', 'budget', 'balance']]],
    ['a percentage written as a fraction', '活动开展率(%)\t≥ 90%', '活动开展率(%)\t0.9', [['percent-scale', 'indicator', 14]]],
    ['a task number used twice', '任务31: 县原四套', '任务30: 县原四套', [['duplicate-number', 'task', 30]]],
    [
      'a missing goal cell',
      '保证离退休干部联谊会正常开展\t20\t保证离退休干部联谊会正常开展',
      '保证离退休干部联谊会正常开展\t20',
      [['malformed-row', 'task', 25]],
    ],
    ['an amount that is no number', '建设老干部大学楼\t200\t', '建设老干部大学楼\t二百\t', [['malformed-row', 'task', 34]]],
    ['O for 0 in an amount', '建设老干部大学楼\t200\t', '建设老干部大学楼\t2O0\t', [['ocr-digit', 'task', 34]]],
  ])('%s', async (_name, from, to, expected) => {
    const sorted = (x: unknown[][]) => x.map((f) => JSON.stringify(f)).sort();
    expect(sorted(await loudFlags(inject(from as string, to as string)))).toEqual(sorted([...(expected as unknown[][]), ...SEED_WARNINGS]));
  });
});
