// A ruled table continued on the next page where the two pages cut their columns differently: the first page draws
// lines inside 三级指标 and 指标值 (a facts row above splits them: 农村公路养护 | 主管部门 | 某县交通运输局), so its grid
// has six columns and its indicator rows merges over two of them each; the next page draws only four. Published as positioned HTML, read by
// the PDF's table readers. Usage: node --import tsx scripts/html-fixtures/continued-columns.ts OUT.html
import { writeFileSync } from 'node:fs';

type Cell = [x0: number, x1: number, text: string];
const pt = (n: number) => `${n}pt`;
const ROW = 20;
const FONT = 10;

/** A page of rows; `lead` rows from `leadFrom` on stand beside one merged cell (绩效指标) cut by the page's end. */
function page(title: string | null, rows: Cell[][], top: number, leadFrom: number, lead: string): string {
  const parts: string[] = [];
  if (title) parts.push(text(200, top - 30, title, 14));
  rows.forEach((cells, r) => {
    const y = top + r * ROW;
    const [x0, x1] = [cells[0]![0], cells.at(-1)![1]];
    const left = r > leadFrom ? x0 : LEAD;
    parts.push(line(left, y, x1 - left, 0), line(x0, y + ROW, x1 - x0, 0));
    for (const [a, b, t] of cells) {
      parts.push(line(a, y, 0, ROW), line(b, y, 0, ROW));
      parts.push(text(a + 3, y + 5, t, FONT));
    }
    if (r >= leadFrom) parts.push(line(LEAD, y, 0, ROW));
  });
  const bottom = top + rows.length * ROW;
  parts.push(line(LEAD, bottom, 40 - LEAD, 0));
  if (lead) parts.push(text(LEAD + 3, top + leadFrom * ROW + 5, lead, FONT));
  return `<div class="page" style="width:600pt;height:400pt;position:relative;">${parts.join('')}</div>`;
}
/** The left edge of the merged 绩效指标 column. */
const LEAD = 0;
const text = (x: number, y: number, t: string, size: number) =>
  `<div class="p" style="top:${pt(y)};left:${pt(x)};font-size:${pt(size)};line-height:${pt(size)};width:auto;position:absolute;">${t}</div>`;
const line = (x: number, y: number, w: number, h: number) =>
  `<div class="r" style="position:absolute;left:${pt(x)};top:${pt(y)};width:${pt(w)};height:${pt(h)};${h === 0 ? 'border-bottom' : 'border-right'}:0.5pt solid #000;"> </div>`;

const levels = (a: string, b: string, c: string, d: string): Cell[] => [
  [40, 120, a],
  [120, 200, b],
  [200, 340, c],
  [340, 420, d],
];
const first = page(
  '项目支出绩效目标表',
  [
    [
      [40, 120, '项目名称'],
      [120, 260, '农村公路养护'],
      [260, 380, '主管部门'],
      [380, 420, '某县交通运输局'],
    ],
    levels('一级指标', '二级指标', '三级指标', '指标值'),
    levels('产出指标', '数量指标', '养护里程', '≥120公里'),
    levels('产出指标', '质量指标', '优良路率', '≥85%'),
  ],
  60,
  1,
  '绩效指标',
);
const second = page(
  null,
  [levels('效益指标', '社会效益指标', '通行条件改善', '明显改善'), levels('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%')],
  40,
  0,
  '',
);
const out = process.argv[2];
if (!out) throw new Error('usage: continued-columns.ts OUT.html');
writeFileSync(out, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>预览</title></head><body>${first}${second}</body></html>\n`);
console.log(`wrote ${out}`);
