import { DatabaseModule } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { MATCH_INDEX_RETRY_DELAYS_MS } from '@kakehashi/matching';
import { prepareDatabase } from '@kakehashi/platform';
import { createScratchDatabase } from '@kakehashi/testing';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { HealthModule } from '../health.module';

/** Nest's error lines, to check what a failed load logs. */
class ErrorLines implements LoggerService {
  readonly errors: unknown[][] = [];
  log = () => undefined;
  warn = () => undefined;
  error = (...args: unknown[]) => this.errors.push(args);
}

async function startApp(url: string, logger: LoggerService): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      DatabaseModule.forRoot({ url, poolSize: 4, applicationName: 'kakehashi-health-matching-spec' }),
      JobsModule.forRoot({ redisUrl: null, prefix: 'kk_health_matching_spec', runProcessors: false }),
      HealthModule,
    ],
  })
    // Retries a failed load after 100 ms instead of seconds.
    .overrideProvider(MATCH_INDEX_RETRY_DELAYS_MS)
    .useValue([100])
    .compile();
  moduleRef.useLogger(logger);
  const app = moduleRef.createNestApplication();
  await app.init();
  return app;
}

type Health = { status: number; body: Record<string, Record<string, Record<string, unknown>>> };

async function healthUntil(app: INestApplication, done: (h: Health) => boolean): Promise<Health> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await request(app.getHttpServer()).get('/health');
    const health = { status: response.status, body: response.body };
    if (done(health) || Date.now() > deadline) return health;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// A database of its own (migrated, with the demo offers): these tests lock and rename its tables.
describe('GET /health and the match index', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let owner: Client;
  let app: INestApplication | undefined;
  let open: { sending: number; receiving: number };

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await prepareDatabase(scratch.url, { demo: true });
    owner = new Client({ connectionString: scratch.url });
    await owner.connect();
    const { rows } = await owner.query<{ sending: number; receiving: number }>(
      `SELECT (SELECT count(*) FROM "sending_offers" WHERE "status" <> 'CLOSED' AND "people_available" > 0)::int AS "sending",
              (SELECT count(*) FROM "receiving_offers" WHERE "status" <> 'CLOSED' AND "people_remaining" > 0)::int AS "receiving"`,
    );
    open = rows[0];
  }, 120_000);

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  afterAll(async () => {
    await owner?.end();
    await scratch?.drop();
  });

  it('answers 503 while the index loads at start, then 200 with its size; /health/live answers 200 throughout', async () => {
    // The load's read of the receiving offers waits behind this lock: the index stays loading until it is released.
    await owner.query('BEGIN');
    await owner.query('LOCK TABLE "receiving_offers" IN ACCESS EXCLUSIVE MODE');
    try {
      app = await startApp(scratch.url, new ErrorLines());
      const loading = await request(app.getHttpServer()).get('/health').expect(503);
      expect(loading.body).toMatchObject({
        status: 'error',
        info: { database: { status: 'up' }, queue: { status: 'up' } },
        error: { matching: { status: 'down', index: 'loading', failedAttempts: 0, lastFailure: null } },
      });
      await request(app.getHttpServer())
        .get('/health/live')
        .expect(200, { status: 'ok', info: {}, error: {}, details: {} });
    } finally {
      await owner.query('ROLLBACK');
    }

    const ready = await healthUntil(app, (h) => h.status === 200);
    expect(ready.status).toBe(200);
    expect(ready.body['info']['matching']).toEqual({
      status: 'up',
      index: 'ready',
      sending: open.sending,
      receiving: open.receiving,
      loadMs: expect.any(Number),
      loadedAt: expect.any(String),
    });
    expect(open.receiving).toBeGreaterThan(0);
  });

  it('shows a failed load, logs it without the driver message, retries it and answers 200 once it succeeds', async () => {
    // A real failure: the load reads the skills dictionary, which is not there.
    await owner.query('ALTER TABLE "skills" RENAME TO "skills_away"');
    const logs = new ErrorLines();
    try {
      app = await startApp(scratch.url, logs);
      const failing = await healthUntil(
        app,
        (h) => Number(h.body['error']?.['matching']?.['failedAttempts'] ?? 0) >= 2,
      );
      expect(failing.status).toBe(503);
      expect(failing.body['error']['matching']).toMatchObject({
        status: 'down',
        index: expect.stringMatching(/^(failed|loading)$/),
        lastFailure: { at: expect.any(String), error: 'QueryFailedError 42P01' },
      });
    } finally {
      await owner.query('ALTER TABLE "skills_away" RENAME TO "skills"');
    }

    const ready = await healthUntil(app, (h) => h.status === 200);
    expect(ready.body['info']['matching']).toMatchObject({
      status: 'up',
      index: 'ready',
      sending: open.sending,
    });
    const failures = logs.errors.filter((line) => line.includes('Match index load failed'));
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures[0][0]).toEqual({ attempt: 1, error: 'QueryFailedError 42P01', retryInMs: 100 });
    // The driver's message names the relation; the log keeps to the error's class and SQLSTATE.
    expect(JSON.stringify(logs.errors)).not.toContain('does not exist');
  });
});
