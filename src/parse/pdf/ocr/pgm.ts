// Binary PGM (P5, 8-bit), the format `pdftoppm -gray` writes, and PPM (P6, 8-bit RGB), which it writes for a colour
// scan: read them without an image library (a colour one made grey, its seal taken out), write grey back for tesseract.
import { greyWithoutSeal } from './seal-ink.ts';

/** An 8-bit grayscale raster, row-major, 0 = black. */
export type GrayImage = { width: number; height: number; data: Uint8Array };

const MAGIC = 'P5';
const RGB_MAGIC = 'P6';

/** Decode a binary 8-bit PGM (P5), or a PPM (P6) made grey without its red ink; throws on anything else. */
export function readPgm(buf: Uint8Array): GrayImage {
  const fields: string[] = [];
  let i = 0;
  // Header: magic, width, height, maxval, separated by whitespace, with '#' comments; one whitespace byte before the pixels.
  while (fields.length < 4 && i < buf.length) {
    const c = buf[i]!;
    if (c === 0x23) {
      while (i < buf.length && buf[i] !== 0x0a) i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    let tok = '';
    while (i < buf.length && !isSpace(buf[i]!)) tok += String.fromCharCode(buf[i++]!);
    fields.push(tok);
  }
  const [magic, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  const channels = magic === MAGIC ? 1 : magic === RGB_MAGIC ? 3 : 0;
  if (!channels || !(width > 0) || !(height > 0) || Number(max) !== 255) throw new Error(`not an 8-bit binary PGM or PPM (header: ${fields.join(' ')})`);
  const start = i + 1;
  const size = width * height * channels;
  if (buf.length < start + size) throw new Error(`truncated ${magic === MAGIC ? 'PGM' : 'PPM'}: ${buf.length - start} of ${size} pixel bytes`);
  const pixels = buf.subarray(start, start + size);
  return channels === 1 ? { width, height, data: pixels } : greyWithoutSeal(width, height, pixels);
}

/** Encode a raster as a binary PGM (P5). */
export function writePgm(img: GrayImage): Buffer {
  const header = Buffer.from(`${MAGIC}\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, img.data.subarray(0, img.width * img.height)]);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
