// Where the document worker's own modules are. The pool runs from the TypeScript sources (tsx), from the compiled
// library in dist/src, or from the CLI bundle in dist/cli/chunks: a worker thread needs a real file to start, so its
// entry and its job module are found from the package root, compiled when this code is compiled.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this module holding package.json. */
function packageRoot(): URL {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 8; i++) {
    if (existsSync(fileURLToPath(new URL('package.json', dir)))) return dir;
    dir = new URL('../', dir);
  }
  throw new Error(`budget-extract: no package.json above ${import.meta.url}`);
}

/** True when this code runs from its TypeScript source (tsx), so the worker must load TypeScript too. */
const fromSource = import.meta.url.endsWith('.ts');

/**
 * A module of src/limits as the worker should load it: the compiled `.js` beside the compiled code, the `.ts`
 * source when running from source (the `.mjs` entry registers tsx first).
 */
export function limitsModule(name: 'worker-main' | 'extract-job' | 'worker-entry'): URL {
  const root = packageRoot();
  const exists = (path: string) => existsSync(fileURLToPath(new URL(path, root)));
  if (fromSource) return new URL(`src/limits/${name}.${name === 'worker-entry' ? 'mjs' : 'ts'}`, root);
  // The CLI bundle's copy first (a few files to load), then the compiled library's.
  if (bundled && exists(`dist/cli/${name}.js`)) return new URL(`dist/cli/${name}.js`, root);
  if (exists(`dist/src/limits/${name}.js`)) return new URL(`dist/src/limits/${name}.js`, root);
  return new URL(`src/limits/${name}.${name === 'worker-entry' ? 'mjs' : 'ts'}`, root);
}

/** True when this code runs from the CLI bundle (dist/cli), whose worker files share its chunks. */
const bundled = /\/dist\/cli\//.test(import.meta.url);

/** The file a document worker thread starts from. */
export const workerEntry = (): URL => (fromSource ? limitsModule('worker-entry') : limitsModule('worker-main'));
