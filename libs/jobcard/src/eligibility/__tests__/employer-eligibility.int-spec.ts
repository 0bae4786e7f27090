// The employer's requirements (spec §5.13) through the API: typed facts, nothing stored. R-EM-6's window runs from six
// months before the plan's submission to the application (EX-EM-6a/6b), or to today before it; the calculators are
// for the Job Card's staff only.
import type { AuthUser } from '@kakehashi/authz';
import { codeOf, ok, staff, startKit, type JobcardKit, type Staff } from '../../__tests__/jobcard-kit';

const EMPLOYER = `query ($input: EmployerFactsInput!) {
  employerTrainingEligibility(input: $input) {
    eligible
    findings { code severity field message rule seed }
    dismissalWindow { from to }
  }
}`;

interface Judged {
  eligible: boolean;
  findings: { code: string; field: string | null; message: string; rule: string; seed: string }[];
  dismissalWindow: { from: string; to: string };
}

describe("the employer's requirements for the fixed-term training", () => {
  let kit: JobcardKit;
  let people: Staff;

  beforeAll(async () => {
    kit = await startKit('2025-03-01');
    people = await staff(kit.dataSource);
  });
  afterAll(async () => {
    await kit?.close();
  });

  const judge = async (user: AuthUser, facts: Record<string, unknown>) =>
    ok(
      await kit.gql<{ employerTrainingEligibility: Judged }>(user, EMPLOYER, {
        input: { submittedOn: '2025-02-20', employsFixedTermWorkers: true, ...facts },
      }),
    ).employerTrainingEligibility;

  it('EX-EM-6a: a dismissal on 2024-09-10 falls in the window from 2024-08-20 → not eligible, with the reason', async () => {
    const judged = await judge(people.tokyo, { dismissalsForEmployerReasons: ['2024-09-10'] });
    expect(judged.eligible).toBe(false);
    expect(judged.dismissalWindow).toEqual({ from: '2024-08-20', to: '2025-03-01' });
    expect(judged.findings).toEqual([
      expect.objectContaining({
        code: 'DISMISSAL_FOR_EMPLOYER_REASONS',
        field: 'dismissalsForEmployerReasons.0',
        rule: 'R-EM-6',
        seed: 'S003:20',
      }),
    ]);
  });

  it('EX-EM-6b: a dismissal on 2024-08-19 is outside → eligible; the window ends at the application', async () => {
    const judged = await judge(people.hq, {
      dismissalsForEmployerReasons: ['2024-08-19'],
      applicationOn: '2025-11-20',
    });
    expect(judged).toEqual({
      eligible: true,
      findings: [],
      dismissalWindow: { from: '2024-08-20', to: '2025-11-20' },
    });
  });

  it('names each requirement not met (R-EM-1, R-EM-5)', async () => {
    const judged = await judge(people.admin, {
      employsFixedTermWorkers: false,
      recordsKept: { training: true, costs: false, wages: true },
    });
    expect(judged.findings.map((finding) => [finding.code, finding.field])).toEqual([
      ['NO_FIXED_TERM_WORKERS', 'employsFixedTermWorkers'],
      ['RECORD_NOT_KEPT', 'recordsKept.costs'],
    ]);
  });

  it('refuses a day that is not one, by field', async () => {
    const response = await kit.gql(people.tokyo, EMPLOYER, {
      input: { submittedOn: '2025-02-30', employsFixedTermWorkers: true },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('is not for executives', async () => {
    const response = await kit.gql(people.executive, EMPLOYER, {
      input: { submittedOn: '2025-02-20', employsFixedTermWorkers: true },
    });
    expect(codeOf(response)).toBe('FORBIDDEN');
  });
});
