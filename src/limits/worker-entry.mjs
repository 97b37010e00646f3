// A document worker thread starts here: TypeScript through tsx (as bin/ does), then the job loop in worker-main.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
