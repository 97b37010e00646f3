// PDF renderings of disclosures: the same record as the markdown seed, and the scores the scorer gives them.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { comparable } from '../../helpers/comparable.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const DIR = 'test/fixtures/pdf';
const SCORER = '../shared/tools/score.mjs';

/** The scorer's last line for one record against its gold, or a loud reason when the scorer is absent. */
function score(record: unknown, gold: string): string {
  const dir = tempDir('pdf-score-');
  writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify(record)}\n`);
  return execFileSync('node', [SCORER, join(dir, 'records.jsonl'), gold], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
}

describe('seed.pdf (Calc export: ruled, 13 pages, merged level cells cut by page breaks)', async () => {
  const pdf = await extract(`${DIR}/seed.pdf`);
  const md = await extract('samples/suixi-2024-zuzhibu.md');

  it("gives the markdown seed's record on every field but source and loc", () => {
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
    // No ruling lines at all: columns and rows from text positions; merged level labels, printed once and
    // vertically centred, are given to the rows of their group (level-spans.ts). Rows are anchored on their
    // 指标N cells (unruled-anchors.ts), so the last character of indicator 18's target, wrapped alone onto its
    // own line, stays in its row (it was lost before: 0.999).
    ['no-rulings.pdf', 'SCORE 1.000'],
  ])('%s → %s', async (name, expected) => {
    const { record } = await extract(`${DIR}/${name}`);
    expect(score(record, `${DIR}/${name}.gold.json`)).toBe(expected);
  });
});

if (!existsSync(SCORER)) console.warn(`SKIPPED: PDF score tests need the shared scorer at ${SCORER}`);

describe('no-rulings.pdf: level labels given to their rows from the layout alone', async () => {
  const { record } = await extract(`${DIR}/no-rulings.pdf`);

  it('says so: levelInferred on every row the label was not printed on, and on no ruled table', () => {
    expect(record.indicators.filter((i) => i.levelInferred).map((i) => i.no)).toEqual([
      38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ]);
    // The label is printed in the gap between the text of rows 53 and 54 (3 pt above 54's): since rows are anchored
    // on their markers (unruled-anchors.ts) it is read as a line of its own there, so no row is said to print it.
    expect(record.indicators.find((i) => i.no === 54)).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标', levelInferred: true });
  });
});
