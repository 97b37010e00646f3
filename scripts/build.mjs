#!/usr/bin/env node
// `npm run build` (also run by `prepare` on `npm install`): src/ + pipelines/ → dist/ (.js, .d.ts), plus the
// SQL migrations the sinks read at run time, and a stamp the bin uses to tell a fresh build from a stale one.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');

rmSync(DIST, { recursive: true, force: true }); // files of deleted sources must not linger in the package
execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
// src/emit/migrations.ts reads ../../migrations relative to itself: dist/src/emit → dist/migrations.
cpSync(join(ROOT, 'migrations'), join(DIST, 'migrations'), { recursive: true });
writeFileSync(join(DIST, '.build-stamp'), `${new Date().toISOString()}\n`);
