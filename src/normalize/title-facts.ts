// What a table's title says when the table itself does not: 泉州 names each 项目支出绩效目标表 by its project, with the
// unit's code and name before it (301008_泉州市公安局台商投资区分局_科技兴警绩效目标表); a PDF wraps a long title over
// two lines; a cover names the department (2026年度 / 泉州市公安局 / 部门预算).
import type { Row } from './rows.ts';
import { labelKey } from '../parse/shared/text.ts';
import { isTitleRow, isTitleText, SECTION_ORDINAL } from './family.ts';

/** A title the page wrapped over two lines (…_科技兴警绩效 / 目标表): the two text lines are one title again. */
export function joinWrappedTitles(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const prev = out.at(-1);
    if (prev && row.kind !== 'row' && wrapsInto(prev, row)) {
      const text = prev.cells[0]!.text + row.cells[0]!.text;
      const cell = { ...prev.cells[0]!, text };
      out[out.length - 1] = { kind: prev.kind, cells: [cell], grid: [cell], keys: [labelKey(text)], loc: prev.loc, table: prev.table };
      continue;
    }
    out.push(row);
  }
  return out;
}

/** A wrapped title's first line fills the width: this long at least. */
const WRAPPED_LINE_MIN = 12;
/** A title is a line or two. */
const TITLE_MAX = 60;
/** A section's own heading (七、…, (二)…, 1.…, 第三部分) or a sentence: no title's first line. */
const NOT_A_TITLE_START = { test: (text: string) => SECTION_ORDINAL.test(text) || OTHER_HEADING_OR_SENTENCE.test(text) };
const OTHER_HEADING_OR_SENTENCE = /^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])|[。，,；;：:！？!?]$/u;

function wrapsInto(prev: Row, row: Row): boolean {
  if (prev.kind === 'row' || prev.cells.length !== 1 || row.cells.length !== 1) return false;
  const first = prev.cells[0]!.text;
  const second = row.cells[0]!.text;
  // The second line ends the title (目标表, 标表); the two together read as one. A second line that is a title of
  // its kind alone (项目支出绩效自评表 under a page's headline) is the form's own title.
  return (
    second.endsWith('表') &&
    !(isTitleText(second) && projectFromTitle(second) === null) &&
    isTitleText(first + second) &&
    first.length >= WRAPPED_LINE_MIN &&
    first.length + second.length <= TITLE_MAX &&
    !NOT_A_TITLE_START.test(first) &&
    !isTitleRow(prev) &&
    prev.loc.page === row.loc.page
  );
}

/** A title that names only its kind of table (2025年项目支出绩效目标表, 县级部门整体预算绩效目标表): no project in it. */
const GENERIC = /^(?:[县市区省]级)?(?:部门|单位)?(?:整体)?(?:预算)?(?:一般性|重点|[一二]级|本级)?(?:项目)?(?:支出)?(?:预算)?$/u;
/** <code>_<unit>_<project>绩效目标表, the code and unit optional. */
const PROJECT_TITLE = /^(?:(\d{3,})[_＿])?(?:([^_＿]{2,40})[_＿])?(.+?)(?:绩效目标(?:申报)?表)$/u;
const YEAR_PREFIX = /^(?:19|20)\d{2}\s*年度?/u;

/** The project, and the unit with its code, a project table's title names; null for a title of its kind alone. */
export function projectFromTitle(title: string): { project: string; unit: string | null; code: string | null } | null {
  // A section heading (三、项目支出绩效目标表) names the kind of its tables, not a project.
  const m = PROJECT_TITLE.exec(title.replace(/\s+/gu, '').replace(SECTION_ORDINAL, ''));
  if (!m) return null;
  const project = m[3]!;
  if (GENERIC.test(project.replace(YEAR_PREFIX, '').replace(/[(（][^)）]*[)）]/gu, ''))) return null;
  return { project, unit: m[2] ?? null, code: m[1] ?? null };
}

const YEAR_LINE = /^(?:19|20)\d{2}年度?$/u;
const COVER_END = /^(?:(?:19|20)\d{2}年度?)?(?:部门|单位)(?:预算|决算)(?:公开)?$/u;
const ONE_LINE = /^(.{2,40}?)(?:19|20)\d{2}年度?(?:部门|单位)(?:预算|决算)(?:公开)?$/u;
/** Lines of the cover read for its name. */
const COVER_LINES = 12;

/** The department a document's cover names: 2026年度 / 泉州市公安局 / 部门预算, or 长沙市公安局2025年部门预算公开. */
export function coverDepartment(rows: Row[]): string | null {
  const lines = rows
    .slice(0, COVER_LINES)
    .filter((r) => r.kind !== 'row' && (r.loc.page ?? 1) === 1)
    .map((r) => r.cells[0]!.text.replace(/\s+/gu, ''));
  for (let i = 0; i < lines.length; i++) {
    const one = ONE_LINE.exec(lines[i]!);
    if (one) return one[1]!;
    if (!COVER_END.test(lines[i]!)) continue;
    const name: string[] = [];
    for (let k = i - 1; k >= 0 && !YEAR_LINE.test(lines[k]!) && name.length < 3; k--) name.unshift(lines[k]!);
    if (name.length) return name.join('');
  }
  return null;
}
