// PDF renderings of disclosures: the same record as the markdown seed, and the scores the scorer gives them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { comparable } from '../../helpers/comparable.ts';

const DIR = 'test/fixtures/pdf';
const SCORER = '../shared/tools/score.mjs';

/** The scorer's last line for one record against its gold, or a loud reason when the scorer is absent. */
function score(record: unknown, gold: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-score-'));
  writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify(record)}\n`);
  return execFileSync('node', [SCORER, join(dir, 'records.jsonl'), gold], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
}

describe('seed.pdf (Calc export: ruled, 13 pages, merged level cells cut by page breaks)', async () => {
  const pdf = await extract(`${DIR}/seed.pdf`);
  const md = await extract('samples/suixi-2024-zuzhibu.md');

  it('gives the markdown seed\'s record on every field but source and loc', () => {
    expect(comparable(pdf.record)).toEqual(comparable(md.record));
  });

  it('carries page and bbox as loc', () => {
    expect(pdf.record.source).toMatchObject({ format: 'pdf', pages: 13 });
    expect(pdf.record.tasks[0]!.loc).toEqual({ page: 1, bbox: [126.9, 296.6, 252.9, 314.6] });
    expect(pdf.record.indicators[57]!.loc.page).toBe(13);
  });

  it.skipIf(!existsSync(SCORER))('scores SCORE 1.000 against the seed gold', () => {
    expect(score(pdf.record, `${DIR}/seed.pdf.gold.json`)).toBe('SCORE 1.000');
  });
});

describe.skipIf(!existsSync(SCORER))('other PDF renderings, scored against their gold', () => {
  it.each([
    // Writer export: first table row repeated on each page, rows broken across pages.
    ['writer-thead.pdf', 'SCORE 1.000'],
    // Predefined CJK CMap (UniGB-UCS2-H) with the non-embedded STSong-Light font.
    ['cmap-stsong.pdf', 'SCORE 1.000'],
    // No ruling lines at all: columns and rows from text positions. Merged level labels printed once,
    // vertically centred, cannot be told apart from a cut-away label: 13 of 21 level pairs are missed, and the
    // last character of indicator 18's target, wrapped alone onto its own line, is lost.
    ['no-rulings.pdf', 'SCORE 0.967'],
  ])('%s → %s', async (name, expected) => {
    const { record } = await extract(`${DIR}/${name}`);
    expect(score(record, `${DIR}/${name}.gold.json`)).toBe(expected);
  });
});

if (!existsSync(SCORER)) console.warn(`SKIPPED: PDF score tests need the shared scorer at ${SCORER}`);
