// Describes PDFs for the fixtures' report: pages, size, ruling lines (stroked paths or hairline filled
// rectangles, counted with pdfjs-dist), text-layer characters, images and fonts (pdffonts).
// usage: node --import tsx scripts/pdf-fixtures/describe.ts FILE.pdf [...]
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from '../../src/parse/pdf/pdfjs.ts';

/** A filled rectangle thinner than this (points) is a drawn rule, as some exporters paint borders. */
const HAIRLINE = 2;
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

export type PdfFacts = { pages: number; bytes: number; rules: number; chars: number; images: number; fonts: string[] };

/** What a PDF holds, as the fixtures' report and tests state it. */
export async function facts(path: string): Promise<PdfFacts> {
  const doc = await openPdf(new Uint8Array(readFileSync(path)), path);
  let rules = 0,
    chars = 0,
    images = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.paintImageXObject || fn === OPS.paintImageMaskXObject) images++;
      if (fn !== OPS.constructPath) return;
      const [paint, , minMax] = ops.argsArray[i] as [number, unknown, number[] | null];
      const thin = minMax && (Math.abs(minMax[2]! - minMax[0]!) < HAIRLINE || Math.abs(minMax[3]! - minMax[1]!) < HAIRLINE);
      if (STROKES.has(paint) || (FILLS.has(paint) && thin)) rules++;
    });
    chars += (await page.getTextContent()).items.reduce((n, it) => n + ('str' in it ? it.str.replace(/\s/g, '').length : 0), 0);
  }
  const pages = doc.numPages;
  await doc.destroy();
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/))
    .map((f) => `${f[0]} (${f.slice(1, -6).join(' ')}, ${f[f.length - 6]}${f[f.length - 5] === 'yes' ? ', embedded' : ', not embedded'})`);
  return { pages, bytes: statSync(path).size, rules, chars, images, fonts: [...new Set(fonts)] };
}

/** One line of facts about a PDF. */
export async function describe(path: string): Promise<string> {
  const f = await facts(path);
  return `${path}: ${f.pages} pages, ${f.bytes} bytes, ${f.rules} ruling paths, ${f.chars} text chars, ${f.images} images, fonts: ${f.fonts.join('; ') || 'none listed by pdffonts'}`;
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const f of process.argv.slice(2)) console.log(await describe(f).catch((e: Error) => `${f}: ${e.name}: ${e.message}`));
