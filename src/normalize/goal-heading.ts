// The headings a goal label can stand beside (年度总体目标 | 预期目标 | 实际完成情况): the goal is printed under the
// year's target, whichever of these a form prints.
import { meaningKey } from './label-meaning.ts';

/**
 * Headings of the year's target column under a goal label (年度总体目标 | 预期目标 | 实际完成情况: the goal is the cell
 * below it): (项目)年度/全年/当年/本年度/年初设定/预期 (总体)(绩效)目标; beside it a project's whole-term 项目总目标.
 */
export const GOAL_HEADING = /^(?:项目)?(?:年度|全年|当年|本年度?|年初设定|预期)(?:总体)?(?:绩效)?目标$/u;
/** A heading is a few words; a longer cell is the goal itself, whatever it ends with. */
const HEADING_LENGTH = 12;
/** Headings beside it that are not the year's target: longer terms and what was achieved. */
const LATER_GOAL_HEADING = /^(?:(?:长期|中期|实施期)(?:绩效)?目标|项目总(?:体)?目标|.*(?:实际完成(?:情况|目标|值)?|目标完成情况|完成情况综述))$/u;
/** A column heading beside a goal label: the year's target, a longer term, or what was achieved. */
export function isGoalHeading(text: string): boolean {
  const key = meaningKey(text);
  return key.length <= HEADING_LENGTH && (GOAL_HEADING.test(key) || LATER_GOAL_HEADING.test(key));
}
