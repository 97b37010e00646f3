// The report's HTML without a browser: escaping, the links from flags to rows, the overview's counts, the CSP.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP, renderReport } from '../../src/report/index.ts';
import { escapeHtml, html } from '../../src/report/escape.ts';
import { sumDecimals } from '../../src/report/decimal.ts';
import { formatLoc } from '../../src/report/loc.ts';
import { CLIENT_SCRIPT } from '../../src/report/client.ts';
import type { FlagLine, ReportData } from '../../src/report/load.ts';
import type { DisclosureRecord } from '../../src/model/index.ts';

const seed = JSON.parse(readFileSync('test/fixtures/seed/suixi-2024-zuzhibu.record.json', 'utf8')) as DisclosureRecord;

function dataOf(...records: DisclosureRecord[]): ReportData {
  const flags: FlagLine[] = records.flatMap((r) => r.flags.map((f) => ({ documentId: r.id, path: r.source.path, ...f })));
  const manifest = records.map((r) => ({ path: r.source.path, sha256: r.id, status: 'flagged' as const, ms: 1 }));
  return { outDir: 'out', records, flags, manifest };
}

const attrs = (page: string, re: RegExp) => [...page.matchAll(re)].map((m) => m[1]);

describe('escaping', () => {
  it('escapes the five HTML specials, and html`` escapes every value but Html', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"><script>'}">${inner}${['<', html`<br>`]}${null}${false}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;"><b>&lt;i&gt;</b>&lt;<br></p>',
    );
  });

  it('renders hostile text from every field of a record as text', () => {
    const evil = '<script>alert(1)</script>';
    const img = '"><img src=x onerror=alert(1)>';
    const r: DisclosureRecord = {
      ...seed,
      title: evil,
      overallGoal: evil,
      source: { ...seed.source, path: `samples/${img}.md` },
      department: { ...seed.department, name: evil },
      tasks: seed.tasks.map((t, i) => (i === 0 ? { ...t, name: `业务费${img}`, content: evil, goal: img, amountRaw: img } : t)),
      indicators: seed.indicators.map((x, i) => (i === 0 ? { ...x, name: img, level1: evil, value: { ...x.value, raw: evil, unit: img } } : x)),
      formulas: seed.formulas.map((f, i) => (i === 0 ? { ...f, text: evil, expression: img } : f)),
      unreadRows: seed.unreadRows.map((u) => ({ ...u, cells: [evil, img] })),
      flags: seed.flags.map((f) => ({ ...f, message: evil, rule: img, actual: img })),
      budget: { ...seed.budget, raw: { ...seed.budget.raw, 'expenditure.basic': evil } },
    };
    const page = renderReport(dataOf(r), () => img);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img/);
    expect(page).not.toContain('onerror=alert(1)>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('业务费&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('renderReport (seed)', () => {
  const page = renderReport(dataOf(seed));

  it("links each of the seed's 7 flags to its row, and every link has its target", () => {
    const targets = attrs(page, /class="flag-link" href="#([^"]+)"/g);
    expect(targets).toEqual(['d0-task-key-20', 'd0-task-key-21', 'd0-budget-balance', 'd0-ind-9', 'd0-row-0', 'd0-row-1', 'd0-ind-1']);
    for (const t of targets) expect(page).toContain(`id="${t}"`);
  });

  it('marks the flagged rows with their severity and the flagged cell', () => {
    expect(page).toMatch(/<tr id="d0-task-key-21" class="row flagged sev-warning"><td class="num">21<\/td>.*?<td class="num cell-flag">7<\/td>/);
    expect(page).toContain('<td>key</td><td>业务费</td><td class="long">各种办公业务支出</td>');
    expect(page).toMatch(/<tr id="d0-ind-9" class="row flagged sev-warning">.*?<td class="cell-flag">0\.95<\/td>/);
    expect(page).toContain('<tr id="d0-task-key-20" class="row flagged sev-info">');
    expect(attrs(page, /<tr id="([^"]+)" class="row flagged/g)).toHaveLength(7);
  });

  it("shows the budget identity with exact sums and the rule's verdict", () => {
    expect(page).toContain(
      '<tr id="d0-budget-balance" class="row flagged sev-info"><td>expenditure = income</td><td>基本支出 1255.022751 + 项目支出 1021.5575 + 其他事业发展性支出 11977.116 = 14253.696251</td><td>财政拨款 14253.69625</td><td class="verdict verdict-rounded">rounded',
    );
    expect(page).toContain(
      '<tr id="d0-budget-expenditure" class="row"><td>expenditure lines = 支出合计</td><td>基本支出 1255.022751 + 项目支出 1021.5575 + 其他事业发展性支出 11977.116 = 14253.696251</td><td>—</td><td class="verdict verdict-not-stated">not stated</td>',
    );
  });

  it('counts flags by rule and severity in the overview', () => {
    const counts = Object.fromEntries([...page.matchAll(/data-count="([^"]+)">([^<]+)</g)].map((m) => [m[1], m[2]]));
    expect(counts).toMatchObject({
      'status:flagged': '1',
      'status:ok': '0',
      documents: '1',
      flags: '7',
      'severity:warning': '2',
      'severity:info': '5',
      'severity:error': '0',
      'rule:task-amount-vs-content:warning': '1',
      'rule:task-amount-vs-content:info': '1',
      'rule:percent-scale:warning': '1',
      'rule:placeholder-row': '2',
      'amount:万元': '3430.316',
    });
  });

  it('allows only its own script and style by hash, and no network', () => {
    const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
    expect(CSP).toContain(`script-src 'sha256-${hash}'`);
    expect(CSP).toMatch(/^default-src 'none';/);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('helpers', () => {
  it('sums printed decimals exactly', () => {
    expect(sumDecimals(['1255.022751', '1021.5575', '11977.116'])).toBe('14253.696251');
    expect(sumDecimals([0.1, 0.2, null, ''])).toBe('0.3');
    expect(sumDecimals([-1.5, '1.25'])).toBe('-0.25');
    expect(sumDecimals([null])).toBeNull();
  });

  it('writes a place the way each format names it', () => {
    expect(formatLoc({ line: 40, column: 1 })).toBe('line 40, col 1');
    expect(formatLoc({ page: 3, bbox: [72, 100.25, 300, 112] })).toBe('p. 3 [72, 100.3, 300, 112]');
    expect(formatLoc({ sheet: '表1', cell: 'C17' })).toBe('表1!C17');
    expect(formatLoc({})).toBe('');
  });
});
