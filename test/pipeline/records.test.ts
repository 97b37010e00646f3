// Record fixtures: each input beside the exact record it must give (<input>.record.json).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';

const DIR = 'test/fixtures/records';

describe('record fixtures', () => {
  for (const f of readdirSync(DIR).filter((x) => !x.endsWith('.record.json'))) {
    it(f, async () => {
      const { record } = await extract(`${DIR}/${f}`);
      expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse(readFileSync(`${DIR}/${f}.record.json`, 'utf8')));
    });
  }
});
