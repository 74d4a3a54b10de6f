import { defineConfig } from 'vitest/config';

/**
 * unit  : pure code (domain, core, web helpers) — no database.
 * db    : store, service and HTTP tests on real PostgreSQL (a database per test file, cloned from a migrated template);
 *         falls back to PGlite when no server is reachable and CI is not set (see src/test/global-setup.ts).
 * smoke : a small subset on PGlite, the embedded default of `npm start`.
 */
export default defineConfig({
  test: {
    // Store/HTTP tests mostly wait on PostgreSQL: more workers than cores keeps both busy.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts', 'src/**/*.http.test.ts', 'src/**/*.smoke.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'src/**/*.http.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'smoke',
          include: ['src/**/*.smoke.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // each smoke file loads the whole demo into an in-memory PGlite
          hookTimeout: 240_000,
          env: { LINGKAR_TEST_DB: 'pglite' },
        },
      },
    ],
  },
});
