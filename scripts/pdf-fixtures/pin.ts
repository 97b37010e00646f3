// Pins the run-dependent bytes of a PDF (creation/modification dates, the file /ID, LibreOffice's /DocChecksum) so that rerunning the
// fixture script rewrites identical files. Replacements keep every byte count, so the xref offsets stay right.
// Not for encrypted files: their key is derived from the /ID.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const FIXED_DATE = '20250115000000';
const DATE = /D:\d{14}/g;
const CHECKSUM = /\/DocChecksum \/[0-9A-F]{32}/g;
const ID = /(\/ID\s*\[\s*<)([0-9a-fA-F]+)(>\s*<)([0-9a-fA-F]+)(>)/g;

/** Rewrites the file in place with fixed dates and an /ID derived from its name. */
export function pinPdf(path: string, name: string): void {
  let text = readFileSync(path, 'latin1').replace(DATE, `D:${FIXED_DATE}`);
  const id = createHash('md5').update(name).digest('hex');
  text = text.replace(
    ID,
    (_m, a: string, x: string, b: string, y: string, c: string) =>
      `${a}${id.slice(0, x.length).padEnd(x.length, '0')}${b}${id.slice(0, y.length).padEnd(y.length, '0')}${c}`,
  );
  // LibreOffice's checksum of the document covers the dates; a fixed value keeps its length and position.
  text = text.replace(CHECKSUM, `/DocChecksum /${id.toUpperCase()}`);
  writeFileSync(path, Buffer.from(text, 'latin1'));
}
