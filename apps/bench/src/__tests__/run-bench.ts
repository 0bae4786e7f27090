// A benchmark as a reader runs it: `npm run bench:<name> -- <options>` from the repository root, here at a tiny size
// with its report written into a copy of BENCHMARKS.md; then what the run left behind in PostgreSQL and Redis.
import { run, TEST_ADMIN_DATABASE_URL, TEST_REDIS_URL, WORKSPACE_ROOT } from '@kakehashi/testing';
import Redis from 'ioredis';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

export interface BenchRun {
  exitCode: number | null;
  /** stdout and stderr together. */
  output: string;
  /** The benchmark's section of the copy of BENCHMARKS.md, between its markers. */
  section: string;
  /** True when the copy still holds every other section exactly as committed. */
  restUnchanged: boolean;
  /** The benchmark's own database, as its log named it. */
  database: string | null;
  /** What the run left behind, before this helper removed it. */
  leftovers: { database: boolean; redisKeys: number };
}

export async function runBench(name: string, args: string[], timeoutMs: number): Promise<BenchRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kakehashi-bench-${name}-`));
  const committed = fs.readFileSync(path.join(WORKSPACE_ROOT, 'BENCHMARKS.md'), 'utf8');
  const copy = path.join(dir, 'BENCHMARKS.md');
  // The section emptied (its markers kept): whatever the tests read there, this run wrote.
  const { start, end } = markers(committed, name);
  fs.writeFileSync(copy, start < 0 ? committed : committed.slice(0, start) + committed.slice(end));
  // Prettier formats the copy with the repository's settings, as it would the real file.
  fs.copyFileSync(path.join(WORKSPACE_ROOT, '.prettierrc'), path.join(dir, '.prettierrc'));
  try {
    const child = run(
      'npm',
      [
        'run',
        `bench:${name}`,
        '--',
        ...args,
        '--write',
        '--benchmarks-file',
        copy,
        '--admin-url',
        TEST_ADMIN_DATABASE_URL,
        '--redis-url',
        TEST_REDIS_URL,
      ],
      // A fresh shell's environment, not the test run's: the benchmark brings its own database and settings.
      { NODE_ENV: undefined, DATABASE_URL: undefined, REDIS_URL: undefined, REDIS_PREFIX: undefined },
      { keepOutputChars: 200_000 },
    );
    const timer = setTimeout(() => void child.kill(), timeoutMs);
    const exitCode = await child.exited.finally(() => clearTimeout(timer));
    const output = child.output();
    const database = /\] database (kk_bench_\w+)/.exec(output)?.[1] ?? null;
    const written = fs.readFileSync(copy, 'utf8');
    return {
      exitCode,
      output,
      section: between(written, name).inner,
      restUnchanged: between(written, name).outer === between(committed, name).outer,
      database,
      leftovers: database ? await removeLeftovers(database) : { database: false, redisKeys: 0 },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the section's text lies: after its start marker, up to its end marker; -1 when it has none. */
function markers(text: string, name: string): { start: number; end: number } {
  const open = `<!-- bench:${name}:start -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(`<!-- bench:${name}:end -->`);
  return start < 0 || end < start ? { start: -1, end: -1 } : { start: start + open.length, end };
}

function between(text: string, name: string): { inner: string; outer: string } {
  const { start, end } = markers(text, name);
  if (start < 0) return { inner: '', outer: text };
  return { inner: text.slice(start, end), outer: text.slice(0, start) + text.slice(end) };
}

/** The cells of the first Markdown table row whose first cell starts with `label`; null when there is none. */
export function tableRow(section: string, label: string): string[] | null {
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (cells[0]?.startsWith(label)) return cells;
  }
  return null;
}

/** Whether the database and the Redis keys under its name outlived the run; removes them either way. */
async function removeLeftovers(database: string): Promise<{ database: boolean; redisKeys: number }> {
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  let exists: boolean;
  try {
    const found = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    exists = found.rowCount === 1;
    if (exists) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let redisKeys = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${database}:*`, 'COUNT', 1000);
      if (keys.length) redisKeys += await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return { database: exists, redisKeys };
}
