// Training plans through the API on the real database: a plan saved as a draft whatever its findings, refused with
// every reason, corrected and accepted; the 425-hour boundary; the company size snapshotted at submission; the live
// check's figures and deadlines; versions.
import {
  codeOf,
  insertCompany,
  ok,
  reasonOf,
  staff,
  startKit,
  type JobcardKit,
  type Staff,
} from '../../__tests__/jobcard-kit';
import {
  ACCEPT_PLAN,
  BROKEN_DRAFT,
  draftWith,
  type PlanView,
  SAVE_PLAN,
  withOjtHours,
} from './plan-documents';

describe('training plans (訓練実施計画) through the API', () => {
  let kit: JobcardKit;
  let people: Staff;
  let companyId: string;

  beforeAll(async () => {
    kit = await startKit('2025-02-01');
    people = await staff(kit.dataSource);
    companyId = await insertCompany(kit.dataSource, '13', { size: 'LARGE' });
  });
  afterAll(async () => {
    await kit?.close();
  });

  const save = async (input: Record<string, unknown>) =>
    ok(await kit.gql<{ saveTrainingPlan: PlanView }>(people.tokyo, SAVE_PLAN, { input })).saveTrainingPlan;

  it('saves a draft that breaks seven rules, refuses it with every reason, then accepts it once corrected', async () => {
    const draft = await save({ companyId, traineeName: '山田 花子', draft: BROKEN_DRAFT });
    expect(draft.status).toBe('DRAFT');
    const errors = draft.validation.findings.filter((f) => f.severity === 'ERROR');
    expect(errors.map((f) => f.code).sort()).toEqual(
      [
        'CURRICULUM_CONTENT_MISSING',
        'JOB_CARD_NOT_ISSUED_BEFORE_START',
        'OJT_SHARE_ABOVE_90_PERCENT',
        'PERIOD_SHORTER_THAN_3_MONTHS',
        'PLAN_HOURS_BELOW_425',
        'POST_COMPLETION_HANDLING_MISSING',
        'ROLE_LEAD_IS_TRAINER',
      ].sort(),
    );
    const byCode = Object.fromEntries(errors.map((f) => [f.code, f]));
    // Each message words the seed's rule and names the figure that broke it.
    expect(byCode['PLAN_HOURS_BELOW_425'].message).toContain('425時間以上必要です（現在 394時間22分');
    expect(byCode['PLAN_HOURS_BELOW_425']).toMatchObject({ rule: 'R-TR-6', seed: 'S001:182' });
    expect(byCode['PERIOD_SHORTER_THAN_3_MONTHS'].message).toContain('現在 2か月29日');
    expect(byCode['OJT_SHARE_ABOVE_90_PERCENT'].message).toContain('現在 92.3%');
    expect(byCode['ROLE_LEAD_IS_TRAINER'].message).toContain('佐藤 一郎');
    expect(byCode['JOB_CARD_NOT_ISSUED_BEFORE_START'].message).toContain('交付日 2025年4月1日');
    expect(byCode['CURRICULUM_CONTENT_MISSING'].field).toBe('curriculum.1.content');

    const refused = await kit.gql(people.tokyo, ACCEPT_PLAN, { id: draft.id, version: draft.version });
    expect(codeOf(refused)).toBe('FAILED_PRECONDITION');
    expect(reasonOf(refused)).toBe('RULES_NOT_MET');
    // Every error, field by field, with its code, rule and seed line and the same Japanese message.
    const refusedFindings = (refused.errors?.[0].extensions['findings'] ??
      []) as PlanView['validation']['findings'];
    expect(refusedFindings).toHaveLength(7);
    expect(refusedFindings).toEqual(
      expect.arrayContaining(
        errors.map(({ code, field, message, rule, seed }) => ({ code, field, message, rule, seed })),
      ),
    );

    const corrected = await save({
      id: draft.id,
      version: draft.version,
      companyId,
      traineeName: '山田 花子',
      draft: draftWith(),
    });
    expect(corrected.validation.valid).toBe(true);
    const accepted = ok(
      await kit.gql<{ acceptTrainingPlan: { status: string; version: number } }>(people.tokyo, ACCEPT_PLAN, {
        id: corrected.id,
        version: corrected.version,
      }),
    ).acceptTrainingPlan;
    expect(accepted).toEqual({ id: corrected.id, status: 'ACCEPTED', version: corrected.version + 1 });
  });

  it('accepts exactly 425 hours over 6 months and refuses 424 (R-TR-6), naming the figure', async () => {
    const at425 = await save({ companyId, traineeName: '境界 一', draft: withOjtHours(340) });
    expect(at425.validation.figures).toMatchObject({ totalDisplay: '425時間', convertedDisplay: '425時間' });
    expect(
      ok(await kit.gql(people.tokyo, ACCEPT_PLAN, { id: at425.id, version: at425.version })),
    ).toBeTruthy();

    const at424 = await save({ companyId, traineeName: '境界 二', draft: withOjtHours(339) });
    const refused = await kit.gql(people.tokyo, ACCEPT_PLAN, { id: at424.id, version: at424.version });
    expect(reasonOf(refused)).toBe('RULES_NOT_MET');
    expect(refused.errors?.[0].extensions['findings']).toEqual([
      expect.objectContaining({
        code: 'PLAN_HOURS_BELOW_425',
        field: 'curriculum',
        message: expect.stringContaining('現在 424時間：合計424時間、訓練期間6か月'),
      }),
    ]);
  });

  it('refuses an acceptance based on an old version (STALE_VERSION) and an edit of another company', async () => {
    const plan = await save({ companyId, traineeName: '版 太郎', draft: draftWith() });
    const edited = await save({
      id: plan.id,
      version: plan.version,
      companyId,
      traineeName: '版 太郎',
      draft: draftWith(),
    });
    const stale = await kit.gql(people.tokyo, ACCEPT_PLAN, { id: plan.id, version: plan.version });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(reasonOf(stale)).toBe('STALE_VERSION');
    const other = await insertCompany(kit.dataSource, '13');
    const moved = await kit.gql(people.tokyo, SAVE_PLAN, {
      input: {
        id: plan.id,
        version: edited.version,
        companyId: other,
        traineeName: '版 太郎',
        draft: draftWith(),
      },
    });
    expect(reasonOf(moved)).toBe('INVALID_INPUT');
  });

  it('snapshots the company size when the plan is submitted and keeps it when the company changes (R-EM-7)', async () => {
    const unsubmitted = await save({
      companyId,
      traineeName: '規模 一',
      draft: draftWith({ submittedOn: null }),
    });
    expect(unsubmitted.companySizeAtSubmission).toBeNull();
    const submitted = await save({
      id: unsubmitted.id,
      version: unsubmitted.version,
      companyId,
      traineeName: '規模 一',
      draft: draftWith(),
    });
    expect(submitted.companySizeAtSubmission).toBe('LARGE');
    await kit.dataSource.query(`UPDATE "companies" SET "size" = 'SME' WHERE "id" = $1`, [companyId]);
    try {
      const again = await save({
        id: submitted.id,
        version: submitted.version,
        companyId,
        traineeName: '規模 一',
        draft: draftWith(),
      });
      expect(again.companySizeAtSubmission).toBe('LARGE');
    } finally {
      await kit.dataSource.query(`UPDATE "companies" SET "size" = 'LARGE' WHERE "id" = $1`, [companyId]);
    }
  });

  it('checks a draft as it is typed: figures in 時間, the OJT share, the deadlines (EX-TR-D1), nothing stored', async () => {
    const response = await kit.gql<{ validateTrainingPlan: PlanView['validation'] }>(
      people.admin,
      `query ($input: TrainingPlanDraftInput!) {
        validateTrainingPlan(input: $input) {
          valid findings { code }
          figures { totalDisplay convertedDisplay ojtShareDisplay minimumTotalDisplay periodDisplay }
          deadlines { startNoticeDue subsidyApplicationDue }
        }
      }`,
      { input: draftWith() },
    );
    expect(ok(response).validateTrainingPlan).toEqual({
      valid: true,
      findings: [],
      figures: {
        totalDisplay: '425時間',
        convertedDisplay: '425時間',
        ojtShareDisplay: '80.0%',
        minimumTotalDisplay: '425時間',
        periodDisplay: '6か月',
      },
      deadlines: { startNoticeDue: '2025-05-01', subsidyApplicationDue: '2025-11-30' },
    });
    const tooLong = await kit.gql(
      people.admin,
      `query ($input: TrainingPlanDraftInput!) { validateTrainingPlan(input: $input) { valid } }`,
      {
        input: draftWith({ postCompletionHandling: 'あ'.repeat(2001) }),
      },
    );
    expect(reasonOf(tooLong)).toBe('INVALID_INPUT');
    expect(tooLong.errors?.[0].extensions.fields?.[0].field).toBe('input.postCompletionHandling');
  });

  it('judges the trainee from the facts recorded on the plan, and refuses to accept an ineligible one', async () => {
    const facts = {
      trainingField: '金属プレス加工',
      history: [
        {
          companyName: '試験金属株式会社',
          from: '2016-04',
          to: '2023-03',
          employmentKind: 'REGULAR',
          field: '金属プレス加工',
        },
      ],
      currentEmploymentKind: 'FIXED_TERM',
      jobCardIssuedOn: '2025-03-25',
      issuerKind: 'REGISTERED_CAREER_CONSULTANT',
      judgedSuitableForTraining: true,
    };
    const plan = await save({ companyId, traineeName: '資格 判定', draft: draftWith(), traineeFacts: facts });
    // 2020-04..2023-03 in the 5-year window (2020-04..2025-03): 36 months in the field; 84 months continuous.
    expect(plan.eligibility?.eligible).toBe(false);
    expect(plan.eligibility?.findings.map((f) => f.code).sort()).toEqual([
      'CONTINUOUS_REGULAR_6_YEARS',
      'REGULAR_IN_FIELD_3_YEARS',
    ]);
    const refused = await kit.gql(people.tokyo, ACCEPT_PLAN, { id: plan.id, version: plan.version });
    const blocking = (refused.errors?.[0].extensions['findings'] ?? []) as { field: string }[];
    expect(blocking.map((f) => f.field).sort()).toEqual(['traineeFacts.history', 'traineeFacts.history.0']);
  });
});
