// The URL side's parts: retries only where they may help, limits, the per-host limiter, links taken, zips unpacked safely.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchUrl, type FetchOptions } from '../../../src/batch/url/fetch.ts';
import { HostLimiter } from '../../../src/batch/url/host-limiter.ts';
import { sniffExtension } from '../../../src/batch/url/kind.ts';
import { attachmentLinks } from '../../../src/batch/url/links.ts';
import { unpackZip, ZipError } from '../../../src/batch/url/zip.ts';
import { startPortal, type Resource } from './server.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const resources = new Map<string, Resource>();
let portal: Awaited<ReturnType<typeof startPortal>>;
const opts = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  limiter: new HostLimiter(2, 0),
  timeoutMs: 5_000,
  maxBytes: 1_000,
  retries: 2,
  backoffMs: 5,
  ...extra,
});

beforeAll(async () => {
  portal = await startPortal(resources);
  resources.set('/ok', { body: Buffer.from('# 表\n'), type: 'text/plain' });
  resources.set('/forbidden', { body: Buffer.alloc(0), type: '', status: 403 });
  resources.set('/down', { body: Buffer.alloc(0), type: '', status: 502 });
  resources.set('/big', { body: Buffer.alloc(5_000, 0x41), type: 'text/plain' });
  resources.set('/hang', { body: Buffer.from('late'), type: 'text/plain', delayMs: 2_000 });
});
afterAll(() => portal?.close());

describe('fetchUrl', () => {
  const failure = (path: string, o = opts()): Promise<FetchError> =>
    fetchUrl(`${portal.origin}${path}`, {}, o).then(
      () => {
        throw new Error(`${path} did not fail`);
      },
      (e: unknown) => e as FetchError,
    );

  it('does not retry a 4xx, and names its status', async () => {
    const e = await failure('/forbidden');
    expect([e.code, e.httpStatus, e.attempts, portal.requests.get('/forbidden')]).toEqual(['http-error', 403, 1, 1]);
  });

  it('retries a 5xx with backoff, then gives up with its status', async () => {
    const e = await failure('/down');
    expect([e.code, e.httpStatus, e.attempts, portal.requests.get('/down')]).toEqual(['http-error', 502, 3, 3]);
  });

  it('refuses a body over the size limit', async () => {
    const e = await failure('/big');
    expect([e.code, e.message]).toEqual(['too-large', `${portal.origin}/big: 5000 bytes, over the 1000 byte limit`]);
  });

  it('gives up on an answer slower than the timeout, after retrying it', async () => {
    const e = await failure('/hang', opts({ timeoutMs: 100, retries: 1 }));
    expect([e.code, e.attempts, portal.requests.get('/hang')]).toEqual(['timeout', 2, 2]);
  });

  it('sends the validators back and takes a 304 as unchanged', async () => {
    const first = await fetchUrl(`${portal.origin}/ok`, {}, opts());
    if (first.kind !== 'body') throw new Error('expected a body');
    expect(first.validators.lastModified).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    const again = await fetchUrl(`${portal.origin}/ok`, first.validators, opts());
    expect([again.kind, again.status]).toEqual(['not-modified', 304]);
  });
});

describe('HostLimiter', () => {
  it('never runs more than perHost at once on one host, and runs hosts independently', async () => {
    const limiter = new HostLimiter(2, 0);
    const active = new Map<string, number>();
    const most = new Map<string, number>();
    const job = (host: string) =>
      limiter.run(`http://${host}/x`, async () => {
        active.set(host, (active.get(host) ?? 0) + 1);
        most.set(host, Math.max(most.get(host) ?? 0, active.get(host)!));
        await new Promise((r) => setImmediate(r));
        active.set(host, active.get(host)! - 1);
      });
    await Promise.all([...Array.from({ length: 8 }, () => job('a.gov.cn')), ...Array.from({ length: 3 }, () => job('b.gov.cn'))]);
    expect(Object.fromEntries(most)).toEqual({ 'a.gov.cn': 2, 'b.gov.cn': 2 });
  });
});

describe('attachmentLinks', () => {
  const page = `<html><head><base href="/2024/"></head><body>
    <a href="a/%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87%E8%A1%A8.xls">附件</a>
    <a href="dl?id=1">部门整体绩效自评表.pdf</a>
    <a href="dl?id=2" title="2024年部门预算.wps">下载</a>
    <a href="notice.html">部门预算绩效目标公开</a>
    <a href="other.pdf">采购公告.pdf</a>
    <a href="https://cdn.example.org/绩效目标.zip">打包下载</a>
    <a href="mailto:x@y.cn">绩效目标.pdf</a>
  </body></html>`;

  it('takes document attachments named as target or self-evaluation tables, same site only', () => {
    const { taken, offsite } = attachmentLinks(page, 'http://czj.example.gov.cn/notice/1.html', false);
    expect(taken.map((a) => a.url)).toEqual([
      'http://czj.example.gov.cn/2024/a/%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87%E8%A1%A8.xls',
      'http://czj.example.gov.cn/2024/dl?id=1',
      'http://czj.example.gov.cn/2024/dl?id=2',
    ]);
    expect(offsite).toEqual(['https://cdn.example.org/%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87.zip']);
  });

  it('takes offsite attachments with followOffsite', () => {
    expect(attachmentLinks(page, 'http://czj.example.gov.cn/notice/1.html', true).taken).toHaveLength(4);
  });
});

describe('unpackZip', () => {
  const dir = () => tempDir('zip-');

  it('unpacks document entries only, GBK names read as Chinese', () => {
    const gbkName = Buffer.from('b5a5cebbd4a4cbe32e646f6378', 'hex').toString('latin1'); // 单位预算.docx in GBK, no UTF-8 flag
    const d = dir();
    const entries = unpackZip(zipSync({ 'a/绩效目标.pdf': Buffer.from('%PDF-1.4'), [gbkName]: Buffer.from('x'), 'notes.txt': Buffer.from('n') }), d, 'z');
    expect(entries.map((e) => [e.name, e.file.slice(d.length + 1)])).toEqual([
      ['a/绩效目标.pdf', 'a/绩效目标.pdf'],
      ['单位预算.docx', '单位预算.docx'],
    ]);
  });

  it('refuses a path outside the folder and writes nothing', () => {
    const d = dir();
    const e = (() => {
      try {
        unpackZip(zipSync({ 'ok.pdf': Buffer.from('1'), '../evil.pdf': Buffer.from('2') }), d, 'z');
      } catch (x) {
        return x as ZipError;
      }
    })();
    expect([e?.code, readdirSync(d), existsSync(join(d, '..', 'evil.pdf'))]).toEqual(['zip-unsafe-path', [], false]);
  });

  it('refuses too many entries and entries over the size limit', () => {
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.pdf`, Buffer.from('x')]));
    const limits = { maxEntries: 4, maxEntryBytes: 10, maxTotalBytes: 100 };
    expect(() => unpackZip(zipSync(many), dir(), 'z', limits)).toThrow(expect.objectContaining({ code: 'zip-too-many-entries' }));
    expect(() => unpackZip(zipSync({ 'big.pdf': Buffer.alloc(11) }), dir(), 'z', limits)).toThrow(expect.objectContaining({ code: 'zip-too-large' }));
  });
});

describe('sniffExtension', () => {
  it('names stored downloads by their content', () => {
    expect(['%PDF-1.7', '<!DOCTYPE html><html>', '| a | b |', '{\\rtf1 x}'].map((s) => sniffExtension(Buffer.from(s)))).toEqual(['pdf', 'html', 'md', 'rtf']);
    expect(sniffExtension(zipSync({ 'x.pdf': Buffer.from('1') }))).toBe('zip');
  });
});
