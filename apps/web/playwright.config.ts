import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['BROWSER_TEST_PORT'] ?? 4310);

// Debian's Chromium (apt-get install -y chromium), never a downloaded browser. Without the networking flags it keeps
// trying to reach Google's services, which this closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // One browser at a time on a 2-core machine that also runs the API, the worker and PostgreSQL.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command:
      'npx nx run web:build && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/browser/serve-for-browser-tests.ts',
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: { BROWSER_TEST_PORT: String(PORT), NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
  },
});
