import type { Server } from 'node:http';
import type { AppConfig } from '@kakehashi/config';
import { checkRowLevelSecurity, openDatabaseTarget } from '@kakehashi/database';
import { prepareDatabase } from '@kakehashi/platform';
import { Logger as NestLogger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { applySecurityHeaders } from './security-headers';

export interface RunningApi {
  app: INestApplication;
  /** What backs the API, in words, for the start-up message. */
  mode: { database: string; rowLevelSecurity: string; jobs: string };
  /** http://host:port */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the API: the embedded PostgreSQL when DATABASE_URL is unset (migrated and seeded on the way up), else the
 * configured one; then Nest on `config.port` (0 picks a free port, as the end-to-end tests do).
 */
export async function startApi(
  config: AppConfig,
  options: { listen?: boolean; logDestination?: DestinationStream } = {},
): Promise<RunningApi> {
  const database = await openDatabaseTarget(config);
  try {
    if (database.embedded) {
      await prepareDatabase(database.url, { demo: config.seedDemoData });
      // Nest's first connection would otherwise race the migration's closing one for PGlite's only connection, be
      // turned away and logged as an error before TypeORM's retry got in.
      await database.released();
    }
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl: database.url, logDestination: options.logDestination }),
      {
        bufferLogs: true,
      },
    );
    app.set('trust proxy', config.trustProxy);
    applySecurityHeaders(app, config);
    // Bulk uploads arrive as base64 in GraphQL (a 5 MB file is about 6.7 MB); everything else stays far below.
    app.useBodyParser('json', { limit: '8mb' });
    app.useLogger(app.get(Logger));
    const logger = new NestLogger('KakehashiApi');
    // Before listening: in production a connection the referral policies do not bind must never serve a request.
    const rowLevelSecurity = await checkRowLevelSecurity(app.get(DataSource), {
      production: config.isProduction,
      embedded: database.embedded,
      processName: 'API',
    }).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    app.enableShutdownHooks();
    // An idle keep-alive connection outlives the clients' and proxies' own (about 60 s): with Node's 5 s default, a
    // client that reuses one just as the server closes it gets ECONNRESET.
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    if (options.listen === false) await app.init();
    else await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const mode = {
      database: database.embedded ? `embedded PGlite (${config.embeddedDbDir})` : 'PostgreSQL (DATABASE_URL)',
      rowLevelSecurity: rowLevelSecurity.description,
      jobs: config.usesRedis
        ? 'BullMQ on Redis (REDIS_URL); run the worker to process them'
        : 'in-process (no REDIS_URL)',
    };
    logger.log({
      msg: 'Kakehashi API started',
      ...mode,
      jwtSecret: config.jwtSecretGenerated
        ? 'generated for this process (set JWT_SECRET to keep sessions across restarts)'
        : 'JWT_SECRET',
    });
    return {
      app,
      mode,
      url: `http://127.0.0.1:${port}`,
      async stop() {
        await app.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
