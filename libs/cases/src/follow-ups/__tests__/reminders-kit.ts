// Builders for the reminder tests: a clock the tests move, established cases made with CreateCaseService and then put
// in their state by SQL (the tests are about what the reminders do with a case, not how it got there), and readers.
import type { AuthUser } from '@kakehashi/authz';
import { ConfigModule, validateEnvironment } from '@kakehashi/config';
import { buildDataSourceOptions, migrateDatabase, withDataSource } from '@kakehashi/database';
import { JobQueue, JobsModule } from '@kakehashi/jobs';
import { seedOffersReferenceData } from '@kakehashi/offers';
import { seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase, testPoolSize, uniqueTag } from '@kakehashi/testing';
import type { DynamicModule } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { casesTestingModule, insertOfferPair, insertUser, Role } from '../../__tests__/case-test-kit';
import { CaseEntity } from '../../cases/case.entity';
import { CasesModule } from '../../cases.module';
import { CreateCaseService } from '../../cases/services/create-case.service';
import { CaseStage } from '../../workflow/case-stage';
import { CaseClock } from '../case-clock';
import { CasesJobsModule } from '../../cases-jobs.module';
import { CaseTaskStatus, type CaseTaskKind } from '../case-task.entity';
import { dueMomentOf } from '../reminder-time';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';

/** Real time, shifted: set it so a due moment is a second or two ahead and the real queue fires the job then. */
export class ShiftedClock extends CaseClock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on the clock reads `at`, and runs on from there. */
  setTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** `ms` before 09:00 Japan time on `day`. */
  before(day: string, ms: number): void {
    this.setTo(new Date(dueMomentOf(day).getTime() - ms));
  }
}

export interface RemindersKit {
  moduleRef: TestingModule;
  dataSource: DataSource;
  clock: ShiftedClock;
  close(): Promise<void>;
}

/** CasesModule with the reminders (as the API runs them without Redis, or with BullMQ and this process as worker). */
export async function remindersTestingModule(
  options: { inProcessJobs?: boolean } = {},
): Promise<RemindersKit> {
  const clock = new ShiftedClock();
  const moduleRef = await casesTestingModule({
    // The class itself (not a `{ module }` object): a static import is one module however often it is imported, so
    // this stays right once CasesModule imports CasesJobsModule too (two instances would process jobs twice).
    imports: [CasesJobsModule as unknown as DynamicModule],
    overrides: [{ provide: CaseClock, useValue: clock }],
    inProcessJobs: options.inProcessJobs,
  });
  return { moduleRef, dataSource: moduleRef.get(DataSource), clock, close: () => moduleRef.close() };
}

/** The reminders on BullMQ for one test file: its kit, scheduler and queue, there once the tests run. */
export interface RemindersOnBullMq {
  kit: RemindersKit;
  scheduler: CaseReminderScheduler;
  jobs: JobQueue;
}

/** Registers the file's beforeAll/afterAll (BullMQ on the test Redis, this process as the worker). */
export function remindersOnBullMq(): RemindersOnBullMq {
  let kit: RemindersKit | undefined;
  beforeAll(async () => {
    kit = await remindersTestingModule();
  });
  afterAll(() => kit?.close());
  const ready = (): RemindersKit => {
    if (!kit) throw new Error('the reminders kit is set up in beforeAll');
    return kit;
  };
  return {
    get kit() {
      return ready();
    },
    get scheduler() {
      return ready().moduleRef.get(CaseReminderScheduler);
    },
    get jobs() {
      return ready().moduleRef.get(JobQueue);
    },
  };
}

/**
 * The same on a database of the test's own, for what changes the whole database: the follow-up settings (one row)
 * and the sweep over every case. In-process jobs; an application config so the sweep's schedule is registered.
 */
export async function scratchRemindersModule(env: Record<string, string> = {}): Promise<RemindersKit> {
  const scratch = await createScratchDatabase();
  await withDataSource(scratch.url, async (dataSource) => {
    await migrateDatabase(dataSource);
    await seedReferenceData(dataSource);
    await seedOffersReferenceData(dataSource);
  });
  const clock = new ShiftedClock();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(validateEnvironment({ NODE_ENV: 'test', ...env }, process.cwd())),
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: scratch.url,
          poolSize: testPoolSize(),
          entities: [],
          applicationName: 'cases-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({ redisUrl: null, prefix: `scratch:${uniqueTag()}`, runProcessors: true }),
      CasesModule,
      CasesJobsModule,
    ],
  })
    .overrideProvider(CaseClock)
    .useValue(clock)
    .compile();
  await moduleRef.init();
  return {
    moduleRef,
    dataSource: moduleRef.get(DataSource),
    clock,
    close: async () => {
      await moduleRef.close();
      await scratch.drop();
    },
  };
}

export interface CaseTeam {
  sending: AuthUser;
  receiving: AuthUser;
}

/** Two consultants of their own: Tokyo (the sending side) and Aichi (the receiving side). */
export async function newTeam(dataSource: DataSource): Promise<CaseTeam> {
  return {
    sending: await insertUser(dataSource, Role.CONSULTANT, '13'),
    receiving: await insertUser(dataSource, Role.CONSULTANT, '23'),
  };
}

export interface EstablishedCaseOptions {
  moveType?: 'SECONDMENT' | 'TRANSFER';
  establishedOn: string;
  /** The contract's period (a secondment). */
  startOn?: string;
  endOn?: string | null;
  /** Default STARTED (HIRED for a transfer). */
  stage?: CaseStage;
}

/** A case opened by the team's sending consultant, then established as `options` says (by SQL). */
export async function establishedCase(
  moduleRef: TestingModule,
  team: CaseTeam,
  options: EstablishedCaseOptions,
): Promise<CaseEntity> {
  const dataSource = moduleRef.get(DataSource);
  const moveType = options.moveType ?? 'SECONDMENT';
  const pair = await insertOfferPair(dataSource, { sendingMoveType: moveType });
  const created = await moduleRef.get(CreateCaseService).create(team.sending, {
    ...pair,
    moveType,
    people: 1,
    receivingConsultantId: team.receiving.id,
  } as never);
  const contract =
    moveType === 'SECONDMENT'
      ? { startOn: options.startOn ?? options.establishedOn, endOn: options.endOn ?? null }
      : null;
  const stage = options.stage ?? (moveType === 'SECONDMENT' ? CaseStage.STARTED : CaseStage.HIRED);
  await dataSource.query(
    `UPDATE "cases" SET "stage" = $2, "established_on" = $3, "contract" = $4::jsonb, "people_established" = 1
      WHERE "id" = $1`,
    [created.id, stage, options.establishedOn, contract ? JSON.stringify(contract) : null],
  );
  return readCase(dataSource, created.id);
}

export async function readCase(dataSource: DataSource, id: string): Promise<CaseEntity> {
  return dataSource.getRepository(CaseEntity).findOneByOrFail({ id });
}

/** Changes the case's contract end date by SQL (what a contract edit would do before it syncs). */
export async function setContractEnd(dataSource: DataSource, caseId: string, endOn: string): Promise<void> {
  await dataSource.query(
    `UPDATE "cases" SET "contract" = jsonb_set("contract", '{endOn}', to_jsonb($2::text)) WHERE "id" = $1`,
    [caseId, endOn],
  );
}

export interface TaskRow {
  id: string;
  kind: CaseTaskKind;
  dueOn: string;
  status: CaseTaskStatus;
  becameDueAt: Date | null;
  doneAt: Date | null;
  doneByUserId: string | null;
  followUpId: string | null;
}

/** Every task of the case, cancelled ones included, by due date. */
export async function tasksOf(dataSource: DataSource, caseId: string): Promise<TaskRow[]> {
  return dataSource.query(
    `SELECT "id", "kind", "due_on"::text AS "dueOn", "status", "became_due_at" AS "becameDueAt",
            "done_at" AS "doneAt", "done_by_user_id" AS "doneByUserId", "follow_up_id" AS "followUpId"
       FROM "case_tasks" WHERE "case_id" = $1 ORDER BY "due_on", "kind", "created_at"`,
    [caseId],
  );
}

/** `kind dueOn status` per task: what a reader of the assertions wants to see. */
export async function taskSummary(dataSource: DataSource, caseId: string): Promise<string[]> {
  return (await tasksOf(dataSource, caseId)).map((t) => `${t.kind} ${t.dueOn} ${t.status}`);
}

export async function notificationsAbout(
  dataSource: DataSource,
  caseId: string,
): Promise<{ userId: string; kind: string; title: string; body: string; dedupeKey: string }[]> {
  return dataSource.query(
    `SELECT "user_id" AS "userId", "kind", "title", "body", "dedupe_key" AS "dedupeKey"
       FROM "notifications" WHERE "subject_type" = 'CASE' AND "subject_id" = $1 ORDER BY "created_at", "user_id"`,
    [caseId],
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

/** The task of this kind and day that is not cancelled; fails naming the tasks there are. */
export const liveTask = (tasks: TaskRow[], kind: CaseTaskKind, dueOn: string): TaskRow => {
  const task = tasks.find(
    (t) => t.kind === kind && t.dueOn === dueOn && t.status !== CaseTaskStatus.CANCELLED,
  );
  if (!task) throw new Error(`no live ${kind} task on ${dueOn}: ${JSON.stringify(tasks)}`);
  return task;
};
