// A document can hold several target tables one after another (a 部门预算 PDF ends with one 项目支出绩效目标表 per
// project): each starts at its own title. A title repeated on every page of one table starts nothing new.
import type { PipelineDefinition } from './pipeline.ts';
import type { Row } from './rows.ts';
import { isTitleRow } from './family.ts';
import { headerOf } from './columns.ts';
import { meansOneOf } from './label-meaning.ts';
import { cached } from './cached.ts';
import { CONTINUED_TITLE_SUFFIX } from '../parse/shared/markers.ts';

/** Split the row stream into one run of rows per target table, in reading order. */
export function splitTables(rows: Row[], families: readonly PipelineDefinition[]): Row[][] {
  const columns = families[0]!.columns;
  const opening = openingLabels(families);
  const parts: Array<{ rows: Row[]; hasBody: boolean; opens: boolean; title?: string; continued?: boolean; opening?: string }> = [
    { rows: [], hasBody: false, opens: false },
  ];
  rows.forEach((row, i) => {
    let part = parts.at(-1)!;
    // A new table opens at its title, or (a renderer may print a repeated title once) at a table whose first row
    // names its project or department; within one grid (forms on successive pages joined as one table, their
    // repeated title said once), at a row naming another project or department below a body.
    const names = row.kind === 'row' && row.cells.some((c) => meansOneOf(c.text, opening));
    const another =
      names && part.hasBody && part.opening !== undefined && rowText(row) !== part.opening && !headerOf(row, columns) && !listingHeader(row, opening);
    const opensTable = names && (rows[i - 1]?.table !== row.table || another);
    if ((isTitleRow(row) || opensTable) && part.hasBody) parts.push((part = { rows: [], hasBody: false, opens: false }));
    else if (((opensTable && !part.opens) || (isTitleRow(row) && row.kind !== 'row')) && part.rows.some((r) => r.kind === 'row')) {
      // A table before this one that named no project or department (a 收支总表): its own part, to be left out;
      // the title lines after it belong to the table that opens here.
      let last = part.rows.length - 1;
      while (part.rows[last]!.kind !== 'row') last--;
      parts.push((part = { rows: part.rows.splice(last + 1), hasBody: false, opens: false }));
    }
    part.rows.push(row);
    if (!part.hasBody && part.title === undefined && isTitleRow(row)) {
      part.title = titleKey(row);
      part.continued = CONTINUED_TITLE_SUFFIX.test(rawTitle(row));
    }
    // A header naming a project column (序号 | 项目名称 | … | 指标名称, a listing under its own title) opens its table too.
    if (!part.hasBody && names) {
      part.opens = true;
      part.opening ??= rowText(row);
    }
    if (!part.hasBody && headerOf(row, columns)) part.hasBody = true;
  });
  // A part without its own 项目名称/部门名称 above its body continues the table before it (a title repeated per page),
  // unless its title names another table (泉州's 知创大厦…项目绩效目标表, one per project, each titled by its project).
  const merged: Row[][] = [];
  let title: string | undefined;
  parts.forEach((p, i) => {
    // A title that says it is continued (…目标表(续)) goes on with the table before, whatever that one's title read.
    const another = p.title !== undefined && !p.continued && !INDICATOR_CAPTION.test(p.title) && (title === undefined || !sameTitle(p.title, title));
    if (i > 0 && !p.opens && !another) merged.at(-1)!.push(...p.rows);
    else merged.push(p.rows);
    title = p.title ?? title;
  });
  return merged.filter((m) => m.length > 0);
}

/**
 * A listing's column header (序号 | 项目名称 | 项目金额 | 绩效目标 | 一级指标 …), not a form's fact row: the project
 * label has nothing beside it, or heads one of more columns than a fact row holds (项目名称 | X | 项目编码 | Y).
 */
const listingHeader = (row: Row, opening: string[]) => {
  const at = row.cells.findIndex((c) => meansOneOf(c.text, opening));
  const filled = row.cells.filter((c) => c.text !== '').length;
  return !row.cells.slice(at + 1).some((c) => c.text !== '') || filled > FACT_ROW_CELLS;
};
const FACT_ROW_CELLS = 4;

const rowText = (row: Row) => row.cells.map((c) => c.text).join('|');

/** The caption of a form's indicator part (武汉: 绩效项目指标表 between the project's facts and its indicators): the
 *  same form goes on under it. A form's own title names its 目标表, 申报表 or 自评表. */
const INDICATOR_CAPTION = /^(?!.*(?:目标|申报|自评|评价)).*指标表$/u;

const rawTitle = (row: Row) =>
  row.cells
    .map((c) => c.text)
    .join('')
    .normalize('NFKC')
    .replace(/\s+/gu, '');

/** A title's words, whitespace, brackets' form and a continuation mark aside (a title printed again on the next page,
 *  …目标表(续), is the same). */
const titleKey = (row: Row) => rawTitle(row).replace(CONTINUED_TITLE_SUFFIX, '');

/** Characters OCR may read differently in one title printed on two pages (2024年县级… read 2024重且级…). */
const TITLE_MISREAD_MAX = 2;

/** Whether two titles are one printed twice: equal, or an edit or two apart (a project's own title differs more). */
function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [[...a], [...b]];
  if (Math.abs(x.length - y.length) > TITLE_MISREAD_MAX) return false;
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]! <= TITLE_MISREAD_MAX;
}

/** Labels that open a new target table: whose project or department it is. */
function openingLabels(families: readonly PipelineDefinition[]): string[] {
  return cached(openingCache, families, (fs) => [
    ...new Set(fs.flatMap((f) => [...(f.labels.project?.name ?? []), ...f.labels.departmentName.filter((l) => l.length >= 4)])),
  ]);
}
/** Asked for every document with the same list of families. */
const openingCache = new WeakMap<readonly PipelineDefinition[], string[]>();
