// Who may start and cancel which runs, input validation, and the GraphQL operations' reads. Jobs are queued but
// not consumed here (runJobs: false), so runs stay QUEUED and can be cancelled at leisure.
import { ROLES_METADATA, Role, type AuthUser } from '@kakehashi/authz';
import { RequestLoaders } from '@kakehashi/graphql-core';
import { JobQueue, QueueName } from '@kakehashi/jobs';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  consultantOf,
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  officeIdOf,
  staffUser,
} from '../../__tests__/matching-test-kit';
import { AssignmentRunStatus, AssignmentScopeKind } from '../assignment-run.entity';
import { AssignmentRunResolver } from '../assignment-run.resolver';
import { AssignmentException, AssignmentExceptionCode } from '../assignment.exception';
import { assignmentJobId } from '../services/start-assignment-run.service';
import { assignmentTestingModule } from './assignment-kit';

async function refusal(promise: Promise<unknown>): Promise<AssignmentException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssignmentException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

describe('batch assignment: access, validation and reads', () => {
  let moduleRef: TestingModule;
  let ds: DataSource;
  let resolver: AssignmentRunResolver;
  let tokushima: string;
  let kagawa: string;
  let hq: AuthUser;

  beforeAll(async () => {
    moduleRef = await assignmentTestingModule({ driver: 'bullmq', runJobs: false });
    ds = moduleRef.get(DataSource);
    resolver = moduleRef.get(AssignmentRunResolver);
    tokushima = await officeIdOf(ds, '36');
    kagawa = await officeIdOf(ds, '37');
    hq = staffUser(Role.HQ_COORDINATOR, await officeIdOf(ds, 'HQ'));
  });
  afterAll(() => moduleRef?.close());

  it('lets only Center staff who work with matching call the operations', () => {
    const staff = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT];
    for (const operation of [
      'startAssignmentRun',
      'cancelAssignmentRun',
      'assignmentRun',
      'assignmentRuns',
    ] as const) {
      const roles: unknown = Reflect.getMetadata(ROLES_METADATA, AssignmentRunResolver.prototype[operation]);
      expect({ operation, roles }).toEqual({ operation, roles: staff });
    }
  });

  describe('a consultant', () => {
    it('runs their own office (named or not) and the job is queued', async () => {
      const consultant = consultantOf(tokushima);
      const run = await resolver.startAssignmentRun(consultant, { scope: AssignmentScopeKind.OFFICE });
      expect(run).toMatchObject({
        scope: AssignmentScopeKind.OFFICE,
        officeId: tokushima,
        region: null,
        status: AssignmentRunStatus.QUEUED,
        phase: 'QUEUED',
        progress: 0,
        trigger: 'MANUAL',
        requestedByUserId: consultant.id,
      });
      const job = await moduleRef
        .get(JobQueue)
        .getJob(QueueName.MATCHING, assignmentJobId({ id: run.id, version: 1 }));
      expect(job?.state).toBe('waiting');

      const named = await resolver.startAssignmentRun(consultantOf(tokushima), {
        scope: AssignmentScopeKind.OFFICE,
        officeId: tokushima,
      });
      // Same office, same offers: the same run.
      expect(named.id).toBe(run.id);
    });

    it('may not run another office, a region or the whole country', async () => {
      const consultant = consultantOf(tokushima);
      const other = await refusal(
        resolver.startAssignmentRun(consultant, { scope: AssignmentScopeKind.OFFICE, officeId: kagawa }),
      );
      expect(other.code).toBe(AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect(other.message).toBe('コンサルタントが実行できるのは自分の事務所の一括マッチングのみです。');

      for (const input of [
        { scope: AssignmentScopeKind.REGION, region: '四国' },
        { scope: AssignmentScopeKind.COUNTRY },
      ]) {
        const refused = await refusal(resolver.startAssignmentRun(consultant, input));
        expect(refused.code).toBe(AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE);
      }

      const officeless = await refusal(
        resolver.startAssignmentRun(staffUser(Role.CONSULTANT, null), { scope: AssignmentScopeKind.OFFICE }),
      );
      expect(officeless.code).toBe(AssignmentExceptionCode.NO_OFFICE_ASSIGNED);
    });

    it('may cancel their office’s run but not a region’s', async () => {
      const regionRun = await resolver.startAssignmentRun(hq, {
        scope: AssignmentScopeKind.REGION,
        region: '四国',
      });
      const refused = await refusal(resolver.cancelAssignmentRun(consultantOf(tokushima), regionRun.id));
      expect(refused.code).toBe(AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect((await resolver.assignmentRun(regionRun.id))?.status).toBe(AssignmentRunStatus.QUEUED);

      // A new offer makes a new input, so a new run of the office.
      const company = await insertCompany(ds, { prefectureCode: '36', officeCode: '36' });
      await insertSendingOffer(ds, { companyId: company, officeCode: '36' });
      const own = await resolver.startAssignmentRun(consultantOf(tokushima), {
        scope: AssignmentScopeKind.OFFICE,
      });
      const cancelled = await resolver.cancelAssignmentRun(consultantOf(tokushima), own.id);
      expect(cancelled).toMatchObject({ id: own.id, status: AssignmentRunStatus.CANCELLED });
      expect(cancelled.cancelRequestedAt).not.toBeNull();
    });
  });

  describe('HQ', () => {
    it('runs any office, a known region or the whole country', async () => {
      const office = await resolver.startAssignmentRun(hq, {
        scope: AssignmentScopeKind.OFFICE,
        officeId: kagawa,
      });
      expect(office).toMatchObject({ officeId: kagawa, status: AssignmentRunStatus.QUEUED });
      const region = await resolver.startAssignmentRun(hq, {
        scope: AssignmentScopeKind.REGION,
        region: ' 四国 ',
      });
      expect(region).toMatchObject({ scope: AssignmentScopeKind.REGION, region: '四国', officeId: null });
      const country = await resolver.startAssignmentRun(staffUser(Role.ADMIN), {
        scope: AssignmentScopeKind.COUNTRY,
      });
      expect(country).toMatchObject({ scope: AssignmentScopeKind.COUNTRY, region: null, officeId: null });
      // Not left queued for the other tests' workers (there are none on this prefix, but keep the table tidy).
      await resolver.cancelAssignmentRun(hq, country.id);
    });

    it('is told every problem with the scope at once, in Japanese, per field', async () => {
      const noOffice = await refusal(
        resolver.startAssignmentRun(hq, { scope: AssignmentScopeKind.OFFICE, region: '四国' }),
      );
      expect(noOffice.code).toBe(AssignmentExceptionCode.INVALID_INPUT);
      expect(noOffice.fields).toEqual([
        { field: 'input.region', message: '事務所単位の実行では地域を指定できません。' },
        { field: 'input.officeId', message: '事務所を指定してください。' },
      ]);

      const unknownOffice = await refusal(
        resolver.startAssignmentRun(hq, {
          scope: AssignmentScopeKind.OFFICE,
          officeId: '00000000-0000-4000-8000-000000000000',
        }),
      );
      expect(unknownOffice.fields).toEqual([
        { field: 'input.officeId', message: '指定された事務所が見つかりません。' },
      ]);

      const unknownRegion = await refusal(
        resolver.startAssignmentRun(hq, {
          scope: AssignmentScopeKind.REGION,
          region: '火星',
          officeId: kagawa,
        }),
      );
      expect(unknownRegion.fields).toEqual([
        { field: 'input.officeId', message: '地域単位の実行では事務所を指定できません。' },
        {
          field: 'input.region',
          message: expect.stringMatching(
            /^地域「火星」はありません。.*四国.*のいずれかを指定してください。$/,
          ),
        },
      ]);

      const countryWithOffice = await refusal(
        resolver.startAssignmentRun(hq, {
          scope: AssignmentScopeKind.COUNTRY,
          officeId: kagawa,
          region: '四国',
        }),
      );
      expect(countryWithOffice.fields.map((f) => f.field)).toEqual(['input.officeId', 'input.region']);
    });

    it('cancels a queued run at once; a finished one cannot be cancelled; starting it again queues it anew', async () => {
      const company = await insertCompany(ds, { prefectureCode: '37', officeCode: '37' });
      await insertReceivingOffer(ds, { companyId: company, officeCode: '37', workplacePrefectureCode: '37' });
      const run = await resolver.startAssignmentRun(hq, {
        scope: AssignmentScopeKind.OFFICE,
        officeId: kagawa,
      });
      expect(run.status).toBe(AssignmentRunStatus.QUEUED);

      const cancelled = await resolver.cancelAssignmentRun(hq, run.id);
      expect(cancelled.status).toBe(AssignmentRunStatus.CANCELLED);
      expect(cancelled.finishedAt).not.toBeNull();

      const again = await refusal(resolver.cancelAssignmentRun(hq, run.id));
      expect(again.code).toBe(AssignmentExceptionCode.RUN_NOT_CANCELLABLE);
      expect(again.message).toBe(
        'この一括マッチングは中止のため中止できません。中止できるのは待機中または実行中の実行のみです。',
      );
      expect(again.details).toMatchObject({ runId: run.id, status: AssignmentRunStatus.CANCELLED });

      const restarted = await resolver.startAssignmentRun(hq, {
        scope: AssignmentScopeKind.OFFICE,
        officeId: kagawa,
      });
      expect(restarted).toMatchObject({
        id: run.id,
        status: AssignmentRunStatus.QUEUED,
        cancelRequestedAt: null,
      });
      const job = await moduleRef
        .get(JobQueue)
        .getJob(QueueName.MATCHING, assignmentJobId({ id: run.id, version: 2 }));
      expect(job?.state).toBe('waiting');

      const missing = await refusal(resolver.cancelAssignmentRun(hq, '00000000-0000-4000-8000-000000000000'));
      expect(missing.code).toBe(AssignmentExceptionCode.RUN_NOT_FOUND);
      await resolver.cancelAssignmentRun(hq, run.id);
    });
  });

  describe('reads', () => {
    it('lists runs newest first, page by page without gaps or repeats', async () => {
      const all: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const connection = await resolver.assignmentRuns({ first: 2, after });
        all.push(...connection.edges.map((e) => e.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(new Set(all).size).toBe(all.length);
      const rows = await ds.query<{ id: string }[]>(
        `SELECT "id" FROM "assignment_runs" ORDER BY "created_at" DESC, "id" DESC`,
      );
      // Other test files add runs meanwhile; the pages list those that existed, in order.
      const expected = rows.map((r) => r.id).filter((id) => all.includes(id));
      expect(all.filter((id) => expected.includes(id))).toEqual(expected);
      expect(all.length).toBeGreaterThanOrEqual(4);
    });

    it('pages a run’s proposals best first, and loads the proposals of a list of runs in one query', async () => {
      const [runA, runB] = await ds.query<{ id: string }[]>(
        `INSERT INTO "assignment_runs" ("scope_kind", "scope_value", "input_fingerprint", "trigger", "status", "phase",
           "progress", "version")
         VALUES ('OFFICE', $1, md5(random()::text) || md5(random()::text), 'MANUAL', 'COMPLETED', 'DONE', 100, 1),
                ('OFFICE', $1, md5(random()::text) || md5(random()::text), 'MANUAL', 'COMPLETED', 'DONE', 100, 1)
         RETURNING "id"`,
        [kagawa],
      );
      const company = await insertCompany(ds, { prefectureCode: '37', officeCode: '37' });
      const sending = await insertSendingOffer(ds, { companyId: company, officeCode: '37', people: 5 });
      const receiving: string[] = [];
      for (let k = 0; k < 5; k++) {
        receiving.push(
          await insertReceivingOffer(ds, {
            companyId: company,
            officeCode: '37',
            workplacePrefectureCode: '37',
          }),
        );
      }
      const scores = [0.5, 0.9, 0.7, 0.9, 0.6];
      for (const [k, r] of receiving.entries()) {
        await ds.query(
          `INSERT INTO "assignment_proposals" ("run_id", "sending_offer_id", "receiving_offer_id", "people", "score")
           VALUES ($1, $2, $3, 1, $4), ($5, $2, $3, 1, $4)`,
          [runA.id, sending, r, scores[k], runB.id],
        );
      }

      const loaders = new RequestLoaders();
      const parentA = (await resolver.assignmentRun(runA.id))!;
      const first = await resolver.proposals(parentA, { first: 2 }, loaders);
      expect(first.totalCount).toBe(5);
      expect(first.edges.map((e) => e.node.score)).toEqual([0.9, 0.9]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await resolver.proposals(parentA, { first: 10, after: first.pageInfo.endCursor }, loaders);
      expect(rest.edges.map((e) => e.node.score)).toEqual([0.7, 0.6, 0.5]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      const seen = [...first.edges, ...rest.edges].map((e) => e.node.receivingOfferId);
      expect(new Set(seen)).toEqual(new Set(receiving));

      // Two runs' first pages through a fresh request's loaders: one statement for both.
      const spy = jest.spyOn(ds, 'query');
      let queries: string[];
      try {
        const request = new RequestLoaders();
        const parentB = (await resolver.assignmentRun(runB.id))!;
        spy.mockClear();
        const [pageA, pageB] = await Promise.all([
          resolver.proposals(parentA, { first: 3 }, request),
          resolver.proposals(parentB, { first: 3 }, request),
        ]);
        expect(pageA.edges.map((e) => e.node.score)).toEqual([0.9, 0.9, 0.7]);
        expect(pageB.edges.map((e) => e.node.score)).toEqual([0.9, 0.9, 0.7]);
        expect(pageB.totalCount).toBe(5);
        queries = spy.mock.calls.map((call) => call[0]);
      } finally {
        spy.mockRestore();
      }
      expect(queries.filter((q) => q.includes('row_number()'))).toHaveLength(1);
    });
  });
});
