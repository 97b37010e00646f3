// The job spec naming extract-job.ts for a worker: kept apart from it so that the main thread, which only names
// the job, does not load the whole pipeline (zod, parsers, rules) the worker loads.
import type { JobSpec } from './pool.ts';
import { limitsModule } from './locate.ts';

export type ExtractJobOptions = { ocr?: boolean };

/** The job spec that runs extractRecord (extract-job.ts) in a worker. */
export const extractJob = (options: ExtractJobOptions): JobSpec => ({ module: limitsModule('extract-job').href, export: 'extractRecord', options });
