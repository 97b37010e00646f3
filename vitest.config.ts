import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database, queue and browser tests start real servers; two cores do not take many at once.
    maxWorkers: 2,
  },
});
