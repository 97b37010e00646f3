// A batch of 20 URLs and 2 listing pages from a local portal (2 failing, 1 redirect, 1 slow, 1 flaky, 1 zip),
// mixed with a local file: every URL in the manifest, the right records, the per-host limit held, a re-run that
// downloads nothing unchanged.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/batch/run.ts';
import type { ManifestLine } from '../../../src/batch/manifest.ts';
import { extract } from '../../../src/extract.ts';
import type { DisclosureRecord } from '../../../src/model/index.ts';
import { markdownParser } from '../../../src/parse/markdown/index.ts';
import { blocksToDocx } from '../../../scripts/docx/grid-to-docx.ts';
import { startPortal, type Resource } from './server.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const SEED = readFileSync('samples/suixi-2024-zuzhibu.md', 'utf8');
const DEPT = '中共遂溪县委组织部';
const PER_HOST = 2;
const RETRIES = 1;
const lines = <T>(f: string): T[] =>
  existsSync(f)
    ? readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as T)
    : [];
/** The seed under another department name: a distinct document (and sha256) per use. */
const variant = (name: string) => SEED.replace(DEPT, name);
const md = (name: string): Resource => ({ body: Buffer.from(variant(name)), type: 'text/markdown; charset=utf-8' });
async function docx(name: string): Promise<Resource> {
  const text = variant(name);
  const parsed = await markdownParser.parse({ path: `${name}.md`, bytes: Buffer.from(text), sha256: '', text });
  return { body: await blocksToDocx(parsed.blocks), type: 'application/octet-stream' };
}
const page = (links: string, extra = '') => ({
  body: iconv.encode(
    `<!DOCTYPE html><html><head><meta charset="gbk"><title>2024年部门预算公开</title></head><body><h1>预算公开</h1><ul>${links}</ul>${extra}</body></html>`,
    'gbk',
  ),
  type: 'text/html',
});

let portal: Awaited<ReturnType<typeof startPortal>>;
const resources = new Map<string, Resource>();
const u = (path: string) => `${portal.origin}${path}`;

beforeAll(async () => {
  portal = await startPortal(resources);
  // Each answer takes a while, so that without the limiter requests to the portal would overlap well past PER_HOST.
  for (let i = 1; i <= 12; i++) resources.set(`/docs/d${i}.md`, { ...md(`测试县第${i}局`), delayMs: 60 });
  resources.set('/docs/plain-22.txt', md('测试县第22局'));
  resources.set('/download?id=13', await docx('测试县第13局')); // no extension: read as docx by its bytes
  resources.set('/go/14', { redirect: '/docs/moved-14.md', body: Buffer.alloc(0), type: '' });
  resources.set('/docs/moved-14.md', md('测试县第14局'));
  resources.set('/slow/15.md', { ...md('测试县第15局'), delayMs: 300 });
  resources.set('/flaky/16.md', { ...md('测试县第16局'), status: 503, failTimes: 1 });
  resources.set('/gone.pdf', { body: Buffer.alloc(0), type: '', status: 404 });
  resources.set('/broken.xlsx', { body: Buffer.alloc(0), type: '', status: 500 });
  resources.set('/pack.zip', {
    body: Buffer.from(
      zipSync({
        '目标表/第17局绩效目标表.docx': (await docx('测试县第17局')).body,
        '第18局.docx': (await docx('测试县第18局')).body,
        'readme.txt': Buffer.from('x'),
      }),
    ),
    type: 'application/zip',
  });
  // Listing page 1: no table of its own; two attachments to take, one not named as a table, one on another host.
  resources.set(
    '/notice/1.html',
    page(
      [
        `<li><a href="/att/${encodeURIComponent('2024年部门整体绩效目标表')}.docx">附件1</a></li>`,
        '<li><a href="/download.jsp?id=20">2024年部门预算绩效自评表.docx</a></li>',
        '<li><a href="/att/采购意向.pdf">采购意向公开.pdf</a></li>',
        `<li><a href="http://localhost:${portal.port}/att/other-绩效目标.docx">外站绩效目标表.docx</a></li>`,
      ].join(''),
    ),
  );
  resources.set(`/att/${encodeURIComponent('2024年部门整体绩效目标表')}.docx`, await docx('测试县第19局'));
  resources.set('/download.jsp?id=20', await docx('测试县第20局'));
  // Listing page 2: the seed's own table in the page, one attachment linked twice, one page 1 links to as well.
  const seedPage = readFileSync('samples/suixi-2024-zuzhibu.gbk.html');
  resources.set('/notice/2.html', {
    body: Buffer.concat([
      seedPage,
      iconv.encode(
        '<p><a href="../att/21-绩效目标.docx">绩效目标</a> <a href="../att/21-绩效目标.docx">下载</a> <a href="/download.jsp?id=20">绩效自评表.docx</a></p>',
        'gbk',
      ),
    ]),
    type: 'text/html',
  });
  resources.set('/att/21-%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87.docx', await docx('测试县第21局'));
});
afterAll(() => portal?.close());

describe('a batch of URLs from a local portal', () => {
  const out = tempDir('url-batch-');
  const listFile = join(out, 'list.txt');
  const localFile = join(out, 'local.md');
  const run = () =>
    runBatch({
      inputs: [`@${listFile}`, localFile],
      outDir: out,
      concurrency: 8,
      progress: 'none',
      sqlite: false,
      stderr: new PassThrough().resume(),
      urls: { perHost: PER_HOST, delayMs: 10, timeoutMs: 10_000, retries: RETRIES, backoffMs: 20 },
      process: async (input) => (await extract(input)).record,
    });
  const direct = () => [
    ...Array.from({ length: 12 }, (_, i) => `/docs/d${i + 1}.md`),
    '/download?id=13',
    '/go/14',
    '/slow/15.md',
    '/flaky/16.md',
    '/gone.pdf',
    '/broken.xlsx',
    '/pack.zip',
    '/docs/plain-22.txt',
  ];

  it('ends with every URL in the manifest, the right records, and no host over the per-host limit', async () => {
    writeFileSync(localFile, variant('本地文件局'));
    const urls = [...direct(), '/notice/1.html', '/notice/2.html'].map(u);
    writeFileSync(listFile, `# 20 attachment URLs and 2 listing pages\n${urls.join('\n')}\n`);
    expect(urls).toHaveLength(22);
    await run();

    const manifest = new Map(lines<ManifestLine>(join(out, 'manifest.jsonl')).map((l) => [l.path.replace(portal.origin, ''), l]));
    const zipEntry = (n: string) => `/pack.zip#${n}`;
    const expected: Record<string, [ManifestLine['status'], string | null]> = {
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/docs/d${i + 1}.md`, ['flagged', `测试县第${i + 1}局`]])),
      '/download?id=13': ['flagged', '测试县第13局'],
      '/docs/plain-22.txt': ['flagged', '测试县第22局'],
      '/go/14': ['flagged', '测试县第14局'],
      '/slow/15.md': ['flagged', '测试县第15局'],
      '/flaky/16.md': ['flagged', '测试县第16局'],
      '/gone.pdf': ['error', null],
      '/broken.xlsx': ['error', null],
      '/pack.zip': ['ok', null],
      [zipEntry('目标表/第17局绩效目标表.docx')]: ['flagged', '测试县第17局'],
      [zipEntry('第18局.docx')]: ['flagged', '测试县第18局'],
      '/notice/1.html': ['ok', null],
      [`/att/${encodeURIComponent('2024年部门整体绩效目标表')}.docx`]: ['flagged', '测试县第19局'],
      '/download.jsp?id=20': ['flagged', '测试县第20局'],
      '/notice/2.html': ['flagged', DEPT],
      '/att/21-%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87.docx': ['flagged', '测试县第21局'],
      [localFile]: ['flagged', '本地文件局'],
    };
    expect([...manifest.keys()].sort()).toEqual(Object.keys(expected).sort());
    const records = new Map(lines<DisclosureRecord>(join(out, 'records.jsonl')).map((r) => [r.id, r]));
    for (const [path, [status, dept]] of Object.entries(expected)) {
      const line = manifest.get(path)!;
      expect([path, line.status]).toEqual([path, status]);
      expect([path, line.documentId ? records.get(line.documentId)?.department.name : null]).toEqual([path, dept]);
    }
    // Failures name their HTTP status; the 404 was asked once, the 500 once more after a backoff.
    expect([manifest.get('/gone.pdf')!.code, manifest.get('/gone.pdf')!.httpStatus]).toEqual(['http-error', 404]);
    expect([manifest.get('/broken.xlsx')!.code, manifest.get('/broken.xlsx')!.httpStatus]).toEqual(['http-error', 500]);
    expect([portal.requests.get('/gone.pdf'), portal.requests.get('/broken.xlsx'), portal.requests.get('/flaky/16.md')]).toEqual([1, 1 + RETRIES, 2]);
    // The listing pages: what was taken, what was left on another host; the untitled attachment never asked for.
    expect(manifest.get('/notice/1.html')).toMatchObject({
      attachments: 2,
      offsite: [`http://localhost:${portal.port}/att/other-%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87.docx`],
    });
    expect(manifest.get('/notice/2.html')).toMatchObject({ attachments: 2 });
    expect(portal.requests.get('/download.jsp?id=20')).toBe(1);
    expect(portal.requests.has('/att/%E9%87%87%E8%B4%AD%E6%84%8F%E5%90%91.pdf')).toBe(false);
    expect(portal.log.filter((l) => l.host.startsWith('localhost'))).toEqual([]);
    expect(manifest.get('/pack.zip')).toMatchObject({ attachments: 2 });
    // Provenance: the URL as given, the URL after the redirect, the stored copy named by content.
    const redirected = records.get(manifest.get('/go/14')!.documentId!)!;
    expect(redirected.source.path).toBe(u('/go/14'));
    expect(redirected.source.url).toBe(u('/docs/moved-14.md'));
    expect(redirected.source.stored).toBe(join(out, 'sources', `${redirected.source.sha256}.md`));
    expect(records.get(manifest.get('/download?id=13')!.documentId!)!.source).toMatchObject({
      format: 'word',
      stored: join(out, 'sources', `${manifest.get('/download?id=13')!.sha256}.docx`),
    });
    expect(readFileSync(join(out, 'sources', `${redirected.source.sha256}.md`), 'utf8')).toBe(variant('测试县第14局'));
    // Politeness: never more than PER_HOST requests in flight on the portal.
    expect(portal.maxInFlight.get(`127.0.0.1:${portal.port}`)).toBeLessThanOrEqual(PER_HOST);
  });

  it('re-run: only conditional requests, nothing unchanged downloaded again, every document skipped', async () => {
    const before = portal.log.length;
    await run();
    const rerun = portal.log.slice(before);
    const downloads = rerun.filter((l) => l.status === 200);
    expect(downloads).toEqual([]);
    expect(rerun.filter((l) => l.status === 304).every((l) => l.conditional)).toBe(true);
    const manifest = lines<ManifestLine>(join(out, 'manifest.jsonl'));
    const statuses = Object.fromEntries(manifest.map((l) => [l.path.replace(portal.origin, ''), l.status]));
    const notSkipped = Object.entries(statuses).filter(([, s]) => s !== 'skipped');
    expect(notSkipped.sort()).toEqual([
      ['/broken.xlsx', 'error'],
      ['/gone.pdf', 'error'],
      ['/pack.zip', 'ok'],
    ]);
    expect(Object.keys(statuses)).toHaveLength(28);
  });
});
