// The seed in every format must give the same record (source and provenance aside).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';
import { comparable } from '../helpers/comparable.ts';

const SEED = 'samples/suixi-2024-zuzhibu.md';
const variants = readdirSync('samples').filter((f) => f.startsWith('suixi-2024-zuzhibu.') && `samples/${f}` !== SEED);

describe('the seed in other formats', async () => {
  const reference = comparable((await extract(SEED)).record);
  it('has variants to compare', () => expect(variants.length).toBeGreaterThanOrEqual(3));
  for (const f of variants) {
    it.skipIf(!existsSync(`samples/${f}`))(f, async () => {
      const { record } = await extract(`samples/${f}`);
      expect(comparable(record)).toEqual(reference);
    });
  }
});
