// Recognising workbooks by their bytes: an xlsx zip, an OpenDocument spreadsheet zip, a BIFF (OLE2) file.

export type WorkbookKind = 'xlsx' | 'xls' | 'ods';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Every xlsx part lives under xl/; exceljs writes xl/workbook.xml last, so any xl/ entry name counts. */
const XLSX_PART = 'xl/';
const WORKBOOK_NAME = /\.(?:xlsx|xlsm|ods)$/i;
/** Parts that make a zip a Word or PowerPoint file, whatever it is called. */
const OTHER_OFFICE_PART = /^(?:word|ppt)\//;
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** A Word document is OLE2 too; its directory names this stream (UTF-16LE). */
const WORD_STREAM = utf16('WordDocument');

const startsWith = (head: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Which workbook the first bytes are, or null; the zip's local entry names decide, not the file name. */
export function sniffWorkbook(head: Uint8Array): WorkbookKind | null {
  if (startsWith(head, OLE2)) return latin1(head).includes(WORD_STREAM) ? null : 'xls';
  if (!startsWith(head, ZIP)) return null;
  const names = zipEntryNames(head);
  if (names[0]?.name === 'mimetype' && latin1(head.subarray(names[0].dataAt, names[0].dataAt + ODS_MIMETYPE.length)) === ODS_MIMETYPE) return 'ods';
  return names.some((n) => n.name.startsWith(XLSX_PART)) ? 'xlsx' : null;
}

/**
 * Whether a file is taken for a workbook: by content; and, when the head is a zip whose entries the head
 * does not reach (a large first part), by an xlsx/ods name. parse() then checks the whole file.
 */
export function looksLikeWorkbook(head: Uint8Array, path: string): boolean {
  if (sniffWorkbook(head) !== null) return true;
  if (!startsWith(head, ZIP) || !WORKBOOK_NAME.test(path)) return false;
  return !zipEntryNames(head).some((n) => OTHER_OFFICE_PART.test(n.name) || n.name === 'mimetype');
}

/**
 * Names of the local file headers found in the bytes given. Entries may use data descriptors (sizes
 * unknown up front), so headers are found by their signature rather than by walking sizes.
 */
function zipEntryNames(bytes: Uint8Array): Array<{ name: string; dataAt: number }> {
  const out: Array<{ name: string; dataAt: number }> = [];
  for (let i = bytes.indexOf(0x50); i >= 0 && i + 30 <= bytes.length; i = bytes.indexOf(0x50, i + 1)) {
    if (!startsWith(bytes, ZIP, i)) continue;
    const nameLen = bytes[i + 26]! | (bytes[i + 27]! << 8);
    const extraLen = bytes[i + 28]! | (bytes[i + 29]! << 8);
    if (i + 30 + nameLen > bytes.length) break;
    out.push({ name: latin1(bytes.subarray(i + 30, i + 30 + nameLen)), dataAt: i + 30 + nameLen + extraLen });
  }
  return out;
}

function utf16(s: string): string {
  return [...s].map((c) => `${c}\0`).join('');
}
