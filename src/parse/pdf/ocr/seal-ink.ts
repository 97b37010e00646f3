// Red ink is a seal (公章) or a stamp, never the form's text or rules, which are printed black or grey: a seal over a
// table's corner reads as rulings (its ring and star strokes) and over a cell as characters. A colour scan is made
// grey with its red ink taken for paper; where black print crosses the seal it stays dark, red no longer leading.
import type { GrayImage } from './pgm.ts';
import { OCR } from '../settings.ts';

/** Grey of an 8-bit RGB raster (row-major, 3 bytes a pixel), red ink lightened to paper. */
export function greyWithoutSeal(width: number, height: number, rgb: Uint8Array): GrayImage {
  const data = new Uint8Array(width * height);
  const [from, to] = [OCR.sealRedLead[0], OCR.sealRedLead[1]];
  for (let i = 0, j = 0; i < data.length; i++, j += 3) {
    const r = rgb[j]!;
    const g = rgb[j + 1]!;
    const b = rgb[j + 2]!;
    const luma = (299 * r + 587 * g + 114 * b) / 1000;
    const lead = r - Math.max(g, b);
    // Between the two leads a pixel is part seal, part paper or print (a JPEG's blur at the seal's edge).
    const share = lead <= from ? 0 : lead >= to ? 1 : (lead - from) / (to - from);
    data[i] = Math.round(luma + (255 - luma) * share);
  }
  return { width, height, data };
}
