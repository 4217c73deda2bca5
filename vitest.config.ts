import { defineConfig } from 'vitest/config';

// Three projects: pure domain tests (no database), integration tests against a real
// PostgreSQL (one fresh database per test file, cloned from a migrated template), and
// browser journeys (Playwright driving Debian's Chromium against a real server).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['test/domain/**/*.test.ts'],
          environment: 'node',
          // Property tests run thousands of cases; a loaded 2-core CI machine needs headroom.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
