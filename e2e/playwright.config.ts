import { defineConfig, devices } from '@playwright/test';

/**
 * E2E against the built app on a free port (E2E_PORT, chosen by scripts/test.mjs) with its own database
 * (E2E_DATABASE_URL on PostgreSQL, or a throw-away PGlite directory). Debian's Chromium, headless.
 */
const port = Number(process.env.E2E_PORT ?? 3917);
const databaseUrl = process.env.E2E_DATABASE_URL;
const dataDir = process.env.E2E_DATA_DIR ?? `.lingkar/e2e-${port}/data`;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'id-ID',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /mobile\.spec\.ts$/ },
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, testMatch: /mobile\.spec\.ts$/ },
  ],
  webServer: {
    command: 'node bin/lingkar.js serve',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { LINGKAR_DATA_DIR: dataDir }),
    },
  },
});
