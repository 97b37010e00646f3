// The seed saved as Word by two writers (LibreOffice, the docx package) and as .doc gives the markdown seed's record.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { sofficeBinary } from '../../../src/parse/spreadsheet/convert.ts';
import { comparable } from '../../helpers/comparable.ts';

const DIR = 'test/fixtures/docx';
const SEED = 'samples/suixi-2024-zuzhibu.md';
/** One LibreOffice conversion: ~10 s alone, past the default 60 s when the shared machine is loaded. */
const CONVERSION_TEST_MS = 180_000;

function hasSoffice(): boolean {
  try {
    execFileSync(sofficeBinary(), ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
// Skipped loudly without LibreOffice on a workstation; in CI (CI set) they run, and fail if it is missing.
const SKIP_LEGACY = !hasSoffice() && !process.env.CI;
if (SKIP_LEGACY) console.warn('\n!!! SKIPPING the .doc test: LibreOffice (soffice) is not installed. CI must install libreoffice-writer-nogui. !!!\n');

describe('the seed as a Word document', async () => {
  const reference = comparable((await extract(SEED)).record);

  for (const name of ['suixi-2024-zuzhibu.lo.docx', 'suixi-2024-zuzhibu.docxjs.docx']) {
    it(`${name} (read natively) gives the markdown seed's record`, async () => {
      const { record } = await extract(`${DIR}/${name}`);
      expect(record.source.format).toBe('word');
      expect(comparable(record)).toEqual(reference);
    });
  }

  it('places a task by table, row and grid column', async () => {
    const { record } = await extract(`${DIR}/suixi-2024-zuzhibu.lo.docx`);
    expect(record.tasks[0]!.loc).toEqual({ table: 1, row: 11, column: 2 });
  });

  // One conversion only (LibreOffice takes seconds): the .wps fixture is the same Word-binary bytes under
  // another name (see scripts/docx/make.ts), so it is checked by the sniff test in layout.test.ts.
  it.skipIf(SKIP_LEGACY)(
    '.doc (through LibreOffice) gives the same record, with a conversion note',
    async () => {
      const { record } = await extract(`${DIR}/suixi-2024-zuzhibu.doc`);
      const notes = record.flags.filter((f) => f.rule === 'word-converted');
      expect(notes.map((f) => f.message)).toEqual(['read through a LibreOffice conversion of the .doc file to docx']);
      // The note is provenance, not a finding about the document: compared without it.
      expect(comparable({ ...record, flags: record.flags.filter((f) => f.rule !== 'word-converted') })).toEqual(reference);
    },
    CONVERSION_TEST_MS,
  );
});
