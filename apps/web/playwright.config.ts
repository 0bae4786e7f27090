import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['BROWSER_TEST_PORT'] ?? 4310);

// Two product stacks (API, worker, database, Redis prefix), each driven by one browser at a time: the browser spends
// most of a test waiting on the page and the API, so two of them fill a 2-core machine where one left a core idle.
// The specs share each stack's data (month closes, matching weights, counts on the board and the bell), so a stack
// runs its specs one after another as before, and the two stacks share nothing. A new spec file joins the Center's
// stack unless its name says headquarters, administration, partners, referrals or statistics. The training-plan spec
// (its own company and registrant, no demo case) runs on the second stack too: the Center's was the longer by minutes.
const CENTER_PORT = PORT;
const HQ_PORT = PORT + 1;
const HQ_SPECS = /\/((admin|hq|partner|referral|statistics)-[^/]*|jobcard-plans)\.spec\.ts$/;
// Timed against fixed budgets (ms): it runs last, alone, so the other browser's work is not counted as the page's.
const TIMED_SPECS = /\/board-speed\.spec\.ts$/;

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
  // One browser per stack, and a stack's specs one after another (see the projects).
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Twice what one browser alone needed: the two stacks share two cores, and a loaded machine (seen at a load of 15)
  // slows every step; the waits end as soon as the page is right, so only a failure takes longer.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'center',
      testIgnore: [HQ_SPECS, TIMED_SPECS],
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${CENTER_PORT}` },
    },
    {
      name: 'hq',
      testMatch: HQ_SPECS,
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${HQ_PORT}` },
    },
    {
      name: 'timed',
      testMatch: TIMED_SPECS,
      dependencies: ['center', 'hq'],
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${CENTER_PORT}` },
    },
  ],
  // Started one after the other: the first builds the page both APIs serve.
  webServer: [stack(CENTER_PORT, 'npx nx run web:build && '), stack(HQ_PORT, '')],
});

function stack(port: number, before: string) {
  return {
    command: `${before}SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/browser/serve-for-browser-tests.ts`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
    env: { BROWSER_TEST_PORT: String(port), NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
  };
}
