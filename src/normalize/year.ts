// The budget year a form is about: printed in its title or alone above its table, never taken from a date.
import type { Row } from './rows.ts';

// 2026（年度）: Beijing's 部门整体 table prints its year with 年度 in brackets.
const YEAR = /((?:19|20)\d{2})\s*(?:[(（]\s*)?年/u;
const BUDGET_YEAR = /((?:19|20)\d{2})\s*(?:[(（]\s*)?年(?!\s*\d{1,2}\s*月)/u;

/** Longest text a year printed alone stands in ((2021年度), 填报年度:2021年, 预算年度:2023年 单位:万元). */
const ALONE_MAX = 24;

/** The year: the title's, else the first year printed alone above the body ((2019年度), 2021年). */
export function yearOf(rows: Row[], title: string | null): number | null {
  const inTitle = YEAR.exec(title ?? '');
  if (inTitle) return Number(inTitle[1]);
  // A year standing alone is a short text: a goal's prose (2024年完成…) names other years.
  const lines = rows.slice(0, 12).map((row) =>
    row.cells
      .map((c) => c.text)
      .filter((t) => t.length <= ALONE_MAX)
      .join(' '),
  );
  // A year standing alone ((2021年), 2019年度) names the budget year. A date (发布时间:2022年09月12日, 填报日期:
  // 2022年2月3日) says when the page or the form was made, which is the year before, the year itself or the year
  // after (a self-evaluation): the year stays null rather than guessed from it.
  for (const line of lines) {
    const m = BUDGET_YEAR.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}
