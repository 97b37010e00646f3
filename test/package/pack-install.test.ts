// The package as a user gets it: `npm pack` a copy of the repository (its `prepare` builds dist/), install the
// tarball offline into a scratch project, then plain node imports `extract`, the installed bin runs, and tsc
// resolves the shipped types for a TypeScript consumer.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const REPO = resolve('.');
const SEED = join(REPO, 'samples/suixi-2024-zuzhibu.md');
/** What `npm pack` needs from the repository to build and pack: not tests, fixtures or samples. */
const PACKED_INPUTS = [
  'package.json',
  'package-lock.json',
  'README.md',
  'bin',
  'src',
  'pipelines',
  'migrations',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
];
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
const INSTALL_TIMEOUT_MS = 240_000;
/** Two tsc runs over the consumer and the shipped .d.ts (and zod's), on a shared two-core machine. */
const TSC_TIMEOUT_MS = 120_000;

type Lock = { packages: Record<string, { dev?: boolean; link?: boolean }> };

let project = '';
let files: string[] = [];

const sh = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A lockfile for the scratch project: the tarball plus the repository's locked production dependencies, so `npm ci --offline` needs only the npm cache. */
function scratchLock(tgz: string, pkg: { version: string; dependencies: Record<string, string>; bin: unknown }): object {
  const repoLock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as Lock;
  const packages: Record<string, unknown> = {
    '': { name: 'scratch', version: '1.0.0', dependencies: { 'budget-extract': tgz } },
    'node_modules/budget-extract': { version: pkg.version, resolved: tgz, license: 'MIT', dependencies: pkg.dependencies, bin: pkg.bin },
  };
  for (const [k, v] of Object.entries(repoLock.packages)) if (k && !v.dev && !v.link) packages[k] = v;
  return { name: 'scratch', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  const work = tempDir('pack-');
  const copy = join(work, 'repo');
  for (const f of PACKED_INPUTS) cpSync(join(REPO, f), join(copy, f), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
  const tgzName = sh('npm', ['pack', '--silent', '--pack-destination', work], copy).trim().split('\n').at(-1)!;
  files = sh('tar', ['tzf', join(work, tgzName)], work)
    .split('\n')
    .filter(Boolean);

  project = join(work, 'scratch');
  mkdirSync(project);
  const tgz = `file:../${tgzName}`;
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module', dependencies: { 'budget-extract': tgz } }),
  );
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(scratchLock(tgz, pkg)));
  // --ignore-scripts: no native build of better-sqlite3 offline; the CLI run below uses --no-sqlite.
  sh('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
}, INSTALL_TIMEOUT_MS);

describe('the packed package', () => {
  it('ships the compiled library, its types and the bin, and no tests, fixtures or TypeScript sources', () => {
    expect(files).toContain('package/dist/src/index.js');
    expect(files).toContain('package/dist/src/index.d.ts');
    expect(files).toContain('package/dist/pipelines/dept-overall.js');
    expect(files).toContain('package/dist/migrations/sqlite/001_init.sql');
    expect(files).toContain('package/bin/budget-extract.mjs');
    expect(files).toContain('package/dist/cli/main.js');
    expect(files.filter((f) => /^package\/(test|samples|src|bench)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
  });

  it('plain node imports extract and gets the same record as the sources give', async () => {
    writeFileSync(
      join(project, 'use.mjs'),
      "import { extract } from 'budget-extract';\nconsole.log(JSON.stringify((await extract(process.argv[2])).record));\n",
    );
    const installed = JSON.parse(sh('node', ['use.mjs', SEED], project));
    expect(installed).toEqual((await extract(SEED)).record);
    expect(installed.tasks.length).toBe(45);
  });

  it('the installed bin extracts a document', () => {
    sh(join(project, 'node_modules/.bin/budget-extract'), ['extract', SEED, '-o', 'out', '--no-sqlite', '--progress', 'none'], project);
    const records = readFileSync(join(project, 'out/records.jsonl'), 'utf8').trim().split('\n');
    expect(records).toHaveLength(1);
    expect(JSON.parse(records[0]!).department.name).toBe('中共遂溪县委组织部');
    expect(readdirSync(join(project, 'out')).sort()).toEqual(['flags.jsonl', 'manifest.jsonl', 'records.jsonl']);
  });

  it(
    'tsc resolves the shipped types: a correct consumer compiles and a wrong one does not',
    () => {
      const tsconfig = { compilerOptions: { module: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['consumer.ts'] };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
      const consumer = (taskCount: string) =>
        `import { extract, type DisclosureRecord } from 'budget-extract';\nconst r: { record: DisclosureRecord } = await extract('x.md');\nexport const n: ${taskCount} = r.record.tasks.length;\n`;
      writeFileSync(join(project, 'consumer.ts'), consumer('number'));
      expect(() => sh('node', [TSC, '-p', '.'], project)).not.toThrow();
      writeFileSync(join(project, 'consumer.ts'), consumer('string'));
      let out = '';
      try {
        sh('node', [TSC, '-p', '.'], project);
      } catch (e) {
        out = String((e as { stdout: string }).stdout);
      }
      expect(out).toContain("error TS2322: Type 'number' is not assignable to type 'string'");
    },
    TSC_TIMEOUT_MS,
  );
});
