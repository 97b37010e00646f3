// The raw-byte limits checked before pdfjs reads a PDF: small streams are inflated in one call, larger or damaged
// ones in counted chunks; both ways must refuse the same files with the same words.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfCaps, PDF_CAPS } from '../../../src/parse/pdf/caps.ts';

/** A minimal PDF body holding the given streams (enough for the byte-level checks, not for pdfjs). */
function pdfWith(...streams: { dict: string; data: Buffer }[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 1 >> endobj\n')];
  streams.forEach((s, i) =>
    parts.push(
      Buffer.from(`${i + 2} 0 obj << ${s.dict}${/\/Length\s/.test(s.dict) ? '' : ` /Length ${s.data.length}`} >>\nstream\n`),
      s.data,
      Buffer.from('\nendstream\nendobj\n'),
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}
const flate = (text: string | Buffer) => ({ dict: '/Filter /FlateDecode', data: deflateSync(typeof text === 'string' ? Buffer.from(text) : text) });
const refusal = async (bytes: Uint8Array) =>
  checkPdfCaps(bytes, 'f.pdf').then(
    () => 'accepted',
    (e: Error) => e.message,
  );

describe('PDF caps', () => {
  it('accepts an ordinary content stream, and damaged data it leaves to pdfjs', async () => {
    expect(await refusal(pdfWith(flate('q 1 0 0 1 0 0 cm BT /F1 12 Tf (x) Tj ET Q')))).toBe('accepted');
    expect(await refusal(pdfWith({ dict: '/Filter /FlateDecode', data: Buffer.from('not zlib at all') }))).toBe('accepted');
  });

  it('refuses q … Q nested past the cap, in a small stream, a large one and a truncated one', async () => {
    const deep = 'q '.repeat(PDF_CAPS.saveDepth + 1);
    const words = /graphics states \(q … Q\) nested more than 1000 deep; not a disclosure document$/;
    expect(await refusal(pdfWith(flate(deep)))).toMatch(words);
    expect(await refusal(pdfWith(flate(deep + ' '.repeat(3 << 20))))).toMatch(words);
    const cut = flate(deep + 'x'.repeat(100_000));
    expect(await refusal(pdfWith({ ...cut, data: cut.data.subarray(0, 200) }))).toMatch(words);
  });

  it('refuses a stream inflating past its cap', async () => {
    const bomb = pdfWith({ dict: '/Filter /FlateDecode /Length1 5', data: deflateSync(Buffer.alloc(PDF_CAPS.streamBytes + 1)) });
    expect(await refusal(bomb)).toMatch(/: stream at byte \d+: inflates past 134217728 bytes; not a disclosure document$/);
  });

  it('refuses fonts that each stay under the stream cap but together inflate past the total', async () => {
    const font = { dict: '/Filter /FlateDecode /Length1 5', data: deflateSync(Buffer.alloc(120 * 1024 * 1024)) };
    expect(await refusal(pdfWith(font, font, font, font, font))).toMatch(/: streams inflate to more than 536870912 bytes; not a disclosure document$/);
    expect(await refusal(pdfWith(font, font, font, font))).toBe('accepted');
  });

  it('inflates a stream whose /Length is a reference (LibreOffice writes them so) up to endstream', async () => {
    const deep = deflateSync(Buffer.from('q '.repeat(PDF_CAPS.saveDepth + 1)));
    expect(await refusal(pdfWith({ dict: '/Filter /FlateDecode /Length 12 0 R', data: deep }))).toMatch(/nested more than 1000 deep/);
  });
});
