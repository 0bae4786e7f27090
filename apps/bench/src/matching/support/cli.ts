// What every benchmark's command line shares: its numeric options, where its report goes and how the process ends.
import { InvalidArgumentError, Option } from 'commander';
import * as path from 'node:path';
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
