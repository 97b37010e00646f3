#!/usr/bin/env node
// `npm run build` (also run by `prepare` on `npm install`): src/ + pipelines/ → dist/ (.js, .d.ts) for the library,
// the CLI bundled into dist/cli/ (a few files instead of ~260 modules to load at start-up: zod, commander and the
// pipeline in one; each format's parser and each heavy dependency still loaded only when needed), the SQL migrations
// the sinks read at run time, and a stamp the bin uses to tell a fresh build from a stale one.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Dependencies left to node_modules: native code, files read beside the package (CMaps, workers), or big and rare. */
const EXTERNAL = ['better-sqlite3', 'pdfjs-dist', 'exceljs', 'pg', 'bullmq', 'ioredis', 'iconv-lite', 'cli-progress'];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');

rmSync(DIST, { recursive: true, force: true }); // files of deleted sources must not linger in the package
execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
await bundleCli();
// src/emit/migrations.ts reads ../../migrations relative to itself: dist/src/emit → dist/migrations.
cpSync(join(ROOT, 'migrations'), join(DIST, 'migrations'), { recursive: true });
writeFileSync(join(DIST, '.build-stamp'), `${new Date().toISOString()}\n`);

/** The CLI as an ES module bundle with code splitting, so that dynamic imports stay lazy chunks. */
async function bundleCli() {
  const { build } = await import('esbuild');
  await build({
    // The document worker's entry and job are bundled with the CLI (shared chunks), so a worker thread starts from a
    // few files too instead of the ~260 modules of dist/src.
    entryPoints: {
      main: join(ROOT, 'src/cli/main.ts'),
      'worker-main': join(ROOT, 'src/limits/worker-main.ts'),
      'extract-job': join(ROOT, 'src/limits/extract-job.ts'),
    },
    outdir: join(DIST, 'cli'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS dependencies inside an ES module bundle call require() for Node's built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
    plugins: [zodEnglishOnly()],
  });
}

/**
 * zod's namespace export `z` keeps all of its 64 message locales (360 kB, a third of what a worker compiles at
 * start). Records and flags are built in English only: the bundle gets a locales module holding `en` alone.
 */
function zodEnglishOnly() {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(args.path)};`,
        resolveDir: dirname(args.path),
      }));
    },
  };
}
