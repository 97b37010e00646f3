// The hostile inputs of issue 15, written into a folder: xlsx, PDF and text bombs that are small on disk (or
// generated because they are big), and the special files (FIFO, device link, symlink loop) that git cannot hold.
// Usage: node --import tsx scripts/hostile/make.ts <dir>   (writes <dir>/*; prints what each must end as)
import { deflateRawSync, deflateSync, constants, crc32 } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What each input must end as: its manifest status and, for errors, the error code. */
export type Expected = Record<string, { status: 'ok' | 'flagged' | 'error'; code?: string; rule?: string }>;

const SEED = new URL('../../samples/suixi-2024-zuzhibu.md', import.meta.url);

/** A zip of the given parts (deflated), enough of one for exceljs and for the caps. */
export function zip(parts: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const n = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc32(data), 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(head, n, packed);
    centrals.push(cd, n);
    offset += 30 + n.length + packed.length;
  }
  const cdSize = centrals.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A one-sheet xlsx whose sheet XML body (inside <worksheet>) is given. */
export function xlsx(sheetBody: string): Buffer {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}">${sheetBody}</worksheet>`,
  });
}

const text = (r: string, s: string) => `<c r="${r}" t="inlineStr"><is><t>${s}</t></is></c>`;

/** A PDF of the given objects (1: catalog … ), with an xref table pdfjs can use. */
export function pdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(at);
    at += b.length;
    parts.push(b);
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

const stream = (dict: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
const onePage = (content: Buffer, extra: (string | Buffer)[] = [], resources = '') =>
  pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${resources} >> >>`,
    stream('/Filter /FlateDecode', deflateSync(content)),
    ...extra,
  ]);

/** A zlib stream of `gib` GiB of zeros, a few MB long: one full-flushed block repeated. */
function zeroBomb(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const n = mib;
  const adler = ((n * (1 << 20)) % 65521) * 65536 + 1;
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(adler >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array.from({ length: n }, () => block), Buffer.from([0x03, 0x00]), tail]);
}

/** Write every hostile input into dir; returns what each must end as. */
export function makeHostile(dir: string): Expected {
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  const put = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  const e: Expected = {};

  put(
    'xlsx-far-cell.xlsx',
    xlsx(`<dimension ref="A1:XFD1048576"/><sheetData><row r="1">${text('A1', '部门名称')}</row><row r="1048576">${text('XFD1048576', 'x')}</row></sheetData>`),
  );
  e['xlsx-far-cell.xlsx'] = { status: 'error', code: 'limit' };
  put(
    'xlsx-merge-bomb.xlsx',
    xlsx(
      `<sheetData><row r="1">${text('A1', '部门名称')}</row><row r="16">${text('A16', '合并')}</row></sheetData><mergeCells count="1"><mergeCell ref="A16:XFD1048576"/></mergeCells>`,
    ),
  );
  e['xlsx-merge-bomb.xlsx'] = { status: 'error', code: 'limit' };
  put('xlsx-sum-all.xlsx', xlsx(`<sheetData><row r="1">${text('A1', '部门名称')}<c r="B1"><f>SUM(A1:XFD1048576)</f><v>0</v></c></row></sheetData>`));
  e['xlsx-sum-all.xlsx'] = { status: 'ok' }; // read, its SUM left unjudged rather than expanded
  const rows: string[] = [];
  for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  put('xlsx-million-rows.xlsx', xlsx(`<sheetData>${rows.join('')}</sheetData>`));
  e['xlsx-million-rows.xlsx'] = { status: 'error', code: 'limit' };

  put('md-500k-lines.md', 'x\n'.repeat(500_000));
  e['md-500k-lines.md'] = { status: 'error', code: 'limit' };
  put('md-pdf-signature.md', seed.replace('\n', '\n\n文件头 %PDF-1.4 不是 PDF\n\n'));
  e['md-pdf-signature.md'] = { status: 'flagged' };
  const bad = Buffer.from(seed.replace(/中共遂溪县委组织部/, '中共遂溪县委组织部 BADBYTE'), 'utf8');
  const at = bad.indexOf('BADBYTE');
  put('md-one-bad-byte.md', Buffer.concat([bad.subarray(0, at), Buffer.from([0xff]), bad.subarray(at + 7)]));
  e['md-one-bad-byte.md'] = { status: 'flagged', rule: 'invalid-utf8' };
  put('md-utf16le-nobom.md', Buffer.from(seed, 'utf16le'));
  e['md-utf16le-nobom.md'] = { status: 'flagged' };
  put('md-deep-parens.md', seed.replace('\n', `\n\n计算：${'('.repeat(10_000)}1${')'.repeat(10_000)}=1\n\n`));
  e['md-deep-parens.md'] = { status: 'flagged' };
  // 200k nested elements on 40k lines (under the line-length and line-count caps, so the parser meets them).
  put('html-deep.html', `<html><body>\n${'<div><div><div><div><div>\n'.repeat(40_000)}x</body></html>\n`);
  e['html-deep.html'] = { status: 'error' };

  put('pdf-q-deep.pdf', onePage(Buffer.from(`${'q '.repeat(1_000_000)}${'Q '.repeat(1_000_000)}`)));
  e['pdf-q-deep.pdf'] = { status: 'error', code: 'limit' };
  put('pdf-flate-bomb.pdf', onePage(Buffer.from('BT ET'), [stream('/Filter /FlateDecode', zeroBomb(4096))]));
  e['pdf-flate-bomb.pdf'] = { status: 'error', code: 'limit' };
  put(
    'pdf-image-bomb.pdf',
    onePage(
      Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q'),
      [
        stream(
          '/Type /XObject /Subtype /Image /Width 32768 /Height 32768 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
          deflateSync(Buffer.alloc(1 << 20)),
        ),
      ],
      '/XObject << /Im1 5 0 R >>',
    ),
  );
  e['pdf-image-bomb.pdf'] = { status: 'error', code: 'limit' };
  const pages = 2_001;
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  put(
    'pdf-2001-pages.pdf',
    pdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
      stream('', Buffer.from('')),
      ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>'),
    ]),
  );
  e['pdf-2001-pages.pdf'] = { status: 'error', code: 'limit' };

  // Not files git can hold: made here, on a system that has them.
  execFileSync('mkfifo', [join(dir, 'fifo.md')]);
  e['fifo.md'] = { status: 'error', code: 'not-a-file' };
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  e['zero.md'] = { status: 'error', code: 'not-a-file' };
  mkdirSync(join(dir, 'loop'));
  symlinkSync('..', join(dir, 'loop', 'up1'));
  symlinkSync('..', join(dir, 'loop', 'up2'));
  e['loop/up1'] = { status: 'error', code: 'unreadable' };
  e['loop/up2'] = { status: 'error', code: 'unreadable' };
  return e;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: make.ts <dir>\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(makeHostile(dir), null, 2)}\n`);
}
