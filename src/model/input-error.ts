// The one error type of the pipeline, in the model so that every stage (ingest and decode included) can throw it.
import type { Loc } from './record.ts';

/** Thrown for input that cannot be read at all; carries the place so the manifest can name it. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly loc: Loc = {},
  ) {
    super(message);
    this.name = 'InputError';
  }
}
