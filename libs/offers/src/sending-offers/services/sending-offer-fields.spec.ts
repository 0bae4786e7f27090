import { MoveTypeWanted, SendingReason, WorkplaceCondition } from '../../shared/offer-enums';
import { normaliseSendingOfferFields, type SendingOfferFieldsInput } from './sending-offer-fields';

const TODAY = '2026-11-21';

const valid = (overrides: Partial<SendingOfferFieldsInput> = {}): SendingOfferFieldsInput => ({
  receivedOn: '2026-11-20',
  moveType: MoveTypeWanted.SECONDMENT,
  peopleCount: 2,
  reason: SendingReason.EMPLOYMENT_ADJUSTMENT,
  occupationCode: 'h',
  jobTitle: '  NC旋盤  オペレーター ',
  skills: ['NC旋盤', ' ', 'ﾌｫｰｸﾘﾌﾄ'],
  acceptablePrefectureCodes: ['13', '1', '13'],
  ...overrides,
});

const fieldsOf = (input: SendingOfferFieldsInput) =>
  normaliseSendingOfferFields(input, { today: TODAY }).errors.map((e) => e.field);

describe('normaliseSendingOfferFields', () => {
  it('normalises a valid offer: codes, spacing, blank skills dropped, prefectures unique with leading zero', () => {
    const { values, errors } = normaliseSendingOfferFields(valid(), { today: TODAY });
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      occupationCode: 'H',
      jobTitle: 'NC旋盤 オペレーター',
      skillTexts: ['NC旋盤', 'フォークリフト'],
      acceptablePrefectureCodes: ['13', '01'],
      receivedOn: '2026-11-20',
      reasonDetail: null,
      conditions: [],
    });
  });

  it('reports every problem at once, each on its field, in Japanese', () => {
    const { errors } = normaliseSendingOfferFields(
      valid({
        peopleCount: 0,
        desiredPeriodMonths: 37,
        experienceYears: 61,
        monthlyWage: -1,
        jobTitle: '  ',
        occupationCode: '',
        earliestStartOn: '2025-11-20',
        receivedOn: '2026-11-22',
      }),
      { today: TODAY },
    );
    expect(errors.map((e) => e.field).sort()).toEqual(
      [
        'input.peopleCount',
        'input.desiredPeriodMonths',
        'input.experienceYears',
        'input.monthlyWage',
        'input.jobTitle',
        'input.occupationCode',
        'input.earliestStartOn',
        'input.receivedOn',
      ].sort(),
    );
    expect(errors.every((e) => /[ぁ-んァ-ン一-龥]/.test(e.message))).toBe(true);
    expect(errors.find((e) => e.field === 'input.peopleCount')?.message).toBe(
      '人数は1以上9999以下の整数で入力してください。',
    );
  });

  it.each([
    [{ peopleCount: 1 }, []],
    [{ peopleCount: 1.5 }, ['input.peopleCount']],
    [{ desiredPeriodMonths: 1 }, []],
    [{ desiredPeriodMonths: 36 }, []],
    [{ desiredPeriodMonths: 0 }, ['input.desiredPeriodMonths']],
    [{ experienceYears: 0 }, []],
    [{ experienceYears: 60 }, []],
    [{ experienceYears: -1 }, ['input.experienceYears']],
    [{ monthlyWage: 0 }, []],
    [{ earliestStartOn: '2025-11-21' }, []],
    [{ earliestStartOn: '2025-11-20' }, ['input.earliestStartOn']],
    [{ earliestStartOn: '2026-02-30' }, ['input.earliestStartOn']],
    [{ receivedOn: '2026/11/21' }, []],
    [{ receivedOn: 'yesterday' }, ['input.receivedOn']],
  ] as [Partial<SendingOfferFieldsInput>, string[]][])('%j → %j', (overrides, fields) => {
    expect(fieldsOf(valid(overrides))).toEqual(fields);
  });

  it('asks for a reason detail when the reason is OTHER', () => {
    expect(fieldsOf(valid({ reason: SendingReason.OTHER }))).toEqual(['input.reasonDetail']);
    expect(fieldsOf(valid({ reason: SendingReason.OTHER, reasonDetail: '取引先への技術支援' }))).toEqual([]);
  });

  it('refuses a skill of punctuation only, naming its index, and too many skills', () => {
    expect(fieldsOf(valid({ skills: ['NC旋盤', '・・'] }))).toEqual(['input.skills.1']);
    expect(fieldsOf(valid({ skills: Array.from({ length: 31 }, (_, i) => `技能${i}`) }))).toEqual([
      'input.skills',
    ]);
  });

  it('does not judge an unchanged earliest start when told so (an old offer stays editable)', () => {
    const { errors } = normaliseSendingOfferFields(valid({ earliestStartOn: '2020-04-01' }), {
      today: TODAY,
      checkEarliestStartAge: false,
    });
    expect(errors).toEqual([]);
  });

  it('keeps each condition once', () => {
    const { values } = normaliseSendingOfferFields(
      valid({ conditions: [WorkplaceCondition.WOMEN_FRIENDLY, WorkplaceCondition.WOMEN_FRIENDLY] }),
      { today: TODAY },
    );
    expect(values.conditions).toEqual([WorkplaceCondition.WOMEN_FRIENDLY]);
  });
});
