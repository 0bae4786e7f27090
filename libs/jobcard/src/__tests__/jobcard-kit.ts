// The Job Card's integration tests: the Job Card with cases and the talent bank behind one GraphQL endpoint on the
// real database (migrated by the Jest global setup), jobs in this process, the caller in a header with @Roles enforced
// as the application's guard does, and both modules' refusal recorders composed as the API composes them. Files share
// one database: every builder makes its own data unique.
import { Role, type AuthUser } from '@kakehashi/authz';
import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { CasesModule } from '@kakehashi/cases';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions } from '@kakehashi/database';
import { API_REFUSAL_RECORDER, composeRefusalRecorders } from '@kakehashi/graphql-core';
import { JobsModule } from '@kakehashi/jobs';
import { PersonalDataRefusalRecorder, TalentBankModule } from '@kakehashi/talent-bank';
import {
  ok,
  GraphqlTestClient,
  graphqlTestModule,
  officeId,
  randomCorporateNumber,
  testPoolSize,
  testUserHeader,
  uniqueTag,
  type GqlResponse,
  type JsonValue,
} from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobcardRefusalRecorder } from '../access/jobcard-refusal.recorder';
import { JobcardModule } from '../jobcard.module';

export { Role };
export { codeOf, ok, reasonOf, type GqlResponse } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export interface JobcardKit {
  app: INestApplication;
  dataSource: DataSource;
  gql<Data = { [key: string]: JsonValue }>(
    user: AuthUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<Data>>;
  /** A REST GET as `user`, the body buffered (for the Excel download). */
  get(user: AuthUser, path: string): Promise<request.Response>;
  close(): Promise<void>;
}

export async function startKit(): Promise<JobcardKit> {
  const encryptionKey = createHash('sha256')
    .update(`talent-bank-test-key:${requiredEnv('REDIS_PREFIX')}`)
    .digest('base64');
  const config = validateEnvironment(
    { NODE_ENV: 'test', TALENT_BANK_ENCRYPTION_KEY: encryptionKey, TALENT_BANK_SWEEP_CRON: '' },
    process.cwd(),
  );
  const graphql = graphqlTestModule();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: testPoolSize(),
          entities: [],
          applicationName: 'jobcard-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: null,
        prefix: `${requiredEnv('REDIS_PREFIX')}:jobcard:${uniqueTag()}`,
        runProcessors: true,
      }),
      CasesModule,
      TalentBankModule,
      JobcardModule,
      ...graphql.imports,
    ],
    providers: [
      ...graphql.providers,
      {
        provide: API_REFUSAL_RECORDER,
        useFactory: composeRefusalRecorders,
        inject: [PersonalDataRefusalRecorder, JobcardRefusalRecorder],
      },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const client = new GraphqlTestClient(app);
  return {
    app,
    dataSource: app.get(DataSource),
    gql: (user, query, variables = {}) => client.gql(user, query, variables),
    get: (user, path) =>
      request(app.getHttpServer())
        .get(path)
        .set('x-test-user', testUserHeader(user))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        }),
    close: () => app.close(),
  };
}

/** A real user row (sheets and the access log refer to their users). */
export async function insertUser(
  dataSource: DataSource,
  role: Role,
  officeCode: string | null = null,
): Promise<AuthUser> {
  const office = officeCode ? await officeId(dataSource, officeCode) : null;
  const email = `${uniqueTag()}@kakehashi.example`;
  const name = `試験 ${uniqueTag(4)}`;
  // A partner's headquarters user belongs to an institution: the seeded one.
  const [institution]: { id: string }[] =
    role === Role.PARTNER_HQ
      ? await dataSource.query(`SELECT "id" FROM "partner_institutions" ORDER BY "id" LIMIT 1`)
      : [];
  const partnerInstitutionId = institution?.id ?? null;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "users" ("email", "name", "role", "office_id", "partner_institution_id", "password_hash", "version")
     VALUES ($1, $2, $3, $4, $5, 'not-a-hash', 1) RETURNING "id"`,
    [email, name, role, office, partnerInstitutionId],
  );
  return { id: row.id, email, name, role, officeId: office, partnerInstitutionId, partnerBranchId: null };
}

export async function insertCompany(dataSource: DataSource, officeCode: string, jsic = 'E'): Promise<string> {
  const name = `株式会社評価試験${uniqueTag()}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, $4, $5, 'SME', $6, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      randomCorporateNumber(),
      jsic,
      officeCode,
      await officeId(dataSource, officeCode),
    ],
  );
  return row.id;
}

/** A sending offer (Tokyo) and a receiving offer (Aichi) of two new companies; the sending reason as given. */
export async function insertOfferPair(
  dataSource: DataSource,
  reason: 'SKILLS_DEVELOPMENT' | 'EMPLOYMENT_ADJUSTMENT',
): Promise<{ sendingOfferId: string; receivingOfferId: string }> {
  const sendingCompanyId = await insertCompany(dataSource, '13');
  const receivingCompanyId = await insertCompany(dataSource, '23', 'H');
  const [sending]: { id: string }[] = await dataSource.query(
    `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
       "people_available", "reason", "occupation_code", "job_title", "desired_period_months", "version")
     VALUES ($1, $2, '2026-06-01', 'SECONDMENT', 1, 1, $3, 'H', $4, 12, 1) RETURNING "id"`,
    [sendingCompanyId, await officeId(dataSource, '13'), reason, `製造工${uniqueTag()}`],
  );
  const [receiving]: { id: string }[] = await dataSource.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "period_months",
       "workplace_prefecture_code", "version")
     VALUES ($1, $2, '2026-06-01', true, false, 1, 1, 'E', $3, 12, '23', 1) RETURNING "id"`,
    [receivingCompanyId, await officeId(dataSource, '23'), `プレス加工${uniqueTag()}`],
  );
  return { sendingOfferId: sending.id, receivingOfferId: receiving.id };
}

/** The access log rows of a record, oldest first. */
export async function accessLogOf(
  dataSource: DataSource,
  recordId: string | null,
  actorUserId: string,
): Promise<
  { action: string; operation: string; fields: string[]; outcome: string; denial_reason: string | null }[]
> {
  return dataSource.query(
    `SELECT "action", "operation", "fields", "outcome", "denial_reason" FROM "jobcard_access_log"
      WHERE "record_id" IS NOT DISTINCT FROM $1 AND "actor_user_id" = $2 ORDER BY "id"`,
    [recordId, actorUserId],
  );
}

/** Registers a fictitious 64-year-old through the talent bank's API (the caller's office registers them). */
export async function registerRegistrant(kit: JobcardKit, user: AuthUser): Promise<string> {
  const tag = uniqueTag(6);
  const response = await kit.gql<{ registerTalentBankRegistrant: { id: string } }>(
    user,
    `mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }`,
    {
      input: {
        name: `試験${tag} 太郎`,
        kana: 'シケン タロウ',
        dateOfBirth: addDays(addMonths(todayInJapan(), -12 * 64), -17),
        phone: '090-0000-0000',
        email: `${tag}@example.jp`,
        address: `東京都千代田区試験町1-${tag}`,
        prefectureCode: '13',
        eligibilityReason: 'MANDATORY_RETIREMENT',
        consent: { givenOn: todayInJapan(), purposeVersion: '2026-11', method: 'WRITTEN' },
        career: { workHistory: [], qualifications: [], skills: [], strengths: '' },
        wishes: {
          occupationCodes: ['C'],
          workingStyle: 'PART_TIME',
          daysPerWeek: 3,
          hoursPerDay: 6,
          monthlyWage: 180000,
          maxPhysicalDemand: 'MODERATE',
        },
      },
    },
  );
  return ok(response).registerTalentBankRegistrant.id;
}
