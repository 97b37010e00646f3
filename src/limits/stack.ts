// Input-controlled depth (10k nested parentheses, 200k nested elements) exhausts the stack in recursive parsers
// (ours and libraries' alike); that is a property of the document, so it becomes a limit error naming it.
import { InputError } from '../parse/grid.ts';

/** Whether an error is V8's stack overflow. */
export const isStackOverflow = (e: unknown): boolean => e instanceof RangeError && /call stack size/i.test(e.message);

/** Run fn; a stack overflow becomes InputError('limit') naming the path. */
export async function guardDepth<T>(path: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    throw new InputError(`${path}: nested too deeply to read (the parser's stack was exhausted); not a disclosure document (a limit)`, 'limit');
  }
}
