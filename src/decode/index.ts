// Bytes → text: BOMs, declared charsets (<meta charset="gbk">), strict UTF-8, GB18030 as the fallback.
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { InputError } from '../model/input-error.ts';

type Iconv = typeof import('iconv-lite');
let iconvLib: Iconv | undefined;
/** iconv-lite, loaded on the first GB-encoded page: UTF-8 documents do not pay for its tables. */
const iconv = (): Iconv => (iconvLib ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

/** `invalid`: byte offsets of bytes that are not UTF-8 in a file otherwise read as UTF-8 (shown as U+FFFD). */
export type Decoded = { text: string; encoding: string; invalid?: number[] };

/** A file with at most this many bad sequences (and most of its non-ASCII bytes good UTF-8) is UTF-8 with damage,
 *  not GBK: real GBK text fails UTF-8 on nearly every Chinese character. */
const MAX_BAD_UTF8 = 16;
/** Share of the sampled bytes that must be NUL at odd (LE) or even (BE) offsets for BOM-less UTF-16. */
const UTF16_NUL_SHARE = 0.3;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const GB_FAMILY = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/i;

/** Decode a textual input, naming the file in the error when it is empty or not text at all. */
export function decodeText(bytes: Uint8Array, path: string): Decoded {
  if (bytes.length === 0) throw new InputError(`${path}: the file is empty`, 'empty-file', { line: 1 });
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const binaryAt = firstBinaryByte(bytes);
  if (binaryAt >= 0) {
    throw new InputError(
      `${path}: binary content (byte 0x${bytes[binaryAt]!.toString(16).padStart(2, '0')} at offset ${binaryAt}), not a text document`,
      'binary-file',
      { line: lineAt(bytes, binaryAt) },
    );
  }
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = DECLARED.exec(head)?.[1];
  if (declared && GB_FAMILY.test(declared)) return { text: iconv().decode(Buffer.from(bytes), 'gb18030'), encoding: declared.toLowerCase() };
  // isUtf8 (simdutf) checks and Buffer's toString decodes several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  // A few bad bytes in a UTF-8 file are damage, and are reported; many mean another encoding: Chinese
  // government pages that do not declare a charset are GBK in practice.
  const bad = badUtf8(bytes);
  if (bad) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalid: bad };
  return { text: iconv().decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
}

/** Offsets of invalid UTF-8 sequences when they are few (≤ MAX_BAD_UTF8) and valid multi-byte ones outnumber
 *  them; null when the bytes are better read as another encoding. */
export function badUtf8(bytes: Uint8Array): number[] | null {
  const bad: number[] = [];
  let good = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += n + 1;
      continue;
    }
    bad.push(i);
    if (bad.length > MAX_BAD_UTF8) return null;
    i++;
  }
  return bad.length > 0 && good > bad.length ? bad : null;
}

/** 'utf-16le' / 'utf-16be' for text without a BOM whose every other byte is mostly NUL; null otherwise. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII-range text (markup, digits, | separators) gives the NULs; both sides NUL is binary, not text.
  if (oddNul / pairs >= UTF16_NUL_SHARE && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs >= UTF16_NUL_SHARE && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Offset of the first byte that no text file has (NUL, or a control run), or -1. */
function firstBinaryByte(bytes: Uint8Array): number {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return -1;
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) if (++controls > 8) return i;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
