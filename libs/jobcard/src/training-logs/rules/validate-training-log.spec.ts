import type { OffJtReportEntry, OjtDiaryEntry, TrainingLog } from './training-log.types';
import { validateTrainingLog } from './validate-training-log';

// Spec §5.14 R-LOG-3: EX-LOG-a..c and the boundaries of the bands and the period.

const PERIOD = { start: '2025-04-01', end: '2025-09-30' };

const ojt = (overrides: Partial<OjtDiaryEntry> = {}): OjtDiaryEntry => ({
  date: '2025-04-07',
  from: '9:00',
  to: '17:00',
  attendedMinutes: 420,
  content: 'プレス機の段取り替え',
  reflection: '金型の固定手順を覚えた',
  trainerConfirmedOn: '2025-04-07',
  ...overrides,
});

const offJt = (overrides: Partial<OffJtReportEntry> = {}): OffJtReportEntry => ({
  date: '2025-04-08',
  from: '9:00',
  to: '15:40',
  excludedMinutes: 100,
  attendedMinutes: 300,
  unitMinutes: 50,
  content: '安全衛生教育',
  providerCertifiedOn: '2025-04-08',
  ...overrides,
});

const log = (entries: Partial<Pick<TrainingLog, 'ojt' | 'offJt'>>): TrainingLog => ({
  period: PERIOD,
  ojt: entries.ojt ?? [],
  offJt: entries.offJt ?? [],
});

const codesAndFields = (l: TrainingLog): [string, string | null][] =>
  validateTrainingLog(l).map((f) => [f.code, f.field]);

describe('validateTrainingLog: the OJT diary and the Off-JT report (R-LOG-3)', () => {
  it('EX-LOG-a: OJT 9:00–17:00 attended 7 h 00 min is valid; 8 h 30 min exceeds the 8 h band', () => {
    expect(validateTrainingLog(log({ ojt: [ojt()] }))).toEqual([]);
    const findings = validateTrainingLog(log({ ojt: [ojt({ attendedMinutes: 510 })] }));
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'OJT_ATTENDED_EXCEEDS_BAND',
        severity: 'ERROR',
        field: 'ojt.0.attendedMinutes',
        rule: 'R-LOG-3',
      }),
    ]);
    expect(findings[0]?.message).toContain('受講時間数（8時間30分）');
    expect(findings[0]?.message).toContain('9:00～17:00、8時間00分');
  });

  it('EX-LOG-b: Off-JT 9:00–15:40 with 100 min excluded and 300 min attended in 50-minute units is valid', () => {
    expect(validateTrainingLog(log({ offJt: [offJt()] }))).toEqual([]);
  });

  it('EX-LOG-c: an OJT entry on 2025-10-01 after a period ending 2025-09-30 is outside the period', () => {
    const findings = validateTrainingLog(
      log({ ojt: [ojt({ date: '2025-10-01', trainerConfirmedOn: '2025-10-01' })] }),
    );
    expect(findings.map((f) => [f.code, f.field])).toEqual([['LOG_DATE_OUTSIDE_PERIOD', 'ojt.0.date']]);
    expect(findings[0]?.message).toContain('2025年10月1日');
    expect(findings[0]?.message).toContain('2025年4月1日～2025年9月30日');
  });

  it('EX-LOG-c: an Off-JT 10:00–12:00 on a day with OJT 9:00–17:00 overlaps it', () => {
    const day = '2025-04-07';
    const off = offJt({
      date: day,
      from: '10:00',
      to: '12:00',
      excludedMinutes: 0,
      attendedMinutes: 120,
      unitMinutes: null,
    });
    const findings = validateTrainingLog(log({ ojt: [ojt({ date: day })], offJt: [off] }));
    expect(findings.map((f) => [f.code, f.field])).toEqual([['LOG_TIME_OVERLAP', 'offJt.0.from']]);
    expect(findings[0]?.message).toContain('Off-JT（10:00～12:00）が同じ日のOJT（9:00～17:00）');
  });

  it('bands that only touch (9:00–12:00, then 12:00–13:00) do not overlap; two OJT bands sharing a minute do', () => {
    const morning = ojt({ from: '9:00', to: '12:00', attendedMinutes: 180 });
    expect(
      validateTrainingLog(log({ ojt: [morning, ojt({ from: '12:00', to: '13:00', attendedMinutes: 60 })] })),
    ).toEqual([]);
    const overlapping = log({ ojt: [morning, ojt({ from: '11:59', to: '13:00', attendedMinutes: 60 })] });
    expect(codesAndFields(overlapping)).toEqual([['LOG_TIME_OVERLAP', 'ojt.1.from']]);
  });

  it('boundary: a band ending when it starts is refused on its end time', () => {
    const findings = validateTrainingLog(log({ ojt: [ojt({ from: '12:00', to: '12:00' })] }));
    expect(findings.map((f) => [f.code, f.field])).toEqual([['LOG_TIME_BAND_EMPTY', 'ojt.0.to']]);
    expect(findings[0]?.message).toContain('終了（12:00）は開始（12:00）より後');
  });

  it('boundary: entries on the first and the last day of the period are valid; the day before is not', () => {
    const first = ojt({ date: PERIOD.start, trainerConfirmedOn: PERIOD.start });
    const last = offJt({ date: PERIOD.end, providerCertifiedOn: PERIOD.end });
    expect(validateTrainingLog(log({ ojt: [first], offJt: [last] }))).toEqual([]);
    const before = ojt({ date: '2025-03-31', trainerConfirmedOn: '2025-03-31' });
    expect(codesAndFields(log({ ojt: [before] }))).toEqual([['LOG_DATE_OUTSIDE_PERIOD', 'ojt.0.date']]);
  });

  it('boundary: attended exactly the band (OJT) or the band less the excluded time (Off-JT) is valid; a minute more is not', () => {
    expect(validateTrainingLog(log({ ojt: [ojt({ attendedMinutes: 480 })] }))).toEqual([]);
    expect(codesAndFields(log({ ojt: [ojt({ attendedMinutes: 481 })] }))).toEqual([
      ['OJT_ATTENDED_EXCEEDS_BAND', 'ojt.0.attendedMinutes'],
    ]);
    const net = log({ offJt: [offJt({ attendedMinutes: 301 })] });
    const findings = validateTrainingLog(net);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['OFFJT_ATTENDED_EXCEEDS_NET_BAND', 'offJt.0.attendedMinutes'],
    ]);
    expect(findings[0]?.message).toContain(
      '受講時間数（5時間01分）が実訓練時間数（6時間40分）からうち除外時間数（1時間40分）を除いた5時間00分を超えています',
    );
  });

  it('refuses excluded time longer than the band, reporting it once', () => {
    expect(codesAndFields(log({ offJt: [offJt({ excludedMinutes: 401 })] }))).toEqual([
      ['OFFJT_EXCLUDED_EXCEEDS_BAND', 'offJt.0.excludedMinutes'],
    ]);
  });

  it('points each finding at its entry by index (ojt.3.attendedMinutes)', () => {
    const days = ['2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04'].map((date) =>
      ojt({ date, trainerConfirmedOn: date }),
    );
    const fourth = days[3] as OjtDiaryEntry;
    days[3] = { ...fourth, attendedMinutes: 0 };
    expect(codesAndFields(log({ ojt: days }))).toEqual([['LOG_MINUTES_INVALID', 'ojt.3.attendedMinutes']]);
  });

  it('asks for the content, the trainee’s reflections, and readable times and unit', () => {
    const findings = codesAndFields(
      log({
        ojt: [ojt({ content: ' ', reflection: '', from: '9:0' })],
        offJt: [offJt({ content: '', unitMinutes: 0 })],
      }),
    );
    expect(findings).toEqual([
      ['LOG_TIME_INVALID', 'ojt.0.from'],
      ['LOG_CONTENT_MISSING', 'ojt.0.content'],
      ['OJT_REFLECTION_MISSING', 'ojt.0.reflection'],
      ['OFFJT_UNIT_INVALID', 'offJt.0.unitMinutes'],
      ['LOG_CONTENT_MISSING', 'offJt.0.content'],
    ]);
  });

  it('warns that an unconfirmed OJT day and an uncertified Off-JT day count for no subsidy hours', () => {
    const findings = validateTrainingLog(
      log({ ojt: [ojt({ trainerConfirmedOn: null })], offJt: [offJt({ providerCertifiedOn: null })] }),
    );
    expect(findings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['OJT_NOT_CONFIRMED', 'WARNING', 'ojt.0.trainerConfirmedOn'],
      ['OFFJT_NOT_CERTIFIED', 'WARNING', 'offJt.0.providerCertifiedOn'],
    ]);
    expect(findings[0]?.message).toContain('2025年4月7日のOJTは訓練担当者の確認がない');
  });

  it('refuses a confirmation dated before the day it confirms', () => {
    expect(codesAndFields(log({ ojt: [ojt({ trainerConfirmedOn: '2025-04-06' })] }))).toEqual([
      ['LOG_CERTIFIED_BEFORE_DATE', 'ojt.0.trainerConfirmedOn'],
    ]);
  });
});
