// The report of a real batch, opened from file:// in Chromium: counts against flags.jsonl, flag links, filters, XSS.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlagLine } from '../../src/report/load.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const CHROMIUM = '/usr/bin/chromium';
const CLI = 'bin/budget-extract.mjs';
const SCREENSHOT = 'out/report-screenshot.png';
const SEED = 'samples/suixi-2024-zuzhibu.md';
// The four renderings of the seed in samples/, named so that a sample added later does not change the counts below.
const SAMPLES = ['gbk.html', 'gfm.md', 'mineru.md', 'md'].map((ext) => `samples/suixi-2024-zuzhibu.${ext}`);
const XSS = JSON.parse(readFileSync('test/fixtures/report/xss.expected.json', 'utf8')) as Record<string, string>;
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`\n!!! SKIPPING the report's browser tests: ${CHROMIUM} is absent (apt-get install chromium) !!!\n`);

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

/** Run the CLI's batch and report on `inputs`; the out folder. */
function batchWithReport(...inputs: string[]): string {
  const out = tempDir('report-');
  execFileSync('node', [CLI, 'extract', ...inputs, '-o', out, '--progress', 'none'], { stdio: 'pipe' });
  execFileSync('node', [CLI, 'report', out], { stdio: 'pipe' });
  return out;
}

/** Open a report, collecting dialogs and page errors (a CSP violation or script error shows up there). */
async function open(browser: Browser, out: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(resolve(out, 'report.html')).href);
  return { page, dialogs, errors };
}

describe.skipIf(!hasChromium)('report in Chromium', () => {
  let browser: Browser;
  let out: string;
  let xssOut: string;
  beforeAll(async () => {
    out = batchWithReport(...SAMPLES);
    xssOut = batchWithReport('test/fixtures/report/xss.md');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the counts of flags.jsonl and manifest.jsonl, and every flag in its document', async () => {
    const flags = jsonl<FlagLine>(join(out, 'flags.jsonl'));
    const manifest = jsonl<{ status: string }>(join(out, 'manifest.jsonl'));
    const expected: Record<string, number> = { flags: flags.length, documents: manifest.length };
    for (const s of ['error', 'warning', 'info']) expected[`severity:${s}`] = flags.filter((f) => f.severity === s).length;
    for (const s of ['ok', 'flagged', 'error', 'skipped']) expected[`status:${s}`] = manifest.filter((m) => m.status === s).length;
    for (const rule of new Set(flags.map((f) => f.rule))) {
      expected[`rule:${rule}`] = flags.filter((f) => f.rule === rule).length;
      for (const s of ['error', 'warning', 'info']) expected[`rule:${rule}:${s}`] = flags.filter((f) => f.rule === rule && f.severity === s).length;
    }
    const { page, errors } = await open(browser, out);
    const shown = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.count!, e.textContent!])));
    const { 'amount:万元': amount, ...counts } = shown;
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]))).toEqual(expected);
    expect(expected).toMatchObject({ flags: 28, 'severity:warning': 8, 'status:flagged': 4 });
    expect(amount).toBe('13721.264');
    expect(await page.$$eval('li.flag', (els) => els.length)).toBe(flags.length);
    for (const path of new Set(flags.map((f) => f.path))) {
      expect(await page.$$eval(`section.doc[data-path="${path}"] li.flag`, (els) => els.length)).toBe(flags.filter((f) => f.path === path).length);
    }
    expect(await page.textContent('#shown')).toBe(`28 flags in 4 documents shown`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the seed's two warnings, task 21 and indicator 9, and lights up each row when its flag is clicked", async () => {
    const { page, errors } = await open(browser, out);
    const doc = page.locator(`section.doc[data-path="${SEED}"]`);
    const warnings = doc.locator('li.flag[data-severity="warning"] a.flag-link');
    expect(await warnings.allTextContents()).toEqual(['任务21 · line 40, col 1', '指标9 · line 93, col 1']);
    const [taskId, indId] = await warnings.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.target!));

    const task = page.locator(`[id="${taskId}"]`);
    expect(await task.getAttribute('class')).toBe('row flagged sev-warning');
    expect(await task.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['21', '两新组织党组织书记、两新党建指导员、党员培训经费', '7', 'line 40, col 1']),
    );
    expect(await task.locator('td.cell-flag').allTextContents()).toEqual(['7']);

    await warnings.nth(0).click();
    expect(await task.getAttribute('class')).toBe('row flagged sev-warning hl');
    expect(await task.isVisible()).toBe(true);
    expect(
      await task.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe(`#${taskId}`);
    mkdirSync('out', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    await warnings.nth(1).click();
    const ind = page.locator(`[id="${indId}"]`);
    expect(await ind.getAttribute('class')).toBe('row flagged sev-warning hl');
    expect(await ind.locator('td.cell-flag').allTextContents()).toEqual(['0.95']);
    expect(await task.getAttribute('class')).toBe('row flagged sev-warning');
    expect(
      await ind.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    expect(await page.$$eval('.hl', (els) => els.length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters flags by rule and severity and documents by department', async () => {
    const flags = jsonl<FlagLine>(join(out, 'flags.jsonl'));
    const { page } = await open(browser, out);
    const shown = async () => page.$eval('#shown', (e) => [Number((e as HTMLElement).dataset.flags), Number((e as HTMLElement).dataset.documents)]);
    await page.selectOption('#f-rule', 'percent-scale');
    expect(await shown()).toEqual([flags.filter((f) => f.rule === 'percent-scale').length, 4]);
    expect(await page.locator('li.flag:visible').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.rule))])).toEqual([
      'percent-scale',
    ]);
    await page.selectOption('#f-rule', '');
    await page.uncheck('.f-sev[value="info"]');
    expect(await shown()).toEqual([flags.filter((f) => f.severity !== 'info').length, 4]);
    await page.fill('#f-dept', '不存在的局');
    expect(await shown()).toEqual([0, 0]);
    await page.fill('#f-dept', '遂溪县委');
    expect(await shown()).toEqual([8, 4]);
    await page.close();
  });

  it('shows hostile text from a document as text and runs none of it', async () => {
    const { page, dialogs, errors } = await open(browser, xssOut);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => [document.scripts.length, document.images.length, document.querySelectorAll('[onerror]').length])).toEqual([1, 0, 0]);
    const doc = page.locator('section.doc');
    expect(await doc.getAttribute('data-dept')).toBe(XSS.department);
    expect(await doc.locator('h2').textContent()).toContain(XSS.department);
    expect(await page.locator('[id="d0-task-key-1"] td').nth(2).textContent()).toBe(XSS.task1Name);
    expect(await page.locator('[id="d0-task-key-2"] td').nth(5).textContent()).toBe(XSS.task2Goal);
    expect(await page.locator('[id="d0-ind-2"] td').nth(3).textContent()).toBe(XSS.indicator2Name);
    expect(await page.locator('.depts li').first().textContent()).toBe(`${XSS.department} (1)`);
    await page.fill('#f-dept', '<script>');
    expect(await page.$eval('#shown', (e) => (e as HTMLElement).dataset.documents)).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
