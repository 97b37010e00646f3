// pidAlive answers for a process that ended but was never reaped (a zombie): it is not running. A tool killed with
// its worker's process group stays one when the worker thread that spawned it was terminated first.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pidAlive } from '../../src/limits/temp.ts';

describe('pidAlive', () => {
  it('is true for a running process and false for one that ended unreaped', async () => {
    // sh starts a sleep in the background, prints its pid and becomes another sleep: nobody reaps the first.
    const parent = spawn('sh', ['-c', 'sleep 100 & echo $!; exec sleep 30']);
    try {
      const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
      expect(pidAlive(pid)).toBe(true);
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 50 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
      expect(pidAlive(pid)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
