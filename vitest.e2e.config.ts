import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: the built app (`vite build` first) served by `vite preview`,
 * driven in the system's Chromium by playwright-core. One worker: a software-
 * rendered WebGL page already takes a core of its own.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
