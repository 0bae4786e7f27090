// Who may work a plan, and the access log of its personal data: the company's office and the case's offices and
// headquarters read it (ALLOWED rows naming the fields read, never their values); another office is refused with a
// DENIED row, as is a role that may not (the guard's refusal, recorded by the Job Card's refusal recorder).
import { openCase } from '../../__tests__/case-fixtures';
import {
  accessLogOf,
  codeOf,
  insertCompany,
  ok,
  reasonOf,
  staff,
  startKit,
  type JobcardKit,
  type Staff,
} from '../../__tests__/jobcard-kit';
import { draftWith, type PlanView, SAVE_PLAN } from './plan-documents';

const READ_PERSONAL = `query ($id: ID!) {
  trainingPlan(id: $id) { id status traineeName draft { roles { trainer { name } } } }
}`;
const READ_PLAIN = `query ($id: ID!) { trainingPlan(id: $id) { id status version companySizeAtSubmission } }`;

describe('training plans: scope and the access log', () => {
  let kit: JobcardKit;
  let people: Staff;
  let companyId: string;
  let planId: string;

  beforeAll(async () => {
    kit = await startKit('2025-02-01');
    people = await staff(kit.dataSource);
    companyId = await insertCompany(kit.dataSource, '13');
    const saved = await kit.gql<{ saveTrainingPlan: PlanView }>(people.tokyo, SAVE_PLAN, {
      input: { companyId, traineeName: '秘密 花子', draft: draftWith() },
    });
    planId = ok(saved).saveTrainingPlan.id;
  });
  afterAll(async () => {
    await kit?.close();
  });

  it("logs the company office's read with the personal fields it selected, and a read of none not at all", async () => {
    const read = ok(
      await kit.gql<{ trainingPlan: { traineeName: string } }>(people.tokyo, READ_PERSONAL, { id: planId }),
    );
    expect(read.trainingPlan.traineeName).toBe('秘密 花子');
    ok(await kit.gql(people.tokyo, READ_PLAIN, { id: planId }));
    const rows = await accessLogOf(kit.dataSource, planId, people.tokyo.id);
    // The save and the read; the plain read selected no personal field.
    expect(rows.map((r) => [r.operation, r.outcome])).toEqual([
      ['Mutation.saveTrainingPlan', 'ALLOWED'],
      ['Query.trainingPlan', 'ALLOWED'],
    ]);
    expect(rows[1].fields).toEqual(['draft', 'traineeName']);
    const logged = JSON.stringify(
      await kit.dataSource.query(`SELECT * FROM "jobcard_access_log" WHERE "record_id" = $1`, [planId]),
    );
    expect(logged).not.toContain('秘密');
  });

  it('refuses another office (NOT_IN_SCOPE) and writes a DENIED row with what it tried to read', async () => {
    const refused = await kit.gql(people.osaka, READ_PERSONAL, { id: planId });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(reasonOf(refused)).toBe('NOT_IN_SCOPE');
    expect(refused.data).toBeNull();
    expect(await accessLogOf(kit.dataSource, planId, people.osaka.id)).toEqual([
      {
        action: 'READ',
        operation: 'Query.trainingPlan',
        outcome: 'DENIED',
        fields: ['draft', 'traineeName'],
        denialReason: 'NOT_IN_SCOPE',
        recordId: planId,
      },
    ]);
    const write = await kit.gql(people.osaka, SAVE_PLAN, {
      input: { companyId, traineeName: '他 事務所', draft: draftWith() },
    });
    expect(reasonOf(write)).toBe('NOT_IN_SCOPE');
  });

  it('refuses a role that works no plans at the guard, and records it', async () => {
    const refused = await kit.gql(people.executive, READ_PERSONAL, { id: planId });
    expect(reasonOf(refused)).toBe('ROLE_NOT_ALLOWED');
    expect(await accessLogOf(kit.dataSource, planId, people.executive.id)).toEqual([
      expect.objectContaining({
        outcome: 'DENIED',
        denialReason: 'ROLE_NOT_ALLOWED',
        fields: ['draft', 'traineeName'],
      }),
    ]);
    expect(reasonOf(await kit.gql(people.admin, READ_PERSONAL, { id: planId }))).toBe('ROLE_NOT_ALLOWED');
  });

  it("lets the case's offices and headquarters work a plan tied to the case; lists only what the caller may work", async () => {
    const kase = await openCase(kit, people.hq, 'TRANSFER');
    const tied = ok(
      await kit.gql<{ saveTrainingPlan: PlanView }>(people.aichi, SAVE_PLAN, {
        input: {
          companyId: kase.receivingCompanyId,
          caseId: kase.caseId,
          traineeName: '案件 次郎',
          draft: draftWith(),
        },
      }),
    ).saveTrainingPlan;
    // The receiving company belongs to Aichi; the case's sending office (Tokyo) works the plan too.
    expect(ok(await kit.gql(people.tokyo, READ_PLAIN, { id: tied.id }))).toBeTruthy();
    expect(ok(await kit.gql(people.hq, READ_PLAIN, { id: tied.id }))).toBeTruthy();
    expect(reasonOf(await kit.gql(people.osaka, READ_PLAIN, { id: tied.id }))).toBe('NOT_IN_SCOPE');
    const LIST = `query ($caseId: ID) { trainingPlans(caseId: $caseId) { id traineeName } }`;
    const listed = ok(
      await kit.gql<{ trainingPlans: { id: string }[] }>(people.tokyo, LIST, { caseId: kase.caseId }),
    );
    expect(listed.trainingPlans.map((p) => p.id)).toEqual([tied.id]);
    expect(await accessLogOf(kit.dataSource, tied.id, people.tokyo.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'Query.trainingPlans', fields: ['traineeName'] }),
      ]),
    );
    expect(reasonOf(await kit.gql(people.osaka, LIST, { caseId: kase.caseId }))).toBe('NOT_IN_SCOPE');
    // A plan tied to the case of another company is refused.
    const elsewhere = await kit.gql(people.tokyo, SAVE_PLAN, {
      input: { companyId, caseId: kase.caseId, traineeName: '別 会社', draft: draftWith() },
    });
    expect(reasonOf(elsewhere)).toBe('INVALID_INPUT');
  });
});
