// The bulk upload's integration tests: ReferralImportsModule on this run's PostgreSQL (connected as the application
// role, so row-level security applies) with BullMQ on the run's Redis, this process being the worker. Each test makes
// its own institutions, branches and users.
import { Role, type AuthUser } from '@kakehashi/authz';
import { buildDataSourceOptions, inDatabaseScope } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { testPoolSize, uniqueTag } from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import type { DynamicModule, INestApplication, Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReferralImportStatus } from '../../referral-enums';
import { ReferralImportException } from '../referral-import.exception';
import { ReferralImportsModule } from '../referral-imports.module';
import { ReferralImportQueryService } from '../services/referral-import-query.service';
import type { ReferralImportRecord } from '../services/referral-import.records';
import { RunReferralImportService } from '../services/run-referral-import.service';
import { StartReferralImportService } from '../services/start-referral-import.service';
import { ValidateReferralImportService } from '../services/validate-referral-import.service';

export { uniqueTag } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export interface ImportsKit {
  module: TestingModule;
  /** With `http`: the Nest application over the module (initialised instead of the module, never both). */
  app: INestApplication | null;
  dataSource: DataSource;
  validation: ValidateReferralImportService;
  starts: StartReferralImportService;
  queries: ReferralImportQueryService;
  runs: RunReferralImportService;
  close(): Promise<void>;
}

export async function startImportsKit(
  options: {
    imports?: DynamicModule[];
    providers?: Provider[];
    http?: boolean;
    /** Another Redis prefix, and whether this process runs the jobs (default: it does, as the worker). */
    queue?: { prefix: string; runProcessors: boolean };
    /** A database of the test's own, as the application role (default: the run's, DATABASE_URL). */
    databaseUrl?: string;
  } = {},
): Promise<ImportsKit> {
  const module = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: options.databaseUrl ?? requiredEnv('DATABASE_URL'),
          // This module is both the API that takes uploads and the BullMQ worker that imports them, two processes
          // with a pool each in production: one connection each here (the in-process default is proven end to end).
          poolSize: testPoolSize(2),
          entities: [],
          applicationName: 'referral-imports-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: requiredEnv('REDIS_URL'),
        prefix: options.queue?.prefix ?? `${requiredEnv('REDIS_PREFIX')}:referral-imports:${uniqueTag()}`,
        runProcessors: options.queue?.runProcessors ?? true,
      }),
      ReferralImportsModule,
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  }).compile();
  // Initialising both the module and an application over it would start the queue's workers twice.
  const app = options.http ? module.createNestApplication({ logger: false }) : null;
  if (app) await app.init();
  else await module.init();
  return {
    module,
    app,
    dataSource: module.get(DataSource),
    validation: module.get(ValidateReferralImportService),
    starts: module.get(StartReferralImportService),
    queries: module.get(ReferralImportQueryService),
    runs: module.get(RunReferralImportService),
    close: () => (app ? app.close() : module.close()),
  };
}

export interface TestInstitution {
  id: string;
  name: string;
  hq: AuthUser;
  /** Branch name → id. */
  branches: Record<string, string>;
}

/** An institution of its own with a head office account and the named branches. */
export async function anInstitution(
  dataSource: DataSource,
  branchNames: string[] = [],
): Promise<TestInstitution> {
  const name = `試験信用金庫${uniqueTag()}`;
  const [{ id }] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO "partner_institutions" ("type", "name", "name_search_key", "version")
     VALUES ('FINANCIAL_INSTITUTION', $1, $2, 1) RETURNING "id"`,
    [name, companyNameSearchKey(name)],
  );
  const branches: Record<string, string> = {};
  for (const branch of branchNames) {
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version")
       VALUES ($1, $2, '13', 1) RETURNING "id"`,
      [id, branch],
    );
    branches[branch] = row.id;
  }
  return { id, name, branches, hq: await aUser(dataSource, Role.PARTNER_HQ, id) };
}

/** A real user row (referrals and notifications refer to it), as the guard would hand it to a resolver. */
export async function aUser(
  dataSource: DataSource,
  role: Role,
  institutionId: string | null = null,
  branchId: string | null = null,
): Promise<AuthUser> {
  const email = `${uniqueTag()}@kakehashi.example`;
  const name = `試験 ${uniqueTag(4)}`;
  const [{ id }] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO "users" ("email", "name", "role", "partner_institution_id", "partner_branch_id", "password_hash",
                          "version")
     VALUES ($1, $2, $3, $4, $5, 'not-a-hash', 1) RETURNING "id"`,
    [email, name, role, institutionId, branchId],
  );
  return {
    id,
    email,
    name,
    role,
    officeId: null,
    partnerInstitutionId: institutionId,
    partnerBranchId: branchId,
  };
}

/** What the Center sees (every institution's rows): the tests' view of what was written. */
export function asCenter<T>(kit: ImportsKit, work: (query: DataSource['query']) => Promise<T>): Promise<T> {
  return inDatabaseScope(kit.dataSource, { kind: 'center' }, (manager) => work(manager.query.bind(manager)));
}

export async function referralCount(kit: ImportsKit, institutionId: string): Promise<number> {
  return asCenter(kit, async (query) => {
    const [{ n }] = (await query(`SELECT count(*)::int AS "n" FROM "referrals" WHERE "institution_id" = $1`, [
      institutionId,
    ])) as { n: number }[];
    return n;
  });
}

export async function importCount(kit: ImportsKit, institutionId: string): Promise<number> {
  return asCenter(kit, async (query) => {
    const [{ n }] = (await query(
      `SELECT count(*)::int AS "n" FROM "referral_imports" WHERE "institution_id" = $1`,
      [institutionId],
    )) as { n: number }[];
    return n;
  });
}

/** Polls the import as its uploader sees it until the job has finished it. */
export async function finished(
  kit: ImportsKit,
  user: AuthUser,
  id: string,
  timeoutMs = 20_000,
): Promise<ReferralImportRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const record = await kit.queries.byId(user, id);
    if (record.status === ReferralImportStatus.COMPLETED || record.status === ReferralImportStatus.FAILED) {
      return record;
    }
    if (Date.now() > deadline) throw new Error(`import ${id} still ${record.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The ReferralImportException a call ends in; fails the test when it succeeds or throws anything else. */
export async function rejection(work: Promise<unknown>): Promise<ReferralImportException> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ReferralImportException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}
