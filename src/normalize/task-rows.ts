// Task rows: read by the columns their header named, or, for OCR rows knocked out of the grid, by their 任务N: cell.
import type { Cell } from '../parse/grid.ts';
import { DOTTED_NAME, TASK_MARKER } from '../parse/shared/markers.ts';
import { labelKey } from '../parse/shared/text.ts';
import { figureText, readNumber } from './numbers.ts';
import { WAN_YUAN_SUFFIX } from '../arith/money.ts';
import { numeral } from '../parse/shared/numerals.ts';
import { cellOf, type ColumnMap } from './columns.ts';
import { afterPrefix, numberedName, serialNumber } from './numbering.ts';
import { collectFormulas, PLACEHOLDER, type Body } from './body-state.ts';
import type { Row } from './rows.ts';

/** Read a task row under its header; false when the row holds no task (blank, or only the section's label). */
export function taskByColumns(row: Row, map: ColumnMap, section: 'key' | 'other', body: Body): boolean {
  const nameCell = cellOf(row, map, 'name');
  const content = cellOf(row, map, 'content');
  const amountCell = cellOf(row, map, 'amount');
  const goal = cellOf(row, map, 'goal');
  const serialCell = cellOf(row, map, 'serial');
  // An empty name beside 任务1:名称 in the 序号 column: the two cells were one (a dropped colspan).
  const named = !nameCell?.text && serialCell && TASK_MARKER.test(labelKey(serialCell.text)) ? serialCell : nameCell;
  const printed = numberedName(named?.text ?? '', 'task');
  const serial = ocrSerial(serialNumber(serialCell?.text), serialCell, body, section);
  if (printed.name === '' && !content?.text && !amountCell?.text && !goal?.text) return false;
  if (PLACEHOLDER.test(printed.name) && !content?.text && !goal?.text) return false;
  const no = printed.no ?? serial ?? positionIn(body, section);
  const amount = amountCell ? amountOf(amountCell) : null;
  const anchor = nameCell ?? content ?? row.grid[0]!;
  body.tasks.push({
    no,
    name: printed.name,
    section,
    numbered: printed.no !== null || serial !== null ? 'printed' : 'position',
    missing: [],
    content: content?.text ?? null,
    amount: amount ? amount.value : null,
    amountRaw: amountCell?.text ?? null,
    goal: goal?.text ?? null,
    loc: anchor.loc,
  });
  if (amountCell) body.valueCells.push({ loc: amountCell.loc, target: { kind: 'task', no, section, field: 'amount' } });
  collectFormulas(body, no, [
    [content, 'content'],
    [goal, 'goal'],
    [nameCell, 'name'],
  ]);
  return true;
}

const positionIn = (body: Body, section: 'key' | 'other') => body.tasks.filter((t) => t.section === section).length + 1;

/**
 * An OCR'd 序号 that breaks a sequence held so far (2 read 8, 7 read 了) is tesseract's, not the form's: the row is
 * numbered by its place. A typed 序号 keeps what it prints, a misnumbering the audit reports.
 */
function ocrSerial(serial: number | null, cell: Cell | undefined, body: Body, section: 'key' | 'other'): number | null {
  if (serial === null || cell?.origin !== 'ocr') return serial;
  const place = positionIn(body, section);
  const before = body.tasks.filter((t) => t.section === section);
  return serial === place || !before.every((t, k) => t.no === k + 1) ? serial : null;
}

/** Read a row whose cell at `at` holds `任务N:`; the cells after it are content, amount and goal. */
export function taskByMarker(row: Row, at: number, section: 'key' | 'other', body: Body): void {
  const marker = TASK_MARKER.exec(labelKey(row.cells[at]!.text))!;
  const no = numeral(marker[1]!);
  let name = afterPrefix(row.cells[at]!.text, 'task');
  let rest = row.cells.slice(at + 1);
  // "任务3" and its name in two cells: the name is the next cell when four follow.
  if (name === '' && rest.filter((c) => c.text !== '').length >= 4) {
    name = rest[0]!.text;
    rest = rest.slice(1);
  }
  const cells = trimTrailingEmpty(rest);
  if (PLACEHOLDER.test(name) || DOTTED_NAME.test(name)) {
    body.unreadRows.push({ section, cells: row.cells.map((c) => c.text), reason: 'placeholder', loc: row.cells[at]!.loc });
    return;
  }
  const [content, amountCell, goal] = alignShortRow(cells);
  const missing = (['content', 'amount', 'goal'] as const).filter((_, i) => [content, amountCell, goal][i] === undefined);
  const amount = amountCell ? amountOf(amountCell) : null;
  body.tasks.push({
    no,
    name,
    section,
    numbered: 'printed',
    missing: [...missing],
    content: content?.text ?? null,
    amount: amount ? amount.value : null,
    amountRaw: amountCell?.text ?? null,
    goal: goal?.text ?? null,
    loc: row.cells[at]!.loc,
  });
  if (amountCell) body.valueCells.push({ loc: amountCell.loc, target: { kind: 'task', no, section, field: 'amount' } });
  collectFormulas(body, no, [
    [content, 'content'],
    [goal, 'goal'],
    [row.cells[at], 'name'],
  ]);
}

/** A task amount cell's number (eng's, where OCR's second pass read it: numbers.ts figureText). */
const amountOf = (cell: Cell) => readNumber(figureText(cell), { stripUnit: WAN_YUAN_SUFFIX });

const isAmount = (c: Cell | undefined) => c !== undefined && readNumber(c.text, { stripUnit: WAN_YUAN_SUFFIX }) !== null;

/**
 * A task row short of a cell: the amount is the cell that reads as a number, so the missing one is placed
 * around it (content before, goal after) instead of everything shifting left into the wrong field.
 */
function alignShortRow(cells: Cell[]): [Cell | undefined, Cell | undefined, Cell | undefined] {
  if (isAmount(cells[1])) return [cells[0], cells[1], cells[2]];
  if (isAmount(cells[0])) return [undefined, cells[0], cells[1]];
  if (cells.length >= 2) return [cells[0], cells[1], cells[2]];
  return [cells[0], undefined, undefined];
}

function trimTrailingEmpty(cells: Cell[]): Cell[] {
  let n = cells.length;
  // Keep up to three cells even when empty (an empty goal is still a goal cell); drop the surplus blanks.
  while (n > 3 && cells[n - 1]!.text === '') n--;
  return cells.slice(0, n);
}
