// A Nest testing module for the referral integration tests on this run's PostgreSQL, connected the way the API is
// (the global setup's DATABASE_URL: the application role, bound by row-level security), with jobs run in-process.
// The files share one database: every builder makes its own institutions, users and companies, unique by a tag.
import { Role, type AuthUser } from '@kakehashi/authz';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { officeId, randomCorporateNumber, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import type { DynamicModule, Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type Logger } from 'typeorm';
import type { CreateReferralInput } from '../referrals/dtos/referral-content.inputs';
import { ReferralNeed } from '../referral-enums';
import { ReferralException } from '../referral.exception';
import { ReferralsModule } from '../referrals.module';

export { officeId, randomCorporateNumber, uniqueTag } from '@kakehashi/testing';
export { Role };

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export interface ReferralsKit {
  module: TestingModule;
  dataSource: DataSource;
  get<T>(type: new (...args: never[]) => T): T;
  close(): Promise<void>;
}

/** ReferralsModule as the API wires it; `imports` adds e.g. GraphQL, `logger` counts the SQL. */
export async function startReferralsKit(
  options: {
    imports?: DynamicModule[];
    providers?: Provider[];
    logger?: Logger;
    /** Database connections (default: the run's, one as on the embedded default). */
    poolSize?: number;
  } = {},
): Promise<ReferralsKit> {
  const module = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: options.poolSize ?? testPoolSize(),
          entities: [],
          applicationName: 'referrals-test',
        }),
        autoLoadEntities: true,
        ...(options.logger ? { logger: options.logger, logging: ['query' as const] } : {}),
      }),
      JobsModule.forRoot({
        redisUrl: null,
        prefix: `${requiredEnv('REDIS_PREFIX')}:referrals:${uniqueTag()}`,
        runProcessors: true,
      }),
      ReferralsModule,
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  }).compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    get: (type) => module.get(type),
    close: () => module.close(),
  };
}

/** A real user row (referrals, events and notifications refer to their users), as the guard would hand it over. */
export async function insertUser(
  dataSource: DataSource,
  role: Role,
  scope: { officeCode?: string; institutionId?: string; branchId?: string } = {},
): Promise<AuthUser> {
  const office = scope.officeCode ? await officeId(dataSource, scope.officeCode) : null;
  const email = `${uniqueTag()}@kakehashi.example`;
  const name = `試験 ${uniqueTag(4)}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "users" ("email", "name", "role", "office_id", "partner_institution_id", "partner_branch_id",
       "password_hash", "version")
     VALUES ($1, $2, $3, $4, $5, $6, 'not-a-hash', 1) RETURNING "id"`,
    [email, name, role, office, scope.institutionId ?? null, scope.branchId ?? null],
  );
  return {
    id: row.id,
    email,
    name,
    role,
    officeId: office,
    partnerInstitutionId: scope.institutionId ?? null,
    partnerBranchId: scope.branchId ?? null,
  };
}

export interface TestPartner {
  institutionId: string;
  name: string;
  branchIds: [string, string];
  hq: AuthUser;
  /** One user in each branch. */
  branchUsers: [AuthUser, AuthUser];
}

/** An institution with two branches, a head office account and one account per branch. */
export async function aPartner(
  dataSource: DataSource,
  options: { hasHqStep?: boolean } = {},
): Promise<TestPartner> {
  const name = `試験信用金庫${uniqueTag()}`;
  const [institution]: { id: string }[] = await dataSource.query(
    `INSERT INTO "partner_institutions" ("type", "name", "name_search_key", "has_hq_step", "covered_prefecture_codes",
       "version")
     VALUES ('FINANCIAL_INSTITUTION', $1, $2, $3, '{13}', 1) RETURNING "id"`,
    [name, companyNameSearchKey(name), options.hasHqStep ?? true],
  );
  const branchIds: string[] = [];
  for (const branch of ['新宿支店', '渋谷支店']) {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version")
       VALUES ($1, $2, '13', 1) RETURNING "id"`,
      [institution.id, branch],
    );
    branchIds.push(row.id);
  }
  const hq = await insertUser(dataSource, Role.PARTNER_HQ, { institutionId: institution.id });
  const branchUsers = await Promise.all(
    branchIds.map((branchId) =>
      insertUser(dataSource, Role.PARTNER_BRANCH, { institutionId: institution.id, branchId }),
    ),
  );
  return {
    institutionId: institution.id,
    name,
    branchIds: branchIds as [string, string],
    hq,
    branchUsers: branchUsers as [AuthUser, AuthUser],
  };
}

/** Center staff: a headquarters coordinator, consultants of Tokyo (13) and Osaka (27), an administrator. */
export async function centerStaff(dataSource: DataSource) {
  return {
    coordinator: await insertUser(dataSource, Role.HQ_COORDINATOR, { officeCode: 'HQ' }),
    tokyo: await insertUser(dataSource, Role.CONSULTANT, { officeCode: '13' }),
    osaka: await insertUser(dataSource, Role.CONSULTANT, { officeCode: '27' }),
    admin: await insertUser(dataSource, Role.ADMIN),
    executive: await insertUser(dataSource, Role.EXECUTIVE),
  };
}

/** A complete referral of a company of its own (unique name and corporate number). */
export function referralInput(overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return {
    clientName: `株式会社紹介試験${uniqueTag()}`,
    clientCorporateNumber: randomCorporateNumber(),
    clientJsicMajorCode: 'E',
    clientPrefectureCode: '13',
    clientSize: 'SME' as CreateReferralInput['clientSize'],
    clientEmployeeCount: 120,
    need: ReferralNeed.SURPLUS,
    surplusPeople: 3,
    shortagePeople: null,
    occupations: '製造ライン作業員',
    desiredStartOn: '2027-04-01',
    description: '受注減少のため、一時的に人員が余剰となっている。',
    consentObtainedOn: '2026-11-01',
    consentObtainedBy: '新宿支店 法人営業 田中',
    ...overrides,
  };
}

/** A company (and, if asked, an open sending and/or receiving offer of it) in `officeCode`'s region. */
export async function insertCompany(
  dataSource: DataSource,
  options: {
    name?: string;
    corporateNumber?: string | null;
    prefectureCode?: string;
    officeCode?: string;
    sendingOffer?: boolean;
    receivingOffer?: boolean;
    offerStatus?: 'OPEN' | 'IN_PROGRESS' | 'CLOSED';
  } = {},
): Promise<{ companyId: string; sendingOfferId: string | null; receivingOfferId: string | null }> {
  const name = options.name ?? `株式会社企業試験${uniqueTag()}`;
  const officeCode = options.officeCode ?? '13';
  const office = await officeId(dataSource, officeCode);
  const [company]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, 'E', $4, 'SME', $5, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      options.corporateNumber === undefined ? randomCorporateNumber() : options.corporateNumber,
      options.prefectureCode ?? '13',
      office,
    ],
  );
  let sendingOfferId: string | null = null;
  let receivingOfferId: string | null = null;
  if (options.sendingOffer) {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
         "people_available", "reason", "occupation_code", "job_title", "status", "version")
       VALUES ($1, $2, '2026-10-01', 'EITHER', 3, 3, 'EMPLOYMENT_ADJUSTMENT', 'H', $3, $4, 1) RETURNING "id"`,
      [company.id, office, `製造工${uniqueTag()}`, options.offerStatus ?? 'OPEN'],
    );
    sendingOfferId = row.id;
  }
  if (options.receivingOffer) {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
         "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "period_months",
         "workplace_prefecture_code", "status", "version")
       VALUES ($1, $2, '2026-10-01', true, true, 2, 2, 'K', $3, 12, $4, $5, 1) RETURNING "id"`,
      [
        company.id,
        office,
        `倉庫作業${uniqueTag()}`,
        options.prefectureCode ?? '13',
        options.offerStatus ?? 'OPEN',
      ],
    );
    receivingOfferId = row.id;
  }
  return { companyId: company.id, sendingOfferId, receivingOfferId };
}

/** The notifications `userId` received about `referralId`, oldest first. */
export async function notificationsOf(
  dataSource: DataSource,
  userId: string,
  referralId: string,
): Promise<{ kind: string; title: string; body: string }[]> {
  return dataSource.query(
    `SELECT "kind", "title", "body" FROM "notifications"
      WHERE "user_id" = $1 AND "subject_type" = 'REFERRAL' AND "subject_id" = $2
      ORDER BY "created_at", "id"`,
    [userId, referralId],
  );
}

/** The ReferralException a call ends in; fails the test when it succeeds or throws anything else. */
export async function refusal(work: Promise<unknown>): Promise<ReferralException> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ReferralException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

/** A case row between two offers (what a consultant opens from a match), in its first stage. */
export async function insertCase(
  dataSource: DataSource,
  c: {
    sendingOfferId: string;
    receivingOfferId: string;
    sendingOfficeCode: string;
    receivingOfficeCode: string;
  },
  createdBy: AuthUser,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "cases" ("move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
       "receiving_office_id", "people_planned", "stage", "created_by_user_id", "updated_by_user_id", "version")
     VALUES ('SECONDMENT', $1, $2, $3, $4, 1, 'INFORMATION_COLLECTION', $5, $5, 1) RETURNING "id"`,
    [
      c.sendingOfferId,
      c.receivingOfferId,
      await officeId(dataSource, c.sendingOfficeCode),
      await officeId(dataSource, c.receivingOfficeCode),
      createdBy.id,
    ],
  );
  return row.id;
}
