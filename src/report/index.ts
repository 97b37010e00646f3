// `budget-extract report`: one self-contained HTML file (inline CSS, SVG and script, no network) of a batch.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { html, raw, type Html } from './escape.ts';
import { loadReportData, type ReportData } from './load.ts';
import { summarize } from './summary.ts';
import { filterBar, overviewSection } from './overview.ts';
import { documentSection, type SourceHref } from './document.ts';
import { CSS } from './style.ts';
import { CLIENT_SCRIPT } from './client.ts';

export { loadReportData, type ReportData } from './load.ts';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * The page's CSP: nothing may load, and only our own inline style and script (by hash) may run — a second
 * wall behind escaping, so even a missed escape could not execute or fetch anything.
 */
export const CSP = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(CLIENT_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

/** The report as one HTML string; `sourceHref` links each document to its source file (none when omitted). */
export function renderReport(data: ReportData, sourceHref: SourceHref = () => null): string {
  const overview = summarize(data);
  const byPath = new Map(data.manifest.map((m) => [m.path, m]));
  const docs: Html[] = data.records.map((r, d) => documentSection(d, r, byPath.get(r.source.path), sourceHref));
  const page = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>budget-extract report: ${data.outDir}</title>
<style>${raw(CSS)}</style>
</head>
<body>
<header class="top"><h1>budget-extract report <span class="muted">${data.outDir} · ${data.records.length} documents · ${data.flags.length} flags</span></h1></header>
${filterBar(overview.byRule.map((c) => c.rule))}
<main>
${overviewSection(overview, data.records.length)}
${docs}
</main>
<script>${raw(CLIENT_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}

/** Read a batch's outputs from `outDir` and write its HTML report to `file`. */
export async function writeReport(outDir: string, file: string): Promise<void> {
  const data = await loadReportData(outDir);
  const base = dirname(resolve(file));
  const sourceHref: SourceHref = (path) => relative(base, resolve(path)).split(sep).map(encodeURIComponent).join('/');
  await mkdir(base, { recursive: true });
  await writeFile(file, renderReport(data, sourceHref));
}
