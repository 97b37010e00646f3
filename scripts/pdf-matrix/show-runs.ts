import { readFile } from 'node:fs/promises';
import { openPdf } from '../../src/parse/pdf/pdfjs.ts';
import { readPage } from '../../src/parse/pdf/page-reader.ts';
const [path, p] = process.argv.slice(2);
const doc = await openPdf(new Uint8Array(await readFile(path!)), path!);
const c = await readPage(await doc.getPage(Number(p)), Number(p));
console.log('rulings', c.rulings.length, c.width, c.height);
for (const t of c.texts.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0))
  console.log(t.x0.toFixed(1), t.x1.toFixed(1), t.y0.toFixed(1), t.y1.toFixed(1), JSON.stringify(t.text));
