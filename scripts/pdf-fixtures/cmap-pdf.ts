// A minimal PDF writer for text in a predefined CJK CMap with a non-embedded font, as many government
// PDFs are made: Type0 /STSong-Light /Encoding /UniGB-UCS2-H (Adobe-GB1), strings as UTF-16BE hex.

/** The non-embedded font every page uses, resource name /F1. */
const FONT = 'STSong-Light';
const ENCODING = 'UniGB-UCS2-H';

/** A string as the hex string UniGB-UCS2-H reads: UCS-2 code units, big-endian. */
export function ucs2Hex(s: string): string {
  let hex = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code > 0xffff) throw new Error(`UCS-2 cannot encode U+${code.toString(16)}`);
    hex += code.toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** Printed width of a string in em for STSong-Light: ASCII half-width (CIDs 1–95 set to 500 in /W), the rest one em. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x7f ? 0.5 : 1;
  return w;
}

/** Content-stream operators that draw one text run at (x, y) in the font at `size` points. */
export function textOp(s: string, x: number, y: number, size: number): string {
  return `BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm ${ucs2Hex(s)} Tj ET`;
}

/**
 * The bytes of a PDF whose pages have the given content streams (A4 portrait, 595×842 pt) and
 * the font above, with a correct xref table so that strict readers open it without repair.
 */
export function writePdf(pages: string[], info: { title: string; producer: string }): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  // Fixed numbering: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 info, then page/content pairs.
  const pageIds = pages.map((_, i) => 7 + i * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add(`<< /Type /Font /Subtype /Type0 /BaseFont /${FONT} /Encoding /${ENCODING} /DescendantFonts [4 0 R] >>`);
  add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${FONT} /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>`,
  );
  add(
    `<< /Type /FontDescriptor /FontName /${FONT} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  );
  add(`<< /Title ${ucs2Hex('\ufeff' + info.title)} /Producer (${info.producer}) /CreationDate (D:20250115000000Z) >>`);
  pages.forEach((content, i) => {
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
