// Bytes → text: BOMs, declared charsets (<meta charset="gbk">), strict UTF-8, GB18030 as the fallback.
import { createRequire } from 'node:module';
import { InputError } from '../model/input-error.ts';

type Iconv = typeof import('iconv-lite');
let iconvLib: Iconv | undefined;
/** iconv-lite, loaded on the first GB-encoded page: UTF-8 documents do not pay for its tables. */
const iconv = (): Iconv => (iconvLib ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

export type Decoded = { text: string; encoding: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const GB_FAMILY = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/i;

/** Decode a textual input, naming the file in the error when it is empty or not text at all. */
export function decodeText(bytes: Uint8Array, path: string): Decoded {
  if (bytes.length === 0) throw new InputError(`${path}: the file is empty`, 'empty-file', { line: 1 });
  const binaryAt = firstBinaryByte(bytes);
  if (binaryAt >= 0) {
    throw new InputError(`${path}: binary content (byte 0x${bytes[binaryAt]!.toString(16).padStart(2, '0')} at offset ${binaryAt}), not a text document`, 'binary-file', { line: lineAt(bytes, binaryAt) });
  }
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = DECLARED.exec(head)?.[1];
  if (declared && GB_FAMILY.test(declared)) return { text: iconv().decode(Buffer.from(bytes), 'gb18030'), encoding: declared.toLowerCase() };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese government pages that do not declare a charset are GBK in practice.
    return { text: iconv().decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
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
