// Labels are matched by meaning, not by their printed form: brackets, units, notes, spaces and colons vary from
// one bureau's form to the next (`预算金额(万元)`, `预算金额（万元）:`, `部门（单位）名称`), the words do not.
import { cached } from './cached.ts';
import { nearestLabel } from './ocr-labels.ts';

/** A bracketed note or unit inside a label: (万元), (可选填), (概述), (50分), (%). */
const BRACKETED = /[(（[【][^()（）[\]【】]{0,40}[)）\]】]/gu;
const COLON_END = /[:：]+$/u;
/** A bracket the printer never closed (`执行率(B/A1`): the rest is a note, as if it were closed. */
const UNCLOSED = /[(（][^()（）]{0,40}$/u;
const SPACES = /\s+/gu;
/** A label's own list number (`1.一般公共预算财政拨款收入`, `二、`) or the 其中: of a part: not part of what it means. */
const ORDINAL = /^(?:\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|其中[:：])/u;
/** A heading's column number, with the arithmetic it says (年度拨付金额4, 小计3=1+2, 支出实现率5=4/3): Chinese words
 *  before it, so a label that is a figure or a year (2024) keeps its digits. */
const COLUMN_NUMBER = /(?<=\p{Script=Han})\d{1,2}(?:=\d{1,2}(?:[-+/*×÷]\d{1,2})+)?$/u;
/** Points a level label prints for its group: 产出指标(50分), 效益指标（30分）, 成本指标(0-20)分. */
const POINTS = /[(（]\s*\d+(?:\.\d+)?(?:\s*[-~～—]\s*\d+(?:\.\d+)?)?\s*分?\s*[)）]\s*分?\s*$/u;

/** The label reduced to its words: spaces, bracketed notes and a trailing colon dropped. */
export function meaningKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    // Every cell of every row is asked about; label texts repeat within a document and across a batch.
    if (keyCache.size > KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(text, (key = computeKey(text)));
  }
  return key;
}

const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 20_000;

function computeKey(text: string): string {
  let key = text.normalize('NFKC').replace(SPACES, '').replace(COLON_END, '');
  // Notes nest (（A）（上年结转+…（不含年底收回））): drop the innermost until none is left.
  for (let before = ''; before !== key; ) [before, key] = [key, key.replace(BRACKETED, '')];
  return key.replace(UNCLOSED, '').replace(COLON_END, '').replace(ORDINAL, '');
}

/** A level label without the points it prints (`产出指标(50分)` → `产出指标`). */
export function levelName(text: string): string {
  return text.replace(SPACES, '').replace(POINTS, '');
}

/** A level label that prints its points (预算配置(15分)): a scoring table's group, whatever its words. */
export function isScoredLabel(text: string): boolean {
  return /^\p{Script=Han}{2,14}[(（]\d+(?:\.\d+)?分[)）]$/u.test(text.replace(SPACES, ''));
}

/** The word a form ends its level labels with (产出指标, 产出目标, 产出值): a 一级 label's 二级 labels share it. */
export function levelSuffix(text: string): string {
  return /(?:指标|目标|值)$/u.exec(levelName(text))?.[0] ?? '指标';
}

/**
 * Which of the named synonym lists a label means: an exact match of its words first, then (for a label that adds
 * words around a known one: 年度拟投入的资金, 项目年度指标值) the longest synonym it ends with.
 */
export function matchLabel<K extends string>(text: string, vocabulary: Readonly<Partial<Record<K, readonly string[]>>>): K | null {
  return matchLabelHow(text, vocabulary)?.role ?? null;
}

/** matchLabel, saying whether the words matched exactly (a header prefers those) or by the synonym they end with. */
export function matchLabelHow<K extends string>(text: string, vocabulary: Readonly<Partial<Record<K, readonly string[]>>>): { role: K; exact: boolean } | null {
  // A column heading may print its column's number and arithmetic (小计3=1+2): not part of what it means.
  const key = meaningKey(text).replace(COLUMN_NUMBER, '');
  // A label adds at most SUFFIX_SLACK characters to a synonym: a longer cell (content, a goal) is no label.
  if (key === '' || key.length > longestKey(vocabulary) + SUFFIX_SLACK) return null;
  // Every short cell of every row is asked about against three vocabularies; the same words recur in every document.
  let answers = answerCache.get(vocabulary);
  if (!answers || answers.size > KEY_CACHE_SIZE) answerCache.set(vocabulary, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = bestMatch(key, vocabularyKeys(vocabulary))));
  return answer as { role: K; exact: boolean } | null;
}

const answerCache = new WeakMap<object, Map<string, { role: string; exact: boolean } | null>>();

function bestMatch<K extends string>(key: string, keys: Array<[K, string]>): { role: K; exact: boolean } | null {
  let best: { role: K; length: number } | null = null;
  for (const [role, l] of keys) {
    if (l === key) return { role, exact: true };
    if (l.length >= 3 && key.endsWith(l) && key.length <= l.length + SUFFIX_SLACK && (!best || l.length > best.length)) best = { role, length: l.length };
  }
  return best ? { role: best.role, exact: false } : null;
}

const vocabularyCache = new WeakMap<object, Array<[string, string]>>();
/** Characters a label may print before the synonym it ends with (年度, 项目, 全年 …). */
const SUFFIX_SLACK = 4;
const longestCache = new WeakMap<object, number>();
const longestKey = (vocabulary: object): number =>
  cached(longestCache, vocabulary, (v) => Math.max(0, ...vocabularyKeys(v as Record<string, readonly string[]>).map(([, k]) => k.length)));

/** A vocabulary's labels as meaning keys, computed once per vocabulary. */
function vocabularyKeys<K extends string>(vocabulary: Readonly<Partial<Record<K, readonly string[]>>>): Array<[K, string]> {
  return cached(vocabularyCache, vocabulary, (v) =>
    (Object.entries(v) as Array<[K, readonly string[] | undefined]>).flatMap(([role, labels]) =>
      (labels ?? []).map((l): [string, string] => [role, meaningKey(l)]),
    ),
  ) as Array<[K, string]>;
}

/**
 * The role of a heading OCR misread by one character (岂投入的资金 for 拟投入的资金): the one vocabulary label one
 * substitution away (ocr-labels.ts), or null. Only for OCR'd cells: a typed heading that differs is another heading.
 */
export function repairedRole<K extends string>(text: string, vocabulary: Readonly<Partial<Record<K, readonly string[]>>>): K | null {
  const keys = vocabularyKeys(vocabulary);
  const known = new Set(keys.map(([, k]) => k));
  // A unit in brackets OCR read as a few Latin letters (拟投入的资金(万元) → 拟投入的资金GD): the label before them.
  const key = meaningKey(text);
  const beforeJunk = key.replace(JUNK_TAIL, '');
  const label = beforeJunk !== key && known.has(beforeJunk) ? beforeJunk : nearestLabel(key, known);
  return label === null ? null : keys.find(([, k]) => k === label)![0];
}

/** Up to four Latin letters, digits or bracket pieces ending an OCR'd label, after Chinese text. */
const JUNK_TAIL = /(?<=\p{Script=Han})[A-Za-z0-9()[\]{}|_-]{1,4}$/u;

/** Whether a label means one of the given labels (exact words after brackets, spaces and colons are dropped). */
export function meansOneOf(text: string, labels: readonly string[]): boolean {
  const key = meaningKey(text);
  if (key === '') return false;
  return cached(labelKeysCache, labels, (ls) => new Set(ls.map(meaningKey))).has(key);
}

/** A label list's meaning keys, once per list (the lists are the pipelines' own, asked about for every row). */
const labelKeysCache = new WeakMap<readonly string[], Set<string>>();
