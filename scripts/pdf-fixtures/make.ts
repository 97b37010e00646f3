// Writes the PDF fixtures of test/fixtures/pdf and their gold (rerunnable from the repository root):
//   node --import tsx scripts/pdf-fixtures/make.ts
// seed.pdf / no-rulings.pdf: the seed's workbook printed by LibreOffice Calc (ruled landscape with the title
// repeated on every page; unruled portrait); writer-thead.pdf: the seed as an HTML table printed by Writer
// (its first row repeated on every page, rows broken across pages); scanned.pdf: seed.pdf as 1-bit page images; cmap-stsong.pdf:
// hand-written, non-embedded STSong-Light with UniGB-UCS2-H; corrupt/truncated.pdf, corrupt/encrypted.pdf.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_STYLE, type PrintStyle } from './sheet-style.ts';
import { seedPrintWorkbook } from './seed-sheet.ts';
import { seedHtml } from './seed-html.ts';
import { seedGoldFor } from './seed-gold.ts';
import { convertToPdf } from './soffice.ts';
import { scanPdf } from './raster.ts';
import { cmapBlocks, cmapDocument, CMAP_GOLD } from './cmap-doc.ts';
import { pinPdf } from './pin.ts';

const OUT = 'test/fixtures/pdf';
/** The open password of corrupt/encrypted.pdf (the parser must refuse it, not guess it). */
export const ENCRYPTED_PASSWORD = 'budget';

const NO_RULINGS: PrintStyle = { ...DEFAULT_STYLE, rulings: false, orientation: 'portrait', titleRows: undefined, scale: 70 };

const gold = (name: string, g: object) => writeFileSync(join(OUT, `${name}.gold.json`), JSON.stringify(g, null, 1) + '\n');

async function main(): Promise<void> {
  mkdirSync(join(OUT, 'corrupt'), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
  try {
    await (await seedPrintWorkbook(DEFAULT_STYLE)).xlsx.writeFile(join(tmp, 'seed.xlsx'));
    await (await seedPrintWorkbook(NO_RULINGS)).xlsx.writeFile(join(tmp, 'no-rulings.xlsx'));
    const [seed, plain] = convertToPdf([join(tmp, 'seed.xlsx'), join(tmp, 'no-rulings.xlsx')], tmp);
    copyFileSync(seed!, join(OUT, 'seed.pdf'));
    copyFileSync(plain!, join(OUT, 'no-rulings.pdf'));
    pinPdf(join(OUT, 'seed.pdf'), 'seed.pdf');
    pinPdf(join(OUT, 'no-rulings.pdf'), 'no-rulings.pdf');
    gold(
      'seed.pdf',
      seedGoldFor(
        'seed.pdf',
        'The seed printed from its workbook by LibreOffice: ruled, A4 landscape, the title row repeated on every page, merged level and section cells.',
      ),
    );
    gold('no-rulings.pdf', seedGoldFor('no-rulings.pdf', 'The seed printed from its workbook by LibreOffice without any ruling lines, A4 portrait at 70 %.'));

    writeFileSync(join(tmp, 'writer-thead.html'), await seedHtml());
    const [writer] = convertToPdf([join(tmp, 'writer-thead.html')], tmp, 'pdf:writer_pdf_Export', 'HTML (StarWriter)');
    copyFileSync(writer!, join(OUT, 'writer-thead.pdf'));
    pinPdf(join(OUT, 'writer-thead.pdf'), 'writer-thead.pdf');
    gold(
      'writer-thead.pdf',
      seedGoldFor(
        'writer-thead.pdf',
        "The seed as an HTML table opened in LibreOffice Writer: A4 portrait, ruled, the first table row (部门名称) repeated as a heading row on every page, rows broken across pages, Writer's CJK/Latin autospacing.",
      ),
    );

    scanPdf(join(OUT, 'seed.pdf'), join(OUT, 'scanned.pdf'), { dpi: 200, mono: true });
    pinPdf(join(OUT, 'scanned.pdf'), 'scanned.pdf');
    gold('scanned.pdf', seedGoldFor('scanned.pdf', 'seed.pdf rasterized at 200 dpi, 1-bit, no text layer (needs OCR).'));

    writeFileSync(join(OUT, 'cmap-stsong.pdf'), cmapDocument());
    gold('cmap-stsong.pdf', CMAP_GOLD);
    writeFileSync(join(OUT, 'cmap-stsong.blocks.json'), JSON.stringify(cmapBlocks(), null, 1) + '\n');

    const bytes = readFileSync(join(OUT, 'seed.pdf'));
    writeFileSync(join(OUT, 'corrupt', 'truncated.pdf'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    // LibreOffice ≥ 7.4 takes export options as JSON: RC4-128 encryption with an open password, first two pages.
    const options = {
      EncryptFile: { type: 'boolean', value: 'true' },
      DocumentOpenPassword: { type: 'string', value: ENCRYPTED_PASSWORD },
      PageRange: { type: 'string', value: '1-2' },
    };
    const encDir = join(tmp, 'enc');
    mkdirSync(encDir);
    copyFileSync(join(tmp, 'seed.xlsx'), join(tmp, 'encrypted.xlsx'));
    const [enc] = convertToPdf([join(tmp, 'encrypted.xlsx')], encDir, `pdf:calc_pdf_Export:${JSON.stringify(options)}`);
    copyFileSync(enc!, join(OUT, 'corrupt', 'encrypted.pdf'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`wrote ${OUT}: seed.pdf no-rulings.pdf writer-thead.pdf scanned.pdf cmap-stsong.pdf corrupt/truncated.pdf corrupt/encrypted.pdf (+ .gold.json)`);
}

await main();
