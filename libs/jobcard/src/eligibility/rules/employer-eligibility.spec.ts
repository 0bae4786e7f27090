import {
  companySizeAtSubmission,
  dismissalWindow,
  type EmployerFacts,
  employerEligibility,
} from './employer-eligibility';

// Spec §5.13: R-EM-1..R-EM-7 with EX-EM-6a..c.

const facts = (overrides: Partial<EmployerFacts> = {}): EmployerFacts => ({
  submittedOn: '2025-02-20',
  applicationOn: null,
  employsFixedTermWorkers: true,
  planCertified: null,
  trainedAsCertified: null,
  wagesPaidProperly: null,
  recordsKept: null,
  dismissalsForEmployerReasons: [],
  ...overrides,
});

const TODAY = '2025-03-01';

describe('employerEligibility: dismissals for the employer’s reasons (R-EM-6)', () => {
  it('EX-EM-6a: submitted 2025-02-20, the window starts 2024-08-20; a dismissal on 2024-09-10 is inside: ineligible', () => {
    expect(dismissalWindow('2025-02-20', null, TODAY)).toEqual({ from: '2024-08-20', to: TODAY });
    const findings = employerEligibility(facts({ dismissalsForEmployerReasons: ['2024-09-10'] }), TODAY);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'DISMISSAL_FOR_EMPLOYER_REASONS',
        severity: 'ERROR',
        field: 'dismissalsForEmployerReasons.0',
        rule: 'R-EM-6',
        seed: 'S003:20',
      }),
    ]);
    expect(findings[0]?.message).toContain('2024年9月10日');
    expect(findings[0]?.message).toContain('2024年8月20日～2025年3月1日');
  });

  it('EX-EM-6b: a dismissal on 2024-08-19 is outside the window; one on 2024-08-20 is inside', () => {
    expect(employerEligibility(facts({ dismissalsForEmployerReasons: ['2024-08-19'] }), TODAY)).toEqual([]);
    const onFirstDay = employerEligibility(facts({ dismissalsForEmployerReasons: ['2024-08-20'] }), TODAY);
    expect(onFirstDay.map((f) => f.code)).toEqual(['DISMISSAL_FOR_EMPLOYER_REASONS']);
  });

  it('EX-EM-6c: a dismissal on 2025-10-15, after the training, before the application on 2025-11-20: ineligible', () => {
    const applied = facts({ applicationOn: '2025-11-20', dismissalsForEmployerReasons: ['2025-10-15'] });
    expect(employerEligibility(applied, '2025-12-01').map((f) => f.code)).toEqual([
      'DISMISSAL_FOR_EMPLOYER_REASONS',
    ]);
  });

  it('before the application the window ends today: a later day is not yet in it', () => {
    const later = facts({ dismissalsForEmployerReasons: ['2025-03-02'] });
    expect(employerEligibility(later, TODAY)).toEqual([]);
    expect(employerEligibility(later, '2025-03-02')).toHaveLength(1);
  });

  it('after the application, a dismissal past the application day is outside the window', () => {
    const applied = facts({ applicationOn: '2025-11-20', dismissalsForEmployerReasons: ['2025-11-21'] });
    expect(employerEligibility(applied, '2025-12-01')).toEqual([]);
  });

  it('refuses a dismissal day that is not a date', () => {
    const findings = employerEligibility(facts({ dismissalsForEmployerReasons: ['2024-02-30'] }), TODAY);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['DISMISSAL_DATE_INVALID', 'dismissalsForEmployerReasons.0'],
    ]);
  });
});

describe('employerEligibility: R-EM-1..R-EM-5', () => {
  it('asks nothing yet of the facts that cannot be known (null)', () => {
    expect(employerEligibility(facts(), TODAY)).toEqual([]);
  });

  it('refuses each requirement that is not met, naming it as the seed does', () => {
    const findings = employerEligibility(
      facts({
        employsFixedTermWorkers: false,
        planCertified: false,
        trainedAsCertified: false,
        wagesPaidProperly: false,
        recordsKept: { training: true, costs: false, wages: false },
      }),
      TODAY,
    );
    expect(findings.map((f) => [f.code, f.rule, f.field])).toEqual([
      ['NO_FIXED_TERM_WORKERS', 'R-EM-1', 'employsFixedTermWorkers'],
      ['PLAN_NOT_CERTIFIED', 'R-EM-2', 'planCertified'],
      ['NOT_TRAINED_AS_CERTIFIED', 'R-EM-3', 'trainedAsCertified'],
      ['WAGES_NOT_PAID_PROPERLY', 'R-EM-4', 'wagesPaidProperly'],
      ['RECORD_NOT_KEPT', 'R-EM-5', 'recordsKept.costs'],
      ['RECORD_NOT_KEPT', 'R-EM-5', 'recordsKept.wages'],
    ]);
    expect(findings[4]?.message).toContain('訓練に要する経費の負担状況を明らかにする書類');
  });

  it('accepts an employer meeting every requirement at the application', () => {
    const met = facts({
      applicationOn: '2025-11-20',
      planCertified: true,
      trainedAsCertified: true,
      wagesPaidProperly: true,
      recordsKept: { training: true, costs: true, wages: true },
    });
    expect(employerEligibility(met, '2025-11-20')).toEqual([]);
  });
});

describe('companySizeAtSubmission (R-EM-7)', () => {
  it('keeps the size at submission when the company has since grown', () => {
    expect(companySizeAtSubmission({ submittedOn: '2025-02-20', sizeAtSubmission: 'SME' }, 'LARGE')).toBe(
      'SME',
    );
  });

  it('is the current size before the submission', () => {
    expect(companySizeAtSubmission({ submittedOn: null }, 'LARGE')).toBe('LARGE');
  });
});
