// report, explain, schema: each a few lines over the library.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { extract } from '../extract.ts';
import { recordJsonSchema } from '../model/index.ts';
import { InputError } from '../parse/grid.ts';

/** `report <outDir>`: the HTML report of a finished batch. */
export async function reportCommand(outDir: string, opts: { output?: string }): Promise<number> {
  const { writeReport } = await import('../report/index.ts');
  const { existsSync } = await import('node:fs');
  if (!existsSync(join(outDir, 'manifest.jsonl'))) {
    process.stderr.write(`budget-extract report: ${outDir} is not an output folder of \`extract\` (no manifest.jsonl in it)\n`);
    return 2;
  }
  const file = opts.output ?? join(outDir, 'report.html');
  await writeReport(outDir, file);
  process.stderr.write(`report written to ${file}\n`);
  return 0;
}

/** `explain <file>`: one document in a linter-like terminal view (or as JSON). */
export async function explainCommand(file: string, opts: { json: boolean; color: boolean; ocr: boolean }): Promise<number> {
  try {
    const { record } = await extract(file, { ocr: opts.ocr });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
      return 0;
    }
    const { formatExplain } = await import('../explain/index.ts');
    process.stdout.write(formatExplain(record, { color: opts.color && process.stdout.isTTY === true }));
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 1;
  }
}

/** `schema [-o file]`: the JSON Schema generated from the zod model. */
export async function schemaCommand(opts: { output?: string }): Promise<number> {
  const text = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
  if (!opts.output) process.stdout.write(text);
  else {
    await mkdir(dirname(opts.output), { recursive: true });
    await writeFile(opts.output, text);
  }
  return 0;
}
