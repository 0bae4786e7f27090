// What every benchmark's command line shares: its numeric options, where its report goes and how the process ends.
import { InvalidArgumentError, Option, type Command } from 'commander';
import * as path from 'node:path';
import { DEFAULT_ADMIN_DATABASE_URL } from '../load/bench-database';
import { WORKSPACE_ROOT } from './child';

/** A commander option parser for counts. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

/**
 * `--benchmarks-file <path>`: the Markdown file whose section `--write` rewrites. BENCHMARKS.md at the root by default;
 * the smoke tests point it at a copy so that a test run never changes the committed figures.
 */
export function benchmarksFileOption(): Option {
  return new Option('--benchmarks-file <path>', 'the file whose section --write rewrites')
    .default(path.join(WORKSPACE_ROOT, 'BENCHMARKS.md'), 'BENCHMARKS.md')
    .argParser((value: string) => path.resolve(value));
}

/** Runs a benchmark's main and exits with its exit code, or prints why it failed and exits 1. */
export function runBench(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      process.stderr.write(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

/**
 * The options every benchmark with a scratch database shares: keep it, where its report goes, the PostgreSQL to make
 * it on and the Redis its processes use.
 */
export function addDatabaseOptions(program: Command, redisPurpose: string): Command {
  return program
    .option('--keep', 'keep the benchmark database instead of dropping it', false)
    .option('--write', 'update BENCHMARKS.md even when not at full size')
    .option('--no-write', 'never update BENCHMARKS.md')
    .addOption(benchmarksFileOption())
    .option(
      '--admin-url <url>',
      'PostgreSQL to create the benchmark database on',
      process.env['BENCH_ADMIN_DATABASE_URL'] ??
        process.env['TEST_ADMIN_DATABASE_URL'] ??
        DEFAULT_ADMIN_DATABASE_URL,
    )
    .option('--redis-url <url>', redisPurpose, process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
}
