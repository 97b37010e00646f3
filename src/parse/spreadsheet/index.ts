// Placeholder until the spreadsheet parser lands (issue 6): sniffs xlsx/xls/ods by content.
import { InputError, type Parser } from '../grid.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (head: Uint8Array, sig: number[]) => sig.every((b, i) => head[i] === b);

export const spreadsheetParser: Parser = {
  format: 'spreadsheet',
  sniff: (head) => startsWith(head, ZIP) || startsWith(head, OLE2),
  async parse(input) {
    throw new InputError(`${input.path}: spreadsheet input is not supported yet`, 'unsupported-format');
  },
};
