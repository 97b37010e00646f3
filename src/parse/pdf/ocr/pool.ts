// One limit on OCR pages in flight for the whole process: pages of one scan are read in parallel, and documents
// read in parallel (-j) share the same limit, so two cores never run eight tesseracts against each other.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { TESSERACT_SLOTS } from './batch.ts';

/**
 * Pages in flight per tesseract slot (batch.ts): while one page's words are read, another renders, finds its
 * borders and cuts its cells, and its request then waits to share the next tesseract run. Two: a slot's next run
 * holds the waiting pages' images, and a page holds ~40 MB of rasters at 300 dpi while in flight.
 */
const PAGES_PER_SLOT = 2;

const queue = new PQueue({ concurrency: Math.max(availableParallelism(), PAGES_PER_SLOT * TESSERACT_SLOTS) });

/** Set how many pages may be OCR'd at once (the CLI's -j); at least one. */
export function setOcrConcurrency(n: number): void {
  queue.concurrency = Math.max(1, Math.floor(n));
}

/** Run one page's OCR when a slot is free. */
export function inOcrSlot<T>(task: () => Promise<T>): Promise<T> {
  return queue.add(task) as Promise<T>;
}
