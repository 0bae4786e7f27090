// A Nest testing module for the partners integration tests on this run's PostgreSQL (migrated and reference-seeded
// by the Jest global setup, partner institutions and agreements included). The files share one database: every test
// makes its own institutions, and agreements made by tests are signed from 2024 on, so that the seeded figures of
// the dates the counts tests read (2019-2023) never move.
import { Role, type AuthUser } from '@kakehashi/authz';
import { DatabaseModule } from '@kakehashi/database';
import { staffUser, testPoolSize, uniqueTag } from '@kakehashi/testing';
import type { DynamicModule, Type, Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource, type Logger } from 'typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions } from '@kakehashi/database';
import type { PartnerInstitutionEntity } from '../institutions/partner-institution.entity';
import { PartnerException } from '../partner.exception';
import { PartnerType } from '../partner-enums';
import { PartnersModule } from '../partners.module';
import { CreatePartnerInstitutionService } from '../institutions/services/create-partner-institution.service';
import { CreatePartnerUserService } from '../partner-users/services/create-partner-user.service';
import { PartnerAgreementCountsService } from '../agreements/services/partner-agreement-counts.service';
import { PartnerAgreementWriteService } from '../agreements/services/partner-agreement-write.service';
import { PartnerBranchWriteService } from '../branches/services/partner-branch-write.service';
import { PartnerContactWriteService } from '../contacts/services/partner-contact-write.service';
import { PartnerInstitutionQueryService } from '../institutions/services/partner-institution-query.service';
import { PartnerUserActivationService } from '../partner-users/services/partner-user-activation.service';
import { PartnerUserDirectoryService } from '../partner-users/services/partner-user-directory.service';
import { UpdatePartnerInstitutionService } from '../institutions/services/update-partner-institution.service';
import { UpdatePartnerUserService } from '../partner-users/services/update-partner-user.service';

export { officeId, staffUser, uniqueTag } from '@kakehashi/testing';

/** M銀行 of the reference data (the demo partner accounts' institution). */
export const M_BANK_ID = '00000000-0000-4000-8000-000000000001';

/** The earliest signing date a test may give an agreement (see above). */
export const TEST_SIGNED_ON = '2024-04-01';

export function databaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through the Jest global setup');
  return url;
}

export interface PartnersKit {
  module: TestingModule;
  dataSource: DataSource;
  queries: PartnerInstitutionQueryService;
  creates: CreatePartnerInstitutionService;
  updates: UpdatePartnerInstitutionService;
  branches: PartnerBranchWriteService;
  agreements: PartnerAgreementWriteService;
  contacts: PartnerContactWriteService;
  counts: PartnerAgreementCountsService;
  users: CreatePartnerUserService;
  userDirectory: PartnerUserDirectoryService;
  userUpdates: UpdatePartnerUserService;
  userActivation: PartnerUserActivationService;
  close(): Promise<void>;
}

/** PartnersModule as the API wires it; `imports` adds e.g. GraphQL or identity, `logger` counts the SQL. */
export async function startPartnersKit(
  options: {
    imports?: (DynamicModule | Type)[];
    providers?: Provider[];
    logger?: Logger;
    /** Database connections (default: the run's, one as on the embedded default). */
    poolSize?: number;
  } = {},
): Promise<PartnersKit> {
  const poolSize = options.poolSize ?? testPoolSize();
  const root = options.logger
    ? TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: databaseUrl(),
          poolSize,
          entities: [],
          applicationName: 'partners-test',
        }),
        autoLoadEntities: true,
        logger: options.logger,
        logging: ['query'],
      })
    : DatabaseModule.forRoot({
        url: databaseUrl(),
        poolSize,
        applicationName: 'partners-test',
      });
  const module = await Test.createTestingModule({
    imports: [root, PartnersModule, ...(options.imports ?? [])],
    providers: options.providers ?? [],
  }).compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    queries: module.get(PartnerInstitutionQueryService),
    creates: module.get(CreatePartnerInstitutionService),
    updates: module.get(UpdatePartnerInstitutionService),
    branches: module.get(PartnerBranchWriteService),
    agreements: module.get(PartnerAgreementWriteService),
    contacts: module.get(PartnerContactWriteService),
    counts: module.get(PartnerAgreementCountsService),
    users: module.get(CreatePartnerUserService),
    userDirectory: module.get(PartnerUserDirectoryService),
    userUpdates: module.get(UpdatePartnerUserService),
    userActivation: module.get(PartnerUserActivationService),
    close: () => module.close(),
  };
}

/** An institution of its own, with a unique name (the tag survives every normalisation). */
export function anInstitution(
  kit: PartnersKit,
  overrides: Partial<{
    type: PartnerType;
    name: string;
    hasHqStep: boolean;
    coveredPrefectureCodes: string[];
  }> = {},
): Promise<PartnerInstitutionEntity> {
  return kit.creates.create({
    type: PartnerType.FINANCIAL_INSTITUTION,
    name: `試験信用金庫${uniqueTag()}`,
    coveredPrefectureCodes: ['13'],
    ...overrides,
  });
}

/** A signed-in partner user of `institutionId`, as the guard would hand it to a resolver. */
export function partnerUser(
  role: Role.PARTNER_HQ | Role.PARTNER_BRANCH,
  institutionId: string | null,
): AuthUser {
  return { ...staffUser(role), partnerInstitutionId: institutionId };
}

/** The PartnerException a call ends in; fails the test when it succeeds or throws anything else. */
export async function rejection(work: Promise<unknown>): Promise<PartnerException> {
  try {
    await work;
  } catch (error) {
    if (error instanceof PartnerException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

/** Field errors as { field: message }. */
export function fieldMessages(error: PartnerException): Record<string, string> {
  return Object.fromEntries(error.fields.map((f) => [f.field, f.message]));
}
