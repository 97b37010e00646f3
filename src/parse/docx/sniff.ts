// Recognising Word documents by their bytes: a docx zip (word/ parts), an OLE2 Word file, RTF.

export type WordKind = 'docx' | 'doc' | 'rtf';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = '{\\rtf';
/** The main part of every docx; LibreOffice writes it last, so the head may only reach other word/ parts. */
export const DOCUMENT_PART = 'word/document.xml';
const WORD_PART = 'word/';
const LOCAL_HEADER_BYTES = 30;
const DOCX_NAME = /\.(?:docx|docm|dotx)$/i;
const OTHER_OFFICE_PART = /^(?:xl|ppt)\/|^mimetype$/;
/** Names that make an OLE2 file a Word (or WPS Writer) document when its directory lies past the head. */
const WORD_NAME = /\.(?:doc|dot|wps)$/i;
/** An OLE2 directory entry naming the Word stream (UTF-16LE). */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/**
 * Which Word kind the bytes are, or null. A zip counts when a local entry name starts with word/; an OLE2 file
 * when its directory names the WordDocument stream (only seen when the bytes reach it) or its name says .doc/.wps.
 */
export function sniffWord(bytes: Uint8Array, path: string): WordKind | null {
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    if (names.some((n) => n.startsWith(WORD_PART))) return 'docx';
    // A large first part can hide every word/ name from the head: then a .docx name decides, unless it is another office file.
    return DOCX_NAME.test(path) && !names.some((n) => OTHER_OFFICE_PART.test(n)) ? 'docx' : null;
  }
  if (startsWith(bytes, OLE2))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORD_STREAM) || WORD_NAME.test(path) ? 'doc' : null;
  if (Buffer.from(bytes.subarray(0, RTF.length)).toString('latin1') === RTF) return 'rtf';
  return null;
}

/** Local file header names in the bytes given, found by signature (entries may use data descriptors). */
function zipEntryNames(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i + LOCAL_HEADER_BYTES <= bytes.length; i++) {
    if (!startsWith(bytes, ZIP, i)) continue;
    const nameLen = bytes[i + 26]! | (bytes[i + 27]! << 8);
    if (i + LOCAL_HEADER_BYTES + nameLen > bytes.length) break;
    out.push(Buffer.from(bytes.subarray(i + LOCAL_HEADER_BYTES, i + LOCAL_HEADER_BYTES + nameLen)).toString('utf8'));
  }
  return out;
}
