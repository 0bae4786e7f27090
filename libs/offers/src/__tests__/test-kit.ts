// Builders and a Nest testing module for the offers integration tests (real PostgreSQL from the Jest global setup,
// migrated and reference-seeded by the real db:migrate; every test makes its own data unique because the files share
// one database).
import { officeId, randomCorporateNumber, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import type { DynamicModule } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type Logger } from 'typeorm';
import { OffersModule } from '../offers.module';
import { OfferException } from '../offer.exception';
import { ReceivingOfferResolver } from '../receiving-offers/receiving-offer.resolver';
import { ReceivingOfferSearchService } from '../receiving-offers/services/receiving-offer-search.service';
import {
  ReceivingOfferWriteService,
  type CreateReceivingOfferCommand,
} from '../receiving-offers/services/receiving-offer-write.service';
import {
  SendingOfferRelationsResolver,
  SendingOfferResolver,
} from '../sending-offers/sending-offer.resolver';
import { SendingOfferSearchService } from '../sending-offers/services/sending-offer-search.service';
import {
  SendingOfferWriteService,
  type CreateSendingOfferCommand,
} from '../sending-offers/services/sending-offer-write.service';
import { MoveType, MoveTypeWanted, SendingReason } from '../shared/offer-enums';
import { SkillSearchService } from '../skills/services/skill-search.service';
import { SkillWriteService } from '../skills/services/skill-write.service';

export { officeId, randomCorporateNumber, staffUser, uniqueTag } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export function databaseUrl(): string {
  return requiredEnv('DATABASE_URL');
}

function typeOrmRoot(logger?: Logger, poolSize = testPoolSize()): DynamicModule {
  return TypeOrmModule.forRoot({
    ...buildDataSourceOptions({
      url: databaseUrl(),
      poolSize,
      entities: [],
      applicationName: 'offers-test',
    }),
    autoLoadEntities: true,
    ...(logger ? { logger, logging: ['query' as const] } : {}),
  });
}

/** OffersModule as the API runs it, on the real database (and the real job queue OrganisationsModule needs). */
export async function offersTestingModule(
  options: {
    logger?: Logger;
    imports?: DynamicModule[];
    providers?: unknown[];
    /** Database connections (default: the run's, one as on the embedded default). */
    poolSize?: number;
  } = {},
): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      typeOrmRoot(options.logger, options.poolSize),
      JobsModule.forRoot({
        redisUrl: requiredEnv('REDIS_URL'),
        prefix: `${requiredEnv('REDIS_PREFIX')}:offers`,
        runProcessors: false,
      }),
      OffersModule,
      ...(options.imports ?? []),
    ],
    providers: (options.providers ?? []) as never[],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

export interface OfferServices {
  dataSource: DataSource;
  sendingWrites: SendingOfferWriteService;
  sendingSearch: SendingOfferSearchService;
  sendingResolver: SendingOfferResolver;
  sendingRelations: SendingOfferRelationsResolver;
  receivingWrites: ReceivingOfferWriteService;
  receivingSearch: ReceivingOfferSearchService;
  receivingResolver: ReceivingOfferResolver;
  skillWrites: SkillWriteService;
  skillSearch: SkillSearchService;
}

export function offerServices(moduleRef: TestingModule): OfferServices {
  return {
    dataSource: moduleRef.get(DataSource),
    sendingWrites: moduleRef.get(SendingOfferWriteService),
    sendingSearch: moduleRef.get(SendingOfferSearchService),
    sendingResolver: moduleRef.get(SendingOfferResolver),
    sendingRelations: moduleRef.get(SendingOfferRelationsResolver),
    receivingWrites: moduleRef.get(ReceivingOfferWriteService),
    receivingSearch: moduleRef.get(ReceivingOfferSearchService),
    receivingResolver: moduleRef.get(ReceivingOfferResolver),
    skillWrites: moduleRef.get(SkillWriteService),
    skillSearch: moduleRef.get(SkillSearchService),
  };
}

/** A company of its own (unique name and corporate number) owned by the office with `officeCode`. */
export async function createCompany(
  dataSource: DataSource,
  options: { officeCode: string; prefectureCode?: string; jsicMajorCode?: string },
): Promise<{ id: string; owningOfficeId: string }> {
  const tag = uniqueTag();
  const owningOfficeId = await officeId(dataSource, options.officeCode);
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, $4, $5, 'SME', $6, 1) RETURNING "id"`,
    [
      `株式会社試験${tag}`,
      `試験${tag}`,
      randomCorporateNumber(),
      options.jsicMajorCode ?? 'E',
      options.prefectureCode ?? options.officeCode,
      owningOfficeId,
    ],
  );
  return { id: row.id, owningOfficeId };
}

export function sendingInput(
  companyId: string,
  overrides: Partial<CreateSendingOfferCommand> = {},
): CreateSendingOfferCommand {
  return {
    companyId,
    receivedOn: '2026-11-01',
    moveType: MoveTypeWanted.SECONDMENT,
    peopleCount: 2,
    reason: SendingReason.EMPLOYMENT_ADJUSTMENT,
    occupationCode: 'H',
    jobTitle: `NC旋盤オペレーター${uniqueTag()}`,
    skills: ['NC旋盤'],
    ...overrides,
  };
}

export function receivingInput(
  companyId: string,
  overrides: Partial<CreateReceivingOfferCommand> = {},
): CreateReceivingOfferCommand {
  return {
    companyId,
    receivedOn: '2026-11-01',
    moveTypes: [MoveType.SECONDMENT],
    peopleWanted: 3,
    occupationCode: 'K',
    jobTitle: `フォークリフト運転者${uniqueTag()}`,
    requiredSkills: ['フォークリフト'],
    workplacePrefectureCode: '23',
    ...overrides,
  };
}

export async function rejection(promise: Promise<unknown>): Promise<OfferException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfferException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

export async function countRows(dataSource: DataSource, table: string, companyId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await dataSource.query(
    `SELECT count(*)::int AS n FROM "${table}" WHERE "company_id" = $1`,
    [companyId],
  );
  return n;
}

export { QueryCounter } from '@kakehashi/testing';
