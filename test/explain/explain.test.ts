// The explain view of the seed record is compared whole with a committed text; color only adds ANSI codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExplain } from '../../src/explain/index.ts';
import { columns, displayWidth, stripAnsi, truncate } from '../../src/explain/text.ts';
import type { DisclosureRecord } from '../../src/model/index.ts';

const seed = JSON.parse(readFileSync('test/fixtures/seed/suixi-2024-zuzhibu.record.json', 'utf8')) as DisclosureRecord;
const expected = readFileSync('test/explain/fixtures/seed.explain.txt', 'utf8');

describe('formatExplain', () => {
  it('prints the seed record as the committed text', () => {
    expect(formatExplain(seed, { color: false })).toBe(expected);
  });

  it('shows the two warnings on task 21 and indicator 9, and the stylish summary', () => {
    const lines = expected.split('\n');
    expect(lines.filter((l) => /^\s+warning\s+\d+\s/.test(l)).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['warning', '21'],
      ['warning', '9'],
    ]);
    expect(lines).toContain(
      '  40:1   warning  任务21          content totals 8.05万元 ("预算共计8.05万元") but the amount column says 7万元                 task-amount-vs-content',
    );
    expect(lines.at(-2)).toBe('✖ 7 problems (0 errors, 2 warnings, 5 infos)');
  });

  it('with color, adds ANSI codes and nothing else', () => {
    const colored = formatExplain(seed, { color: true });
    expect(colored).toContain('\u001b[33mwarning\u001b[0m');
    expect(colored).toContain('\u001b[32mok\u001b[0m');
    expect(stripAnsi(colored)).toBe(expected);
  });

  it('ends with "no flags" for a clean record', () => {
    const clean = { ...seed, flags: [] };
    expect(formatExplain(clean, { color: false }).trimEnd().split('\n').at(-1)).toBe('✔ no flags');
  });
});

describe('terminal text', () => {
  it('counts CJK characters as two columns and ANSI codes as none', () => {
    expect(displayWidth('任务21 ok')).toBe(9);
    expect(displayWidth('\u001b[31m预算\u001b[0m')).toBe(4);
    expect(displayWidth('(%)“”')).toBe(5);
  });

  it('aligns columns by display width and truncates to a width', () => {
    expect(
      columns(
        [
          ['任务', 'a'],
          ['1', 'b'],
        ],
        ['left', 'left'],
        '',
      ),
    ).toEqual(['任务  a', '1     b']);
    expect(
      columns(
        [
          ['7', 'x'],
          ['900.9', 'y'],
        ],
        ['right', 'left'],
        '',
      ),
    ).toEqual(['    7  x', '900.9  y']);
    expect(truncate('保障我县348个行政村', 10)).toBe('保障我县3…');
    expect(truncate('短', 10)).toBe('短');
  });
});
