// Builders and a Nest testing module for the statistics integration tests, on this run's PostgreSQL (migrated and
// reference-seeded by the Jest global setup, the published figures included) and Redis. The files share one database
// and the rollups are global, so each file writes raw rows in offices no other test file uses (36-38, 44-47) and compares
// rollups with a recomputation from raw rows for those offices, or inside one snapshot.
import { Role, type AuthUser } from '@kakehashi/authz';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobQueue, JobsModule, type JobStatus, type JobName, type QueueName } from '@kakehashi/jobs';
import { officeId, randomCorporateNumber, staffUser, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import type { DynamicModule, Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StatisticsDrainService } from '../rollups/services/statistics-drain.service';
import { StatisticsRebuildService } from '../rollups/services/statistics-rebuild.service';
import { AnnualStatisticsService } from '../figures/services/annual-statistics.service';
import { CloseStatisticsMonthService } from '../closings/services/close-statistics-month.service';
import { IndustryFlowsService } from '../figures/services/industry-flows.service';
import { MonthlyStatisticsService } from '../figures/services/monthly-statistics.service';
import { StatisticsException } from '../statistics.exception';
import { StatisticsModule } from '../statistics.module';
import { StatisticsSettings } from '../statistics-settings';

export { officeId, staffUser, uniqueTag } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

export interface StatisticsKit {
  module: TestingModule;
  dataSource: DataSource;
  monthly: MonthlyStatisticsService;
  annual: AnnualStatisticsService;
  flows: IndustryFlowsService;
  closings: CloseStatisticsMonthService;
  drain: StatisticsDrainService;
  rebuild: StatisticsRebuildService;
  jobs: JobQueue;
  close(): Promise<void>;
}

/**
 * StatisticsModule as the API wires it. `settings` moves the cut-over month and "this month"; `env` provides an
 * application config (e.g. the refresh schedule); jobs run on the run's Redis with this process as the worker, or
 * in-process.
 */
export async function startStatisticsKit(
  options: {
    settings?: { liveFrom: string; currentMonth?: string };
    env?: Record<string, string>;
    inProcessJobs?: boolean;
    imports?: DynamicModule[];
    providers?: Provider[];
  } = {},
): Promise<StatisticsKit> {
  let builder = Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: testPoolSize(),
          entities: [],
          applicationName: 'statistics-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: options.inProcessJobs ? null : requiredEnv('REDIS_URL'),
        prefix: `${requiredEnv('REDIS_PREFIX')}:statistics:${uniqueTag()}`,
        runProcessors: true,
      }),
      ...(options.env
        ? [ConfigModule.forRoot(validateEnvironment({ NODE_ENV: 'test', ...options.env }))]
        : []),
      StatisticsModule,
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  });
  const settings = options.settings;
  if (settings) {
    builder = builder.overrideProvider(StatisticsSettings).useValue({
      liveFrom: settings.liveFrom,
      currentMonth: () => settings.currentMonth ?? new StatisticsSettings(null).currentMonth(),
    });
  }
  const module = await builder.compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    monthly: module.get(MonthlyStatisticsService),
    annual: module.get(AnnualStatisticsService),
    flows: module.get(IndustryFlowsService),
    closings: module.get(CloseStatisticsMonthService),
    drain: module.get(StatisticsDrainService),
    rebuild: module.get(StatisticsRebuildService),
    jobs: module.get(JobQueue),
    close: () => module.close(),
  };
}

export const executive = (): AuthUser => staffUser(Role.EXECUTIVE);

/** A real user row (closings and establishments refer to their author). */
export async function insertUser(
  dataSource: DataSource,
  role: Role,
  officeCode: string | null = null,
): Promise<AuthUser> {
  const office = officeCode ? await officeId(dataSource, officeCode) : null;
  const email = `${uniqueTag()}@kakehashi.example`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "users" ("email", "name", "role", "office_id", "password_hash", "version")
     VALUES ($1, $2, $3, $4, 'not-a-hash', 1) RETURNING "id"`,
    [email, `統計試験 ${uniqueTag(4)}`, role, office],
  );
  return { ...staffUser(role, office), id: row.id, email };
}

export async function insertCompany(dataSource: DataSource, officeCode: string, jsic = 'E'): Promise<string> {
  const name = `株式会社統計試験${uniqueTag()}`;
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

export type SendingMove = 'SECONDMENT' | 'TRANSFER' | 'EITHER';

export async function insertSendingOffer(
  dataSource: DataSource,
  o: { companyId: string; officeId: string; receivedOn: string; moveType: SendingMove; people: number },
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
       "people_available", "reason", "occupation_code", "job_title", "version")
     VALUES ($1, $2, $3, $4, $5, $5, 'EMPLOYMENT_ADJUSTMENT', 'H', '統計試験の送出', 1) RETURNING "id"`,
    [o.companyId, o.officeId, o.receivedOn, o.moveType, o.people],
  );
  return row.id;
}

export async function insertReceivingOffer(
  dataSource: DataSource,
  o: {
    companyId: string;
    officeId: string;
    receivedOn: string;
    secondment: boolean;
    transfer: boolean;
    people: number;
    prefectureCode?: string;
  },
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
       "workplace_prefecture_code", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $6, 'K', '統計試験の受入', $7, 1) RETURNING "id"`,
    [o.companyId, o.officeId, o.receivedOn, o.secondment, o.transfer, o.people, o.prefectureCode ?? '13'],
  );
  return row.id;
}

/** A case row to hang establishment events on (the statistics read only the events). */
export async function insertCase(
  dataSource: DataSource,
  c: {
    sendingOfferId: string;
    receivingOfferId: string;
    sendingOfficeId: string;
    receivingOfficeId: string;
    userId: string;
  },
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "cases" ("move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
       "receiving_office_id", "people_planned", "stage", "created_by_user_id", "updated_by_user_id", "version")
     VALUES ('SECONDMENT', $1, $2, $3, $4, 1, 'INFORMATION_COLLECTION', $5, $5, 1) RETURNING "id"`,
    [c.sendingOfferId, c.receivingOfferId, c.sendingOfficeId, c.receivingOfficeId, c.userId],
  );
  return row.id;
}

export interface EstablishmentEvent {
  caseId: string;
  sendingOfferId: string;
  receivingOfferId: string;
  sendingOfficeId: string;
  receivingOfficeId: string;
  userId: string;
  occurredOn: string;
  people: number;
  kind?: 'ESTABLISHED' | 'CORRECTION';
  moveType: 'SECONDMENT' | 'TRANSFER';
  sendingJsic: string;
  receivingJsic: string;
}

/** Many establishment events in one statement (as a bulk load would write them). */
export async function insertEstablishments(
  dataSource: DataSource,
  events: EstablishmentEvent[],
): Promise<void> {
  if (!events.length) return;
  await dataSource.query(
    `INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type", "sending_offer_id",
       "receiving_offer_id", "sending_office_id", "receiving_office_id", "sending_jsic_code", "receiving_jsic_code",
       "reason", "recorded_by_user_id")
     SELECT e."case_id", e."kind", e."occurred_on", e."people", e."move_type", e."sending_offer_id",
            e."receiving_offer_id", e."sending_office_id", e."receiving_office_id", e."sending_jsic_code",
            e."receiving_jsic_code", e."reason", e."recorded_by_user_id"
       FROM jsonb_to_recordset($1::jsonb) AS e("case_id" uuid, "kind" varchar, "occurred_on" date, "people" int,
            "move_type" varchar, "sending_offer_id" uuid, "receiving_offer_id" uuid, "sending_office_id" uuid,
            "receiving_office_id" uuid, "sending_jsic_code" char(1), "receiving_jsic_code" char(1), "reason" text,
            "recorded_by_user_id" uuid)`,
    [
      JSON.stringify(
        events.map((e) => ({
          case_id: e.caseId,
          kind: e.kind ?? (e.people > 0 ? 'ESTABLISHED' : 'CORRECTION'),
          occurred_on: e.occurredOn,
          people: e.people,
          move_type: e.moveType,
          sending_offer_id: e.sendingOfferId,
          receiving_offer_id: e.receivingOfferId,
          sending_office_id: e.sendingOfficeId,
          receiving_office_id: e.receivingOfficeId,
          sending_jsic_code: e.sendingJsic,
          receiving_jsic_code: e.receivingJsic,
          reason:
            (e.kind ?? (e.people > 0 ? 'ESTABLISHED' : 'CORRECTION')) === 'CORRECTION'
              ? '統計試験の訂正'
              : null,
          recorded_by_user_id: e.userId,
        })),
      ),
    ],
  );
}

/**
 * Everything one test file needs to record establishments in its own office: a user, two companies, an offer pair
 * and a case.
 */
export async function establishmentFixture(
  dataSource: DataSource,
  sendingOfficeCode: string,
  receivingOfficeCode = sendingOfficeCode,
): Promise<
  Omit<EstablishmentEvent, 'occurredOn' | 'people' | 'kind' | 'moveType' | 'sendingJsic' | 'receivingJsic'>
> {
  const user = await insertUser(dataSource, Role.HQ_COORDINATOR, 'HQ');
  const sendingOfficeId = await officeId(dataSource, sendingOfficeCode);
  const receivingOfficeId = await officeId(dataSource, receivingOfficeCode);
  const sendingOfferId = await insertSendingOffer(dataSource, {
    companyId: await insertCompany(dataSource, sendingOfficeCode),
    officeId: sendingOfficeId,
    receivedOn: '2010-04-01',
    moveType: 'EITHER',
    people: 1,
  });
  const receivingOfferId = await insertReceivingOffer(dataSource, {
    companyId: await insertCompany(dataSource, receivingOfficeCode, 'H'),
    officeId: receivingOfficeId,
    receivedOn: '2010-04-01',
    secondment: true,
    transfer: true,
    people: 1,
  });
  const caseId = await insertCase(dataSource, {
    sendingOfferId,
    receivingOfferId,
    sendingOfficeId,
    receivingOfficeId,
    userId: user.id,
  });
  return { caseId, sendingOfferId, receivingOfferId, sendingOfficeId, receivingOfficeId, userId: user.id };
}

/** Waits for a job to finish (BullMQ or in-process) and returns its final status. */
export async function waitForJob(
  jobs: JobQueue,
  queue: QueueName,
  id: string,
  timeoutMs = 30_000,
): Promise<JobStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await jobs.getJob(queue, id);
    if (status && (status.state === 'completed' || status.state === 'failed')) return status;
    if (Date.now() > deadline)
      throw new Error(`job ${queue}/${id} did not finish: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runJob(jobs: JobQueue, queue: QueueName, name: JobName): Promise<JobStatus> {
  const { id } = await jobs.enqueue(queue, name, {}, { attempts: 1 });
  return waitForJob(jobs, queue, id);
}

/** The refusal a use case threw (fails the test if it succeeded or threw something else). */
export async function refusal(promise: Promise<unknown>): Promise<StatisticsException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StatisticsException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

/** Offer rollups of the offices as rows, sorted, and the same recomputed from the raw offers. */
export const OFFER_ROLLUPS_SQL = `
  SELECT to_char("year_month", 'YYYY-MM') AS ym, "office_id"::text AS office, "side", "move_scope" AS scope,
         "offers", "people"
    FROM "statistics_offer_rollups"
   WHERE ($1::uuid[] IS NULL OR "office_id" = ANY($1::uuid[]))
   ORDER BY 1, 2, 3, 4`;

export const OFFER_RAW_SQL = `
  SELECT ym, office, side, scope, sum(offers)::int AS offers, sum(people)::int AS people FROM (
    SELECT to_char(date_trunc('month', "received_on"), 'YYYY-MM') AS ym, "owning_office_id"::text AS office,
           'SENDING' AS side, "move_type"::text AS scope, 1 AS offers, "people_count" AS people
      FROM "sending_offers"
    UNION ALL
    SELECT to_char(date_trunc('month', "received_on"), 'YYYY-MM'), "owning_office_id"::text, 'RECEIVING',
           CASE WHEN "accepts_secondment" AND "accepts_transfer" THEN 'EITHER'
                WHEN "accepts_secondment" THEN 'SECONDMENT' ELSE 'TRANSFER' END, 1, "people_wanted"
      FROM "receiving_offers") raw
   WHERE ($1::uuid[] IS NULL OR office = ANY($1::text[]))
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4`;

export const ESTABLISHMENT_ROLLUPS_SQL = `
  SELECT to_char("year_month", 'YYYY-MM') AS ym, "office_id"::text AS office, "move_type" AS move,
         "sending_jsic_code" AS s, "receiving_jsic_code" AS r, "people", "established_people" AS est,
         "corrected_people" AS cor
    FROM "statistics_establishment_rollups"
   WHERE ($1::uuid[] IS NULL OR "office_id" = ANY($1::uuid[]))
   ORDER BY 1, 2, 3, 4, 5`;

export const ESTABLISHMENT_RAW_SQL = `
  SELECT to_char(date_trunc('month', "occurred_on"), 'YYYY-MM') AS ym, "sending_office_id"::text AS office,
         "move_type" AS move, "sending_jsic_code" AS s, "receiving_jsic_code" AS r, sum("people")::int AS people,
         coalesce(sum("people") FILTER (WHERE "kind" = 'ESTABLISHED'), 0)::int AS est,
         coalesce(sum("people") FILTER (WHERE "kind" = 'CORRECTION'), 0)::int AS cor
    FROM "case_establishments"
   WHERE ($1::uuid[] IS NULL OR "sending_office_id" = ANY($1::uuid[]))
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5`;

/** A small deterministic generator (mulberry32), so a failing randomized test can be replayed with its seed. */
export function seededRandom(seed: number): {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
} {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
