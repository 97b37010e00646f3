#!/usr/bin/env node
// The installed package runs the compiled CLI bundle in dist/cli/. In a checkout whose sources changed since the last
// build (`npm run build`, run by `npm install`), it runs the TypeScript sources through tsx instead, so
// that editing src/ never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const stamp = new URL('dist/.build-stamp', root);

/** Newest modification time of the TypeScript sources below `dir` (0 when there are none, as in the package). */
function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.ts')) newest = Math.max(newest, statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs);
  }
  return newest;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const stale = !built || Math.max(newestSource(new URL('src', root)), newestSource(new URL('pipelines', root))) > built;
let main;
if (stale) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
} else {
  ({ main } = await import('../dist/cli/main.js'));
}
process.exitCode = await main(process.argv);
