// Builders and a Nest testing module for the organisations integration tests (real PostgreSQL from the Jest
// global setup; every test makes its own data unique because the files share one database).
import { randomCorporateNumber, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type Logger } from 'typeorm';
import { CompanyResolver } from '../companies/company.resolver';
import { CompanySearchService } from '../companies/services/company-search.service';
import { CompanyWriteService, type CreateCompanyCommand } from '../companies/services/company-write.service';
import { OrganisationsModule } from '../organisations.module';
import type { DynamicModule, Provider, Type } from '@nestjs/common';

export { officeId, randomCorporateNumber, staffUser, uniqueTag } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export function databaseUrl(): string {
  return requiredEnv('DATABASE_URL');
}

/** TypeORM root options as the API uses them, on the run's pool (one connection, as the embedded default). */
export function typeOrmRoot(logger?: Logger, poolSize = testPoolSize()): DynamicModule {
  return TypeOrmModule.forRoot({
    ...buildDataSourceOptions({
      url: databaseUrl(),
      poolSize,
      entities: [],
      applicationName: 'organisations-test',
    }),
    autoLoadEntities: true,
    ...(logger ? { logger, logging: ['query' as const] } : {}),
  });
}

/**
 * OrganisationsModule as the apps run it: the real database and the real job queue (BullMQ on the test Redis, under
 * this run's prefix, or `prefix` when a test must not share its queue). `runJobs` starts the workers, as apps/worker.
 */
export async function organisationsTestingModule(
  options: {
    runJobs?: boolean;
    prefix?: string;
    imports?: (DynamicModule | Type)[];
    providers?: Provider[];
    logger?: Logger;
    /** Database connections (default: the run's, one as on the embedded default). */
    poolSize?: number;
  } = {},
): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      typeOrmRoot(options.logger, options.poolSize),
      JobsModule.forRoot({
        redisUrl: requiredEnv('REDIS_URL'),
        prefix: options.prefix ?? requiredEnv('REDIS_PREFIX'),
        runProcessors: options.runJobs ?? false,
      }),
      OrganisationsModule,
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

export interface CompanyServices {
  dataSource: DataSource;
  writes: CompanyWriteService;
  search: CompanySearchService;
  resolver: CompanyResolver;
}

export function companyServices(moduleRef: TestingModule): CompanyServices {
  return {
    dataSource: moduleRef.get(DataSource),
    writes: moduleRef.get(CompanyWriteService),
    search: moduleRef.get(CompanySearchService),
    resolver: moduleRef.get(CompanyResolver),
  };
}

/** A valid new company; unique name and corporate number unless overridden. */
export function companyInput(overrides: Partial<CreateCompanyCommand> = {}): CreateCompanyCommand {
  return {
    legalName: `株式会社試験商事${uniqueTag()}`,
    legalNameKana: 'シケンショウジ',
    corporateNumber: randomCorporateNumber(),
    jsicMajorCode: 'E',
    prefectureCode: '13',
    size: 'SME',
    employeeCount: 10,
    ...overrides,
  };
}

export async function countCompanies(
  dataSource: DataSource,
  where: string,
  params: unknown[],
): Promise<number> {
  const [{ n }]: { n: number }[] = await dataSource.query(
    `SELECT count(*)::int AS n FROM "companies" WHERE ${where}`,
    params,
  );
  return n;
}

export { QueryCounter } from '@kakehashi/testing';
