import { PUBLIC_METADATA } from '@kakehashi/authz';
import { DatabaseModule } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { LiveMatchIndex } from '@kakehashi/matching';
import { testPoolSize } from '@kakehashi/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { HealthController } from '../health.controller';
import { HealthModule } from '../health.module';

const databaseUrl = () => {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL must be set by the Jest global setup');
  return url;
};

async function startApp(redisUrl: string | null): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      DatabaseModule.forRoot({
        url: databaseUrl(),
        poolSize: testPoolSize(),
        applicationName: 'kakehashi-health-spec',
      }),
      JobsModule.forRoot({
        redisUrl,
        prefix: process.env['REDIS_PREFIX'] ?? 'kk_health_spec',
        runProcessors: false,
      }),
      HealthModule,
    ],
  }).compile();
  moduleRef.useLogger(false);
  const app = moduleRef.createNestApplication();
  await app.init();
  // The match index loads in the background from init on (health-matching.int-spec.ts tests /health meanwhile).
  const index = app.get(LiveMatchIndex);
  const deadline = Date.now() + 30_000;
  while (index.status().state !== 'ready' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return app;
}

describe('GET /health', () => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('is open to callers without a token (orchestrator probes)', () => {
    expect(Reflect.getMetadata(PUBLIC_METADATA, HealthController.prototype.check)).toBe(true);
  });

  it('answers 200 with the database latency and the in-process queue when there is no Redis', async () => {
    app = await startApp(null);
    const response = await request(app.getHttpServer()).get('/health').expect(200);

    expect(response.body).toMatchObject({
      status: 'ok',
      info: {
        database: { status: 'up' },
        queue: { status: 'up', driver: 'in-process' },
        matching: { status: 'up', index: 'ready' },
      },
    });
    expect(typeof response.body.info.database.latencyMs).toBe('number');
    expect(response.headers['cache-control']).toContain('no-store');
  });

  it('answers 200 with the bullmq driver when Redis is configured and answering', async () => {
    app = await startApp(process.env['REDIS_URL'] ?? null);
    const response = await request(app.getHttpServer()).get('/health').expect(200);

    expect(response.body.info.queue).toEqual({ status: 'up', driver: 'bullmq' });
  });

  it('answers 503 naming the queue when Redis does not answer, without revealing connection strings', async () => {
    // Nothing listens on port 1: a real unreachable Redis, not a mock.
    app = await startApp('redis://:hunter2-secret@127.0.0.1:1');
    const response = await request(app.getHttpServer()).get('/health').expect(503);

    expect(response.body).toMatchObject({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { queue: { status: 'down', driver: 'bullmq' } },
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain(databaseUrl());
  });
});
