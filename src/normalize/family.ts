// Which family a table belongs to, told from its title and, where the title is silent, from its labels.
import type { PipelineDefinition } from './pipeline.ts';
import type { Row } from './rows.ts';
import { headerOf } from './columns.ts';
import { namesProject } from './project-listing.ts';
import { projectFromTitle } from './title-facts.ts';
import { meansOneOf } from './label-meaning.ts';

/** A family title: a line that names a 绩效目标表, 申报表 or 自评表, perhaps followed by its year in brackets. */
const TITLE_WORDS = /(?:绩效|自评|目标|申报).*表(?:\s*[(（][^()（）]{0,12}[)）])?$/u;
/** A contents line (一、部门职责…二、收支总表三、项目支出绩效目标表) names sections, not a table. */
const CONTENTS = /[一二三四五六七八九十]+、.*[一二三四五六七八九十]+、/u;
const TITLE = { test: (text: string) => TITLE_WORDS.test(text) && !CONTENTS.test(text) };
/** A disclosure's own section heading (三、项目支出绩效目标表) over the form, whose title is printed below it. */
export const SECTION_ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+部分)/u;
/** A title is a line: longer, a cell's text that happens to end in 表 is prose. */
const TITLE_MAX = 40;
/** A table's number printed above its title. */
const TABLE_NUMBER = /^(?:附?表|附件)[一二三四五六七八九十\d]{1,3}$/u;
/** A label and its value in one cell, as printed beside a title (部门:某中学, 单位:万元). */
const BESIDE_TITLE = /^[^:：]{1,10}[:：]/u;
/** The one text of a row that could be a title: a heading or text line, or a table row with one filled cell, or one
 *  with a labelled value beside it (2022年度项目支出绩效自评表 | 部门:某中学). */
const lone = (row: Row): string | null => {
  const texts = row.cells.map((c) => c.text).filter((t) => t !== '');
  return texts.length === 1 || (texts.length === 2 && BESIDE_TITLE.test(texts[1]!)) ? texts[0]! : null;
};

/**
 * The document's title and its row: a title row inside the table first (it is the form's own), else a heading or
 * text line. Of those above the table, the one nearest it: a page's headline (湘潭市…申报表, 附表1:…) comes first, the
 * form's own title (2023年项目支出绩效目标申报表) just above the table. A section heading of the disclosure (三、项目支出
 * 绩效目标表) is the title only where the form prints none of its own.
 */
export function findTitle(rows: Row[]): { text: string; index: number } | null {
  const table = rows.findIndex((r) => r.kind === 'row');
  for (const section of [false, true])
    for (const kind of ['row', 'heading', 'text'] as const) {
      const isTitle = (r: Row) => r.kind === kind && TITLE.test(lone(r) ?? '') && (section || !SECTION_ORDINAL.test(lone(r)!));
      let index = -1;
      if (kind !== 'row') for (let i = 0; i < table; i++) if (isTitle(rows[i]!)) index = i;
      if (index < 0) index = rows.findIndex(isTitle);
      if (index >= 0) return { text: lone(rows[index]!)!, index };
    }
  return null;
}

/** Whether a text reads as a family title (…绩效目标表, …自评表(2023年度)). */
export const isTitleText = (text: string) => TITLE.test(text);
/** Whether a row is a family title line. */
export const isTitleRow = (row: Row) => TITLE.test(lone(row) ?? '');
/** Whether a text is a family title (2023年一般性项目绩效目标表(一级项目)) or a table's number above one (表十二, 附表3). */
export const isCaption = (text: string) => (text.length <= TITLE_MAX && TITLE.test(text)) || TABLE_NUMBER.test(text);

/**
 * The family: the first pipeline (most specific first) whose title pattern the title matches; with no title, a
 * 项目名称 label says project, a results column (实际完成值, 得分) or a funds block says self-evaluation.
 */
export function pickPipeline(rows: Row[], pipelines: readonly PipelineDefinition[]): PipelineDefinition {
  const title = findTitle(rows)?.text;
  const byTitle = title ? pipelines.find((p) => p.title.test(title)) : undefined;
  if (byTitle) return byTitle;
  const project =
    (title !== undefined && projectFromTitle(title) !== null) ||
    pipelines.some((p) => {
      const labels = p.labels.project;
      return labels !== undefined && rows.some((r) => r.cells.some((c) => meansOneOf(c.text, labels.projectOnly) || namesProject(c.text, labels.name)));
    });
  const evaluated = rows.some((r) => {
    const h = headerOf(r, pipelines[0]!.columns);
    return h !== null && (h.kind === 'execution' || h.at.actual !== undefined || h.at.score !== undefined);
  });
  const family = project
    ? evaluated
      ? 'project-self-evaluation'
      : 'project-performance-goals'
    : evaluated
      ? 'dept-overall-self-evaluation'
      : 'dept-overall-performance-goals';
  return pipelines.find((p) => p.family === family) ?? pipelines.at(-1)!;
}
