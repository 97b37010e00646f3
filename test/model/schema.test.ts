// The committed JSON Schema is the one generated from the zod model (regenerate: npm run schema).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DisclosureRecord, recordJsonSchema } from '../../src/model/index.ts';

it('record.schema.json matches the zod model', () => {
  expect(JSON.parse(readFileSync('record.schema.json', 'utf8'))).toEqual(recordJsonSchema());
});

it('the seed record validates against the model', () => {
  const seed = JSON.parse(readFileSync('test/fixtures/seed/suixi-2024-zuzhibu.record.json', 'utf8'));
  expect(DisclosureRecord.safeParse(seed).success).toBe(true);
  expect(DisclosureRecord.safeParse({ ...seed, year: '2024' }).success).toBe(false);
});
