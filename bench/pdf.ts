// PDF throughput over the same files in one run: our whole path (`extract`) against bare pdfjs-dist (text + operator
// list per page) and `pdftotext -layout`; then peak RSS of our path on a 300-page PDF, each in a child process.
// Run: node --import tsx bench/pdf.ts   (also run by `npm run bench`)
// Knobs: BENCH_PDF_DIR=dir of PDFs (default test/fixtures/pdf, else — or when set to `samples` — made from the
//        samples by LibreOffice into .tmp/bench-pdf/samples)
//        BENCH_PDF_BIG=a ~300-page PDF (default: the seed PDF pdfunite-d to 300 pages in .tmp/bench-pdf)
//        BENCH_PDF_REPS=3 timed passes after one warm-up pass; BENCH_PDF_OCR=1 also OCRs the scanned files (slow)
import { execFile as execFileCb, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openPdf } from '../src/parse/pdf/pdfjs.ts';

const execFile = promisify(execFileCb);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TMP = join(ROOT, '.tmp', 'bench-pdf');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'pdf');
const BIG_PAGES = 300;
const REPS = Number(process.env.BENCH_PDF_REPS ?? 3);

type PdfFile = { path: string; pages: number };
type Timing = { ms: number; pages: number } | { error: string };

/** Text content and operator list of every page, as the parser has to fetch them; returns the page count. */
async function barePdfjs(path: string): Promise<number> {
  const doc = await openPdf(new Uint8Array(readFileSync(path)), path);
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

async function ours(path: string): Promise<void> {
  const { extract } = await import('../src/index.ts');
  await extract(path);
}

async function pdftotext(path: string): Promise<void> {
  await execFile('pdftotext', ['-layout', path, '-'], { maxBuffer: 256 * 1024 * 1024 });
}

/** REPS timed passes over all files (after the warm-up pass the caller made). */
async function time(files: readonly PdfFile[], fn: (path: string) => Promise<unknown>): Promise<Timing> {
  try {
    for (const f of files) await fn(f.path); // warm-up: JIT, module loading, pdfjs worker
    const t0 = performance.now();
    for (let r = 0; r < REPS; r++) for (const f of files) await fn(f.path);
    return { ms: performance.now() - t0, pages: REPS * files.reduce((a, f) => a + f.pages, 0) };
  } catch (e) {
    return { error: firstLine(e) };
  }
}

function firstLine(e: unknown): string {
  return ((e as Error).message ?? String(e)).split('\n')[0]!.slice(0, 140);
}

/** Files our path reads, and why it refused the others: ratios are only fair over files every path completes. */
async function oursReads(files: readonly PdfFile[]): Promise<{ ok: PdfFile[]; refused: string[] }> {
  const ok: PdfFile[] = [];
  const refused: string[] = [];
  for (const f of files) {
    try {
      await ours(f.path);
      ok.push(f);
    } catch (e) {
      refused.push(`${f.path.replace(`${ROOT}/`, '')}: ${firstLine(e).replace(`${f.path}: `, '')}`);
    }
  }
  return { ok, refused };
}

const perPage = (t: Timing) => ('ms' in t ? t.ms / t.pages : NaN);
const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** The PDFs to time (BENCH_PDF_DIR, the committed fixtures, or a few rendered from the samples), split by text layer. */
async function benchFiles(): Promise<{ files: PdfFile[]; scanned: PdfFile[]; from: string }> {
  const given = process.env.BENCH_PDF_DIR;
  const dir = given === 'samples' ? await renderSamples() : (given ?? (pdfsIn(FIXTURES).length > 0 ? FIXTURES : await renderSamples()));
  const files: PdfFile[] = [];
  const scanned: PdfFile[] = [];
  for (const path of pdfsIn(dir)) {
    let f: PdfFile;
    try {
      f = { path, pages: await pageCount(path) };
    } catch {
      continue; // unreadable on purpose (corrupt fixtures): not a throughput case
    }
    // A scan (no text on page 1) would time the OCR engine, not the parser: kept apart. Asked of pdfjs, not poppler:
    // without poppler-data, pdftotext and pdffonts see nothing in a predefined-CMap font that pdfjs reads.
    ((await hasTextLayer(path)) ? files : scanned).push(f);
  }
  return { files, scanned, from: dir };
}

async function hasTextLayer(path: string): Promise<boolean> {
  const doc = await openPdf(new Uint8Array(readFileSync(path)), path);
  try {
    return (await (await doc.getPage(1)).getTextContent()).items.length > 0;
  } finally {
    await doc.destroy();
  }
}

function pdfsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => join(dir, f));
}

async function pageCount(path: string): Promise<number> {
  const { stdout } = await execFile('pdfinfo', [path]);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`${path}: no page count`);
  return Number(m[1]);
}

/** LibreOffice renderings of the seed (HTML table via Writer, workbook via Calc) into .tmp/bench-pdf. */
async function renderSamples(): Promise<string> {
  const out = join(TMP, 'samples');
  if (pdfsIn(out).length > 0) return out;
  mkdirSync(out, { recursive: true });
  // soffice hung on the GBK page without --infilter; the page re-encoded as UTF-8, read by Writer's HTML filter, takes ~5 s.
  const html = join(TMP, 'seed-writer.html');
  const xlsx = join(TMP, 'seed-calc.xlsx'); // distinct names: both would print to suixi-2024-zuzhibu.pdf
  const gbk = readFileSync(join(ROOT, 'samples', 'suixi-2024-zuzhibu.gbk.html'));
  writeFileSync(html, new TextDecoder('gbk').decode(gbk).replace(/charset="?gbk"?/i, 'charset="utf-8"'));
  const profile = `file://${join(tmpdir(), `bench-pdf-lo-${process.pid}`)}`;
  // The input file must come after --convert-to: placed before it, soffice opens the file and waits forever.
  const soffice = (filter: string[], file: string) =>
    execFile('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...filter, '--convert-to', 'pdf', '--outdir', out, file], { timeout: 180_000 });
  copyFileSync(join(ROOT, 'test', 'fixtures', 'spreadsheet', 'suixi-2024-zuzhibu.xlsx'), xlsx);
  try {
    await soffice(['--infilter=HTML (StarWriter)'], html);
    await soffice([], xlsx);
  } finally {
    rmSync(fileURLToPath(profile), { recursive: true, force: true });
  }
  return out;
}

/** BENCH_PDF_BIG, or a seed PDF repeated with pdfunite to exactly 300 pages. */
async function bigPdf(seed: PdfFile): Promise<PdfFile> {
  const given = process.env.BENCH_PDF_BIG;
  if (given) return { path: given, pages: await pageCount(given) };
  const path = join(TMP, `big-${BIG_PAGES}.pdf`);
  if (!existsSync(path)) {
    mkdirSync(TMP, { recursive: true });
    const rest = BIG_PAGES % seed.pages;
    const parts = Array<string>(Math.floor(BIG_PAGES / seed.pages)).fill(seed.path);
    if (rest > 0) {
      await execFile('pdfseparate', ['-f', '1', '-l', String(rest), seed.path, join(TMP, 'rest-%d.pdf')]);
      for (let i = 1; i <= rest; i++) parts.push(join(TMP, `rest-${i}.pdf`));
    }
    await execFile('pdfunite', [...parts, path], { timeout: 300_000 });
    for (let i = 1; i <= rest; i++) rmSync(join(TMP, `rest-${i}.pdf`), { force: true });
  }
  return { path, pages: await pageCount(path) };
}

type ChildReport = { ok: boolean; ms: number; maxRssMB: number; error?: string };

/** Child mode: run one path over one file and report wall time and this process's peak RSS as JSON on stdout. */
async function child(mode: string, path: string): Promise<void> {
  const t0 = performance.now();
  let error: string | undefined;
  try {
    if (mode === 'ours') await ours(path);
    else await barePdfjs(path);
  } catch (e) {
    error = firstLine(e);
  }
  const report: ChildReport = { ok: !error, ms: performance.now() - t0, maxRssMB: process.resourceUsage().maxRSS / 1024, error };
  process.stdout.write(JSON.stringify(report) + '\n');
}

function runChild(mode: string, path: string): Promise<ChildReport> {
  return new Promise((resolveP, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, path], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        resolveP(JSON.parse(last) as ChildReport);
      } catch {
        reject(new Error(`child ${mode} exited ${code}: ${out.slice(-300)}`));
      }
    });
  });
}

/** OCR every page of the given scans: ms/page and how many of the seed's task amounts come out whole. */
async function benchOcr(files: readonly PdfFile[]): Promise<void> {
  const { hasOcrTools, ocrPage } = await import('../src/parse/pdf/ocr/index.ts');
  if (!(await hasOcrTools())) return void console.log('OCR: skipped (pdftoppm/tesseract chi_sim absent)');
  const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold', 'suixi-2024-zuzhibu.json'), 'utf8')) as { tasks: { amount: number }[] };
  for (const f of files) {
    const doc = await openPdf(new Uint8Array(readFileSync(f.path)), f.path);
    const words = new Map<string, number>();
    const t0 = performance.now();
    for (let n = 1; n <= doc.numPages; n++) {
      const { view } = await doc.getPage(n);
      const pc = await ocrPage(f.path, n, { width: view[2]! - view[0]!, height: view[3]! - view[1]! });
      for (const t of pc.texts) words.set(t.text, (words.get(t.text) ?? 0) + 1);
    }
    const ms = (performance.now() - t0) / doc.numPages;
    await doc.destroy();
    // Matched as a multiset: the same number elsewhere on the pages (an indicator value) can stand in for a task's.
    let hits = 0;
    for (const { amount } of gold.tasks) {
      const c = words.get(String(amount)) ?? 0;
      if (c > 0) words.set(String(amount), c - 1), hits++;
    }
    console.log(`OCR ${f.path.replace(`${ROOT}/`, '')}: ${fmt(ms, 0)} ms/page at 300 dpi, task amounts read exactly ${hits}/${gold.tasks.length}`);
  }
}

/** Run the PDF benchmark and print ms/page, the ratios, and peak RSS on the 300-page PDF. */
export async function run(): Promise<void> {
  const { files: all, scanned, from } = await benchFiles();
  const { ok, refused } = await oursReads(all);
  // Until the PDF parser lands our path refuses everything: the baselines still run over all files.
  const files = ok.length > 0 ? ok : all;
  const pages = files.reduce((a, f) => a + f.pages, 0);
  console.log(
    `\n# PDF: our path vs bare pdfjs-dist vs pdftotext -layout (${files.length} files, ${pages} pages from ${from.replace(`${ROOT}/`, '')}; warm-up + ${REPS} passes)`,
  );
  if (scanned.length > 0) console.log(`not timed (no text layer): ${scanned.map((f) => f.path.replace(`${ROOT}/`, '')).join(', ')}`);
  if (all.length === 0) return void console.log('no readable PDFs: nothing to time');
  const notReady = ok.length === 0;
  if (notReady) console.log(`budget-extract extract(): parser not ready (${refused[0]})`);
  else for (const r of refused) console.log(`not timed (our path refused it): ${r}`);
  const rows: [string, Timing][] = [
    ['budget-extract extract()', notReady ? { error: 'parser not ready' } : await time(files, ours)],
    ['bare pdfjs-dist (text+ops)', await time(files, barePdfjs)],
    ['pdftotext -layout', await time(files, pdftotext)],
  ];
  for (const [label, t] of rows) {
    const cell = 'ms' in t ? `${fmt(perPage(t)).padStart(9)} ms/page  (${t.pages} pages, ${t.ms.toFixed(0)} ms)` : `${'—'.padStart(9)}           ${t.error}`;
    console.log(`${label.padEnd(28)} ${cell}`);
  }
  const [o, b, p] = rows.map(([, t]) => perPage(t)) as [number, number, number];
  console.log(`ratio ours / bare pdfjs: ${fmt(o / b)}   bare pdfjs / pdftotext: ${fmt(b / p)}`);

  const seed = all.find((f) => /seed\.pdf$/.test(f.path)) ?? all.find((f) => f.pages > 1) ?? all[0]!;
  const big = await bigPdf(seed);
  // Bounded memory means peak RSS hardly moves from the short file to the long one: both are measured.
  console.log(
    `\n# peak RSS, one child process each: ${seed.pages}-page ${seed.path.replace(`${ROOT}/`, '')} and ${big.pages}-page ${big.path.replace(`${ROOT}/`, '')}`,
  );
  for (const mode of ['ours', 'bare'] as const) {
    const label = mode === 'ours' ? 'budget-extract extract()' : 'bare pdfjs-dist (text+ops)';
    const [short, long] = [await runChild(mode, seed.path), await runChild(mode, big.path)];
    const what = long.ok ? `${fmt(long.ms / big.pages)} ms/page` : `failed: ${/not supported/.test(long.error ?? '') ? 'parser not ready: ' : ''}${long.error}`;
    console.log(
      `${label.padEnd(28)} peak RSS ${fmt(short.maxRssMB, 0).padStart(5)} MB at ${seed.pages} pages, ${fmt(long.maxRssMB, 0).padStart(5)} MB at ${big.pages} (×${fmt(long.maxRssMB / short.maxRssMB)})  ${what}`,
    );
  }
  if (process.env.BENCH_PDF_OCR === '1') {
    console.log('\n# OCR (BENCH_PDF_OCR=1): the files without a text layer, every page');
    await benchOcr(scanned);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else if (import.meta.url === `file://${process.argv[1]}`) await run();
