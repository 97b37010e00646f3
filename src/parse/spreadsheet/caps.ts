// Limits checked on the xlsx package before exceljs builds anything: a 7 KB file can declare a cell at
// XFD1048576 or a merge over a billion cells, and exceljs (merges) or the dense grid (a far cell) would try
// to build them. The zip's central directory is read here and each sheet part inflated with a hard cap.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../grid.ts';
import { parseAddress } from './sheet-grid.ts';

/** The caps; a disclosure sheet is a few hundred rows of a dozen columns. */
export const XLSX_CAPS = {
  /** Inflated size of one part of the package (a sheet, the shared strings). */
  partBytes: 64 * 1024 * 1024,
  /** Inflated size of all parts together. */
  totalBytes: 256 * 1024 * 1024,
  /** Rows and cells written in one sheet. */
  rows: 100_000,
  cells: 1_000_000,
  /** Rows × columns of the rectangle from A1 to the farthest written cell: the grid that would be built. */
  gridArea: 2_000_000,
  /** Rows × columns of a declared <dimension>: generous, since some writers declare A1:IV65536. */
  declaredArea: 20_000_000,
  /** Merged ranges, and the cells one merge (and all merges together) may cover. */
  merges: 20_000,
  mergeArea: 1_000_000,
};

/** Cells one SUM range may cover before the formula is left unjudged rather than expanded. */
export const MAX_RANGE_CELLS = 100_000;

type Entry = { name: string; method: number; compressed: number; size: number; offset: number };

/** Refuse an xlsx whose parts or sheets exceed XLSX_CAPS, naming the part and the cap. */
export function checkXlsxCaps(bytes: Uint8Array, path: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  if (!entries) return; // not a readable zip: exceljs says so in its own words
  let total = 0;
  for (const e of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    if (!isSheet && e.name !== 'xl/sharedStrings.xml') {
      total += e.size;
      continue;
    }
    const xml = inflate(buf, e, path);
    total += xml.length;
    if (isSheet) checkSheet(xml.toString('latin1'), `${path}: ${e.name}`);
  }
  if (total > XLSX_CAPS.totalBytes) throw limit(`${path}: the workbook inflates to ${total} bytes (cap ${XLSX_CAPS.totalBytes})`);
}

const limit = (message: string) => new InputError(`${message}; not a disclosure workbook`, 'limit');

function area(ref: string): { rows: number; cols: number } | null {
  const [a, b = a] = ref.split(':') as [string, string?];
  const p = parseAddress(a);
  const q = parseAddress(b);
  return p && q ? { rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 } : null;
}

/** Count and measure a sheet's rows, cells, merges and declared dimension with regular expressions (no DOM). */
function checkSheet(xml: string, where: string): void {
  const dim = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(xml)?.[1];
  const d = dim ? area(dim) : null;
  if (d && d.rows * d.cols > XLSX_CAPS.declaredArea)
    throw limit(`${where}: declares dimension ${dim} (${d.rows * d.cols} cells, cap ${XLSX_CAPS.declaredArea})`);
  let rows = 0;
  for (const _ of xml.matchAll(/<(?:\w+:)?row\b/g)) if (++rows > XLSX_CAPS.rows) throw limit(`${where}: more than ${XLSX_CAPS.rows} rows`);
  let cells = 0;
  let maxRow = 0;
  let maxCol = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3}\d+)"/g)) {
    if (++cells > XLSX_CAPS.cells) throw limit(`${where}: more than ${XLSX_CAPS.cells} cells`);
    const at = parseAddress(m[1]!)!;
    if (at.row > maxRow) maxRow = at.row;
    if (at.col > maxCol) maxCol = at.col;
    if (maxRow * maxCol > XLSX_CAPS.gridArea)
      throw limit(`${where}: a cell at ${m[1]} makes a grid of ${maxRow} rows × ${maxCol} columns (cap ${XLSX_CAPS.gridArea} cells)`);
  }
  let merges = 0;
  let covered = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    if (++merges > XLSX_CAPS.merges) throw limit(`${where}: more than ${XLSX_CAPS.merges} merged ranges`);
    const a = area(m[1]!);
    covered += a ? a.rows * a.cols : 0;
    if (covered > XLSX_CAPS.mergeArea) throw limit(`${where}: merged range ${m[1]} (merges cover more than ${XLSX_CAPS.mergeArea} cells)`);
  }
}

/** The zip's entries from its end-of-central-directory record; null when there is none. */
function centralDirectory(buf: Buffer): Entry[] | null {
  const EOCD = 0x06054b50;
  const CDH = 0x02014b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let k = 0; k < count && p + 46 <= buf.length && buf.readUInt32LE(p) === CDH; k++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Inflate one entry, never past XLSX_CAPS.partBytes whatever its header claims. */
function inflate(buf: Buffer, e: Entry, path: string): Buffer {
  const LFH = 0x04034b50;
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LFH) return Buffer.alloc(0);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) {
    if (data.length > XLSX_CAPS.partBytes) throw limit(`${path}: ${e.name} is ${data.length} bytes (cap ${XLSX_CAPS.partBytes})`);
    return data;
  }
  if (e.method !== 8) return Buffer.alloc(0);
  try {
    return inflateRawSync(data, { maxOutputLength: XLSX_CAPS.partBytes });
  } catch (x) {
    if ((x as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw limit(`${path}: ${e.name} inflates past ${XLSX_CAPS.partBytes} bytes`);
    return Buffer.alloc(0); // damaged data: exceljs reports it
  }
}
