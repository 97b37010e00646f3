// Stored numbers → grid text: the file's precision, never exponents, percentages by decimal shift.
import { describe, expect, it } from 'vitest';
import { formattedNumber, isPercentFormat, numberText, percentText, valueText } from '../../../src/parse/spreadsheet/cell-value.ts';

describe('spreadsheet cell values', () => {
  it('writes a number as its shortest round-trip decimal', () => {
    expect(numberText(1255.022751)).toBe('1255.022751');
    expect(numberText(14253.69625)).toBe('14253.69625');
    expect(numberText(1021.5575)).toBe('1021.5575');
    expect(numberText(-3)).toBe('-3');
  });

  it("drops binary noise past Excel's 15 significant digits and never uses exponents", () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(1e21)).toBe('1000000000000000000000');
  });

  it('shows a percentage-formatted fraction as a percentage', () => {
    expect(percentText(1)).toBe('100%');
    expect(percentText(0.95)).toBe('95%');
    expect(percentText(0.955)).toBe('95.5%');
    expect(percentText(0.07)).toBe('7%');
    expect(percentText(0.0005)).toBe('0.05%');
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
  });

  it('reads rich text, formula results, errors and dates', () => {
    expect(valueText({ richText: [{ text: '任务1:' }, { text: '业务费' }] }, undefined)).toBe('任务1:业务费');
    expect(valueText({ formula: 'A1*1', result: 0.9 }, '0%')).toBe('90%');
    expect(valueText({ error: '#DIV/0!' }, undefined)).toBe('#DIV/0!');
    expect(valueText(new Date('2024-12-31T00:00:00Z'), undefined)).toBe('2024-12-31');
    expect(valueText('  全角（事业）\n经费 ', undefined)).toBe('全角(事业)经费');
  });

  it('keeps the text a number format prints around the number, not its rounding or money signs', () => {
    expect(formattedNumber(0.9, '"≥"0%')).toBe('≥90%');
    expect(formattedNumber(0.98, '"≥ "0%')).toBe('≥ 98%');
    expect(formattedNumber(0.9, '\\≥0%')).toBe('≥90%');
    expect(formattedNumber(95, '0"%"')).toBe('95%');
    expect(formattedNumber(125, '0"人"')).toBe('125人');
    expect(formattedNumber(0.955, '0.0%')).toBe('95.5%');
    expect(formattedNumber(1255.022751, '0.00')).toBe('1255.022751');
    expect(formattedNumber(1255.022751, '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ')).toBe('1255.022751');
    expect(formattedNumber(7, '0.00"万元"')).toBe('7');
    expect(formattedNumber(-5, '#,##0.00_);[Red](#,##0.00)')).toBe('-5');
    expect(formattedNumber(45000, 'yyyy"年"m"月"')).toBe('45000');
    expect(isPercentFormat('"≥"0%')).toBe(true);
  });
});
