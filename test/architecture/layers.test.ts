// The pipeline's stages depend only on earlier ones: a parser never reaches into audit, normalize never into emit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Stage of each top-level folder, in pipeline order; a file may import from its own stage or an earlier one. */
const STAGE: Record<string, number> = {
  'src/model': 0,
  'src/arith': 0,
  'src/ingest': 1,
  'src/decode': 2,
  'src/parse': 3,
  'src/normalize': 4,
  pipelines: 4,
  'src/audit': 5,
  'src/emit': 6,
  'src/batch': 6,
  'src/report': 6,
  'src/explain': 6,
  'src/queue': 6,
  'src/cli': 6,
  'src/extract.ts': 6,
  'src/index.ts': 6,
};

/** The stage key of a repository-relative path, or undefined for files outside the stages. */
function stageOf(path: string): string | undefined {
  return Object.keys(STAGE).find((k) => path === k || path.startsWith(`${k}/`));
}

/** Every relative module specifier a file imports, statically, by type or dynamically. */
function importsOf(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) specs.push(m[1]!);
  return specs;
}

/** Imports that point to a later stage than the importing file's, as "from → to". */
function backwardImports(root: string, files: string[], read: (f: string) => string): string[] {
  const bad: string[] = [];
  for (const file of files) {
    const from = stageOf(file);
    if (from === undefined) continue;
    for (const spec of importsOf(read(file))) {
      const target = relative(root, resolve(root, dirname(file), spec))
        .split('\\')
        .join('/');
      const to = stageOf(target);
      if (to !== undefined && STAGE[to]! > STAGE[from]!) bad.push(`${file} → ${target}`);
    }
  }
  return bad;
}

const ROOT = resolve('.');
const sources = ['src', 'pipelines'].flatMap((d) =>
  readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${d}/${f.split('\\').join('/')}`),
);

describe('stage layering', () => {
  it('no stage imports from a later one', () => {
    expect(backwardImports(ROOT, sources, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
  });

  it('catches a parser importing from audit, a dynamic import from emit, and a type import from normalize', () => {
    const fake: Record<string, string> = {
      'src/parse/x.ts': "import { compareExact } from '../audit/formula/index.ts';\nimport type { Grid } from './grid.ts';",
      'src/normalize/y.ts': "const s = await import('../emit/sqlite.ts');",
      'src/decode/z.ts': "import type { PipelineDefinition } from '../normalize/pipeline.ts';",
      'src/audit/ok.ts': "import { normalize } from '../normalize/index.ts';\nimport { big } from '../arith/bignum.ts';",
    };
    expect(backwardImports(ROOT, Object.keys(fake), (f) => fake[f]!)).toEqual([
      'src/parse/x.ts → src/audit/formula/index.ts',
      'src/normalize/y.ts → src/emit/sqlite.ts',
      'src/decode/z.ts → src/normalize/pipeline.ts',
    ]);
  });
});
