import type { TraineeFacts, WorkHistoryEntry } from './trainee-facts';
import { insuranceCondition, traineeEligibility } from './trainee-eligibility';

// Spec §5.12: EX-EL-1a..1f, 2, 4, 5, and the boundaries of the month counts.

const FIELD = '金属プレス加工';

const facts = (overrides: Partial<TraineeFacts> = {}): TraineeFacts => ({
  trainingStart: '2025-04-01',
  trainingEnd: '2025-09-30',
  trainingField: FIELD,
  history: [],
  currentEmploymentKind: 'FIXED_TERM',
  hiredOnPromiseOfRegular: false,
  dayStudent: false,
  expectedGraduationOn: null,
  publicTrainingFinishedOn: null,
  jobCardIssuedOn: '2025-03-10',
  issuerKind: 'REGISTERED_CAREER_CONSULTANT',
  judgedSuitableForTraining: true,
  overrideReason: null,
  ...overrides,
});

const regular = (
  companyName: string,
  from: string,
  to: string | null,
  field: string | null = FIELD,
): WorkHistoryEntry => ({
  companyName,
  from,
  to,
  employmentKind: 'REGULAR',
  field,
});

const codes = (f: TraineeFacts): string[] => traineeEligibility(f).findings.map((x) => x.code);

describe('traineeEligibility: the 5-year and 10-year work-history rules (R-EL-1)', () => {
  it('EX-EL-1a: 24 + 12 regular months in the field within 2020-04..2025-03 total 36: ineligible', () => {
    const result = traineeEligibility(
      facts({ history: [regular('A社', '2020-04', '2022-03'), regular('B社', '2022-10', '2023-09')] }),
    );
    expect(result.eligible).toBe(false);
    expect(result.figures).toEqual({
      regularMonthsInFieldWithin5Years: 36,
      longestContinuousRegularAtOneCompanyWithin10Years: 24,
      window5: { from: '2020-04', to: '2025-03' },
      window10: { from: '2015-04', to: '2025-03' },
    });
    const [finding] = result.findings;
    expect(finding).toMatchObject({
      code: 'REGULAR_IN_FIELD_3_YEARS',
      severity: 'ERROR',
      rule: 'R-EL-1',
      seed: 'S003:24',
    });
    expect(finding?.message).toContain('おおむね3年以上通算して正規雇用');
    expect(finding?.message).toContain('通算 36か月（3年0か月）');
    expect(finding?.message).toContain('2020年4月～2025年3月');
  });

  it('EX-EL-1b: only 12 + 6 of the months fall in the window: eligible', () => {
    const result = traineeEligibility(
      facts({ history: [regular('A社', '2019-04', '2021-03'), regular('B社', '2022-04', '2022-09')] }),
    );
    expect(result.figures.regularMonthsInFieldWithin5Years).toBe(18);
    expect(result.findings).toEqual([]);
    expect(result.eligible).toBe(true);
  });

  it('EX-EL-1c: 76 continuous regular months at one company in another field: ineligible', () => {
    const result = traineeEligibility(facts({ history: [regular('X工業', '2015-06', '2021-09', '小売')] }));
    expect(result.eligible).toBe(false);
    expect(result.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(76);
    expect(result.figures.regularMonthsInFieldWithin5Years).toBe(0);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: 'CONTINUOUS_REGULAR_6_YEARS',
      field: 'history.0',
      seed: 'S003:25',
    });
    expect(result.findings[0]?.message).toContain('X工業：2015年6月～2021年9月の継続 76か月（6年4か月）');
  });

  it('EX-EL-1d: 2014-01..2020-03 at one company has only 60 months inside 2015-04..2025-03: eligible', () => {
    const result = traineeEligibility(facts({ history: [regular('Y商事', '2014-01', '2020-03', '小売')] }));
    expect(result.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(60);
    expect(result.eligible).toBe(true);
  });

  it('EX-EL-1e: a 65-year-old, regular until 2020-03 then fixed-term 嘱託, starting 2025-06: 58 and 0: eligible', () => {
    const history: WorkHistoryEntry[] = [
      regular('Z製作所', '1983-04', '2020-03'),
      { companyName: 'Z製作所', from: '2020-04', to: '2025-03', employmentKind: 'FIXED_TERM', field: FIELD },
    ];
    const result = traineeEligibility(
      facts({ trainingStart: '2025-06-01', trainingEnd: '2025-11-30', history }),
    );
    expect(result.figures).toMatchObject({
      regularMonthsInFieldWithin5Years: 0,
      longestContinuousRegularAtOneCompanyWithin10Years: 58,
      window5: { from: '2020-06', to: '2025-05' },
      window10: { from: '2015-06', to: '2025-05' },
    });
    expect(result.eligible).toBe(true);
  });

  it('EX-EL-1f: a 61-year-old just retired, starting 2025-06: 106 and 46: ineligible by both rules', () => {
    const result = traineeEligibility(
      facts({
        trainingStart: '2025-06-01',
        trainingEnd: '2025-11-30',
        history: [regular('Z製作所', '1986-04', '2024-03')],
      }),
    );
    expect(result.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(106);
    expect(result.figures.regularMonthsInFieldWithin5Years).toBe(46);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['REGULAR_IN_FIELD_3_YEARS', 'ERROR'],
      ['CONTINUOUS_REGULAR_6_YEARS', 'ERROR'],
    ]);
    expect(result.eligible).toBe(false);
  });

  it('EX-EL-1f with the consultant’s reason: both おおむね rules become warnings and the trainee is eligible', () => {
    const result = traineeEligibility(
      facts({
        trainingStart: '2025-06-01',
        history: [regular('Z製作所', '1986-04', '2024-03')],
        overrideReason: '定年退職後の職種転換で、プレス加工の経験は補助業務のみ',
      }),
    );
    expect(result.findings.map((f) => f.severity)).toEqual(['WARNING', 'WARNING']);
    expect(result.findings[0]?.message).toContain(
      '理由「定年退職後の職種転換で、プレス加工の経験は補助業務のみ」',
    );
    expect(result.eligible).toBe(true);
  });

  it('a blank override reason is no reason: the rules stay errors', () => {
    const result = traineeEligibility(
      facts({ history: [regular('A社', '2020-04', '2023-03')], overrideReason: '  ' }),
    );
    expect(result.findings.map((f) => f.severity)).toEqual(['ERROR']);
  });

  it('boundary: 35 regular months in the field are eligible, 36 are not', () => {
    expect(codes(facts({ history: [regular('A社', '2020-05', '2023-03')] }))).toEqual([]);
    expect(codes(facts({ history: [regular('A社', '2020-04', '2023-03')] }))).toEqual([
      'REGULAR_IN_FIELD_3_YEARS',
    ]);
  });

  it('boundary: 71 continuous months at one company are eligible, 72 are not', () => {
    const at71 = traineeEligibility(facts({ history: [regular('X工業', '2015-05', '2021-03', '小売')] }));
    const at72 = traineeEligibility(facts({ history: [regular('X工業', '2015-04', '2021-03', '小売')] }));
    expect(at71.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(71);
    expect(at71.eligible).toBe(true);
    expect(at72.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(72);
    expect(at72.findings.map((f) => f.code)).toEqual(['CONTINUOUS_REGULAR_6_YEARS']);
  });

  it('boundary: an ongoing entry runs to the month before the start (2022-04.. = 36 months, 2022-05.. = 35)', () => {
    const from04 = traineeEligibility(facts({ history: [regular('A社', '2022-04', null)] }));
    expect(from04.figures.regularMonthsInFieldWithin5Years).toBe(36);
    expect(from04.eligible).toBe(false);
    expect(traineeEligibility(facts({ history: [regular('A社', '2022-05', null)] })).eligible).toBe(true);
  });

  it('overlapping regular jobs at two companies count each month once (24 + 12 months, 30 distinct): eligible', () => {
    const result = traineeEligibility(
      facts({ history: [regular('A社', '2021-01', '2022-12'), regular('B社', '2022-07', '2023-06')] }),
    );
    expect(result.figures.regularMonthsInFieldWithin5Years).toBe(30);
    expect(result.eligible).toBe(true);
  });

  it('touching entries at one company (written differently) are one continuous employment; a month’s gap breaks it', () => {
    const joined = [
      regular('(株)山田製作所', '2015-04', '2018-03', '小売'),
      regular('山田製作所株式会社', '2018-04', '2021-03', '小売'),
    ];
    expect(
      traineeEligibility(facts({ history: joined })).figures
        .longestContinuousRegularAtOneCompanyWithin10Years,
    ).toBe(72);
    const gap = [
      regular('山田製作所', '2015-04', '2018-02', '小売'),
      regular('山田製作所', '2018-04', '2021-03', '小売'),
    ];
    expect(
      traineeEligibility(facts({ history: gap })).figures.longestContinuousRegularAtOneCompanyWithin10Years,
    ).toBe(36);
  });

  it('compares the fields after NFKC and trimming; a regular entry without a field is not counted but flagged', () => {
    const typed = traineeEligibility(
      facts({ trainingField: 'ＩＴ運用', history: [regular('A社', '2020-04', '2023-03', ' IT運用 ')] }),
    );
    expect(typed.figures.regularMonthsInFieldWithin5Years).toBe(36);
    const unknown = traineeEligibility(facts({ history: [regular('A社', '2020-04', '2023-03', null)] }));
    expect(unknown.figures.regularMonthsInFieldWithin5Years).toBe(0);
    expect(unknown.findings).toEqual([
      expect.objectContaining({
        code: 'HISTORY_FIELD_MISSING',
        severity: 'WARNING',
        field: 'history.0.field',
      }),
    ]);
    expect(unknown.eligible).toBe(true);
  });

  it('an entry ending before it begins, or with a month that is not one, is refused with its field', () => {
    const result = traineeEligibility(
      facts({ history: [regular('A社', '2022-05', '2022-03'), regular('B社', '2022-13', '2023-01')] }),
    );
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([
      ['HISTORY_ENDS_BEFORE_START', 'history.0.to'],
      ['HISTORY_MONTH_INVALID', 'history.1.from'],
    ]);
    expect(result.findings[0]?.message).toContain('2022年3月');
  });
});

describe('traineeEligibility: Job Card, employment and exclusions (R-EL-1..R-EL-5)', () => {
  it('EX-EL-2: a regular worker at the training company is ineligible, even with an override reason', () => {
    const result = traineeEligibility(
      facts({ currentEmploymentKind: 'REGULAR', overrideReason: '本人の希望' }),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'REGULAR_AT_TRAINING_COMPANY', severity: 'ERROR', rule: 'R-EL-2' }),
    ]);
    expect(result.eligible).toBe(false);
  });

  it('an indefinite non-regular worker is eligible; a worker received on dispatch is not', () => {
    expect(traineeEligibility(facts({ currentEmploymentKind: 'INDEFINITE_NON_REGULAR' })).eligible).toBe(
      true,
    );
    expect(codes(facts({ currentEmploymentKind: 'DISPATCHED' }))).toEqual(['DISPATCHED_TO_TRAINING_COMPANY']);
  });

  it('R-EL-3: hired on a promise of regular employment: ineligible', () => {
    expect(codes(facts({ hiredOnPromiseOfRegular: true }))).toEqual(['HIRED_ON_PROMISE_OF_REGULAR']);
  });

  it('the Job Card must be issued before the start day, by a named issuer kind, with the judgement', () => {
    expect(codes(facts({ jobCardIssuedOn: '2025-03-31' }))).toEqual([]);
    expect(codes(facts({ jobCardIssuedOn: '2025-04-01' }))).toEqual(['JOB_CARD_ISSUED_TOO_LATE']);
    expect(codes(facts({ jobCardIssuedOn: null, issuerKind: null }))).toEqual(['JOB_CARD_NOT_ISSUED']);
    expect(codes(facts({ issuerKind: null }))).toEqual(['JOB_CARD_ISSUER_MISSING']);
    expect(codes(facts({ issuerKind: 'JOB_CARD_ADVISER' }))).toEqual([]);
    expect(codes(facts({ judgedSuitableForTraining: false }))).toEqual(['NOT_JUDGED_SUITABLE']);
  });

  it('EX-EL-4: graduating 2025-03-20, a start on 2025-04-01 is eligible, on 2025-03-25 it is not', () => {
    const graduate = {
      dayStudent: true,
      expectedGraduationOn: '2025-03-20',
      jobCardIssuedOn: null,
      issuerKind: null,
    };
    expect(traineeEligibility(facts({ ...graduate, trainingStart: '2025-04-01' })).eligible).toBe(true);
    const early = traineeEligibility(facts({ ...graduate, trainingStart: '2025-03-25' }));
    expect(early.findings.map((f) => f.code)).toEqual(['GRADUATE_STARTS_TOO_EARLY']);
    expect(early.findings[0]?.message).toContain('2025年4月1日以降');
  });

  it('a day student who is not graduating is ineligible', () => {
    expect(codes(facts({ dayStudent: true }))).toEqual(['DAY_STUDENT']);
  });

  it('EX-EL-5: public training finished 2024-12-20 excludes a start on 2025-06-20, not on 2025-06-21', () => {
    const finished = { publicTrainingFinishedOn: '2024-12-20', jobCardIssuedOn: '2025-06-01' };
    const onLastDay = traineeEligibility(facts({ ...finished, trainingStart: '2025-06-20' }));
    expect(onLastDay.findings.map((f) => f.code)).toEqual(['PUBLIC_TRAINING_TOO_RECENT']);
    expect(onLastDay.findings[0]?.message).toContain('2025年6月20日までに開始する訓練は対象外');
    expect(traineeEligibility(facts({ ...finished, trainingStart: '2025-06-21' })).eligible).toBe(true);
  });
});

describe('insuranceCondition (R-EL-6)', () => {
  it('is met when insured on the end date or on the application date', () => {
    expect(insuranceCondition(true, false)).toEqual([]);
    expect(insuranceCondition(false, true)).toEqual([]);
  });

  it('refuses when insured on neither day', () => {
    const findings = insuranceCondition(false, false);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'NOT_INSURED', severity: 'ERROR', rule: 'R-EL-6' }),
    ]);
    expect(findings[0]?.message).toContain('雇用保険被保険者');
  });
});
