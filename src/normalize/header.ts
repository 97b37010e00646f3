// Title, department facts, overall goal and the budget block: label cells followed by their value cells.
import type { Budget, BudgetPart, DisclosureRecord } from '../model/index.ts';
import { readBudgetColumns } from './budget-columns.ts';
import { readFactsBelow } from './facts-below.ts';
import { MONEY_UNIT_PATTERN } from '../arith/money.ts';
import type { BudgetField, PipelineDefinition } from './pipeline.ts';
import { isCopyOf, keysOf, nextText, type Row } from './rows.ts';
import { yearOf } from './year.ts';
import { withoutCode } from './department-code.ts';
import { readNumber } from './numbers.ts';
import { nearestLabel } from './ocr-labels.ts';
import { CONTINUED_TITLE_SUFFIX, INDICATOR_MARKER, SIGN_OFF_LABELS, TASK_MARKER } from '../parse/shared/markers.ts';
import type { Cell } from '../parse/grid.ts';
import { matchLabel, meaningKey, meansOneOf } from './label-meaning.ts';
import { findTitle } from './family.ts';
import { projectFromTitle } from './title-facts.ts';
import { emptyProject, fundsTotalAsBudget, fundsYearColumn, readFundsCell, setProjectFact } from './project-facts.ts';
import { cached } from './cached.ts';
import { headerOf, headsColumn } from './columns.ts';
import { isTableTotal } from './total-rows.ts';
import { GOAL_HEADING, isGoalHeading } from './goal-heading.ts';
import { isSectionLabel } from './section-labels.ts';
import { textBesideTail, wrappedLabel } from './wrapped-label.ts';

type Header = Pick<DisclosureRecord, 'title' | 'year' | 'department' | 'overallGoal' | 'budget' | 'repairedLabels' | 'project'> & { budgetParts: BudgetPart[] };

/** The record field each non-budget label fills, for the repairs list. */
const FIELD_PATH: Record<string, string> = {
  name: 'department.name',
  staff: 'department.staffCount',
  units: 'department.subordinateUnits',
  goal: 'overallGoal',
};
const UNIT_ONLY = new RegExp(`^(?:${MONEY_UNIT_PATTERN})$`, 'u');
const UNIT_IN_LABEL = new RegExp(`[(（](${MONEY_UNIT_PATTERN})[)）]`, 'u');
/** The unit a form states for its amounts: 金额单位:元, 单位:万元. */
const UNIT_STATEMENT = `(?:金额|资金|预算)?单位\\s*[:：]\\s*(${MONEY_UNIT_PATTERN})$`;
/** …on a line or in a cell of its own… */
const UNIT_STATED = new RegExp(`^${UNIT_STATEMENT}`, 'u');
const statedUnit = (text: string): string | null => UNIT_STATED.exec(text.trim())?.[1] ?? null;
/** …or after a fact on its line (部门名称：清河县农业农村局      单位：万元, the gap lost in the text). */
const UNIT_STATED_AFTER = new RegExp(`\\s*${UNIT_STATEMENT}`, 'u');
/** A budget cell may repeat the block's unit after its number (1255.02万元); another unit leaves it unread. */
const unitSuffix = (unit: string) => new RegExp(`(?<![万亿])${unit}$`, 'u');

/** `预算部门:文化部门`: a label and its value in one cell. */
const LABEL_AND_VALUE = /^([^:：]{2,14})[:：]\s*(\S.*)$/su;

/** Collect the header facts from every label row of the document (first occurrence wins). */
export function readHeader(rows: Row[], p: PipelineDefinition): Header {
  const h: Header = {
    title: null,
    year: null,
    department: { name: null, staffCount: null, subordinateUnits: null },
    overallGoal: null,
    budget: emptyBudget(),
    repairedLabels: [],
    budgetParts: [],
    ...(p.labels.project ? { project: emptyProject() } : {}),
  };
  const labelOf = indexLabels(p);
  let unitSeen = false;
  // The amounts' unit, from the first place that states it (金额单位:元 on a line, (万元) in a label).
  const takeUnit = (unit: string | null | undefined) => {
    if (unitSeen || !unit) return;
    h.budget.unit = unit;
    unitSeen = true;
  };
  // Which side of a stacked budget block the rows are on (资金来源 rows, then 支出用途 rows), once a row says.
  let side: 'expenditure' | 'income' | null = null;
  // The column a heading names the year's funds in (年度资金总额 beside 中期资金总额), for the funds rows below it.
  let yearColumn: number | undefined;
  let yearTable: number | undefined;
  // Header labels stand above the tasks; past the first task or indicator an OCR'd word is not repaired into one.
  let inHeader = true;
  const title = findTitle(rows);
  // A title printed again on a later page says (续): the form's title is without it.
  h.title = title ? withoutTableNumber(title.text).replace(CONTINUED_TITLE_SUFFIX, '').trim() : null;
  h.year = yearOf(rows, h.title);
  rows.forEach((row, r) => {
    if (row.kind === 'text') {
      // A line of its own or a fact's tail: the statement ends the line either way.
      takeUnit(UNIT_STATED_AFTER.exec(row.cells[0]!.text.trim())?.[1]);
      return lineFact(row, labelOf, h);
    }
    // A goal label set as a heading or a line of its own (## 总体绩效目标): the paragraph under it is the goal.
    if (h.overallGoal === null && row.kind !== 'row' && labelOf.get(meaningKey(row.cells[0]!.text)) === 'goal')
      h.overallGoal = paragraphUnder(rows, r, labelOf);
    if (row.kind !== 'row') return;
    const keys = keysOf(row);
    if (keys.some((k) => TASK_MARKER.test(k) || INDICATOR_MARKER.test(k))) inHeader = false;
    yearColumn = fundsYearColumn(row) ?? (row.table === yearTable ? yearColumn : undefined);
    if (yearColumn !== undefined) yearTable = row.table;
    if (h.project && p.labels.project) readFundsCell(row, p.labels.project, h.project, yearColumn);
    let pairIndex = 0;
    side = sideOf(row, p) ?? side;
    keys.forEach((rawKey, i) => {
      const split = labelAndValue(rawKey, labelOf);
      const key = split ? split.label : meaningKey(rawKey);
      takeUnit(statedUnit(rawKey));
      // The unit in a known label's brackets (项目资金(元), 预算支出总额(万元)); the key has dropped them.
      if (labelOf.has(key) || (p.labels.project?.fundsSections.includes(key) ?? false)) takeUnit(UNIT_IN_LABEL.exec(rawKey)?.[1]);
      const cell = row.cells[i]!;
      // A label the form prints in its own right (绩效指标, a section) is read right, however near another it lies.
      const repairedTo = !labelOf.has(key) && inHeader && cell.origin === 'ocr' && key === rawKey && !isSectionLabel(key, p) ? repairOf(key, labelOf) : null;
      const wrapped = !labelOf.has(key) && !repairedTo && !split && inHeader ? wrappedLabel(rows, r, i, labelOf) : null;
      const field = labelOf.get(wrapped?.key ?? repairedTo ?? key);
      // A bare 合计 below the first task totals the tasks, not the budget block.
      if (!field || (field === 'total' && !inHeader)) return;
      let filled: string | null = null;
      if (split && !field.startsWith('budget:') && field !== 'total') filled = splitFact(h, field, split.value);
      else if (field.startsWith('project:')) {
        setProjectFact(h.project!, field.slice(8), factValue(row, i, labelOf, p, rows.slice(r + 1)));
      } else if (field === 'goal') {
        if (h.overallGoal === null) h.overallGoal = goalText(rows, r, row, i, labelOf, p);
        // The goal's second line sits beside the label's.
        if (h.overallGoal !== null && wrapped) h.overallGoal += textBesideTail(wrapped.below, row.grid.indexOf(cell));
        if (h.overallGoal !== null) filled = FIELD_PATH.goal!;
      } else if (field === 'total' || field.startsWith('budget:')) {
        const path = field === 'total' ? (pairIndex === 0 && side !== 'income' ? 'expenditure.total' : 'income.total') : (field.slice(7) as BudgetField);
        if (setBudget(h.budget, path, row, i, unitSuffix(h.budget.unit))) filled = path;
        pairIndex++;
      } else if (setFact(h, field, factValue(row, i, labelOf, p, rows.slice(r + 1)))) {
        filled = FIELD_PATH[field]!;
      }
      if (repairedTo && filled) h.repairedLabels.push(repair(filled, repairedTo, cell));
    });
  });
  readFactsBelow(rows, labelOf, p, h);
  // A project form whose only goal is its 实施期 goal (泉州: 项目实施期目标 | 2026年…) states that one.
  if (h.project && h.overallGoal === null) h.overallGoal = periodGoal(rows, labelOf, p);
  readBudgetColumns(rows, p, h.budget, h.budgetParts);
  // Project targets name the department that supervises the project, else the unit that carries it out; a
  // self-evaluation names the unit the form itself names (部门:永德县明朗中学 over its 主管部门), else the same.
  // Who filled the form in (填报单位) is no department it names: there the 主管部门 is.
  const filer = h.department.name !== null && rows.some((r) => r.cells.some((c) => FILED_BY.test(c.text) && c.text.includes(h.department.name!)));
  const formNamesUnit = p.family === 'project-self-evaluation' && h.department.name !== null && !filer;
  if (h.project && !formNamesUnit) h.department.name = h.project.supervisor ?? h.project.implementer ?? h.department.name;
  // A project table titled by its project (泉州: 301008_…分局_科技兴警绩效目标表) names it, and its unit, there alone.
  const titled = h.project && h.title ? projectFromTitle(h.title) : null;
  if (titled && h.project!.name === null) h.project!.name = titled.project;
  if (titled?.unit && h.department.name === null) h.department = { ...h.department, name: titled.unit, ...(titled.code ? { code: titled.code } : {}) };
  const coded = withoutCode(h.department.name);
  if (coded) h.department = { ...h.department, ...coded };
  // The project's units are named as the department is: without the budget code printed with them.
  if (h.project) for (const f of ['supervisor', 'implementer'] as const) h.project[f] = withoutCode(h.project[f])?.name ?? h.project[f];
  if (h.project) fundsTotalAsBudget(h.budget, h.project);
  return h;
}

/** The label of the unit that filled a form in, before its name. */
const FILED_BY = /填报单位\s*[:：]/u;

/** Labels of a project's goal over its whole 实施期. */
const PERIOD_GOAL = ['项目实施期目标', '实施期目标', '实施期绩效目标', '项目实施期绩效目标'];

/** The value beside a 实施期 goal label, where a form prints no yearly goal. */
function periodGoal(rows: Row[], labelOf: Map<string, string>, p: PipelineDefinition): string | null {
  for (const row of rows) {
    if (row.kind !== 'row') continue;
    const i = row.cells.findIndex((c) => meansOneOf(c.text, PERIOD_GOAL));
    const value = i >= 0 ? factValue(row, i, labelOf, p) : null;
    if (value) return value;
  }
  return null;
}

/** A table's number printed before its title (预算表12, 预算13表, 附表3:, 表3-1): the table's place, not its name. */
const TABLE_NUMBER_BEFORE = /^(?:预算\s*)?(?:附?表|附件)\s*[一二三四五六七八九十\d]{1,3}(?:\s*[-—－]\s*\d{1,2})?\s*[:：、.．]?\s*|^预算\s*\d{1,2}\s*表\s*/u;
const withoutTableNumber = (title: string) => {
  const rest = title.replace(TABLE_NUMBER_BEFORE, '');
  return /表/u.test(rest) ? rest : title;
};

/**
 * The value after a label, unless that cell is itself a label or a column heading: then the row is a table's header
 * (单位名称 | 项目名称 | 预算数 | …, one row per indicator below) and holds no value for the label.
 */
function factValue(row: Row, i: number, labelOf: Map<string, string>, p: PipelineDefinition, below: Row[] = []): string | null {
  // The label's copy on a lower header row, beside another heading's copy, was read on the label's own row.
  if (row.cells[i]!.spanned && nextText(row, i)?.spanned) return null;
  const col = row.grid.indexOf(row.cells[i]!);
  // A label merged down over a header's rows (单位名称 beside 年度预算申请 over 资金总额 | 按收入性质分 …) heads a
  // column: its value is the first cell under the header, not the heading beside it.
  if (col >= 0 && mergedOverHeader(below, row.grid[col]!, col, p)) return valueUnder(below, row.grid[col]!, col, labelOf, p);
  // A table's header (项目名称 | 项目总额 | 其中: | 绩效目标 | 一级指标 …) holds headings, no value beside a label.
  if (headerOf(row, p.columns)) return null;
  const next = nextText(row, i);
  if (!next) return null;
  const key = meaningKey(next.text);
  const heading =
    labelOf.has(key) ||
    headsColumn(next.text, p) ||
    (p.labels.project !== undefined && Object.values(p.labels.project).some((ls) => meansOneOf(next.text, ls)));
  return heading ? null : next.text;
}

/** Whether a label is merged down over rows one of which is a table's column header. */
function mergedOverHeader(below: Row[], label: Cell, col: number, p: PipelineDefinition): boolean {
  for (const r of below) {
    if (!isCopyOf(r.grid[col], label)) return false;
    if (headerOf(r, p.columns)) return true;
  }
  return false;
}

/** The first cell below a heading merged down over the header rows, where it is a value (not another heading). */
function valueUnder(below: Row[], label: Cell, col: number, labelOf: Map<string, string>, p: PipelineDefinition): string | null {
  const rows = below.filter((r) => !isCopyOf(r.grid[col], label));
  // A 合计 row, merged across the first columns, totals the table before its first unit's row.
  const first = rows.find((r) => r.kind !== 'row' || !isTableTotal(r.keys[0] ?? ''));
  const cell = first?.kind === 'row' ? first.grid[col] : undefined;
  if (!cell || cell.text === '' || labelOf.has(meaningKey(cell.text)) || headsColumn(cell.text, p)) return null;
  return cell.text;
}

/** A cell holding a known label, a colon and its value; null for an ordinary cell. */
function labelAndValue(text: string, labelOf: Map<string, string>): { label: string; value: string } | null {
  const m = LABEL_AND_VALUE.exec(text);
  if (!m) return null;
  const label = meaningKey(m[1]!);
  let value = m[2]!.trim().replace(UNIT_STATED_AFTER, '');
  if (labelOf.get(label) !== 'goal') value = untilNextLabel(value, labelOf);
  // 单位:万元 states the amounts' unit: no 单位 (unit) named 万元.
  return labelOf.has(label) && value !== '' && !UNIT_ONLY.test(value) ? { label, value } : null;
}

/** The form's sign-off beside a fact on one line (填报日期:, 填表人:, 联系电话:). */
const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_LABELS.join('|')})$`, 'u');
/** Characters a label before a colon may have. */
const LABEL_MAX = 10;

/**
 * A value up to the next label: two facts printed on one line (部门名称(盖章):临溪县水务局  填报日期:2024年4月) run together
 * when the space between them goes. Not for a goal, whose text may well hold 目标1: and the like.
 */
function untilNextLabel(value: string, labelOf: Map<string, string>): string {
  for (const m of value.matchAll(/[:：]/gu)) {
    const before = value.slice(Math.max(0, m.index - LABEL_MAX), m.index);
    for (let s = 0; s < before.length - 1; s++) {
      const label = before.slice(s);
      const cut = value.slice(0, m.index - label.length).trim();
      if (cut !== '' && (SIGN_OFF.test(label) || labelOf.has(meaningKey(label)))) return cut;
    }
  }
  return value;
}

/**
 * The goal after its label: the next cell, unless that cell heads a column (预期目标 | 实际完成情况), in which case
 * the goal is printed below the heading of the year's target.
 */
function goalText(rows: Row[], r: number, row: Row, i: number, labelOf: Map<string, string>, p: PipelineDefinition): string | null {
  // The label merged down over a header's rows (整体绩效目标 beside 年度预算申请 | 部门整体支出年度绩效目标): the goal is
  // the cell under the header.
  const col = row.grid.indexOf(row.cells[i]!);
  if (col >= 0 && mergedOverHeader(rows.slice(r + 1), row.grid[col]!, col, p)) return valueUnder(rows.slice(r + 1), row.grid[col]!, col, labelOf, p);
  const next = nextText(row, i);
  if (!next) return goalOnLinesBelow(rows, r, row, labelOf, p);
  if (!isGoalHeading(next.text)) return factValue(row, i, labelOf, p);
  // The year's heading right of the label (the label itself may read as one: 年度总体目标 | 预期目标 | 实际完成情况),
  // else the label itself where it is that heading (预期目标 | 目标实际完成情况).
  const isHeading = (c: Cell) => GOAL_HEADING.test(meaningKey(c.text));
  const right = row.grid.findIndex((c, k) => k > col && isHeading(c));
  const headingCol = right >= 0 ? right : row.grid.findIndex((c, k) => k >= col && isHeading(c));
  if (headingCol < 0) return null;
  // The goal printed beside its heading on the same row (年度总体目标 | 预期目标 | 保障… | 实际完成情况 | …).
  const beside = row.grid.slice(headingCol + 1).find((c) => c.text !== row.grid[headingCol]!.text);
  if (beside && beside.text !== '' && !isGoalHeading(beside.text) && !labelOf.has(meaningKey(beside.text))) return beside.text;
  const below = rows[r + 1];
  if (below?.kind !== 'row') return null;
  let cell = below.grid[headingCol];
  // The row below printed without its merged cells: its texts stand packed to the left, one per heading, the first
  // in the label's column (the year's goal there and what was done under 预期目标, Fujian's page text).
  const packed = below.grid.slice(0, headingCol).some((c) => !c.spanned && c.text !== '');
  if (cell?.text === '' || packed) {
    const headings = row.grid.slice(headingCol).filter((c) => !c.spanned && isGoalHeading(c.text));
    const texts = below.grid.filter((c) => !c.spanned && c.text !== '');
    // One text fewer than headings is the year's goal with the later columns left empty.
    if (texts.length >= 1 && texts.length <= headings.length && below.grid.slice(0, headingCol).some((c) => c.text !== '')) cell = texts[0];
  }
  return cell && cell.text !== '' && !isGoalHeading(cell.text) ? cell.text : null;
}

/**
 * A goal label alone on its line (a page's text, its table markup gone): the goal is the lines below it, each a lone
 * text that is no label and heads no column (目标1:… / 目标2:…), up to the next line of several cells.
 */
function goalOnLinesBelow(rows: Row[], r: number, row: Row, labelOf: Map<string, string>, p: PipelineDefinition): string | null {
  if (row.grid.filter((c) => c.text !== '').length !== 1) return null;
  const lines: string[] = [];
  for (const below of rows.slice(r + 1)) {
    const texts = below.grid.filter((c) => c.text !== '');
    if (texts.length !== 1 || labelOf.has(meaningKey(texts[0]!.text)) || headsColumn(texts[0]!.text, p)) break;
    lines.push(texts[0]!.text);
  }
  return lines.length ? lines.join('\n') : null;
}

/** label (by meaning) → what it labels; the first family field to claim a label keeps it. */
const indexLabels = (p: PipelineDefinition): Map<string, string> => cached(labelIndex, p, labelsOf);

/** Facts whose label a form may lead with a few words of its own (编制内财政供养人员数, 年度总体绩效目标). */
const LED_FIELDS = new Set(['staff', 'units', 'goal']);
/** At most this many leading characters, before a synonym of at least LED_MIN characters. */
const LED_SLACK = 4;
const LED_MIN = 4;
const LED_CACHE_SIZE = 5_000;

/** The label index: a label's words (meaningKey) → the field it fills; see LED_FIELDS for the words a form may add. */
class LabelIndex extends Map<string, string> {
  /**
   * The led fields found, by key: asked of every cell of every document, so kept only for keys that can be led labels
   * (no longer than the longest by LED_SLACK) and at most LED_CACHE_SIZE of them; unbounded, it kept every cell text
   * of a batch (heap 31 → 84 MB over 10 000 documents).
   */
  private readonly led = new Map<string, string | undefined>();
  private longest = -1;
  override get(key: string): string | undefined {
    const exact = super.get(key);
    if (exact !== undefined || key.length < LED_MIN || key.length > this.longestLed() + LED_SLACK) return exact;
    if (!this.led.has(key)) {
      if (this.led.size >= LED_CACHE_SIZE) this.led.clear();
      this.led.set(key, this.ledField(key));
    }
    return this.led.get(key);
  }
  override set(key: string, value: string): this {
    this.longest = -1;
    this.led.clear();
    return super.set(key, value);
  }
  private longestLed(): number {
    if (this.longest < 0) for (const [label, field] of super.entries()) if (LED_FIELDS.has(field)) this.longest = Math.max(this.longest, label.length);
    return this.longest;
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  private ledField(key: string): string | undefined {
    let best: [string, string] | undefined;
    for (const [label, field] of super.entries()) {
      if (!LED_FIELDS.has(field) || label.length < LED_MIN || !key.endsWith(label) || key.length > label.length + LED_SLACK) continue;
      if (!best || label.length > best[0].length) best = [label, field];
    }
    return best?.[1];
  }
}

function labelsOf(p: PipelineDefinition): Map<string, string> {
  const m = new LabelIndex();
  const add = (labels: readonly string[], field: string) =>
    labels.forEach((l) => {
      if (!m.has(meaningKey(l))) m.set(meaningKey(l), field);
    });
  add(p.labels.departmentName, 'name');
  add(p.labels.staffCount, 'staff');
  add(p.labels.subordinateUnits, 'units');
  add(p.labels.overallGoal, 'goal');
  add(p.labels.budgetTotal, 'total');
  for (const [field, labels] of Object.entries(p.labels.budget)) add(labels, `budget:${field}`);
  const project = p.labels.project;
  if (project) for (const f of ['name', 'supervisor', 'implementer', 'period'] as const) add(project[f], `project:${f}`);
  return m;
}

/** Each pipeline's label index, and the OCR repairs asked of it: every cell of every OCR'd header asks. */
const labelIndex = new WeakMap<PipelineDefinition, Map<string, string>>();
const repairs = new WeakMap<Map<string, string>, Map<string, string | null>>();

function repairOf(key: string, labelOf: Map<string, string>): string | null {
  let known = repairs.get(labelOf);
  if (!known || known.size > REPAIR_CACHE_SIZE) repairs.set(labelOf, (known = new Map()));
  let to = known.get(key);
  if (to === undefined) known.set(key, (to = nearestLabel(key, labelOf.keys())));
  return to;
}
const REPAIR_CACHE_SIZE = 20_000;

/** The budget side a row's first cell opens (资金来源 → income, 支出用途 → expenditure), or null. */
function sideOf(row: Row, p: PipelineDefinition): 'expenditure' | 'income' | null {
  const sides = p.labels.budgetSides;
  if (!sides) return null;
  // The row's first own label, or the one after the block's caption merged down beside it (年度预算申请 | 资金来源 |
  // 2024年): by meaning, so 按资金来源 reads as 资金来源.
  const own = row.cells.filter((c) => c.text !== '' && !c.spanned).slice(0, 2);
  for (const c of own) {
    const side = matchLabel(c.text, sides);
    if (side) return side;
  }
  return null;
}

/** The line of text right under a heading, unless it is a label itself. */
function paragraphUnder(rows: readonly Row[], r: number, labelOf: Map<string, string>): string | null {
  const next = rows[r + 1];
  if (next?.kind !== 'text') return null;
  const text = next.cells[0]!.text.trim();
  return text === '' || labelOf.has(meaningKey(text)) ? null : text;
}

/** A line of text above or beside the table holding a label and its value (预算部门:文化部门, 部门名称：…). */
function lineFact(row: Row, labelOf: Map<string, string>, h: Header): void {
  const split = labelAndValue(row.cells[0]!.text, labelOf);
  const field = split && labelOf.get(split.label);
  if (!split || !field || field === 'total' || field.startsWith('budget:')) return;
  splitFact(h, field, split.value);
}

/** A fact whose value stands in its label's own cell (预算部门:文化部门); the record field it filled, if any. */
function splitFact(h: Header, field: string, value: string): string | null {
  if (field.startsWith('project:')) {
    if (h.project) setProjectFact(h.project, field.slice(8), value);
    return null;
  }
  return setFact(h, field, value) ? FIELD_PATH[field]! : null;
}

/** A name the form asks to be sealed (汉北市教育局(盖章), 某县水利局（公章）): the note is no part of the name. */
const withoutSealNote = (name: string) => name.replace(/\s*[(（](?:盖章|公章|签章|章)[)）]\s*$/u, '') || name;

/** Fill a department fact or the goal unless an earlier label did; true when this label did. */
function setFact(h: Header, field: string, v: string | null): boolean {
  const d = h.department;
  if (field === 'name' && d.name === null) return (d.name = v === null ? null : withoutSealNote(v)) !== null;
  if (field === 'staff' && d.staffCount === null) return (d.staffCount = intOf(v)) !== null;
  if (field === 'units' && d.subordinateUnits === null) return (d.subordinateUnits = intOf(v)) !== null;
  if (field === 'goal' && h.overallGoal === null) return (h.overallGoal = v) !== null;
  return false;
}

const repair = (field: string, label: string, cell: Cell) => ({ field, label, read: cell.text, loc: cell.loc });

/** The value of a budget label is the cell right after it: an empty cell means "not stated" (null). True when set. */
function setBudget(b: Budget, field: BudgetField, row: Row, i: number, unit: RegExp): boolean {
  if (field in b.raw) return false;
  // A figure past an empty cell is the label's too (a GFM table that lost a colspan: 预算支出总额 | | 884.88).
  const after = row.cells[i + 1];
  const past = after?.text === '' ? row.cells.slice(i + 2).find((c) => c.text !== '') : undefined;
  const cell = past && readNumber(past.text, { stripUnit: unit }) ? past : after;
  if (!cell) return false;
  const n = readNumber(cell.text, { stripUnit: unit });
  if (cell.text !== '' && !n) return false; // a sub-header such as 预算金额(万元), not a value
  const [side, key] = field.split('.') as ['expenditure' | 'income', string];
  (b[side] as Record<string, number | null>)[key] = n ? n.value : null;
  b.raw[field] = cell.text;
  b.loc[field] = cell.loc;
  return true;
}

function intOf(v: string | null): number | null {
  const n = readNumber(v?.replace(/[人个家]$/u, '') ?? null);
  return n && Number.isInteger(n.value) ? n.value : null;
}

function emptyBudget(): Budget {
  return {
    unit: '万元',
    expenditure: { basic: null, project: null, developmentSpecial: null, developmentOther: null, total: null },
    income: { fiscalAppropriation: null, other: null, total: null },
    raw: {},
    loc: {},
  };
}
