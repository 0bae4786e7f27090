// The OJT diary and the Off-JT report through the plan (spec §5.14): an entry the rules find wrong refuses the save
// with every finding; entries waiting for the trainer's or the provider's certification are saved with a warning and
// count for no subsidy hours; the totals are computed (Off-JT 50-minute units counted as hours, R-TR-13).
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
  draftWith,
  PLAN_FIELDS,
  type PlanView,
  SAVE_PLAN,
} from '../../training-plans/__tests__/plan-documents';

const SAVE_LOG = `mutation ($planId: ID!, $version: Int!, $ojt: [OjtDiaryEntryInput!]!, $offJt: [OffJtReportEntryInput!]!) {
  saveTrainingLog(planId: $planId, version: $version, ojt: $ojt, offJt: $offJt) { ${PLAN_FIELDS} }
}`;

const ojtDay = (date: string, from: string, to: string, attendedMinutes: number, confirmed: boolean) => ({
  date,
  from,
  to,
  attendedMinutes,
  content: '打ち抜き加工機械の操作、試し検査',
  reflection: '金型交換の手順を覚えた',
  trainerConfirmedOn: confirmed ? date : null,
});

/** EX-LOG-b: 9:00–15:40, 100 minutes excluded, 300 minutes attended in 50-minute units. */
const offJtDay = (date: string, from = '9:00', to = '15:40', certified = true) => ({
  date,
  from,
  to,
  excludedMinutes: 100,
  attendedMinutes: 300,
  unitMinutes: 50,
  content: 'プレス加工の基本知識',
  providerCertifiedOn: certified ? date : null,
});

describe('training logs (訓練日誌・Off-JT実施状況報告書) through the plan', () => {
  let kit: JobcardKit;
  let people: Staff;
  let plan: PlanView;

  beforeAll(async () => {
    kit = await startKit('2025-02-01');
    people = await staff(kit.dataSource);
    const companyId = await insertCompany(kit.dataSource, '13');
    plan = ok(
      await kit.gql<{ saveTrainingPlan: PlanView }>(people.tokyo, SAVE_PLAN, {
        input: { companyId, traineeName: '日誌 太郎', draft: draftWith() },
      }),
    ).saveTrainingPlan;
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('EX-LOG-c: refuses an Off-JT band overlapping the OJT of the same day, and a day outside the period', async () => {
    const refused = await kit.gql(people.tokyo, SAVE_LOG, {
      planId: plan.id,
      version: plan.version,
      ojt: [
        ojtDay('2025-04-07', '9:00', '17:00', 420, true),
        ojtDay('2025-10-01', '9:00', '17:00', 420, true),
      ],
      offJt: [{ ...offJtDay('2025-04-07', '10:00', '12:00'), excludedMinutes: 0, attendedMinutes: 120 }],
    });
    expect(codeOf(refused)).toBe('FAILED_PRECONDITION');
    expect(reasonOf(refused)).toBe('RULES_NOT_MET');
    const findings = refused.errors?.[0].extensions['findings'] as {
      code: string;
      field: string;
      message: string;
    }[];
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['LOG_DATE_OUTSIDE_PERIOD', 'ojt.1.date'],
      ['LOG_TIME_OVERLAP', 'offJt.0.from'],
    ]);
    expect(findings[1].message).toContain('9:00～17:00');
  });

  it('saves entries waiting for certification with a warning; only certified time counts for the subsidy', async () => {
    const saved = ok(
      await kit.gql<{ saveTrainingLog: PlanView }>(people.tokyo, SAVE_LOG, {
        planId: plan.id,
        version: plan.version,
        ojt: [
          ojtDay('2025-04-07', '9:00', '17:00', 420, true),
          ojtDay('2025-04-08', '9:00', '17:00', 420, false),
        ],
        offJt: [offJtDay('2025-04-09')],
      }),
    ).saveTrainingLog;
    expect(saved.version).toBe(plan.version + 1);
    expect(saved.logTotals).toEqual({
      ojtMinutes: 840,
      offJtCountedMinutes: 360,
      subsidyOjtMinutes: 420,
      subsidyOffJtMinutes: 360,
      ojtDisplay: '14時間',
      offJtCountedDisplay: '6時間',
    });
    expect(saved.logFindings).toEqual([
      { code: 'OJT_NOT_CONFIRMED', severity: 'WARNING', field: 'ojt.1.trainerConfirmedOn' },
    ]);
    const stale = await kit.gql(people.tokyo, SAVE_LOG, {
      planId: plan.id,
      version: plan.version,
      ojt: [],
      offJt: [],
    });
    expect(reasonOf(stale)).toBe('STALE_VERSION');
    expect(
      reasonOf(
        await kit.gql(people.osaka, SAVE_LOG, {
          planId: plan.id,
          version: saved.version,
          ojt: [],
          offJt: [],
        }),
      ),
    ).toBe('NOT_IN_SCOPE');
  });
});
