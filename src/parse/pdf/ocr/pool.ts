// One limit on OCR pages in flight for the whole process: pages of one scan are read in parallel, and documents
// read in parallel (-j) share the same limit, so two cores never run eight tesseracts against each other.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';

const queue = new PQueue({ concurrency: availableParallelism() });

/** Set how many pages may be OCR'd at once (the CLI's -j); at least one. */
export function setOcrConcurrency(n: number): void {
  queue.concurrency = Math.max(1, Math.floor(n));
}

/** Run one page's OCR when a slot is free. */
export function inOcrSlot<T>(task: () => Promise<T>): Promise<T> {
  return queue.add(task) as Promise<T>;
}
