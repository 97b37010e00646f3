// Unreadable PDFs get an error naming the file (and page), never a crash.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.ts';
import { InputError } from '../../../src/parse/grid.ts';

const DIR = 'test/fixtures/pdf';

async function failure(path: string, options = {}): Promise<InputError> {
  try {
    await extract(path, options);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`${path} was read`);
}

describe('unreadable PDFs', () => {
  it('an encrypted PDF', async () => {
    const e = await failure(`${DIR}/corrupt/encrypted.pdf`);
    expect([e.code, e.message]).toEqual(['encrypted-pdf', `${DIR}/corrupt/encrypted.pdf: the PDF is encrypted and needs a password`]);
  });

  it('a truncated PDF', async () => {
    const e = await failure(`${DIR}/corrupt/truncated.pdf`);
    expect(e.code).toBe('corrupt-pdf');
    expect(e.message).toBe(`${DIR}/corrupt/truncated.pdf: the PDF cannot be read (Invalid PDF structure.)`);
  });

  it('a scan without --ocr', async () => {
    const e = await failure(`${DIR}/scanned.pdf`);
    expect([e.code, e.loc, e.message]).toEqual([
      'no-text-layer',
      { page: 1 },
      `${DIR}/scanned.pdf: page 1: no text layer on any of 13 page(s) (a scan?); run with --ocr to read it`,
    ]);
  });
});
