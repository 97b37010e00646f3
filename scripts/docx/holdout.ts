// A holdout corpus of Word documents with gold, for scoring the docx parser on documents its fixtures are not:
// the synthetic generator's disclosures (scripts/synth) written by two writers —
//   <name>.docxjs.docx: the `docx` npm package straight from the generator's rows (rowSpan → vMerge, colSpan →
//     gridSpan, the title and 单位 as paragraphs, a split table as two tables with 续表 between);
//   <name>.lo.docx: the generator's GBK page opened and saved as Word by LibreOffice.
// usage: node --import tsx scripts/docx/holdout.ts --out DIR [--n 20] [--seed 31] [--defects 0.5]
//   then: npx budget-extract extract DIR/docs -o DIR/out && node /work/shared/tools/score.mjs DIR/out DIR/gold
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { generateDoc, goldOf } from '../synth/index.ts';
import { type Doc, type Part, formulaPlain } from '../synth/model.ts';
import { renderHtmlGbk } from '../synth/render-html.ts';
import { tables, type Row } from '../synth/rows.ts';
import { runMain } from '../pdf-fixtures/run-main.ts';

const text = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? p : formulaPlain(p))).join('');

function wordTable(rows: Row[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          children: r.map(
            (c) =>
              new TableCell({
                // A long cell written as Word users do: one paragraph per sentence-ish piece.
                children: text(c.parts)
                  .split(/(?<=。)(?=.)/u)
                  .map((t) => new Paragraph({ children: [new TextRun(t)] })),
                ...((c.colSpan ?? 1) > 1 ? { columnSpan: c.colSpan } : {}),
                ...((c.rowSpan ?? 1) > 1 ? { rowSpan: c.rowSpan } : {}),
              }),
          ),
        }),
    ),
  });
}

/** The document through the docx package, from the generator's own rows (not through any parser of ours). */
export async function docxOf(doc: Doc): Promise<Buffer> {
  const parts = tables(doc);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, text: '单位：万元' }),
  ];
  parts.forEach((rows, i) => {
    if (i > 0) children.push(new Paragraph('续表'));
    children.push(wordTable(rows));
  });
  children.push(new Paragraph('备注：1. 本表的填报主体是县级一级预算单位。'));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      n: { type: 'string', default: '20' },
      seed: { type: 'string', default: '31' },
      defects: { type: 'string', default: '0.5' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const n = Number(values.n),
    seed = Number(values.seed),
    defects = Number(values.defects);
  const docsDir = join(values.out, 'docs'),
    goldDir = join(values.out, 'gold');
  mkdirSync(docsDir, { recursive: true });
  mkdirSync(goldDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'docx-holdout-'));
  try {
    const pages: string[] = [];
    for (let i = 0; i < n; i++) {
      const doc = generateDoc(i, { seed, formats: ['html-gbk'], defects });
      const stem = doc.file.replace(/\.[^.]+$/, '');
      writeFileSync(join(docsDir, `${stem}.docxjs.docx`), await docxOf(doc));
      const page = join(work, `${stem}.lo.html`);
      writeFileSync(page, renderHtmlGbk(doc));
      pages.push(page);
      for (const w of ['docxjs', 'lo'])
        writeFileSync(
          join(goldDir, `${stem}.${w}.docx.json`),
          `${JSON.stringify({ ...goldOf(doc), document: `${stem}.${w}.docx`, format: 'word' }, null, 1)}\n`,
        );
    }
    // One soffice start for all pages (start-up dominates); a throwaway profile.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        work,
        ...pages,
      ],
      { stdio: 'ignore', timeout: 1_800_000 },
    );
    for (const p of pages) renameSync(p.replace(/\.html$/, '.docx'), join(docsDir, p.replace(/^.*\//, '').replace(/\.html$/, '.docx')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wrote ${2 * n} Word documents and their gold to ${values.out} (docs/, gold/)`);
}

await runMain(import.meta.url, main);
