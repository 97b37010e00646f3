// Page images bound into a minimal PDF (one page per image, each the image's size at its resolution), so an image
// input goes through the very renderer and scaling a scanned PDF does: a page given as PNG or TIFF then reads like
// its PDF, where a second resampler (ImageMagick's -resize against pdftoppm's) made tesseract read 3 of 17 amounts
// differently on the same 200 dpi scan.
import { deflateSync } from 'node:zlib';
import type { ImagePage } from './decode.ts';

const POINTS_PER_INCH = 72;

/** A PDF whose page k shows pages[k] (8-bit gray, Flate-compressed) over the whole page, nothing else. */
export function imagesToPdf(pages: readonly ImagePage[]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const n = pages.length;
  // Objects: 1 catalog, 2 page tree, then for page k: page 3+3k, content 4+3k, image 5+3k.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Count ${n} /Kids [${pages.map((_, k) => `${3 + 3 * k} 0 R`).join(' ')}] >>`);
  pages.forEach(({ img, dpi }, k) => {
    const w = round((img.width * POINTS_PER_INCH) / dpi);
    const h = round((img.height * POINTS_PER_INCH) / dpi);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${5 + 3 * k} 0 R >> >> /Contents ${4 + 3 * k} 0 R >>`);
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const data = deflateSync(img.data.subarray(0, img.width * img.height));
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
          'latin1',
        ),
        data,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const round = (v: number) => Math.round(v * 1000) / 1000;
