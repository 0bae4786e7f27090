import { ConfigValidationError, type AppConfig } from '@kakehashi/config';
import { checkRowLevelSecurity } from '@kakehashi/database';
import { JobProcessorRegistry } from '@kakehashi/jobs';
import { Logger as NestLogger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

/**
 * The worker consumes BullMQ on Redis and writes to PostgreSQL: unlike the API it has no embedded database and no
 * in-process mode (without Redis the API runs jobs itself and no worker is needed).
 */
export function requireWorkerServices(config: AppConfig): { databaseUrl: string; redisUrl: string } {
  const { databaseUrl, redisUrl } = config;
  if (databaseUrl && redisUrl) return { databaseUrl, redisUrl };
  const problems: { variable: string; messages: string[] }[] = [];
  if (!databaseUrl)
    problems.push({
      variable: 'DATABASE_URL',
      messages: ['is required by the worker (it has no embedded database)'],
    });
  if (!redisUrl) {
    problems.push({
      variable: 'REDIS_URL',
      messages: [
        'is required by the worker (without Redis the API runs jobs in-process and no worker is needed)',
      ],
    });
  }
  throw new ConfigValidationError(problems);
}

export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const services = requireWorkerServices(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config, ...services }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Jobs write partners' rows too (with the Center's scope): in production the policies must bind the connection.
  const rowLevelSecurity = await checkRowLevelSecurity(app.get(DataSource), {
    production: config.isProduction,
    embedded: false,
    processName: 'worker',
  }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  // SIGTERM/SIGINT → close(): workers finish their running jobs, then queues, Redis and the database close.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const queues = app.get(JobProcessorRegistry).queues();
  new NestLogger('Worker').log(
    { queues, prefix: config.redisPrefix, rowLevelSecurity: rowLevelSecurity.description },
    'Kakehashi worker started',
  );
  return app;
}
