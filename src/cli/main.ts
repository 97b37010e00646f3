// The command line: a thin shell over the library. Exit 0 = every input processed (flags are data),
// 1 = some input could not be read (the others still went through), 2 = usage error.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';

// Commands are loaded when run, so that `--help` does not pay for the whole pipeline.
const extractCommand = async (...a: Parameters<typeof import('./extract-command.ts').extractCommand>) =>
  (await import('./extract-command.ts')).extractCommand(...a);
const reportCommand = async (...a: Parameters<typeof import('./other-commands.ts').reportCommand>) => (await import('./other-commands.ts')).reportCommand(...a);
const explainCommand = async (...a: Parameters<typeof import('./other-commands.ts').explainCommand>) =>
  (await import('./other-commands.ts')).explainCommand(...a);
const schemaCommand = async (...a: Parameters<typeof import('./other-commands.ts').schemaCommand>) => (await import('./other-commands.ts')).schemaCommand(...a);
const enqueueCommand = async (...a: Parameters<typeof import('./queue-commands.ts').enqueueCommand>) =>
  (await import('./queue-commands.ts')).enqueueCommand(...a);
const workerCommand = async (...a: Parameters<typeof import('./queue-commands.ts').workerCommand>) => (await import('./queue-commands.ts')).workerCommand(...a);

export const EXIT = { ok: 0, inputError: 1, usage: 2, output: 3 } as const;

/** Build the program; exported so tests can run commands in-process. */
export function program(): Command {
  const p = new Command('budget-extract')
    .description('Chinese county budget disclosures (部门整体预算绩效目标表) → typed records, recomputed formulas, audit flags')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  p.command('extract')
    .description('extract every input (files, folders, @list file, - for stdin) into <out>/records.jsonl, flags.jsonl, manifest.jsonl and budget.sqlite')
    .argument('<inputs...>', 'files, folders, http(s) URLs, @listfile, or - to read paths from stdin')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-j, --concurrency <n>', 'documents in parallel', (v) => positiveInt(v, '--concurrency'), availableParallelism())
    .option('--force', 're-process documents already done (by sha256)', false)
    .option('--pg <url>', 'also load into PostgreSQL (postgres://…)')
    .option('--no-sqlite', 'do not write <out>/budget.sqlite')
    .option('--ocr', 'OCR scanned PDF pages (pdftoppm + tesseract chi_sim)', false)
    .addOption(new Option('--format <fmt>', 'extra export').choices(['csv']))
    .addOption(new Option('--progress <mode>', 'progress display').choices(['auto', 'bar', 'lines', 'none']).default('auto'))
    .option('--max-bytes <n>', 'refuse inputs larger than this', (v) => positiveInt(v, '--max-bytes'), 50 * 1024 * 1024)
    .option('--timeout <ms>', "per-document time limit; the document's worker is stopped at it", (v) => positiveInt(v, '--timeout'), 60_000)
    .option('--max-memory <mb>', "per-document heap limit in MB; the document's worker is stopped at it", (v) => positiveInt(v, '--max-memory'), 1024)
    .option('--wait', 'if another run is writing the output folder, wait for it to end instead of stopping', false)
    .option('--per-host <n>', 'URL inputs: downloads in flight per host', (v) => positiveInt(v, '--per-host'), 2)
    .option('--host-delay <ms>', 'URL inputs: least time between two requests to one host', (v) => nonNegativeInt(v, '--host-delay'), 250)
    .option('--fetch-timeout <ms>', 'URL inputs: time limit of one download', (v) => positiveInt(v, '--fetch-timeout'), 30_000)
    .option('--retries <n>', 'URL inputs: further attempts after a 5xx or a timeout (never after a 4xx)', (v) => nonNegativeInt(v, '--retries'), 2)
    .option('--follow-offsite', 'URL inputs: also take attachments a page links to on other hosts', false)
    .action(async (inputs: string[], opts) => {
      p.setOptionValue('exit', await extractCommand(inputs, opts));
    });

  p.command('report')
    .description('write one self-contained HTML report of an output folder')
    .argument('<outDir>', 'a folder written by `extract`')
    .option('-o, --output <file>', 'report file (default <outDir>/report.html)')
    .action(async (outDir: string, opts) => {
      p.setOptionValue('exit', await reportCommand(outDir, opts));
    });

  p.command('explain')
    .description("print one document's record and flags in a readable form")
    .argument('<file>', 'a disclosure file')
    .option('--json', 'print the record as JSON instead', false)
    .option('--ocr', 'OCR scanned PDF pages', false)
    .option('--no-color', 'no ANSI colours')
    .action(async (file: string, opts) => {
      p.setOptionValue('exit', await explainCommand(file, opts));
    });

  p.command('schema')
    .description('print (or write) the JSON Schema of the record, generated from the zod model')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts) => {
      p.setOptionValue('exit', await schemaCommand(opts));
    });

  p.command('enqueue')
    .description('put inputs on a BullMQ queue for `worker` processes on any machine')
    .argument('<inputs...>', 'files, folders, @listfile, or -')
    .requiredOption('--redis <url>', 'redis://host:port')
    .option('--queue <name>', 'queue name', 'budget-extract')
    .action(async (inputs: string[], opts) => {
      p.setOptionValue('exit', await enqueueCommand(inputs, opts));
    });

  p.command('worker')
    .description('process queued documents until stopped')
    .requiredOption('--redis <url>', 'redis://host:port')
    .option('--queue <name>', 'queue name', 'budget-extract')
    .option('-o, --out <dir>', 'output folder for JSONL, manifest and SQLite', 'out')
    .option('--pg <url>', 'also load into PostgreSQL')
    .option('-j, --concurrency <n>', 'documents in parallel', (v) => positiveInt(v, '--concurrency'), availableParallelism())
    .option('--ocr', 'OCR scanned PDF pages', false)
    .option('--max-bytes <n>', 'refuse inputs larger than this', (v) => positiveInt(v, '--max-bytes'), 50 * 1024 * 1024)
    .option('--timeout <ms>', 'per-document time limit', (v) => positiveInt(v, '--timeout'), 60_000)
    .option('--max-memory <mb>', 'per-document heap limit in MB', (v) => positiveInt(v, '--max-memory'), 1024)
    .action(async (opts) => {
      p.setOptionValue('exit', await workerCommand(opts));
    });
  return p;
}

/** Run the CLI; returns the exit code instead of exiting so that it can be embedded and tested. */
export async function main(argv: string[]): Promise<number> {
  const p = program();
  try {
    await p.parseAsync(argv);
    return (p.getOptionValue('exit') as number | undefined) ?? EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`budget-extract: ${(e as Error).message}\n`);
    return (e as { code?: string }).code === 'output' ? EXIT.output : EXIT.usage;
  }
}

function nonNegativeInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(2, 'budget-extract.invalidArgument', `${name} must be a non-negative integer, got "${v}"`);
  return n;
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  // InvalidArgumentError: commander prints it with the option's name (a plain throw would exit without a word).
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive integer, got "${v}"`);
  return n;
}
