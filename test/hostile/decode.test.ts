// Sniffing and decoding that tell the truth: %PDF- only at the start, BOM-less UTF-16, a few bad bytes in
// UTF-8 kept as UTF-8 and named, GBK still GBK.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/decode/index.ts';
import { pickParser } from '../../src/parse/registry.ts';

const TEXT = '# 部门整体预算绩效目标表\n\n| 部门名称 | 中共遂溪县委组织部 |\n| --- | --- |\n';

describe('decoding', () => {
  it('reads UTF-16 without a BOM, either byte order', () => {
    expect(decodeText(Buffer.from(TEXT, 'utf16le'), 'a.md')).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(TEXT, 'utf16le').swap16(), 'a.md')).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('keeps UTF-8 with one bad byte as UTF-8 and says where the byte is', () => {
    const good = Buffer.from(TEXT, 'utf8');
    const at = good.indexOf('|');
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    expect(decodeText(bytes, 'a.md')).toEqual({ text: TEXT.replace('|', '\ufffd|'), encoding: 'utf-8', invalid: [at] });
  });

  it('still reads undeclared GBK as GB18030', () => {
    expect(decodeText(iconv.encode(TEXT, 'gbk'), 'a.md')).toEqual({ text: TEXT, encoding: 'gb18030' });
  });
});

describe('sniffing', () => {
  it('takes %PDF- for a PDF only at the very start', () => {
    expect(pickParser(Buffer.from('%PDF-1.7\n'), 'a.md').format).toBe('pdf');
    expect(pickParser(Buffer.from(`${TEXT}文件头 %PDF-1.4\n`), 'a.md').format).toBe('markdown');
  });
});
