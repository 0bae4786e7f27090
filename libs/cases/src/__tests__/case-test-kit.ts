// Builders and a Nest testing module for the case integration tests: real PostgreSQL (migrated by the Jest global
// setup) and real Redis. Files share one database, so every builder makes its own data unique.
import type { AuthUser } from '@kakehashi/authz';
import { Role } from '@kakehashi/authz';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { officeId, randomCorporateNumber, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import type { DynamicModule, Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CasesModule } from '../cases.module';
import { CaseException } from '../case.exception';

export { officeId, uniqueTag } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

/**
 * CasesModule as the API runs it, on the real database and queue. `inProcessJobs` runs jobs in this process without
 * Redis; otherwise BullMQ on the run's Redis prefix with this process as its worker.
 */
export async function casesTestingModule(
  options: {
    imports?: DynamicModule[];
    providers?: Provider[];
    overrides?: { provide: unknown; useValue: unknown }[];
    inProcessJobs?: boolean;
    redisPrefixSuffix?: string;
    /** Database connections (default: the run's, one as on the embedded default). */
    poolSize?: number;
  } = {},
): Promise<TestingModule> {
  let builder = Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: options.poolSize ?? testPoolSize(),
          entities: [],
          applicationName: 'cases-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: options.inProcessJobs ? null : requiredEnv('REDIS_URL'),
        prefix: `${requiredEnv('REDIS_PREFIX')}:cases:${options.redisPrefixSuffix ?? uniqueTag()}`,
        runProcessors: true,
      }),
      CasesModule,
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  });
  for (const override of options.overrides ?? []) {
    builder = builder.overrideProvider(override.provide).useValue(override.useValue);
  }
  const moduleRef = await builder.compile();
  await moduleRef.init();
  return moduleRef;
}

/** A real user row (cases refer to their consultants and authors), as the guard would hand it to a resolver. */
export async function insertUser(
  dataSource: DataSource,
  role: Role,
  officeCode: string | null = null,
): Promise<AuthUser> {
  const office = officeCode ? await officeId(dataSource, officeCode) : null;
  const email = `${uniqueTag()}@kakehashi.example`;
  const name = `試験 ${uniqueTag(4)}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "users" ("email", "name", "role", "office_id", "password_hash", "version")
     VALUES ($1, $2, $3, $4, 'not-a-hash', 1) RETURNING "id"`,
    [email, name, role, office],
  );
  return {
    id: row.id,
    email,
    name,
    role,
    officeId: office,
    partnerInstitutionId: null,
    partnerBranchId: null,
  };
}

export async function insertCompany(
  dataSource: DataSource,
  options: { officeCode: string; jsicMajorCode?: string },
): Promise<string> {
  const name = `株式会社案件試験${uniqueTag()}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, $4, $5, 'SME', $6, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      randomCorporateNumber(),
      options.jsicMajorCode ?? 'E',
      options.officeCode === 'HQ' ? '13' : options.officeCode,
      await officeId(dataSource, options.officeCode),
    ],
  );
  return row.id;
}

export interface OfferPairOptions {
  sendingOfficeCode?: string;
  receivingOfficeCode?: string;
  sendingJsic?: string;
  receivingJsic?: string;
  sendingMoveType?: 'SECONDMENT' | 'TRANSFER' | 'EITHER';
  acceptsSecondment?: boolean;
  acceptsTransfer?: boolean;
  sendingPeople?: number;
  receivingPeople?: number;
  desiredPeriodMonths?: number | null;
  earliestStartOn?: string | null;
  receivingPeriodMonths?: number | null;
}

/** A sending offer and a receiving offer of two new companies (Tokyo → Aichi by default). */
export async function insertOfferPair(
  dataSource: DataSource,
  options: OfferPairOptions = {},
): Promise<{
  sendingOfferId: string;
  receivingOfferId: string;
  sendingCompanyId: string;
  receivingCompanyId: string;
}> {
  const sendingOfficeCode = options.sendingOfficeCode ?? '13';
  const receivingOfficeCode = options.receivingOfficeCode ?? '23';
  const sendingCompanyId = await insertCompany(dataSource, {
    officeCode: sendingOfficeCode,
    jsicMajorCode: options.sendingJsic ?? 'E',
  });
  const receivingCompanyId = await insertCompany(dataSource, {
    officeCode: receivingOfficeCode,
    jsicMajorCode: options.receivingJsic ?? 'H',
  });
  const sendingPeople = options.sendingPeople ?? 3;
  const receivingPeople = options.receivingPeople ?? 3;
  const [sending]: { id: string }[] = await dataSource.query(
    `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
       "people_available", "reason", "occupation_code", "job_title", "desired_period_months", "earliest_start_on", "version")
     VALUES ($1, $2, '2026-10-01', $3, $4, $4, 'EMPLOYMENT_ADJUSTMENT', 'H', $5, $6, $7, 1) RETURNING "id"`,
    [
      sendingCompanyId,
      await officeId(dataSource, sendingOfficeCode),
      options.sendingMoveType ?? 'EITHER',
      sendingPeople,
      `製造工${uniqueTag()}`,
      options.desiredPeriodMonths === undefined ? 12 : options.desiredPeriodMonths,
      options.earliestStartOn ?? null,
    ],
  );
  const [receiving]: { id: string }[] = await dataSource.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "period_months",
       "workplace_prefecture_code", "version")
     VALUES ($1, $2, '2026-10-01', $3, $4, $5, $5, 'K', $6, $7, $8, 1) RETURNING "id"`,
    [
      receivingCompanyId,
      await officeId(dataSource, receivingOfficeCode),
      options.acceptsSecondment ?? true,
      options.acceptsTransfer ?? true,
      receivingPeople,
      `倉庫作業${uniqueTag()}`,
      options.receivingPeriodMonths === undefined ? 12 : options.receivingPeriodMonths,
      receivingOfficeCode === 'HQ' ? '13' : receivingOfficeCode,
    ],
  );
  return { sendingOfferId: sending.id, receivingOfferId: receiving.id, sendingCompanyId, receivingCompanyId };
}

export async function offerRemainders(
  dataSource: DataSource,
  pair: { sendingOfferId: string; receivingOfferId: string },
): Promise<{ sending: number; receiving: number; sendingStatus: string; receivingStatus: string }> {
  const [row]: { sending: number; receiving: number; sending_status: string; receiving_status: string }[] =
    await dataSource.query(
      `SELECT s.people_available AS sending, s.status AS sending_status, r.people_remaining AS receiving, r.status AS receiving_status
         FROM sending_offers s, receiving_offers r WHERE s.id = $1 AND r.id = $2`,
      [pair.sendingOfferId, pair.receivingOfferId],
    );
  return {
    sending: row.sending,
    receiving: row.receiving,
    sendingStatus: row.sending_status,
    receivingStatus: row.receiving_status,
  };
}

/** The refusal a use case threw (fails the test if it succeeded or threw something else). */
export async function refusal(promise: Promise<unknown>): Promise<CaseException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CaseException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

export { Role };
