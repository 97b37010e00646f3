// Property tests: whatever the bytes, each parser (and the formula reader) gives a record or a clean InputError,
// never another exception. Fixed seed and few runs in CI; `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/limits/extract-job.ts';
import { InputError } from '../../src/parse/grid.ts';
import { evaluateExact } from '../../src/arith/bignum.ts';
import { sha256 } from '../../src/ingest/index.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const TIMEOUT = Math.max(60_000, RUNS * 5_000);

const seedMd = readFileSync('samples/suixi-2024-zuzhibu.md');
const seedHtml = readFileSync('samples/suixi-2024-zuzhibu.gbk.html');
const xlsx = readFileSync('test/fixtures/spreadsheet/small.xlsx');
const pdf = readFileSync('test/fixtures/pdf/cmap-stsong.pdf');

/** A record, or an InputError: anything else thrown fails the property with its stack. */
async function cleanOutcome(path: string, bytes: Uint8Array): Promise<'record' | 'input-error'> {
  try {
    const r = await extractRecord({ path, bytes, sha256: sha256(bytes) });
    for (const one of r) expect(one.source.path).toBe(path);
    return 'record';
  } catch (e) {
    if (e instanceof InputError) return 'input-error';
    throw e;
  }
}

/** Bytes with a few positions overwritten, a slice cut out, or a slice repeated. */
const mutated = (base: Buffer) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 }).map((flips) => {
      const b = Buffer.from(base);
      for (const [at, v] of flips) b[at] = v;
      return b;
    }),
    fc
      .tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 4096 }))
      .map(([at, n]) => Buffer.concat([base.subarray(0, at), base.subarray(Math.min(base.length, at + n))])),
    fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 512 }), fc.integer({ min: 2, max: 50 })).map(([at, n, k]) => {
      const piece = base.subarray(at, at + n);
      return Buffer.concat([base.subarray(0, at), ...Array.from({ length: k }, () => piece), base.subarray(at)]);
    }),
  );

const property = (name: string, path: string, arb: fc.Arbitrary<Uint8Array>) =>
  it(
    name,
    async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (bytes) => {
          await cleanOutcome(path, bytes);
        }),
        params,
      );
    },
    TIMEOUT,
  );

describe('fuzz: every parser ends in a record or an InputError', () => {
  property('random bytes', 'random.md', fc.uint8Array({ maxLength: 2048 }));
  property(
    'random bytes after a PDF signature',
    'random.pdf',
    fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.7\n'), b])),
  );
  property(
    'random bytes after a zip signature',
    'random.xlsx',
    fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b])),
  );
  property('mutated markdown', 'seed.md', mutated(seedMd));
  property('mutated GBK HTML', 'seed.html', mutated(seedHtml));
  property('mutated xlsx', 'small.xlsx', mutated(xlsx));
  property('mutated PDF', 'small.pdf', mutated(pdf));
  property(
    'deep nesting in markdown and HTML',
    'deep.md',
    fc
      .tuple(
        fc.constantFrom('> ', '<div>', '(', '- ', '[', '<table><tr><td>', '项目 1 ', '( 项目 ', '其中: ', '名称 |'),
        fc.integer({ min: 1_000, max: 30_000 }),
      )
      .map(([open, depth]) => Buffer.from(`${open.repeat(depth)}部门名称${')'.repeat(depth % 7)}\n`)),
  );
});

describe('fuzz: the exact formula reader returns a number or null', () => {
  const ALPHABET = '0123456789.+-*/() ';
  it('over random arithmetic text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 200 }), (s) => {
        const v = evaluateExact(s);
        expect(v === null || v.isFinite()).toBe(true);
      }),
      { ...params, numRuns: RUNS * 50 },
    );
  });

  it('over nesting far deeper than any formula', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom('(', '-', '(-'), (depth, open) => {
        const close = open === '-' ? '' : ')'.repeat(depth);
        const v = evaluateExact(`${open.repeat(depth)}1${close}`);
        expect(v === null || v.isFinite()).toBe(true);
      }),
      params,
    );
  });
});
