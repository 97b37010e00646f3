// Preloaded into each process bench/startup.ts times: writes the process's own CPU time and peak RSS on exit.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_USAGE_FILE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMB: u.maxRSS / 1024 }));
  });
}
