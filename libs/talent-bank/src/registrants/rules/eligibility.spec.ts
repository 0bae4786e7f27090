import { addDays } from '@kakehashi/calendar';
import { AgeBand, EligibilityReason } from '../../talent-bank-enums';
import { decideEligibility, type EligibilityDecision } from './eligibility';

const REGISTERED = '2026-11-21';
const messages = (decision: EligibilityDecision) =>
  decision.eligible ? [] : decision.problems.map((p) => `${p.field}: ${p.message}`);

describe('decideEligibility', () => {
  const retiring = (dateOfBirth: string) =>
    decideEligibility({
      dateOfBirth,
      registeredOn: REGISTERED,
      reason: EligibilityReason.MANDATORY_RETIREMENT,
      leftJobOn: null,
    });

  it('refuses 59 years and 364 days, naming the age and the 60th birthday; accepts the 60th birthday', () => {
    expect(messages(retiring('1966-11-22'))).toEqual([
      'input.dateOfBirth: 登録日（2026年11月21日）時点で59歳のため登録できません。キャリア人材バンクは60歳以上の方が対象です（60歳の誕生日は2026年11月22日）。',
    ]);
    expect(retiring('1966-11-21')).toEqual({ eligible: true, age: 60, ageBand: AgeBand.FROM_60_TO_64 });
    expect(retiring('1951-11-21')).toEqual({ eligible: true, age: 75, ageBand: AgeBand.FROM_75 });
  });

  it('takes a 29 February birth to be 60 on the 29 February sixty years on (always a leap year), not the day before', () => {
    const on = (registeredOn: string) =>
      decideEligibility({
        dateOfBirth: '1964-02-29',
        registeredOn,
        reason: EligibilityReason.END_OF_CONTINUED_EMPLOYMENT,
        leftJobOn: null,
      });
    expect(messages(on('2024-02-28'))[0]).toMatch(/59歳のため登録できません。.*60歳の誕生日は2024年2月29日/);
    expect(on('2024-02-29').eligible).toBe(true);
    expect(on('2024-03-01').eligible).toBe(true);
  });

  describe('left a job at 60 or over', () => {
    const leftOn = (leftJobOn: string | null, dateOfBirth = '1960-05-10') =>
      decideEligibility({
        dateOfBirth,
        registeredOn: REGISTERED,
        reason: EligibilityReason.LEFT_JOB_AT_60_OR_OVER,
        leftJobOn,
      });

    it('accepts leaving 365 days ago and refuses 366 days ago, with the deadline', () => {
      expect(leftOn(addDays(REGISTERED, -365)).eligible).toBe(true);
      expect(messages(leftOn(addDays(REGISTERED, -366)))).toEqual([
        'input.leftJobOn: 離職の日（2025年11月20日）から1年を超えているため登録できません（1年以内の期限は2026年11月20日）。',
      ]);
      expect(leftOn(REGISTERED).eligible).toBe(true);
    });

    it('requires the date of leaving, not after the registration, and at 60 or over', () => {
      expect(messages(leftOn(null))).toEqual([
        'input.leftJobOn: 離職日を入力してください。60歳以上で離職した方は、離職日から1年以内であることを確認します。',
      ]);
      expect(messages(leftOn('2026-11-22'))[0]).toMatch(/離職日（2026年11月22日）が登録日より後です/);
      // Born 1966-05-10: 60 now, but 59 when leaving on 2026-05-09.
      expect(messages(leftOn('2026-05-09', '1966-05-10'))).toEqual([
        'input.leftJobOn: 離職日（2026年5月9日）時点で59歳のため対象外です。60歳以上で離職した方が対象です。',
      ]);
      expect(leftOn('2026-05-10', '1966-05-10').eligible).toBe(true);
    });

    it('reports every problem at once', () => {
      expect(messages(leftOn(addDays(REGISTERED, -400), '1967-01-01'))).toHaveLength(3);
    });
  });

  it('lets a retirement be planned within the coming year, or past within the last year', () => {
    const retiringOn = (leftJobOn: string) =>
      decideEligibility({
        dateOfBirth: '1960-05-10',
        registeredOn: REGISTERED,
        reason: EligibilityReason.MANDATORY_RETIREMENT,
        leftJobOn,
      });
    expect(retiringOn('2027-03-31').eligible).toBe(true);
    expect(retiringOn('2027-11-21').eligible).toBe(true);
    expect(messages(retiringOn('2027-11-22'))[0]).toMatch(
      /定年退職の予定日（2027年11月22日）は登録日から1年以内/,
    );
    expect(retiringOn('2025-11-21').eligible).toBe(true);
    expect(messages(retiringOn('2025-11-20'))[0]).toMatch(
      /定年退職の日（2025年11月20日）から1年を超えている/,
    );
  });
});
