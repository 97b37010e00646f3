// The seed disclosure as a workbook: the same record as its markdown rendering, and SCORE 1.000.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import type { DisclosureRecord } from '../../../src/model/index.ts';
import { comparable } from '../../helpers/comparable.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

// The repo's copies of the shared seed and gold (identical files); the scorer lives beside the repo.
const SEED_MD = 'samples/suixi-2024-zuzhibu.md';
const SEED_XLSX = 'test/fixtures/spreadsheet/suixi-2024-zuzhibu.xlsx';
const SCORER = '../shared/tools/score.mjs';
const GOLD = 'test/fixtures/gold';

/** Flags about sheet formulas exist only where cells hold formulas; they are compared through sheetFormulas. */
const withoutSheetFlags = (r: DisclosureRecord): DisclosureRecord => ({ ...r, flags: r.flags.filter((f) => f.target.kind !== 'sheetFormula') });

describe('seed as xlsx: suixi-2024-zuzhibu.xlsx', async () => {
  // The scorer matches records to gold by file name, so the workbook is copied under the seed's name.
  const dir = tempDir('xlsx-seed-');
  const copy = join(dir, 'suixi-2024-zuzhibu.md');
  copyFileSync(SEED_XLSX, copy);
  const fromXlsx = await extract(copy);
  const fromMarkdown = await extract(SEED_MD);

  it('is read as a spreadsheet by content although named .md', () => {
    expect(fromXlsx.record.source.format).toBe('spreadsheet');
  });

  it("gives the markdown seed's record on every field but source, id, loc, formula text/syntax and sheetFormulas", () => {
    expect(comparable(withoutSheetFlags(fromXlsx.record))).toEqual(comparable(withoutSheetFlags(fromMarkdown.record)));
    expect(fromXlsx.record.tasks).toHaveLength(45);
    expect(fromXlsx.record.indicators).toHaveLength(58);
  });

  it('carries sheet/cell provenance and its one cell formula', () => {
    expect(fromXlsx.record.tasks[11]!.loc).toEqual({ sheet: '2024年部门整体绩效目标表', cell: 'B23' });
    expect(fromXlsx.record.indicators[57]!.loc).toEqual({ sheet: '2024年部门整体绩效目标表', cell: 'D117' });
    expect(fromXlsx.record.budget.loc['income.fiscalAppropriation']).toEqual({ sheet: '2024年部门整体绩效目标表', cell: 'E5' });
    expect(fromXlsx.record.sheetFormulas).toEqual([
      { sheet: '2024年部门整体绩效目标表', cell: 'E5', formula: 'C5+C6+C9', cached: 14253.69625, computed: 14253.696251, verdict: 'rounded' },
    ]);
    expect(fromXlsx.record.formulas.map((f) => [f.taskNo, f.syntax, f.text, f.verdict])[0]).toEqual([12, 'plain', '322×10×0.1=322', 'ok']);
  });

  it.skipIf(!existsSync(SCORER))('scores SCORE 1.000 against the seed gold', () => {
    const out = join(dir, 'records');
    mkdirSync(out);
    writeFileSync(join(out, 'records.jsonl'), `${JSON.stringify(fromXlsx.record)}\n`);
    const printed = execFileSync('node', [SCORER, out, GOLD], { encoding: 'utf8' });
    expect(printed.trim().split('\n').at(-1)).toBe('SCORE 1.000');
  });
});
