// Trainee eligibility (spec §5.12) from a Career Talent Bank registrant's Job Card history: the work-history entries
// now carry their employment kind and field (registered through the talent bank's API), and the 5-year and 10-year
// rules read them (EX-EL-1e, EX-EL-1f). The read of the registrant's career goes to the talent bank's access log.
import type { AuthUser } from '@kakehashi/authz';
import {
  codeOf,
  ok,
  reasonOf,
  staff,
  startKit,
  type JobcardKit,
  type Staff,
  registerRegistrant,
} from '../../__tests__/jobcard-kit';

const ELIGIBILITY = `query ($registrantId: ID!, $start: String!, $end: String!, $field: String!) {
  registrantTrainingEligibility(registrantId: $registrantId, trainingStart: $start, trainingEnd: $end, trainingField: $field) {
    registrantId eligibleByWorkHistory note
    findings { code severity field message rule seed }
    figures { regularMonthsInFieldWithin5Years longestContinuousRegularAtOneCompanyWithin10Years window5 { from to } window10 { from to } }
  }
}`;

interface Eligibility {
  registrantId: string;
  eligibleByWorkHistory: boolean;
  note: string;
  findings: { code: string; severity: string; field: string | null; message: string }[];
  figures: {
    regularMonthsInFieldWithin5Years: number;
    longestContinuousRegularAtOneCompanyWithin10Years: number;
    window5: { from: string; to: string };
    window10: { from: string; to: string };
  };
}

describe("trainee eligibility from a registrant's work history", () => {
  let kit: JobcardKit;
  let people: Staff;

  beforeAll(async () => {
    kit = await startKit('2025-02-01');
    people = await staff(kit.dataSource);
  });
  afterAll(async () => {
    await kit?.close();
  });

  const judge = async (user: AuthUser, registrantId: string) =>
    ok(
      await kit.gql<{ registrantTrainingEligibility: Eligibility }>(user, ELIGIBILITY, {
        registrantId,
        start: '2025-06-02',
        end: '2025-11-30',
        field: '金属プレス加工',
      }),
    ).registrantTrainingEligibility;

  it('EX-EL-1e: 37 years regular until 2020-03, then a fixed-term 嘱託: 58 months in the 10-year window → eligible', async () => {
    const id = await registerRegistrant(kit, people.tokyo, [
      {
        from: '2020-04',
        to: '2025-03',
        company: '試験プレス工業株式会社',
        employmentKind: 'FIXED_TERM',
        field: '金属プレス加工',
      },
      {
        from: '1983-04',
        to: '2020-03',
        company: '試験プレス工業株式会社',
        employmentKind: 'REGULAR',
        field: '金属プレス加工',
      },
    ]);
    const judged = await judge(people.tokyo, id);
    expect(judged.eligibleByWorkHistory).toBe(true);
    expect(judged.figures).toEqual({
      regularMonthsInFieldWithin5Years: 0,
      longestContinuousRegularAtOneCompanyWithin10Years: 58,
      window5: { from: '2020-06', to: '2025-05' },
      window10: { from: '2015-06', to: '2025-05' },
    });
    expect(judged.findings).toEqual([]);
  });

  it('EX-EL-1f: regular at one company 1986-04–2024-03 → 106 months (10 years) and 46 in the field: ineligible', async () => {
    const id = await registerRegistrant(kit, people.tokyo, [
      {
        from: '1986-04',
        to: '2024-03',
        company: '試験金型株式会社',
        employmentKind: 'REGULAR',
        field: '金属プレス加工',
      },
    ]);
    const judged = await judge(people.tokyo, id);
    expect(judged.eligibleByWorkHistory).toBe(false);
    expect(judged.figures.regularMonthsInFieldWithin5Years).toBe(46);
    expect(judged.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(106);
    expect(judged.findings.map((f) => [f.code, f.field])).toEqual([
      ['REGULAR_IN_FIELD_3_YEARS', 'workHistory'],
      ['CONTINUOUS_REGULAR_6_YEARS', 'workHistory.0'],
    ]);
    expect(judged.findings[0].message).toContain('通算 46か月');
    expect(judged.findings[1].message).toContain('継続 106か月');
    // The talent bank's log records the read of the career, by its own operation name.
    const rows: { operation: string; fields: string[]; outcome: string }[] = await kit.dataSource.query(
      `SELECT "operation", "fields", "outcome" FROM "talent_bank_access_log" WHERE "registrant_id" = $1 AND "actor_user_id" = $2
        AND "operation" = 'Query.registrantTrainingEligibility'`,
      [id, people.tokyo.id],
    );
    expect(rows).toEqual([
      { operation: 'Query.registrantTrainingEligibility', fields: ['career'], outcome: 'ALLOWED' },
    ]);
  });

  it('counts nothing it cannot see: an entry without an employment kind is a warning naming it', async () => {
    const id = await registerRegistrant(kit, people.tokyo, [
      { from: '1990-04', to: '2024-03', company: '旧記録株式会社' },
    ]);
    const judged = await judge(people.tokyo, id);
    expect(judged.eligibleByWorkHistory).toBe(true);
    expect(judged.findings).toEqual([
      expect.objectContaining({
        code: 'HISTORY_EMPLOYMENT_KIND_MISSING',
        severity: 'WARNING',
        field: 'workHistory.0.employmentKind',
      }),
    ]);
    expect(judged.note).toContain('職歴から判定できる要件');
  });

  it("refuses another office's registrant and logs the refusal in the talent bank's log", async () => {
    const id = await registerRegistrant(kit, people.tokyo, [
      {
        from: '2001-04',
        to: '2010-03',
        company: '他所株式会社',
        employmentKind: 'REGULAR',
        field: '金属プレス加工',
      },
    ]);
    const refused = await kit.gql(people.osaka, ELIGIBILITY, {
      registrantId: id,
      start: '2025-06-02',
      end: '2025-11-30',
      field: 'x',
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(reasonOf(refused)).toBe('NOT_IN_SCOPE');
    const rows: { outcome: string; denial_reason: string }[] = await kit.dataSource.query(
      `SELECT "outcome", "denial_reason" FROM "talent_bank_access_log" WHERE "registrant_id" = $1 AND "actor_user_id" = $2`,
      [id, people.osaka.id],
    );
    expect(rows).toEqual([{ outcome: 'DENIED', denial_reason: 'NOT_IN_SCOPE' }]);
  });

  it('judges typed facts statelessly (EX-EL-5: public training finished 2024-12-20, start 2025-06-20 → ineligible)', async () => {
    const QUERY = `query ($input: TraineeFactsInput!) { traineeEligibility(input: $input) { eligible findings { code message } } }`;
    const facts = (trainingStart: string) => ({
      trainingStart,
      trainingEnd: '2025-12-19',
      trainingField: '介護',
      history: [],
      currentEmploymentKind: 'FIXED_TERM',
      publicTrainingFinishedOn: '2024-12-20',
      jobCardIssuedOn: '2025-05-01',
      issuerKind: 'JOB_CARD_ADVISER',
      judgedSuitableForTraining: true,
    });
    const refused = ok(
      await kit.gql<{
        traineeEligibility: { eligible: boolean; findings: { code: string; message: string }[] };
      }>(people.admin, QUERY, { input: facts('2025-06-20') }),
    ).traineeEligibility;
    expect(refused.eligible).toBe(false);
    expect(refused.findings.map((f) => f.code)).toEqual(['PUBLIC_TRAINING_TOO_RECENT']);
    expect(refused.findings[0].message).toContain('2025年6月20日');
    const admitted = ok(
      await kit.gql<{ traineeEligibility: { eligible: boolean } }>(people.admin, QUERY, {
        input: facts('2025-06-21'),
      }),
    );
    expect(admitted.traineeEligibility.eligible).toBe(true);
    const badDay = await kit.gql(people.admin, QUERY, { input: facts('2025-06-31') });
    expect(reasonOf(badDay)).toBe('INVALID_INPUT');
  });
});
