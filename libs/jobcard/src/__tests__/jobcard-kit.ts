// The Job Card's integration tests, one kit for all: the Job Card with cases, matching and the talent bank behind one
// GraphQL endpoint on the real database (migrated by the Jest global setup), jobs in this process, the caller in a
// header with @Roles enforced as the application's guard does, and every module's refusal recorder composed as the
// API composes them. The Job Card's clock is fixed to the day a test names (the seed's 2025 examples) or today.
// Files share one database: every builder makes its own data unique.
import { Role, type AuthUser } from '@kakehashi/authz';
import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { CasesModule } from '@kakehashi/cases';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions } from '@kakehashi/database';
import { API_REFUSAL_RECORDER, composeRefusalRecorders } from '@kakehashi/graphql-core';
import { JobsModule } from '@kakehashi/jobs';
import { MatchingModule } from '@kakehashi/matching';
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
import { TrainingPlanRefusalRecorder } from '../access/training-plan-refusal.recorder';
import { JobcardClock } from '../jobcard-clock';
import { JobcardModule } from '../jobcard.module';

export { Role };
export { codeOf, dataOf, ok, reasonOf, type GqlResponse } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

/** "Today" for the Job Card's rules in these tests. */
export class FixedClock extends JobcardClock {
  constructor(private day: string) {
    super();
  }

  override today(): string {
    return this.day;
  }

  set(day: string): void {
    this.day = day;
  }
}

export interface JobcardKit {
  app: INestApplication;
  dataSource: DataSource;
  clock: FixedClock;
  gql<Data = { [key: string]: JsonValue }>(
    user: AuthUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<Data>>;
  /** A REST GET as `user`, the body buffered (for the Excel download). */
  get(user: AuthUser, path: string): Promise<request.Response>;
  close(): Promise<void>;
}

export async function startKit(today: string = todayInJapan()): Promise<JobcardKit> {
  const clock = new FixedClock(today);
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
      MatchingModule,
      TalentBankModule,
      JobcardModule,
      ...graphql.imports,
    ],
    providers: [
      ...graphql.providers,
      {
        provide: API_REFUSAL_RECORDER,
        useFactory: composeRefusalRecorders,
        inject: [PersonalDataRefusalRecorder, JobcardRefusalRecorder, TrainingPlanRefusalRecorder],
      },
    ],
  })
    .overrideProvider(JobcardClock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const client = new GraphqlTestClient(app);
  return {
    app,
    dataSource: app.get(DataSource),
    clock,
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

/** A company owned by the office of `officeCode`. */
export async function insertCompany(
  dataSource: DataSource,
  officeCode: string,
  { jsic = 'E', size = 'SME' }: { jsic?: string; size?: 'SME' | 'LARGE' } = {},
): Promise<string> {
  const name = `株式会社ジョブカード試験${uniqueTag()}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, $4, $5, $6, $7, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      randomCorporateNumber(),
      jsic,
      officeCode,
      size,
      await officeId(dataSource, officeCode),
    ],
  );
  return row.id;
}

/** A row of the Job Card access log as the tests read it. */
export interface AccessRow {
  action: string;
  operation: string;
  fields: string[];
  outcome: string;
  denialReason: string | null;
  recordId: string | null;
}

/** The access log rows of one actor, for one record (or any when `recordId` is null), oldest first. */
export async function accessLogOf(
  dataSource: DataSource,
  recordId: string | null,
  actorUserId: string,
): Promise<AccessRow[]> {
  return dataSource.query(
    `SELECT "action", "operation", "fields", "outcome", "denial_reason" AS "denialReason", "record_id" AS "recordId"
       FROM "jobcard_access_log"
      WHERE "actor_user_id" = $1 AND ($2::uuid IS NULL OR "record_id" = $2::uuid)
      ORDER BY "id"`,
    [actorUserId, recordId],
  );
}

/** A work-history entry as the talent bank's input takes it (Job Card months, YYYY-MM). */
export interface HistoryEntry {
  from: string;
  to: string;
  company: string;
  employmentKind?: string;
  field?: string;
}

/**
 * Registers a fictitious 64-year-old through the talent bank's API (the caller's office registers them), with the
 * work history given.
 */
export async function registerRegistrant(
  kit: JobcardKit,
  user: AuthUser,
  workHistory: HistoryEntry[] = [],
): Promise<string> {
  const tag = uniqueTag(6);
  const today = todayInJapan();
  const response = await kit.gql<{ registerTalentBankRegistrant: { id: string } }>(
    user,
    `mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }`,
    {
      input: {
        name: `試験${tag} 太郎`,
        kana: 'シケン タロウ',
        dateOfBirth: addDays(addMonths(today, -12 * 64), -17),
        phone: '090-0000-0000',
        email: `${tag}@example.jp`,
        address: `東京都千代田区試験町1-${tag}`,
        prefectureCode: '13',
        eligibilityReason: 'MANDATORY_RETIREMENT',
        consent: { givenOn: today, purposeVersion: '2026-11', method: 'WRITTEN' },
        career: {
          workHistory: workHistory.map((entry) => ({ duties: 'プレス加工', position: null, ...entry })),
          qualifications: [],
          skills: [],
          strengths: '',
        },
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

export interface Staff {
  tokyo: AuthUser;
  osaka: AuthUser;
  aichi: AuthUser;
  hq: AuthUser;
  admin: AuthUser;
  executive: AuthUser;
}

export async function staff(dataSource: DataSource): Promise<Staff> {
  return {
    tokyo: await insertUser(dataSource, Role.CONSULTANT, '13'),
    osaka: await insertUser(dataSource, Role.CONSULTANT, '27'),
    aichi: await insertUser(dataSource, Role.CONSULTANT, '23'),
    hq: await insertUser(dataSource, Role.HQ_COORDINATOR, 'HQ'),
    admin: await insertUser(dataSource, Role.ADMIN, null),
    executive: await insertUser(dataSource, Role.EXECUTIVE, null),
  };
}
