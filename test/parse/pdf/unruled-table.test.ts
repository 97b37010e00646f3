// A table without lines: columns from where text starts and where centred numbers sit, rows from cell paragraphs.
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../../src/parse/pdf/page-blocks.ts';
import type { PageContent, PageText } from '../../../src/parse/pdf/page-content.ts';

/** A run of `s` at x, on the line whose top is y; 8 pt characters, 10 pt high (14 for the title). */
const run = (s: string, x: number, y: number, size = 10): PageText => ({ text: s, x0: x, x1: x + s.length * 8, y0: y, y1: y + size });
/** A number centred on `centre`. */
const centred = (s: string, centre: number, y: number) => run(s, centre - (s.length * 8) / 2, y);

// Columns start at 10 (name), 100 (content), 200 (amounts, centred on 230 with no header on this page), 262 (goal).
// Task 2's content wraps onto a second line; the goal of task 3 sits right against its amount.
const page: PageContent = {
  page: 3, width: 400, height: 300, origin: 'text-layer', rulings: [],
  texts: [
    run('2024年目标表', 60, 10, 14),
    run('任务1:业务费', 10, 40), run('各种支出', 100, 40), centred('7', 230, 40), run('保证支出', 262, 40),
    run('任务2:购车', 10, 58), run('购置公务', 100, 58), centred('18', 230, 58), run('购车一辆', 262, 58),
    run('用车一辆', 100, 69),
    run('任务3:培训', 10, 87), run('培训干部', 100, 87), centred('250.5', 230, 87), run('完成培训', 262, 87),
  ],
};

describe('unruled table', () => {
  it('finds the centred amount column and keeps a wrapped line in its row', () => {
    const blocks = pageBlocks(page);
    expect(blocks[0]).toMatchObject({ kind: 'text', text: '2024年目标表' });
    const grid = blocks[1]!.kind === 'table' ? blocks[1]!.grid : undefined;
    expect(grid?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['任务1:业务费', '各种支出', '7', '保证支出'],
      ['任务2:购车', '购置公务用车一辆', '18', '购车一辆'],
      ['任务3:培训', '培训干部', '250.5', '完成培训'],
    ]);
  });
});
