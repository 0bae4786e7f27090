import 'reflect-metadata';
// `npm run bench:api [-- --seconds 5 --connections 1,10,50]`: the request pipeline under load, beside the bare framework
// measured in the same run. On a fresh database with the demo data and a board of `--cases` cases for the Tokyo
// office: the anchor (bare NestJS + GraphQL), then through the API as deployed (production settings, its own process,
// signed in as the Tokyo consultant) `{ __typename }`, `{ me { id } }`, the companies list, the offers list and the
// board, each at every connection count with autocannon, the API's CPU and memory read from /proc; one profiled run
// each of the companies list and the board. Then national data (`--sending`, `--receiving`) is loaded, the API
// restarted, and the ranking measured from the first request after /health says ready, then profiled. Progress to
// stderr, the report to stdout and, at full size, the "API throughput" section of BENCHMARKS.md.
import { todayInJapan } from '@kakehashi/calendar';
import { Command, InvalidArgumentError } from 'commander';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createBenchDatabase,
  prepareBenchDatabase,
  releaseBenchDatabase,
  withClient,
} from '../matching/load/bench-database';
import { addDatabaseOptions, positiveInteger, runBench } from '../matching/support/cli';
import { machineInfo } from '../matching/support/machine';
import { seedBoardCases } from '../web/seed-board';
import { renderApiSection, writeApiSection, type ApiReport } from './api-report';
import { measureAnchor } from './measure-api';
import { measureNationalRanking } from './measure-national';
import { measureProductLists } from './measure-product';

const FULL = {
  seconds: 5,
  connections: [1, 10, 50],
  cases: 200,
  sending: 20_000,
  receiving: 150_000,
  queries: 300,
};

export interface ApiBenchOptions {
  seconds: number;
  connections: number[];
  cases: number;
  sending: number;
  receiving: number;
  queries: number;
  seed: number;
  today: string;
  profile: boolean;
  national: boolean;
  keep: boolean;
  write?: boolean;
  benchmarksFile: string;
  adminUrl: string;
  redisUrl: string;
}

function connectionList(value: string): number[] {
  const list = value.split(',').map((part) => positiveInteger(part.trim()));
  if (!list.length) throw new InvalidArgumentError('give at least one connection count');
  return list;
}

function parseOptions(argv: string[]): ApiBenchOptions {
  const program = new Command('bench:api')
    .description('The API under load beside the bare framework')
    .option('--seconds <n>', 'seconds of load per level', positiveInteger, FULL.seconds)
    .option('--connections <list>', 'connection counts, comma-separated', connectionList, FULL.connections)
    .option('--cases <n>', 'cases on the Tokyo board', positiveInteger, FULL.cases)
    .option('--sending <n>', 'open sending offers at national size', positiveInteger, FULL.sending)
    .option('--receiving <n>', 'open receiving offers at national size', positiveInteger, FULL.receiving)
    .option('--queries <n>', 'rankings timed one at a time', positiveInteger, FULL.queries)
    .option('--seed <n>', 'generator seed', positiveInteger, 2021)
    .option('--today <date>', 'the date generated offers are spread around (YYYY-MM-DD)', todayInJapan())
    .option('--no-profile', 'skip the profiled runs')
    .option('--no-national', 'skip the ranking at national size');
  addDatabaseOptions(program, 'Redis for the API');
  program.parse(argv);
  return program.opts<ApiBenchOptions>();
}

const log = (line: string) => process.stderr.write(`[bench:api] ${line}\n`);

function isFullSize(o: ApiBenchOptions): boolean {
  return (
    o.seconds >= FULL.seconds &&
    FULL.connections.every((c) => o.connections.includes(c)) &&
    o.cases >= FULL.cases &&
    o.sending >= FULL.sending &&
    o.receiving >= FULL.receiving &&
    o.queries >= FULL.queries &&
    o.national
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const write = options.write ?? isFullSize(options);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-api-'));
  const levels = { connections: options.connections, seconds: options.seconds };
  const database = await createBenchDatabase(options.adminUrl);
  log(`database ${database.name}; server logs in ${workDir}`);
  try {
    await prepareBenchDatabase(database);
    const { machine, board } = await withClient(database.url, async (client) => ({
      machine: await machineInfo(client),
      board: await seedBoardCases(client, options.cases),
    }));
    const report: ApiReport = {
      date: new Date().toISOString(),
      command: `npm run bench:api -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      machine,
      options,
      loadAverageMax: os.loadavg()[0],
      anchor: null,
      product: null,
      national: null,
    };
    const sampler = setInterval(
      () => (report.loadAverageMax = Math.max(report.loadAverageMax, os.loadavg()[0])),
      2_000,
    );
    try {
      log(`anchor: bare NestJS + GraphQL at ${options.connections.join(', ')} connections…`);
      report.anchor = await measureAnchor(workDir, levels, log);
      log('the API on the demo data…');
      report.product = await measureProductLists(database, board.officeId, workDir, options, log);
      if (options.national) {
        log(`national data: ${options.sending} sending and ${options.receiving} receiving offers…`);
        report.national = await measureNationalRanking(database, workDir, options, log);
      }
    } finally {
      clearInterval(sampler);
    }
    const section = renderApiSection(report);
    process.stdout.write(`\n${section}\n`);
    if (write) {
      writeApiSection(options.benchmarksFile, section);
      log(`updated ${path.relative(process.cwd(), options.benchmarksFile) || options.benchmarksFile}`);
    } else {
      log('BENCHMARKS.md not updated (not the full size; pass --write to force)');
    }
  } finally {
    await releaseBenchDatabase(database, options, log);
  }
}

runBench('bench:api', main);
