// The Job Card's integration tests: JobcardModule (with the talent bank it reads), CasesModule and MatchingModule
// behind the GraphQL endpoint of @kakehashi/testing (the API's schema, guard, validation and error filter, every
// module's refusal recorder), on the real database migrated by the Jest global setup. Files share the database: every
// builder makes its own data unique. The modules' refusal recorders are composed as the API composes them. The Job Card's clock is fixed so the rules judge the seed's 2025 dates alike.
import { Role, type AuthUser } from '@kakehashi/authz';
import { CasesModule } from '@kakehashi/cases';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions } from '@kakehashi/database';
import { API_REFUSAL_RECORDER, composeRefusalRecorders } from '@kakehashi/graphql-core';
import { JobsModule } from '@kakehashi/jobs';
import { MatchingModule } from '@kakehashi/matching';
import { PersonalDataRefusalRecorder, TalentBankModule } from '@kakehashi/talent-bank';
import {
  GraphqlTestClient,
  graphqlTestModule,
  officeId,
  randomCorporateNumber,
  testPoolSize,
  uniqueTag,
  type GqlResponse,
  type JsonValue,
} from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
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
  close(): Promise<void>;
}

export async function startJobcardKit(today = '2025-02-01'): Promise<JobcardKit> {
  const clock = new FixedClock(today);
  // The talent bank seals personal data; one key for the run, as its own tests use.
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
        runProcessors: false,
      }),
      CasesModule,
      MatchingModule,
      TalentBankModule,
      JobcardModule,
      ...graphql.imports,
    ],
    providers: [
      ...graphql.providers,
      // As the API composes them: each module's refusals go to its own access log.
      {
        provide: API_REFUSAL_RECORDER,
        useFactory: composeRefusalRecorders,
        inject: [PersonalDataRefusalRecorder, TrainingPlanRefusalRecorder],
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
    gql<Data>(user: AuthUser, query: string, variables: Record<string, unknown> = {}) {
      return client.gql<Data>(user, query, variables);
    },
    close: () => app.close(),
  };
}

/** A real user row (plans and the access log refer to their users). */
export async function insertUser(
  dataSource: DataSource,
  role: Role,
  officeCode: string | null,
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

/** A company owned by the office of `officeCode`. */
export async function insertCompany(
  dataSource: DataSource,
  officeCode: string,
  size: 'SME' | 'LARGE' = 'SME',
): Promise<string> {
  const name = `株式会社ジョブカード試験${uniqueTag()}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number",
       "jsic_major_code", "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, 'E', $4, $5, $6, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      randomCorporateNumber(),
      officeCode,
      size,
      await officeId(dataSource, officeCode),
    ],
  );
  return row.id;
}
