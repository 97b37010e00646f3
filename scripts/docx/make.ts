// Word fixtures (test/fixtures/docx): the seed through two writers and as .doc/.wps, plus small layouts.
// Run: node --import tsx scripts/docx/make.ts   (needs soffice with libreoffice-writer-nogui)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { decodeText } from '../../src/decode/index.ts';
import { htmlToBlocks } from '../../src/parse/html/index.ts';
import { blocksToDocx, lines } from './grid-to-docx.ts';

const OUT = 'test/fixtures/docx';
const SEED_HTML = 'samples/suixi-2024-zuzhibu.gbk.html';

/** soffice --convert-to in a throwaway profile; returns the output path. */
function soffice(input: string, convertTo: string, ext: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'docx-fixtures-lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', convertTo, '--outdir', outDir, input],
      { stdio: 'ignore', timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, input.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${ext}`));
}

const work = mkdtempSync(join(tmpdir(), 'docx-fixtures-'));
try {
  // 1. LibreOffice Writer: the GBK page opened and saved as Word 2007 XML (its merges become gridSpan/vMerge).
  copyFileSync(SEED_HTML, join(work, 'suixi-2024-zuzhibu.html'));
  const loDocx = soffice(join(work, 'suixi-2024-zuzhibu.html'), 'docx:MS Word 2007 XML', 'docx', work);
  copyFileSync(loDocx, `${OUT}/suixi-2024-zuzhibu.lo.docx`);
  // 2. The docx npm package: the page's own grid written cell by cell, merges as restart/continue.
  const blocks = await htmlToBlocks(decodeText(readFileSync(SEED_HTML), SEED_HTML).text, { fragment: false });
  writeFileSync(`${OUT}/suixi-2024-zuzhibu.docxjs.docx`, await blocksToDocx(blocks));
  // 3. Word 97 binary from LibreOffice's docx.
  copyFileSync(soffice(loDocx, 'doc:MS Word 97', 'doc', work), `${OUT}/suixi-2024-zuzhibu.doc`);
  // 4. .wps: Kingsoft WPS Writer files are OLE2 Word-binary documents under another extension; no free tool
  //    writes WPS's own variant, so the fixture is the Word 97 file named .wps (what many portals serve).
  copyFileSync(`${OUT}/suixi-2024-zuzhibu.doc`, `${OUT}/suixi-2024-zuzhibu.wps`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 6. Layout cases: gridBefore-free merges, a nested table, line breaks in a cell, a title and 单位 before the table.
const cell = (text: string, extra: Record<string, unknown> = {}) => new TableCell({ children: lines(text), ...extra });
const inner = new Table({ rows: [new TableRow({ children: [cell('内层A'), cell('内层B')] }), new TableRow({ children: [cell('1'), cell('2')] })] });
const layout = new Document({
  sections: [
    {
      children: [
        new Paragraph('2024年部门整体预算绩效目标表'),
        new Paragraph('单位：万元'),
        new Table({
          rows: [
            new TableRow({ children: [cell('部门名称'), cell('某局', { columnSpan: 2 })] }),
            new TableRow({ children: [cell('预算', { verticalMerge: VerticalMergeType.RESTART }), cell('基本支出'), cell('10')] }),
            new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('项目支出'), cell('20')] }),
            new TableRow({ children: [cell('目标'), cell('第一行\n第二行'), new TableCell({ children: [new Paragraph('见下表'), inner] })] }),
          ],
        }),
        new Paragraph('注：本表为示例。'),
      ],
    },
  ],
});
writeFileSync(`${OUT}/layout.docx`, await Packer.toBuffer(layout));

// 7. A document whose "table" is a picture (a 1×1 PNG stands in for the scan).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const pictures = new Document({
  sections: [
    {
      children: [
        new Paragraph('2024年部门整体预算绩效目标表'),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 600, height: 800 } })] }),
      ],
    },
  ],
});
writeFileSync(`${OUT}/pictures-only.docx`, await Packer.toBuffer(pictures));
console.log('written to', OUT);
