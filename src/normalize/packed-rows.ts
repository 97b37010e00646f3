// Rows a text export printed narrower than their table's header, their cells packed to the left: they go back
// under the header's columns.
import { INDICATOR_MARKER } from '../parse/shared/markers.ts';
import { labelKey } from '../parse/shared/text.ts';
import type { ColumnMap } from './columns.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { blank, rowOf, shiftedRight, type Row } from './rows.ts';
import { isSectionLabel } from './section-labels.ts';

/**
 * A task row a text export printed without the section's label cell merged down the left (`1.名称 | 内容 | 金额 |
 * 目标` under `| 名称 | 主要实施内容 | …`): narrower than its header, or as wide with its tail empty, its cells packed
 * to the left of the header's columns. They go back under those columns, as a row whose 任务N: cell sits left of its
 * column does (markerOffColumn).
 */
export function packedTask(row: Row, map: ColumnMap, p: PipelineDefinition): Row {
  if (map.kind !== 'tasks' || row.kind !== 'row' || row.grid.some((c) => c.spanned)) return row;
  const roles = (['serial', 'name', 'content', 'amount', 'goal'] as const).map((r) => map.at[r]).filter((i) => i !== undefined);
  const leftmost = Math.min(...roles);
  const first = row.grid.findIndex((c) => c.text !== '');
  // A narrower row is packed only when exactly the header's leading columns are missing: one short of a cell
  // inside (a goal lost) is another defect, read by its marker and reported.
  const fits = row.grid.length === map.width || row.grid.length === map.width - leftmost;
  if (!fits || first < 0 || first >= leftmost || isSectionLabel(row.grid[first]!.text, p)) return row;
  // Text alone where the section's label stands is no task.
  if (row.grid.filter((c) => c.text !== '').length < 2) return row;
  const wide = row.grid.length === map.width ? row : rowOf([...row.grid, ...Array.from({ length: leftmost }, () => blank(row.grid.at(-1)!))], row.table);
  return shiftedRight(wide, leftmost - first, first) ?? row;
}

/**
 * An indicator row of two cells, name and value, under a wider header (OCR markdown: the 一级/二级 labels printed on
 * lines of their own above, the row's own line holding 覆盖村(社区)数(个) | 120个 alone): the two go under the
 * header's name and value columns. A row with its 指标N: marker is read by the marker.
 */
export function packedIndicator(row: Row, map: ColumnMap, p: PipelineDefinition): Row {
  const { name, target } = map.at;
  if (map.kind !== 'indicators' || row.kind !== 'row' || name === undefined || target === undefined || target !== name + 1) return row;
  if (row.grid.length >= map.width || row.grid.some((c) => c.spanned)) return row;
  const filled = row.grid.filter((c) => c.text !== '');
  if (filled.length !== 2 || row.grid[0]!.text === '' || row.grid[1]!.text === '') return row;
  if (INDICATOR_MARKER.test(labelKey(filled[0]!.text)) || filled.some((c) => isSectionLabel(c.text, p))) return row;
  const grid = Array.from({ length: map.width }, (_, i) => (i === name ? filled[0]! : i === target ? filled[1]! : blank(filled[i < name ? 0 : 1]!)));
  return rowOf(grid, row.table);
}
