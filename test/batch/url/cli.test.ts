// `extract` with a URL argument and the download options: in-process through the CLI's main().
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { startPortal, type Resource } from './server.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const resources = new Map<string, Resource>();
let portal: Awaited<ReturnType<typeof startPortal>>;
beforeAll(async () => {
  portal = await startPortal(resources);
  resources.set('/x.md', { body: readFileSync('samples/suixi-2024-zuzhibu.md'), type: 'text/plain' });
  resources.set('/down', { body: Buffer.alloc(0), type: '', status: 503 });
});
afterAll(() => portal?.close());

it('downloads URL arguments beside files, with --retries 0 taken at its word, and exits 1 for the failure', async () => {
  const out = tempDir('url-cli-');
  const code = await main([
    'node',
    'budget-extract',
    'extract',
    `${portal.origin}/x.md`,
    `${portal.origin}/down`,
    'samples/suixi-2024-zuzhibu.gfm.md',
    '-o',
    out,
    '--progress',
    'none',
    '--no-sqlite',
    '--per-host',
    '1',
    '--host-delay',
    '0',
    '--retries',
    '0',
    '--fetch-timeout',
    '5000',
  ]);
  expect(code).toBe(1);
  const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { path: string; status: string; httpStatus?: number });
  expect(manifest.map((l) => [l.path.replace(portal.origin, ''), l.status, l.httpStatus ?? null]).sort()).toEqual([
    ['/down', 'error', 503],
    ['/x.md', 'flagged', 200],
    ['samples/suixi-2024-zuzhibu.gfm.md', 'flagged', null],
  ]);
  expect(portal.requests.get('/down')).toBe(1);
  expect(existsSync(join(out, 'sources', 'urls.jsonl'))).toBe(true);
});
