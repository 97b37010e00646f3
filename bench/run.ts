// `npm run bench`: every benchmark, each printing ratios against a baseline run in the same process.
import { existsSync } from 'node:fs';
import { benchPipeline } from './pipeline.ts';

await benchPipeline();
for (const extra of ['./startup.ts', './pdf.ts', './pdf-peer.ts', './batch.ts']) {
  if (!existsSync(new URL(extra, import.meta.url))) continue;
  const mod = (await import(extra)) as { default?: () => Promise<void>; run?: () => Promise<void> };
  await (mod.run ?? mod.default)?.();
}
