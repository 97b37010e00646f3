// Labels by meaning: the printed variations of one label are one label; different labels stay apart.
import { describe, expect, it } from 'vitest';
import { isScoredLabel, levelName, levelSuffix, matchLabel, meaningKey, meansOneOf, repairedRole } from '../../src/normalize/label-meaning.ts';
import { overallGoal } from '../../pipelines/labels.ts';
import { indicatorColumns, executionColumns, taskColumns } from '../../pipelines/columns.ts';

describe('meaningKey', () => {
  it('drops brackets, units, spaces, colons, list numbers and nested notes', () => {
    expect(
      [
        '拟投入的资金（万元）',
        '拟投入的资金 (万元):',
        '部门（单位）名称',
        '1.一般公共预算财政拨款收入',
        '全年预算数（A）\n（上年结转+年初预算+本年追加追减预算（不含年底收回））',
        '执行率(B/A1',
        '二、项目资金',
        '其中:财政资金',
      ].map(meaningKey),
    ).toEqual(['拟投入的资金', '拟投入的资金', '部门名称', '一般公共预算财政拨款收入', '全年预算数', '执行率', '项目资金', '财政资金']);
  });
  it('keeps a number that is part of a value', () => {
    expect(meaningKey('1.5')).toBe('1.5');
  });
});

describe('matchLabel', () => {
  it('gives each printed header its column role', () => {
    expect(['名称', '任务名称', '主要实施内容', '拟投入的资金(万元)', '期望达到的目标(概述)'].map((t) => matchLabel(t, taskColumns))).toEqual([
      'name',
      'name',
      'content',
      'amount',
      'goal',
    ]);
    expect(
      ['三级指标', '指标名称', '年度指标值', '指标权重', '计量单位', '指标性质', '实际完成值', '分值', '得分', '偏差原因分析及改进措施', '中期指标值'].map(
        (t) => matchLabel(t, indicatorColumns),
      ),
    ).toEqual(['name', 'name', 'target', 'weight', 'unit', 'op', 'actual', 'weight', 'score', 'deviation', 'ignored']);
    expect(['年初预算数', '全年预算数(A)', '调整后预算数', '全年执行数(B)', '执行率(B/A)'].map((t) => matchLabel(t, executionColumns))).toEqual([
      'planned',
      'adjusted',
      'adjusted',
      'executed',
      'rate',
    ]);
  });
  it('takes a label that adds a few words before a known one, and nothing else', () => {
    expect(matchLabel('项目年度指标值', indicatorColumns)).toBe('target');
    expect(matchLabel('数据来源', indicatorColumns)).toBeNull();
  });
});

describe('levelName', () => {
  it('drops the points a level label prints', () => {
    expect(['产出指标(50分)', '效益指标（30分）', '满意度指标', '成本指标(0-20)分'].map(levelName)).toEqual(['产出指标', '效益指标', '满意度指标', '成本指标']);
  });
});

describe('levelSuffix', () => {
  it('names the word a form ends its level labels with, 指标 where none', () => {
    expect(['产出指标(50分)', '产出目标', '产出值', '履职效能'].map(levelSuffix)).toEqual(['指标', '目标', '值', '指标']);
  });
});

describe('isScoredLabel', () => {
  it('knows a group label by the points it prints, and nothing else', () => {
    expect(['预算执行(15分)', '投 入 (20分)', '预算执行', '在职人员控制率', '指标1(15分)', '10(15分)'].map(isScoredLabel)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('goal labels', () => {
  it('knows a self-evaluation goal block by its numbered label (1.项目年度目标完成情况, Sichuan)', () => {
    expect(meansOneOf('1.项目年度目标完成情况', overallGoal)).toBe(true);
    expect(meansOneOf('2.项目实施内容及过程概述', overallGoal)).toBe(false);
  });
});

describe('repairedRole', () => {
  it('reads an OCR label whose bracketed unit came back as Latin letters by the label before them', () => {
    expect(repairedRole('拟投入的资金GD', taskColumns)).toBe('amount');
    expect(repairedRole('预算金额Ip', taskColumns)).toBe('amount');
    // Letters after no known label, or a label with Chinese junk, are not read so.
    expect(repairedRole('随便写的GD', taskColumns)).toBeNull();
  });
});
