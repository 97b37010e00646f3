// How pdfjs is opened: text and rulings are read without the drawing work pdfjs does for a canvas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../../src/parse/pdf/pdfjs.ts';
import { readPage } from '../../../src/parse/pdf/page-reader.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf-matrix', 'synth-7-00001.chromium-borders.pdf');

type Transport = { commonObjs: Iterable<[string, unknown]>; fontLoader: { bind: (f: unknown) => Promise<void> } };

describe('openPdf', () => {
  it('reads a CJK page without tracing its glyphs into paths or installing its fonts', async () => {
    const doc = await openPdf(new Uint8Array(readFileSync(FIXTURE)), FIXTURE);
    try {
      const page = await readPage(await doc.getPage(1), 1);
      expect(page.texts.length).toBeGreaterThan(50);
      expect(page.rulings.length).toBeGreaterThan(8);
      const transport = (doc as unknown as { _transport: Transport })._transport;
      // Each glyph traced for drawing arrives as a common object named "<font>_path_<glyph>".
      const traced = [...transport.commonObjs].filter(([id]) => id.includes('_path_'));
      expect(traced).toEqual([]);
      // The fonts did arrive, measured by the worker; none became a CSS font face.
      expect([...transport.commonObjs].some(([, obj]) => (obj as { loadedName?: string })?.loadedName)).toBe(true);
      expect([...transport.commonObjs].some(([, obj]) => (obj as { attached?: boolean })?.attached)).toBe(false);
    } finally {
      await doc.destroy();
    }
  });
});
