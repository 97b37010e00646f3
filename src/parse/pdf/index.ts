// Placeholder until the PDF parser lands (issue 3): sniffs PDFs so the batch can name them.
import { InputError, type Parser } from '../grid.ts';

export const pdfParser: Parser = {
  format: 'pdf',
  sniff: (head) => Buffer.from(head.subarray(0, 1024)).includes('%PDF-'),
  async parse(input) {
    throw new InputError(`${input.path}: PDF input is not supported yet`, 'unsupported-format');
  },
};
