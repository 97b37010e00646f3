// The rule that decides a value cell from chi_sim's and eng's readings, and the note that carries both to the flag.
import { describe, expect, it } from 'vitest';
import { decideValue, ENG_SURE_FROM, ENG_SURE_WITH_SIGN_FROM } from '../../../src/parse/pdf/ocr/value-reading.ts';
import { hasPercentJunk } from '../../../src/parse/pdf/ocr-unsure.ts';

const sure = (text: string) => ({ text, conf: 96 });

describe('decideValue', () => {
  it("takes eng's number where chi_sim read the percent glyph as extra characters (measured on scanned.pdf)", () => {
    expect(['1009%', '1005%', '1005%%'].map((chi) => decideValue(chi, sure('100%')))).toEqual(['100%', '100%', '100%']);
    expect(decideValue('805%6', sure('80%'))).toBe('80%');
    expect(decideValue('905%6', sure('90%'))).toBe('90%');
  });

  it("keeps chi_sim's comparator, never eng's, and only where both saw one", () => {
    expect(decideValue('≥1009%', sure('> 100%'))).toBe('≥100%');
    expect(decideValue('905%6', sure('> 90%'))).toBeUndefined(); // eng saw a comparator chi_sim did not
    expect(decideValue('≥1009%', sure('100%'))).toBeUndefined(); // chi_sim saw one eng did not
    expect(decideValue('宇90%', sure('= 90%'))).toBeUndefined(); // 宇 is not mapped to ≥
  });

  it("changes nothing that is already eng's number, or that the rule cannot tie to it", () => {
    expect(decideValue('100%', sure('100%'))).toBeUndefined();
    expect(decideValue('>300', sure('> 300'))).toBeUndefined();
    expect(decideValue('1009%', sure('10%'))).toBeUndefined(); // a digit eng dropped is not junk
    expect(decideValue('1009', sure('100'))).toBeUndefined(); // no % in eng: the 9 may be a digit
    expect(decideValue('1009%', sure('1OO%'))).toBeUndefined(); // not a well-formed number
    expect(decideValue('1009%', { text: '100%', conf: ENG_SURE_FROM - 1 })).toBeUndefined();
  });
});

describe('decideValue, eng reading ≥ as 2', () => {
  it("takes chi_sim's comparator and the number after eng's 2 where chi_sim saw a comparator (tuned scans: >959% and 295%)", () => {
    expect(decideValue('>959%', sure('295%'))).toBe('>95%');
    expect(decideValue('≥909%', sure('290%'))).toBe('≥90%');
    expect(decideValue('959%', sure('295%'))).toBeUndefined(); // no comparator in chi_sim: the 2 may be a digit
    expect(decideValue('>90%', sure('290%'))).toBeUndefined(); // nothing to correct
    expect(decideValue('>959%', { text: '295%', conf: ENG_SURE_WITH_SIGN_FROM - 1 })).toBeUndefined();
  });

  it('takes it below ENG_SURE_FROM, down to ENG_SURE_WITH_SIGN_FROM: the 2 is what eng is unsure of (a Writer scan: 62–83)', () => {
    expect(decideValue('≥959%', { text: '295%', conf: 68 })).toBe('≥95%');
    expect(decideValue('959%', { text: '95%', conf: ENG_SURE_FROM - 1 })).toBeUndefined(); // no sign: the old bar
  });
});

describe('hasPercentJunk', () => {
  it("finds chi_sim's 9 between a number's digits and its % (read confidently, so doubted whatever the confidence)", () => {
    expect(hasPercentJunk('≥959%')).toBe(true);
    expect(hasPercentJunk('≥ 859 %')).toBe(true);
    expect(hasPercentJunk('1009%')).toBe(true);
    expect(hasPercentJunk('≥95%')).toBe(false);
    expect(hasPercentJunk('9%')).toBe(false);
    expect(hasPercentJunk('19.2')).toBe(false);
  });
});
