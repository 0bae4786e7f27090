// A Nest testing module for batch assignment (real PostgreSQL, real job queue) and helpers around runs.
//
// Offices owned by these tests: 36 and 40–47 (四国 and 九州・沖縄). Other matching and offers tests keep away from
// them, so a run of one of these offices sees only the offers the test made. Whole-country runs use a scratch
// database of their own.
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions, migrateDatabase, withDataSource } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { seedOffersReferenceData } from '@kakehashi/offers';
import { seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase, testPoolSize } from '@kakehashi/testing';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MatchEngine } from '../../engine';
import { DEFAULT_MATCHING_SETTINGS } from '../../engine/factor-weights';
import { MatchProfileLoader } from '../../profiles/match-profile.loader';
import { DEFAULT_PROPOSAL_FLOOR, type ProposalFloor } from '../../settings/proposal-floor';
import { AssignmentProposalEntity } from '../assignment-proposal.entity';
import { AssignmentRunEntity, AssignmentRunStatus } from '../assignment-run.entity';
import { AssignmentModule } from '../assignment.module';
import { AssignmentProblemBuilder, exactFlow, type Candidate } from '../solver';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export interface AssignmentModuleOptions {
  /** Default: the Jest run's database. */
  databaseUrl?: string;
  /** 'bullmq' (the test Redis) or 'in-process'. */
  driver: 'bullmq' | 'in-process';
  /** Consume jobs in this module (as apps/worker does). */
  runJobs: boolean;
  /** An application config (the nightly schedule reads it); none by default. */
  env?: Record<string, string>;
}

/**
 * AssignmentModule as an app runs it. Each module gets a Redis prefix of its own, so a module consuming jobs only
 * ever takes the runs its own test queued.
 */
export async function assignmentTestingModule(options: AssignmentModuleOptions): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ...(options.env ? [ConfigModule.forRoot(validateEnvironment(options.env, process.cwd()))] : []),
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: options.databaseUrl ?? requiredEnv('DATABASE_URL'),
          poolSize: testPoolSize(),
          entities: [],
          applicationName: 'assignment-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: options.driver === 'bullmq' ? requiredEnv('REDIS_URL') : null,
        prefix: `${requiredEnv('REDIS_PREFIX')}:assignment-${randomBytes(3).toString('hex')}`,
        runProcessors: options.runJobs,
      }),
      AssignmentModule,
    ],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return moduleRef;
}

/** A database of the test's own, migrated and seeded with reference data (offices, prefectures, occupations). */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const scratch = await createScratchDatabase();
  await withDataSource(scratch.url, async (dataSource) => {
    await migrateDatabase(dataSource);
    await seedReferenceData(dataSource);
    await seedOffersReferenceData(dataSource);
  });
  return scratch;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function readRun(dataSource: DataSource, id: string): Promise<AssignmentRunEntity> {
  return dataSource.getRepository(AssignmentRunEntity).findOneByOrFail({ id });
}

/** Polls the run row until `until` holds; every state seen is recorded (to check progress while it runs). */
export async function waitForRun(
  dataSource: DataSource,
  id: string,
  until: (run: AssignmentRunEntity) => boolean,
  options: { timeoutMs?: number; seen?: AssignmentRunEntity[]; everyMs?: number } = {},
): Promise<AssignmentRunEntity> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let last: AssignmentRunEntity | null = null;
  while (Date.now() < deadline) {
    last = await readRun(dataSource, id);
    options.seen?.push(last);
    if (until(last)) return last;
    await sleep(options.everyMs ?? 20);
  }
  throw new Error(`run ${id} did not reach the expected state in time; last: ${JSON.stringify(last)}`);
}

export const finished = (run: AssignmentRunEntity) =>
  [AssignmentRunStatus.COMPLETED, AssignmentRunStatus.CANCELLED, AssignmentRunStatus.FAILED].includes(
    run.status,
  );

export async function proposalsOf(
  dataSource: DataSource,
  runId: string,
): Promise<AssignmentProposalEntity[]> {
  return dataSource.getRepository(AssignmentProposalEntity).find({
    where: { runId },
    order: { sendingOfferId: 'ASC', receivingOfferId: 'ASC' },
  });
}

/**
 * The exact optimum of an office's problem over EVERY pair a run may propose (scored by the engine with the default
 * settings, at or above the proposal floor, dismissed pairs left out): what a run's total must not exceed and its
 * upper bound must not undercut.
 */
export async function exactOptimumOfOffice(
  dataSource: DataSource,
  officeId: string,
  floor: ProposalFloor = DEFAULT_PROPOSAL_FLOOR,
): Promise<number> {
  const loader = new MatchProfileLoader(dataSource);
  const [reference, sending, receiving, dismissed] = await Promise.all([
    loader.loadReference(),
    loader.loadSending({ officeIds: [officeId] }),
    loader.loadReceiving({ officeIds: [officeId] }),
    dataSource.query<{ s: string; r: string }[]>(
      `SELECT "sending_offer_id" AS "s", "receiving_offer_id" AS "r" FROM "match_decisions"
        WHERE "decision" = 'DISMISSED'`,
    ),
  ]);
  const engine = new MatchEngine(reference, {
    weights: DEFAULT_MATCHING_SETTINGS.weights,
    excludeMissingRequired: floor.excludeMissingRequired,
  });
  const dismissedPairs = new Set(dismissed.map((d) => `${d.s}>${d.r}`));
  const builder = new AssignmentProblemBuilder(receiving.map((r) => r.people));
  for (const s of sending) {
    const candidates: Candidate[] = [];
    receiving.forEach((r, target) => {
      const score = engine.score(s, r);
      if (score !== null && score >= floor.minimumScore && !dismissedPairs.has(`${s.id}>${r.id}`))
        candidates.push({ target, score });
    });
    builder.addSupplier(s.people, candidates, 0);
  }
  return (await exactFlow(builder.build())).total;
}

/** People proposed per sending and per receiving offer of a run. */
export function peoplePerSide(proposals: readonly AssignmentProposalEntity[]): {
  sent: Map<string, number>;
  received: Map<string, number>;
} {
  const sent = new Map<string, number>();
  const received = new Map<string, number>();
  for (const p of proposals) {
    sent.set(p.sendingOfferId, (sent.get(p.sendingOfferId) ?? 0) + p.people);
    received.set(p.receivingOfferId, (received.get(p.receivingOfferId) ?? 0) + p.people);
  }
  return { sent, received };
}

/**
 * Many offers at once (set-based SQL): `sending` × people 1..3 and `receiving` × places 1..2 for one office, with
 * job titles and occupations varied so that scores differ. For runs long enough to watch and to cancel.
 */
export async function insertManyOffers(
  dataSource: DataSource,
  options: { officeCode: string; prefectureCode: string; sending: number; receiving: number; tag: string },
): Promise<void> {
  const titles = [
    '製造ラインのオペレーター',
    'フォークリフトによる倉庫内作業',
    '介護職員',
    '営業事務',
    '大型トラックの運転手',
    '調理補助',
    '機械の保守点検',
    '検品・梱包',
  ];
  const occupations = ['H', 'J', 'E', 'C', 'I', 'F', 'K', 'H'];
  const companies = await dataSource.query<{ id: string }[]>(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "jsic_major_code", "prefecture_code", "size",
       "owning_office_id", "version")
     SELECT '株式会社一括試験' || $1 || g, '一括試験' || $1 || g, 'E', $2, 'SME',
            (SELECT "id" FROM "offices" WHERE "code" = $3), 1
       FROM generate_series(1, 20) g
     RETURNING "id"`,
    [options.tag, options.prefectureCode, options.officeCode],
  );
  const companyIds = companies.map((c) => c.id);
  await dataSource.query(
    `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
       "people_available", "reason", "occupation_code", "job_title", "monthly_wage", "desired_period_months",
       "version")
     SELECT ($1::uuid[])[1 + g % cardinality($1::uuid[])], (SELECT "id" FROM "offices" WHERE "code" = $2),
            '2026-11-01', 'EITHER', 1 + g % 3, 1 + g % 3, 'EMPLOYMENT_ADJUSTMENT',
            ($3::text[])[1 + g % 8], ($4::text[])[1 + (g * 7) % 8], 220000 + (g % 9) * 15000, 6 + g % 12, 1
       FROM generate_series(1, $5::int) g`,
    [companyIds, options.officeCode, occupations, titles, options.sending],
  );
  await dataSource.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "monthly_wage",
       "period_months", "workplace_prefecture_code", "version")
     SELECT ($1::uuid[])[1 + g % cardinality($1::uuid[])], (SELECT "id" FROM "offices" WHERE "code" = $2),
            '2026-11-01', true, g % 2 = 0, 1 + g % 2, 1 + g % 2, ($3::text[])[1 + (g * 3) % 8],
            ($4::text[])[1 + (g * 5) % 8], 200000 + (g % 11) * 12000, 3 + g % 18, $5, 1
       FROM generate_series(1, $6::int) g`,
    [companyIds, options.officeCode, occupations, titles, options.prefectureCode, options.receiving],
  );
}
