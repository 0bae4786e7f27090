import type { SendingOfferDetailFragment } from '../../gql/graphql';
import { offerFormErrors } from './offer-form-support';
import {
  createSendingInput,
  emptySendingValues,
  SENDING_FIELD_ORDER,
  sendingValuesOf,
  updateSendingInput,
} from './sending-offer-values';

const OFFER = {
  id: 'offer-1',
  version: 4,
  jobTitle: '倉庫作業リーダー',
  status: 'OPEN',
  peopleCount: 3,
  peopleAvailable: 3,
  moveType: 'EITHER',
  receivedOn: '2026-11-02',
  reason: 'RESTRUCTURING',
  reasonDetail: null,
  ageBand: null,
  experienceYears: 10,
  monthlyWage: 280000,
  desiredPeriodMonths: null,
  earliestStartOn: null,
  conditions: ['NO_NIGHT_SHIFT'],
  notes: null,
  occupationCode: 'H',
  acceptablePrefectureCodes: ['13'],
  acceptablePrefectures: [],
  skills: [
    { key: 'ヨウセツ', label: '溶接', skillId: 'skill-weld' },
    { key: 'シャナイケンサ', label: '社内検査', skillId: null },
  ],
  occupation: { code: 'H', nameJa: '生産工程従事者' },
  company: {
    id: 'company-1',
    legalName: '株式会社ワールドブリッジトラベル',
    prefecture: { code: '13', nameJa: '東京都' },
  },
  owningOffice: { id: 'office-13', nameJa: '東京事務所' },
  updatedAt: '2026-11-02T00:00:00Z',
} as unknown as SendingOfferDetailFragment;

describe('an offer form and the API', () => {
  it('sends a new offer with an empty choice as a missing value, so the API names that field', () => {
    const input = createSendingInput({ ...emptySendingValues(), jobTitle: ' ' });
    expect(input).toMatchObject({
      companyId: '',
      occupationCode: '',
      moveType: null,
      reason: null,
      peopleCount: null,
    });
    expect(input.notes).toBeNull();
  });

  it('sends an edit as only what the user changed, with the version the edit began from', () => {
    const before = sendingValuesOf(OFFER);
    const after = {
      ...before,
      peopleCount: 4,
      skills: [...before.skills, { id: 'skill-gas', label: 'ガス溶接技能講習' }],
    };
    expect(updateSendingInput(OFFER.id, OFFER.version, before, after)).toEqual({
      id: 'offer-1',
      expectedVersion: 4,
      peopleCount: 4,
      skills: ['溶接', '社内検査', 'ガス溶接技能講習'],
    });
    expect(updateSendingInput(OFFER.id, OFFER.version, before, before)).toEqual({
      id: 'offer-1',
      expectedVersion: 4,
    });
  });

  it('places each API field error at its field, in the form’s order, a list item’s at its list', () => {
    const errors = offerFormErrors(
      {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        message: '入力内容に誤りがあります。',
        retryAfterSeconds: null,
        fields: [
          { field: 'input.peopleCount', message: '人数は1以上9999以下の整数で入力してください。' },
          { field: 'input.acceptablePrefectureCodes.1', message: '都道府県コード「48」は存在しません。' },
          { field: 'input.companyId', message: '企業を選択してください。' },
        ],
      },
      SENDING_FIELD_ORDER,
    );
    expect(errors.problems.map((problem) => problem.fieldId)).toEqual([
      'offer-companyId',
      'offer-peopleCount',
      'offer-acceptablePrefectureCodes',
    ]);
    expect(errors.at('acceptablePrefectureCodes')).toBe('都道府県コード「48」は存在しません。');
    expect(errors.isConflict).toBe(false);
  });

  it('tells a version conflict apart from a field problem', () => {
    const errors = offerFormErrors(
      {
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        message: '他のユーザーが先に更新しました。',
        retryAfterSeconds: null,
        fields: [],
      },
      SENDING_FIELD_ORDER,
    );
    expect(errors.isConflict).toBe(true);
    expect(errors.problems).toEqual([]);
  });
});
