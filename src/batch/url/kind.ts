// The extension a download is stored under, decided by its bytes (never by the URL, which is often download.jsp?id=).
import { sniffWord } from '../../parse/docx/sniff.ts';
import { htmlParser } from '../../parse/html/index.ts';
import { sniffWorkbook } from '../../parse/spreadsheet/sniff.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** OLE2 directory entries (UTF-16LE) that name a Word or an Excel stream; the directory may lie anywhere in the file. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
const EXCEL_STREAMS = [Buffer.from('Workbook', 'utf16le'), Buffer.from('Book', 'utf16le')];
const HEAD = 4096;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** pdf, docx, xlsx, ods, doc, xls, rtf, zip, html, md (any other text) or bin. */
export function sniffExtension(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    // The whole file is at hand, so the word/ or xl/ part names are found wherever they lie.
    const workbook = sniffWorkbook(bytes);
    if (workbook) return workbook;
    return sniffWord(bytes, '') === 'docx' ? 'docx' : 'zip';
  }
  if (startsWith(bytes, OLE2)) {
    if (buf.includes(WORD_STREAM)) return 'doc';
    return EXCEL_STREAMS.some((s) => buf.includes(s)) ? 'xls' : 'bin';
  }
  if (sniffWord(bytes.subarray(0, HEAD), '') === 'rtf') return 'rtf';
  if (htmlParser.sniff(bytes.subarray(0, HEAD), '')) return 'html';
  return bytes.subarray(0, HEAD).includes(0) ? 'bin' : 'md';
}
