import { MoveType } from '../../shared/offer-enums';
import { normaliseReceivingOfferFields, type ReceivingOfferFieldsInput } from './receiving-offer-fields';

const TODAY = '2026-11-21';

const valid = (overrides: Partial<ReceivingOfferFieldsInput> = {}): ReceivingOfferFieldsInput => ({
  receivedOn: '2026-11-01',
  moveTypes: [MoveType.SECONDMENT],
  peopleWanted: 3,
  occupationCode: 'K',
  jobTitle: 'フォークリフト運転者',
  requiredSkills: ['ﾌｫｰｸﾘﾌﾄ'],
  workplacePrefectureCode: '23',
  ...overrides,
});

const fieldsOf = (input: ReceivingOfferFieldsInput) =>
  normaliseReceivingOfferFields(input, { today: TODAY })
    .errors.map((e) => e.field)
    .sort();

describe('normaliseReceivingOfferFields', () => {
  it('stores the move types as two flags', () => {
    const both = normaliseReceivingOfferFields(
      valid({ moveTypes: [MoveType.TRANSFER, MoveType.SECONDMENT] }),
      {
        today: TODAY,
      },
    );
    expect(both.errors).toEqual([]);
    expect(both.values).toMatchObject({ acceptsSecondment: true, acceptsTransfer: true });
    const transfer = normaliseReceivingOfferFields(valid({ moveTypes: [MoveType.TRANSFER] }), {
      today: TODAY,
    });
    expect(transfer.values).toMatchObject({ acceptsSecondment: false, acceptsTransfer: true });
  });

  it('refuses an offer accepting no kind of move', () => {
    expect(fieldsOf(valid({ moveTypes: [] }))).toEqual(['input.moveTypes']);
  });

  it('reports every problem at once', () => {
    expect(
      fieldsOf(
        valid({
          peopleWanted: 0,
          periodMonths: 40,
          minExperienceYears: 70,
          monthlyWage: -5,
          jobTitle: '',
          workplacePrefectureCode: '',
          startBy: '2026-13-01',
        }),
      ),
    ).toEqual(
      [
        'input.peopleWanted',
        'input.periodMonths',
        'input.minExperienceYears',
        'input.monthlyWage',
        'input.jobTitle',
        'input.workplacePrefectureCode',
        'input.startBy',
      ].sort(),
    );
  });

  it('accepts a start date in the past (the receiver may have wanted someone long ago)', () => {
    expect(fieldsOf(valid({ startBy: '2024-04-01' }))).toEqual([]);
  });

  it('adds the leading zero a spreadsheet dropped', () => {
    expect(
      normaliseReceivingOfferFields(valid({ workplacePrefectureCode: '１' }), { today: TODAY }).values
        .workplacePrefectureCode,
    ).toBe('01');
  });
});
