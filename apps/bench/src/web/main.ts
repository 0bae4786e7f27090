import 'reflect-metadata';
// `npm run bench:web [-- --cases 500 --runs 5]`: builds the web app, starts the API (serving it) on a fresh database
// with the demo data and a board of `--cases` cases for the demo consultant's office, and measures in Debian's Chromium
// the JavaScript each first route ships, the largest contentful paint of home, board and case page beside the API's own
// time for the same loads, and the board's rendering and filtering. Progress to stderr, the table to stdout, and at
// full size the "Web" section of BENCHMARKS.md.
import { validateEnvironment } from '@kakehashi/config';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { chromium, type Browser } from '@playwright/test';
import { Command } from 'commander';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
// The benchmark drives the real application entry point in-process, as test/support does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startApi, type RunningApi } from '../../../api/src/start-api';
import {
  createBenchDatabase,
  prepareBenchDatabase,
  releaseBenchDatabase,
  withClient,
} from '../matching/load/bench-database';
import { WORKSPACE_ROOT } from '../matching/support/child';
import { addDatabaseOptions, positiveInteger, runBench } from '../matching/support/cli';
import { machineInfo } from '../matching/support/machine';
import { measureScopeChange } from './measure-dashboard';
import { measureBoard, measurePageLoads, signedInContext } from './measure-web';
import { seedBoardCases } from './seed-board';
import { renderWebSection, writeWebSection, type WebReport } from './web-report';

const FULL = { cases: 500, runs: 5 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Options {
  cases: number;
  runs: number;
  keep: boolean;
  write?: boolean;
  benchmarksFile: string;
  adminUrl: string;
  redisUrl: string;
  chromium: string;
}

function parseOptions(argv: string[]): Options {
  const program = new Command('bench:web')
    .description('The web app in Chromium: script sizes, paint times, the board at size')
    .option('--cases <n>', 'cases on the demo consultant’s board', positiveInteger, FULL.cases)
    .option('--runs <n>', 'measured navigations per page', positiveInteger, FULL.runs)
    .option('--chromium <path>', 'the browser', process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium');
  addDatabaseOptions(program, 'Redis for the API');
  program.parse(argv);
  return program.opts<Options>();
}

const log = (line: string) => process.stderr.write(`[bench:web] ${line}\n`);

async function measure(
  browser: Browser,
  api: RunningApi,
  options: Options,
  caseId: string,
  report: WebReport,
) {
  const signedIn = await signedInContext(browser, api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
  report.scripts = {
    signInKb: signedIn.signInBytes / 1024,
    signInAndHomeKb: signedIn.signInAndHomeBytes / 1024,
  };
  for (const [name, pagePath] of [
    ['home', '/'],
    ['board', '/cases/board'],
    ['case page', `/cases/${caseId}`],
  ] as const) {
    log(`${name}: ${options.runs} navigations…`);
    report.pages.push(await measurePageLoads(signedIn.context, name, pagePath, options.runs));
  }
  log(`board of ${options.cases} cases…`);
  // The board's text filter is 「滞留日数」 (stuck for more than N days): one digit narrows the cards.
  report.board = await measureBoard(signedIn.context, '/cases/board', options.cases, options.runs, '5');
  await signedIn.context.close();
  log(`statistics dashboard: ${options.runs} navigations and scope changes…`);
  const executive = await signedInContext(browser, api.url, 'executive@kakehashi.example', DEMO_PASSWORD);
  report.pages.push(
    await measurePageLoads(executive.context, 'statistics dashboard', '/dashboard', options.runs),
  );
  report.dashboard = await measureScopeChange(executive.context, options.runs);
  await executive.context.close();
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const write = options.write ?? (options.cases >= FULL.cases && options.runs >= FULL.runs);
  log('building the web app…');
  execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: WORKSPACE_ROOT,
    stdio: 'inherit',
  });
  const database = await createBenchDatabase(options.adminUrl);
  log(`database ${database.name}`);
  let api: RunningApi | null = null;
  let browser: Browser | null = null;
  try {
    await prepareBenchDatabase(database);
    const { machine, board } = await withClient(database.url, async (db) => ({
      machine: await machineInfo(db),
      board: await seedBoardCases(db, options.cases),
    }));
    api = await startApi(
      validateEnvironment({
        NODE_ENV: 'production',
        DATABASE_URL: database.appUrl,
        REDIS_URL: options.redisUrl,
        REDIS_PREFIX: database.name,
        JWT_SECRET: randomBytes(32).toString('hex'),
        TALENT_BANK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      }),
    );
    browser = await chromium.launch({ executablePath: options.chromium, args: CHROMIUM_ARGS });
    const report: WebReport = {
      date: new Date().toISOString(),
      command: `npm run bench:web -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      machine,
      runs: options.runs,
      scripts: { signInKb: 0, signInAndHomeKb: 0 },
      pages: [],
      board: null,
      dashboard: null,
      skipped: [],
    };
    await measure(browser, api, options, board.caseId, report);
    const section = renderWebSection(report);
    process.stdout.write(`\n${section}\n`);
    if (write) {
      writeWebSection(options.benchmarksFile, section);
      log(`updated ${path.relative(process.cwd(), options.benchmarksFile) || options.benchmarksFile}`);
    } else {
      log('BENCHMARKS.md not updated (not the full size; pass --write to force)');
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await api?.stop().catch((error: unknown) => log(`stopping the API: ${String(error)}`));
    await releaseBenchDatabase(database, options, log);
  }
}

runBench('bench:web', main);
