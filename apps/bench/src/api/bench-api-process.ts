// The API as deployed: production settings, the application role row-level security binds, Redis for jobs, logs at
// info level (one line per request, as in production).
import { freePort } from '@kakehashi/testing';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { BenchDatabase } from '../matching/load/bench-database';
import { startServer, type ServerProcess } from './server-process';

export interface StartedApi {
  api: ServerProcess;
  /** From the process's start to /health answering 200. */
  readyMs: number;
}

export async function startBenchApi(
  database: BenchDatabase,
  redisUrl: string,
  logFile: string,
  profileFile?: string,
): Promise<StartedApi> {
  const started = Date.now();
  const api = await startServer({
    entry: 'apps/api/src/main.ts',
    port: await freePort(),
    env: {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      TALENT_BANK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      DATABASE_URL: database.appUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: database.name,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...(profileFile ? { KAKEHASHI_CPU_PROFILE: profileFile } : {}),
    },
    logFile,
    preload: profileFile ? path.join(__dirname, 'profile/cpu-profile-switch.ts') : undefined,
    readyPath: '/health',
    timeoutMs: 300_000,
  });
  return { api, readyMs: Date.now() - started };
}
