// Container nesting written on one line ("- - - - …", "> > > …") costs the markdown parser time that grows
// faster than the square of the depth (1,000 list markers: 4 s; 5,000: over a minute). No disclosure nests
// more than a few levels, so such a line is refused before remark sees it.
import { InputError } from '../grid.ts';

/** Block containers (quote, bullet, numbered item) one line may open. */
export const MAX_CONTAINER_DEPTH = 100;

const CONTAINER = /[ \t]{0,3}(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/y;

/** Refuse text with a line that opens more than MAX_CONTAINER_DEPTH block containers. */
export function checkMarkdownNesting(text: string, path: string): void {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    CONTAINER.lastIndex = start;
    let depth = 0;
    while (CONTAINER.lastIndex < end && CONTAINER.test(text)) {
      if (++depth > MAX_CONTAINER_DEPTH) {
        throw new InputError(
          `${path}:${line}: line ${line} opens more than ${MAX_CONTAINER_DEPTH} nested quotes or list items; not a disclosure document (a limit)`,
          'limit',
          { line },
        );
      }
    }
    start = end + 1;
  }
}
