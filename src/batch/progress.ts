// Progress for people: a bar on a terminal, plain periodic lines otherwise, and a summary at the end.
import { createRequire } from 'node:module';
import type { Status } from './manifest.ts';

export type Tally = { done: number; byStatus: Record<Status, number>; flags: number; byRule: Record<string, number>; startedAt: number };

export type Progress = { update(t: Tally): void; stop(t: Tally): void };

const rate = (t: Tally) => t.done / Math.max(0.001, (Date.now() - t.startedAt) / 1000);

/** A progress display for `mode` ('auto' = bar on a TTY, lines otherwise). */
export function progress(mode: 'auto' | 'bar' | 'lines' | 'none', out: NodeJS.WriteStream | NodeJS.WritableStream): Progress {
  const tty = (out as NodeJS.WriteStream).isTTY === true;
  const kind = mode === 'auto' ? (tty ? 'bar' : 'lines') : mode;
  if (kind === 'none') return { update() {}, stop: (t) => out.write(summary(t)) };
  if (kind === 'lines') {
    let last = 0;
    return {
      update(t) {
        if (Date.now() - last < 2000) return;
        last = Date.now();
        out.write(`${t.done} documents, ${rate(t).toFixed(1)} docs/s, ${t.flags} flags, ${t.byStatus.error} errors\n`);
      },
      stop: (t) => out.write(summary(t)),
    };
  }
  // Inputs are discovered lazily, so the total grows as folders are walked; the bar shows what is known.
  // cli-progress is loaded only when a bar is drawn (a terminal); pipes and CI get plain lines without it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value} docs | {rate} docs/s | ETA {eta_formatted} | {flags} flags | {errors} errors',
      stream: out as NodeJS.WriteStream,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: '0', flags: 0, errors: 0 });
  return {
    update(t) {
      bar.setTotal(Math.max(t.done, bar.getTotal()));
      bar.update(t.done, { rate: rate(t).toFixed(1), flags: t.flags, errors: t.byStatus.error });
    },
    stop(t) {
      bar.stop();
      out.write(summary(t));
    },
  };
}

/** The end-of-batch summary: documents by status, flags by rule, throughput. */
export function summary(t: Tally): string {
  const s = t.byStatus;
  const rules = Object.entries(t.byRule)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `  ${r}: ${n}`)
    .join('\n');
  return `${t.done} documents: ${s.ok} ok, ${s.flagged} flagged, ${s.error} errors, ${s.skipped} skipped; ${rate(t).toFixed(1)} docs/s\n${rules ? `flags by rule:\n${rules}\n` : ''}`;
}
