import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium (`npm test` runs them after the unit tests).
// Files are `tests/e2e/*.e2e.ts` so the unit run (`tests/**/*.test.ts`) never picks them up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time, tests in order: they share the demo inbox and launch Chromium.
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
