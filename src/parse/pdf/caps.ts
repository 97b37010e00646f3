// Limits checked on a PDF's raw bytes before pdfjs reads it: pdfjs inflates streams, decodes images and keeps a
// graphics-state stack without bounds, so a 4 KB file can ask for gigabytes or run for ever. Each Flate stream
// is inflated here once: whole when it inflates to at most one chunk, else in chunks that are counted and dropped.
import { createInflate, inflateSync } from 'node:zlib';
import { InputError } from '../grid.ts';

export const PDF_CAPS = {
  /** Pages of one document. */
  pages: 2_000,
  /** Inflated size of one stream, and of all streams together. */
  streamBytes: 128 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
  /** Pixels of one image (width × height as declared). */
  imagePixels: 64 * 1024 * 1024,
  /** q … Q nesting in a content stream (the PDF reference's own implementation limit is 28). */
  saveDepth: 1_000,
  /** Tokens (operators and operands) of one content stream, counted before pdfjs builds its operator list. */
  contentTokens: 8_000_000,
};

/** Inflate in large chunks: a bomb is measured to the cap in a fraction of the time 16 KB chunks take. */
const INFLATE_CHUNK = 1 << 20;

/** Deflate's greatest ratio (a run of one byte: 258 bytes per 2-bit code): no stream inflates past 1032 × its size. */
const MAX_DEFLATE_RATIO = 1032;

const limit = (message: string) => new InputError(`${message}; not a disclosure document`, 'limit');

/** Refuse a PDF whose streams inflate, whose images or whose q-nesting exceed PDF_CAPS; names the object. */
export async function checkPdfCaps(bytes: Uint8Array, path: string): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  // The page tree's /Count, before pdfjs (which takes seconds per thousand pages just to open them).
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) checkPageCount(Number(m[1] ?? m[2]), path);
  let total = 0;
  const count = (size: number) => {
    total += size;
    if (total > PDF_CAPS.totalBytes) throw limit(`${path}: streams inflate to more than ${PDF_CAPS.totalBytes} bytes`);
  };
  // A stream that is not page content and cannot inflate past the cap even at deflate's greatest ratio (an embedded
  // font, most of the bytes) is not inflated here; it is only when such bounds together could pass the total cap.
  const bounded: { data: Buffer; where: string }[] = [];
  let boundTotal = 0;
  const STREAM = /stream\r?\n/g;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue;
    const dictStart = text.lastIndexOf('<<', m.index);
    const objStart = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(Math.max(objStart, dictStart - 4096, 0), m.index);
    const start = m.index + m[0].length;
    // A direct /Length only: `/Length 12 0 R` (LibreOffice writes every length so) is a reference, and without the
    // \b its first digit alone ("1") was taken for a length, leaving the stream uninflated and unchecked.
    const declared = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
    const endAt = text.indexOf('endstream', start);
    const end = declared && start + Number(declared[1]) <= buf.length ? start + Number(declared[1]) : endAt < 0 ? buf.length : endAt;
    const where = `${path}: stream at byte ${start}`;
    if (/\/Subtype\s*\/Image/.test(dict)) {
      const w = Number(/\/Width\s+(\d+)/.exec(dict)?.[1] ?? 0);
      const h = Number(/\/Height\s+(\d+)/.exec(dict)?.[1] ?? 0);
      if (w * h > PDF_CAPS.imagePixels) throw limit(`${where}: an image of ${w} × ${h} pixels (cap ${PDF_CAPS.imagePixels})`);
    }
    if (!/\/Filter\s*(\[\s*)?\/(FlateDecode|Fl)\b/.test(dict)) continue;
    const content = !/\/(Subtype|Type|Length1|Length2|Length3)\b/.test(dict.replace(/\/Length\s/, ''));
    const data = buf.subarray(start, end);
    STREAM.lastIndex = Math.max(STREAM.lastIndex, end);
    if (!content && data.length * MAX_DEFLATE_RATIO <= PDF_CAPS.streamBytes) {
      bounded.push({ data, where });
      boundTotal += data.length * MAX_DEFLATE_RATIO;
      continue;
    }
    count(await inflatedSize(data, where, content));
  }
  if (total + boundTotal <= PDF_CAPS.totalBytes) return;
  for (const { data, where } of bounded) count(await inflatedSize(data, where, false));
}

/** Refuse a document with more pages than PDF_CAPS.pages. */
export function checkPageCount(pages: number, path: string): void {
  if (pages > PDF_CAPS.pages) throw limit(`${path}: ${pages} pages (cap ${PDF_CAPS.pages})`);
}

/** Bytes a Flate stream inflates to (stopping at the cap); content streams also have their tokens and q-nesting counted. */
function inflatedSize(data: Buffer, where: string, content: boolean): number | Promise<number> {
  // Most streams (a page's content, a font) inflate to less than one chunk: that is done in one synchronous call,
  // without the thread-pool round trip of a zlib stream (which made this check cost ~4 ms a page). A larger
  // stream, or damaged data (whose bytes up to the damage count), goes through the chunked stream below.
  let whole: Buffer | undefined;
  try {
    whole = inflateSync(data, { maxOutputLength: INFLATE_CHUNK });
  } catch {
    return inflatedSizeChunked(data, where, content);
  }
  if (content && mayPassContentCaps(whole)) {
    const error = contentCounter(where)(whole);
    if (error) throw error;
  }
  return whole.length;
}

/** Bytes a Flate stream inflates to, in chunks that are counted and dropped. */
function inflatedSizeChunked(data: Buffer, where: string, content: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflate({ chunkSize: INFLATE_CHUNK });
    const count = contentCounter(where);
    let size = 0;
    let settled = false;
    const settle = (f: () => void) => {
      if (!settled) {
        settled = true;
        z.destroy();
        f();
      }
    };
    z.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > PDF_CAPS.streamBytes) return settle(() => reject(limit(`${where}: inflates past ${PDF_CAPS.streamBytes} bytes`)));
      const error = content ? count(chunk) : undefined;
      if (error) settle(() => reject(error));
    });
    z.on('end', () => settle(() => resolve(size)));
    z.on('error', () => settle(() => resolve(size))); // damaged data: pdfjs reports or skips it in its own words
    z.end(data);
  });
}

/**
 * Whether a content stream could pass a content cap at all: a token takes a byte and the white space after it, and a
 * nesting needs as many q bytes; most pages have neither, and are not scanned byte by byte in script.
 */
function mayPassContentCaps(whole: Buffer): boolean {
  if (whole.length > 2 * PDF_CAPS.contentTokens) return true;
  let qs = 0;
  for (let i = whole.indexOf(0x71); i >= 0; i = whole.indexOf(0x71, i + 1)) if (++qs > PDF_CAPS.saveDepth) return true;
  return false;
}

/** Counts a content stream's tokens and q … Q nesting over its inflated chunks; the limit error once one is passed. */
function contentCounter(where: string): (chunk: Buffer) => InputError | undefined {
  let depth = 0;
  let tokens = 0;
  let prev = 0x20;
  const space = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
  return (chunk) => {
    // Count standalone q and Q operators (a byte of q or Q between white space); a token cut by a chunk edge
    // is missed at worst, which cannot matter for a nesting of a thousand.
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (space(prev) && !space(b) && ++tokens > PDF_CAPS.contentTokens)
        return limit(`${where}: a content stream of more than ${PDF_CAPS.contentTokens} tokens`);
      if ((b === 0x71 || b === 0x51) && space(prev) && (i + 1 >= chunk.length || space(chunk[i + 1]!))) {
        depth += b === 0x71 ? 1 : -1;
        if (depth > PDF_CAPS.saveDepth) return limit(`${where}: graphics states (q … Q) nested more than ${PDF_CAPS.saveDepth} deep`);
      }
      prev = b;
    }
    return undefined;
  };
}
