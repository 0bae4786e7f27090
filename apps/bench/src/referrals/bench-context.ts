// The bulk upload as the API and worker run it, in this process: ReferralImportsModule on the benchmark database,
// connected as the application role (row-level security applies, as in production), with BullMQ on Redis and this
// process as the worker. Every entity the referral libraries declare is registered, for the row-by-row baseline.
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { ReferralImportsModule } from '@kakehashi/referrals';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { getMetadataArgsStorage } from 'typeorm';

@Module({})
class ReferralBenchModule {
  static forRoot(options: { databaseUrl: string; redisUrl: string; redisPrefix: string }): DynamicModule {
    // Importing @kakehashi/referrals loaded every entity its entities refer to (partners, users, offers, …).
    const entities = getMetadataArgsStorage()
      .tables.map((table) => table.target)
      .filter((target): target is new () => unknown => typeof target === 'function');
    return {
      module: ReferralBenchModule,
      imports: [
        TypeOrmModule.forRoot(
          buildDataSourceOptions({
            url: options.databaseUrl,
            poolSize: 6,
            entities,
            applicationName: 'kakehashi-bench-referrals',
          }),
        ),
        JobsModule.forRoot({ redisUrl: options.redisUrl, prefix: options.redisPrefix, runProcessors: true }),
        ReferralImportsModule,
      ],
    };
  }
}

export function startReferralBench(options: {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(ReferralBenchModule.forRoot(options), {
    logger: ['error', 'warn'],
  });
}
