// A page photographed or scanned under uneven light: paper that greys towards a corner (a lamp, a page not flat on
// the glass) falls below every fixed ink threshold there, and the skew, the rulings and tesseract's own binarising
// read that corner as ink. The paper's tone is estimated tile by tile and divided out, so that paper is white
// everywhere and ink keeps its contrast against it. A page whose paper is bright all over is left as it is.
import { OCR } from '../settings.ts';
import type { GrayImage } from './pgm.ts';

/** The page with its paper's tone divided out; the same object when the paper is bright everywhere. */
export function evenLight(img: GrayImage): GrayImage {
  const { width, height, data } = img;
  const size = Math.max(8, Math.round(width / OCR.lightTiles));
  const [cols, rows] = [Math.ceil(width / size), Math.ceil(height / size)];
  const paper = tilePaper(img, size, cols, rows);
  if (Math.min(...paper) >= OCR.evenPaper) return img;
  const smooth = medianOfNeighbours(paper, cols, rows);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    // The tone at a pixel: bilinear between the centres of the four tiles around it.
    const ty = Math.min(rows - 1, Math.max(0, (y + 0.5) / size - 0.5));
    const [r0, fy] = [Math.floor(ty), ty - Math.floor(ty)];
    const r1 = Math.min(rows - 1, r0 + 1);
    for (let x = 0; x < width; x++) {
      const tx = Math.min(cols - 1, Math.max(0, (x + 0.5) / size - 0.5));
      const [c0, fx] = [Math.floor(tx), tx - Math.floor(tx)];
      const c1 = Math.min(cols - 1, c0 + 1);
      const top = smooth[r0 * cols + c0]! * (1 - fx) + smooth[r0 * cols + c1]! * fx;
      const bottom = smooth[r1 * cols + c0]! * (1 - fx) + smooth[r1 * cols + c1]! * fx;
      const tone = Math.max(1, top * (1 - fy) + bottom * fy);
      const i = y * width + x;
      out[i] = Math.min(255, Math.round((data[i]! * 255) / tone));
    }
  }
  return { width, height, data: out };
}

/** Per tile, the tone most of its pixels are lighter than none of: a high percentile, paper even in a line of text. */
function tilePaper(img: GrayImage, size: number, cols: number, rows: number): number[] {
  const { width, height, data } = img;
  const hist = new Uint32Array(cols * rows * 256);
  for (let y = 0; y < height; y++) {
    const base = Math.floor(y / size) * cols;
    for (let x = 0; x < width; x++) hist[(base + Math.floor(x / size)) * 256 + data[y * width + x]!]!++;
  }
  const out: number[] = [];
  for (let t = 0; t < cols * rows; t++) {
    let total = 0;
    for (let v = 0; v < 256; v++) total += hist[t * 256 + v]!;
    let seen = 0;
    let v = 255;
    // From the light end: the tone below which all but the lightest share lie.
    for (; v > 0 && (seen += hist[t * 256 + v]!) < total * OCR.paperShare; v--);
    out.push(v);
  }
  return out;
}

/** Each tile's tone as the median of it and its neighbours: a tile filled by a stamp or a bold heading takes the paper's. */
function medianOfNeighbours(tones: number[], cols: number, rows: number): number[] {
  return tones.map((_, t) => {
    const [r, c] = [Math.floor(t / cols), t % cols];
    const near: number[] = [];
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        const [rr, cc] = [r + dr, c + dc];
        if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) near.push(tones[rr * cols + cc]!);
      }
    near.sort((a, b) => a - b);
    return near[Math.floor(near.length / 2)]!;
  });
}
