import { defineConfig } from 'vitest/config';

/** Unit tests: pure Node, no browser. The browser journey lives in vitest.e2e.config.ts. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
