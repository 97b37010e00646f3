// Writes the seed disclosure in three more formats, from the seed's own lines, so that every parser can be
// checked against the same record: MinerU markdown (HTML <table>, rowspans, LaTeX, split at the page break),
// a GFM pipe table (merged cells left blank), and a GBK HTML page (rowspan/colspan, MathML and plain formulas).
// usage: node --import tsx scripts/make-seed-variants.ts   (from the repository root)
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { cleanText } from '../src/parse/shared/text.ts';

type Cell = { text: string; rowSpan?: number; colSpan?: number };
type Row = Cell[];

const SEED = 'samples/suixi-2024-zuzhibu.md';
const lines = readFileSync(SEED, 'utf8').split('\n');
const TITLE = '2024年县级部门整体预算绩效目标表';

/** A seed cell without its HTML wrapper, OCR wrap spaces dropped, <math> written as $…$. */
const raw = (s: string) =>
  cleanText(s.replace(/<\/?p>/g, '').replace(/<math>([\s\S]*?)<\/math>/g, (_m, t: string) => `$${t.trim()}$`))
    .replace(/\$\s*([^$]+?)\s*\$/g, (_m, t: string) => ` $${t}$ `)
    .trim();
const cellsOf = (l: string) =>
  l
    .split('\t')
    .map(raw)
    .filter((c, i, a) => c !== '' || a.slice(i).some((x) => x !== ''));

const tasks = lines.filter((l) => /(^|\t|<p>)任务\d+[:：]/.test(l) && !l.includes('.....')).map((l) => cellsOf(l).filter((c) => c !== ''));
const indicators = lines
  .filter((l) => /指标\d+[:：]/.test(l))
  .map((l) => {
    const c = l.split('\t').map(raw);
    const at = c.findIndex((x) => /^指标\d+[:：]/.test(x.replace(/\s/g, '')));
    return { name: c[at]!, value: c.slice(at + 1).find((x) => x !== '') ?? '' };
  });
// The seed has 45 tasks and 58 indicators; a change in how its lines are read must not lose one silently.
assert.equal(tasks.length, 45, 'tasks read from the seed');
assert.equal(indicators.length, 58, 'indicators read from the seed');
assert.ok(
  tasks.every((t, i) => t[0]!.startsWith(`任务${i + 1}:`)),
  'tasks numbered 1..45 in order',
);
assert.ok(
  indicators.every((x, i) => x.name.replace(/\s/g, '').startsWith(`指标${i + 1}:`)),
  'indicators numbered 1..58 in order',
);

/** The seed states levels only for indicators 38–58 (the OCR cut 1–37 away from theirs). */
const level = (no: number): [string, string] | null =>
  no < 38 ? null : no < 44 ? ['效益指标', '社会效益指标'] : no < 49 ? ['效益指标', '可持续影响指标'] : ['满意度指标', '服务对象满意度指标'];

const goal = raw(lines.find((l) => l.startsWith('总体绩效目标'))!.split('\t')[1]!);
const head: Row[] = [
  [{ text: '部门名称' }, { text: '中共遂溪县委组织部', colSpan: 4 }],
  [{ text: '基本信息' }, { text: '财政供养人员数' }, { text: '106' }, { text: '下属二级单位数' }, { text: '2' }],
  [{ text: '预算整体情况', rowSpan: 6 }, { text: '部门预算支出' }, { text: '预算金额(万元)' }, { text: '收入来源' }, { text: '预算金额(万元)' }],
  [{ text: '基本支出' }, { text: '1255.022751' }, { text: '财政拨款' }, { text: '14253.69625' }],
  [{ text: '项目支出' }, { text: '1021.5575' }, { text: '其他资金' }, { text: '' }],
  [{ text: '事业发展性支出' }, { text: '预算金额(万元)' }, { text: '' }, { text: '' }],
  [{ text: '财政专项资金' }, { text: '' }, { text: '' }, { text: '' }],
  [{ text: '其他事业发展性支出' }, { text: '11977.116' }, { text: '' }, { text: '' }],
  [{ text: '总体绩效目标' }, { text: goal, colSpan: 4 }],
];
const taskRows = (from: number, to: number, first: boolean): Row[] => {
  const rows: Row[] = tasks.slice(from, to).map((t) => t.map((text) => ({ text })));
  if (first) rows.unshift([{ text: '名称' }, { text: '主要实施内容' }, { text: '拟投入的资金(万元)' }, { text: '期望达到的目标(概述)' }]);
  rows[0]!.unshift({ text: '年度重点工作任务', rowSpan: rows.length });
  return rows;
};
const tail: Row[] = [
  [{ text: '其他需完成的任务(可选填)', rowSpan: 2 }, { text: '任务1: .....' }, { text: '' }, { text: '0' }, { text: '' }],
  [{ text: '' }, { text: '' }, { text: '0' }, { text: '' }],
  [{ text: '绩效指标', rowSpan: indicators.length + 1 }, { text: '一级指标' }, { text: '二级指标' }, { text: '三级指标' }, { text: '指标值' }],
];
indicators.forEach((ind, i) => {
  const no = i + 1;
  const lv = level(no);
  const row: Row = [];
  const startsGroup = lv && (no === 38 || no === 44 || no === 49);
  const groupLength = no === 38 ? 6 : no === 44 ? 5 : 10;
  if (!lv) row.push({ text: '' }, { text: '' });
  else if (startsGroup) {
    if (no !== 44) row.push({ text: lv[0], rowSpan: no === 38 ? 11 : 10 });
    row.push({ text: lv[1], rowSpan: groupLength });
  }
  row.push({ text: ind.name }, { text: ind.value });
  tail.push(row);
});

/** The rows of the seed's table; the page break falls after task 16, as in the seed. */
const part1 = [...head, ...taskRows(0, 16, true)];
const part2 = [...taskRows(16, tasks.length, false), ...tail];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const td = (c: Cell, inner: (s: string) => string) =>
  `<td${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}>${inner(c.text)}</td>`;
const table = (rows: Row[], inner: (s: string) => string, attrs = '') =>
  `<table${attrs}>${rows.map((r) => `<tr>${r.map((c) => td(c, inner)).join('')}</tr>`).join('')}</table>`;

// (a) MinerU: title, one-line tables, LaTeX kept as $…$, the continuation after the page break.
const latex = (s: string) => esc(s).replace(/ ?\$ ?/g, '$');
writeFileSync('samples/suixi-2024-zuzhibu.mineru.md', `# ${TITLE}\n\n${table(part1, latex)}\n\n${table(part2, latex)}\n`);

// (b) GFM: merged cells repeated as blanks, as a person types them; formulas as inline $…$.
const grid = (rows: Row[]): string[][] => {
  const out: string[][] = [];
  const taken: Array<Array<string | undefined>> = [];
  rows.forEach((r, i) => {
    out[i] = [];
    let c = 0;
    for (const cell of r) {
      while (taken[i]?.[c] !== undefined) (out[i]![c] = taken[i]![c]!), c++;
      for (let k = 0; k < (cell.colSpan ?? 1); k++) out[i]![c + k] = k === 0 ? cell.text : '';
      for (let d = 1; d < (cell.rowSpan ?? 1); d++) (taken[i + d] ??= [])[c] = '';
      c += cell.colSpan ?? 1;
    }
    while (taken[i]?.[c] !== undefined) (out[i]![c] = taken[i]![c]!), c++;
  });
  return out.map((r) => Array.from({ length: 5 }, (_, k) => r[k] ?? ''));
};
const pipe = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|').replace(/ ?\$ ?/g, '$')).join(' | ')} |`;
const all = grid([...part1, ...part2]);
writeFileSync(
  'samples/suixi-2024-zuzhibu.gfm.md',
  [`## ${TITLE}`, '', pipe(all[0]!), '| --- | --- | --- | --- | --- |', ...all.slice(1).map(pipe), ''].join('\n'),
);

// (c) A GBK page: MathML for the LaTeX formulas, except the subtraction, written as plain text.
const mathml = (tex: string) => {
  const plain = tex.replace(/\\times/g, '×').replace(/\s+/g, '');
  if (/^\d+-\d+×\d+=\d+$/.test(plain)) return plain;
  const tokens = plain.match(/\d+(?:\.\d+)?|[×=+\-÷]/g) ?? [];
  return `<math>${tokens.map((t) => (/\d/.test(t) ? `<mn>${t}</mn>` : `<mo>${t}</mo>`)).join('')}</math>`;
};
const htmlCell = (s: string) =>
  s
    .split(/ ?\$([^$]+)\$ ?/)
    .map((part, i) => (i % 2 ? mathml(part) : esc(part)))
    .join('');
const page = `<!DOCTYPE html>
<html><head><meta charset="gbk"><title>${TITLE}</title></head>
<body>
<h2>${TITLE}</h2>
${table([...part1, ...part2], htmlCell, ' border="1" cellspacing="0"').replace(/<tr>/g, '\n<tr>')}
<p>备注: 1. 本表的填报主体是县级一级预算单位。</p>
</body></html>
`;
writeFileSync('samples/suixi-2024-zuzhibu.gbk.html', iconv.encode(page, 'gbk'));
console.log(`tasks ${tasks.length}, indicators ${indicators.length}`);
