// The talent bank's integration tests: TalentBankModule behind a GraphQL endpoint on the real database (migrated and
// seeded by the Jest global setup) and, when asked, BullMQ on the real Redis with this process as the worker. The
// caller comes in a header and @Roles are enforced as the application's guard does (same refusal reason). A clock the
// tests move stands for "today". Files share one database: every builder makes its own data unique.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { PUBLIC_METADATA, requestOf, Role, ROLES_METADATA, type AuthUser } from '@kakehashi/authz';
import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions } from '@kakehashi/database';
import {
  createInputValidationPipe,
  ForbiddenError,
  formatGraphqlError,
  RequestLoaders,
  UnauthenticatedError,
  type GraphqlContext,
  ApiErrorsFilter,
} from '@kakehashi/graphql-core';
import { JobsModule } from '@kakehashi/jobs';
import { officeId, randomCorporateNumber, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import { Injectable, type CanActivate, type ExecutionContext, type INestApplication } from '@nestjs/common';
import { APP_GUARD, APP_PIPE, Reflector, APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankModule } from '../talent-bank.module';

export { Role };

// Response shapes are checked by the assertions themselves.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GqlResponse {
  data?: Record<string, Json> | null;
  errors?: { message: string; extensions: Record<string, Json>; path?: string[] }[];
}

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

/** As the application's AuthGuard: the caller from a header, @Roles enforced, the same refusal reason. */
@Injectable()
class TestAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;
    const req = requestOf(context);
    const header = req.headers['x-test-user'];
    if (typeof header !== 'string') throw new UnauthenticatedError();
    req.user = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as AuthUser;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (!roles?.includes(req.user.role)) throw new ForbiddenError(undefined, { reason: 'ROLE_NOT_ALLOWED' });
    return true;
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
  gql(user: AuthUser, query: string, variables?: Record<string, unknown>): Promise<GqlResponse>;
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
  const graphql = GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    autoSchemaFile: true,
    context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({
      req,
      loaders: new RequestLoaders(),
    }),
    formatError: (formatted) => formatGraphqlError(formatted, false, () => undefined),
  });
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
      TalentBankModule,
      graphql,
    ],
    providers: [
      { provide: APP_GUARD, useClass: TestAuthGuard },
      { provide: APP_PIPE, useFactory: createInputValidationPipe },
      { provide: APP_FILTER, useClass: ApiErrorsFilter },
    ],
  })
    .overrideProvider(TalentBankClock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return {
    app,
    dataSource: app.get(DataSource),
    clock,
    encryptionKey,
    async gql(user, query, variables = {}) {
      const response = await request(app.getHttpServer())
        .post('/graphql')
        .set('x-test-user', Buffer.from(JSON.stringify(user)).toString('base64url'))
        .send({ query, variables });
      return response.body as GqlResponse;
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

/** Katakana letters only: a unique family name that survives every normalisation (ア..ン). */
export function uniqueKana(length = 6): string {
  return Array.from(randomBytes(length), (b) => String.fromCharCode(0x30a2 + (b % 80))).join('');
}

export interface Person {
  /** The day the person is described for (their consent is given that day). */
  today: string;
  name: string;
  kana: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  address: string;
}

/** A fictitious person unique to the test: 64 years old today by default. */
export function person(today: string, years = 64): Person {
  const tag = uniqueTag(6);
  const digits = Array.from(randomBytes(8), (b) => String(b % 10)).join('');
  return {
    today,
    name: `試験${tag} 太郎`,
    kana: `シケン${uniqueKana()} タロウ`,
    dateOfBirth: addDays(addMonths(today, -12 * years), -17),
    phone: `090-${digits.slice(0, 4)}-${digits.slice(4, 8)}`,
    email: `${tag}@example.jp`,
    address: `東京都千代田区試験町${digits.slice(0, 3)}-${tag}`,
  };
}

export function registerInput(who: Person, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: who.name,
    kana: who.kana,
    dateOfBirth: who.dateOfBirth,
    phone: who.phone,
    email: who.email,
    address: who.address,
    prefectureCode: '13',
    eligibilityReason: 'MANDATORY_RETIREMENT',
    consent: { givenOn: who.today, purposeVersion: '2026-11', method: 'WRITTEN' },
    career: {
      workHistory: [
        {
          from: '1985-04',
          to: '2026-03',
          company: '試験化学株式会社',
          duties: '経理・決算・税務申告',
          position: '経理部長',
        },
      ],
      qualifications: ['日商簿記2級'],
      skills: ['Excel'],
      strengths: '決算業務の取りまとめ',
    },
    wishes: {
      occupationCodes: ['C'],
      workingStyle: 'PART_TIME',
      daysPerWeek: 3,
      hoursPerDay: 6,
      monthlyWage: 180000,
      maxPhysicalDemand: 'MODERATE',
    },
    ...extra,
  };
}

export const REGISTER = `mutation ($input: RegisterTalentBankRegistrantInput!) {
  registerTalentBankRegistrant(input: $input) {
    id status version name kana dateOfBirth age phone email address ageBandAtRegistration
    career { qualifications { label key } skills { label } workHistory { company } }
    wishes { occupationCodes }
  }
}`;

/** Registers through the API and returns the registrant's id and version. */
export async function register(
  kit: TalentBankKit,
  user: AuthUser,
  who: Person,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const response = await kit.gql(user, REGISTER, { input: registerInput(who, extra) });
  const registered = response.data?.['registerTalentBankRegistrant'];
  if (!registered) throw new Error(`registration failed: ${JSON.stringify(response.errors)}`);
  return { id: registered.id, version: registered.version };
}

export async function insertCompany(dataSource: DataSource, officeCode = '13'): Promise<string> {
  const name = `株式会社人材試験${uniqueTag()}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, 'E', $4, 'SME', $5, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      randomCorporateNumber(),
      officeCode,
      await officeId(dataSource, officeCode),
    ],
  );
  return row.id;
}

export interface OfferSpec {
  officeCode?: string;
  prefectureCode?: string;
  occupationCode?: string;
  acceptsTransfer?: boolean;
  acceptsSecondment?: boolean;
  people?: number;
  monthlyWage?: number | null;
  requiredSkills?: { label: string; key: string }[];
  startBy?: string | null;
}

/** A receiving offer of a new company (Tokyo, clerical, accepting a transfer by default). */
export async function insertReceivingOffer(
  dataSource: DataSource,
  spec: OfferSpec = {},
): Promise<{ id: string; companyId: string }> {
  const officeCode = spec.officeCode ?? '13';
  const companyId = await insertCompany(dataSource, officeCode);
  const required = (spec.requiredSkills ?? []).map((s) => ({ skillId: null, ...s }));
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "required_skills",
       "required_skill_keys", "monthly_wage", "workplace_prefecture_code", "start_by", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9::jsonb, $10::text[], $11, $12, $13, 1) RETURNING "id"`,
    [
      companyId,
      await officeId(dataSource, officeCode),
      todayInJapan(),
      spec.acceptsSecondment ?? false,
      spec.acceptsTransfer ?? true,
      spec.people ?? 2,
      spec.occupationCode ?? 'C',
      `シニア歓迎の事務${uniqueTag(4)}`,
      JSON.stringify(required),
      required.map((s) => s.key),
      spec.monthlyWage === undefined ? 200000 : spec.monthlyWage,
      spec.prefectureCode ?? '13',
      spec.startBy === undefined ? null : spec.startBy,
    ],
  );
  return { id: row.id, companyId };
}

export const SAVE_OPENING = `mutation ($input: SeniorOpeningInput!) {
  saveSeniorOpening(input: $input) { receivingOfferId version workingStyle physicalDemand wageMin wageMax }
}`;

/** All the access log rows about a registrant, oldest first. */
export async function accessLogOf(
  dataSource: DataSource,
  registrantId: string,
): Promise<
  {
    actorUserId: string;
    action: string;
    operation: string;
    fields: string[];
    outcome: string;
    denialReason: string | null;
    clientIp: string | null;
  }[]
> {
  return dataSource.query(
    `SELECT "actor_user_id" AS "actorUserId", "action", "operation", "fields", "outcome",
            "denial_reason" AS "denialReason", "client_ip" AS "clientIp"
       FROM "talent_bank_access_log" WHERE "registrant_id" = $1 ORDER BY "id"`,
    [registrantId],
  );
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
