// The talent bank's integration tests: TalentBankModule behind a GraphQL endpoint on the real database (migrated and
// seeded by the Jest global setup) and, when asked, BullMQ on the real Redis with this process as the worker. The
// caller comes in a header and @Roles are enforced as the application's guard does (same refusal reason). A clock the
// tests move stands for "today". Files share one database: every builder makes its own data unique.
import { Role, type AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import {
  GraphqlTestClient,
  graphqlTestModule,
  officeId,
  testPoolSize,
  uniqueTag,
  type GqlResponse,
  type JsonValue,
} from '@kakehashi/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankModule } from '../talent-bank.module';

export { Role };
export { codeOf, dataOf, ok, reasonOf, type GqlResponse, type JsonValue } from '@kakehashi/testing';
export * from './talent-bank-fixtures';
import { usersOfThisFile } from './talent-bank-fixtures';

/** Real time, shifted by whole days: "today" for the talent bank. */
export class ShiftedClock extends TalentBankClock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on today is `day` (the time of day runs on). */
  setToday(day: string): void {
    this.offsetMs = 0;
    const shift = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${todayInJapan()}T00:00:00Z`);
    this.offsetMs = shift;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export interface TalentBankKit {
  app: INestApplication;
  dataSource: DataSource;
  clock: ShiftedClock;
  /** The key the kit's config seals personal data with (base64). */
  encryptionKey: string;
  /** Sends an operation as `user`; `Data` is the shape the query selects. */
  gql<Data = { [key: string]: JsonValue }>(
    user: AuthUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<Data>>;
  close(): Promise<void>;
}

export interface KitOptions {
  /** BullMQ on the run's Redis (this process as worker); otherwise jobs run in-process. */
  redis?: boolean;
  /** Database connections (default: the run's, one unless TEST_DATABASE_POOL_SIZE says more). */
  poolSize?: number;
  env?: Record<string, string>;
}

export async function startKit(options: KitOptions = {}): Promise<TalentBankKit> {
  const clock = new ShiftedClock();
  // One key for the whole run: the files share the database, and a list shows every file's registrants.
  const encryptionKey = createHash('sha256')
    .update(`talent-bank-test-key:${requiredEnv('REDIS_PREFIX')}`)
    .digest('base64');
  const config = validateEnvironment(
    {
      NODE_ENV: 'test',
      TALENT_BANK_ENCRYPTION_KEY: encryptionKey,
      TALENT_BANK_SWEEP_CRON: '',
      ...options.env,
    },
    process.cwd(),
  );
  const graphql = graphqlTestModule();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: options.poolSize ?? testPoolSize(),
          entities: [],
          applicationName: 'talent-bank-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: options.redis ? requiredEnv('REDIS_URL') : null,
        prefix: `${requiredEnv('REDIS_PREFIX')}:talent-bank:${uniqueTag()}`,
        runProcessors: true,
      }),
      // Its API_REFUSAL_RECORDER reaches the shared ApiErrorsFilter: refusals are written to the access log.
      TalentBankModule,
      ...graphql.imports,
    ],
    providers: graphql.providers,
  })
    .overrideProvider(TalentBankClock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const client = new GraphqlTestClient(app);
  return {
    app,
    dataSource: app.get(DataSource),
    clock,
    encryptionKey,
    gql<Data>(user: AuthUser, query: string, variables: Record<string, unknown> = {}) {
      return client.gql<Data>(user, query, variables);
    },
    close: () => app.close(),
  };
}

/** A real user row (the access log and the registrants refer to their users). */
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
  usersOfThisFile.add(row.id);
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
  hq: AuthUser;
  admin: AuthUser;
  executive: AuthUser;
  partner: AuthUser;
}

/** One user per role (consultants of Tokyo and Osaka). The partner user is a staff row given a partner role. */
export async function staff(dataSource: DataSource): Promise<Staff> {
  return {
    tokyo: await insertUser(dataSource, Role.CONSULTANT, '13'),
    osaka: await insertUser(dataSource, Role.CONSULTANT, '27'),
    hq: await insertUser(dataSource, Role.HQ_COORDINATOR, 'HQ'),
    admin: await insertUser(dataSource, Role.ADMIN),
    executive: await insertUser(dataSource, Role.EXECUTIVE),
    partner: { ...(await insertUser(dataSource, Role.ADMIN)), role: Role.PARTNER_HQ },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `until` holds, or fails with the last value seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  until: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!until(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not reached in ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    await sleep(100);
    last = await read();
  }
  return last;
}
