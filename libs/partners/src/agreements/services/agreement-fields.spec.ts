import { AgreementCounterpart } from '../../partner-enums';
import { normaliseAgreementFields } from './agreement-fields';

const messages = (errors: { field: string; message: string }[]) =>
  Object.fromEntries(errors.map((e) => [e.field, e.message]));

describe('agreement fields', () => {
  it('takes a headquarters agreement without an office and a regional one with it', () => {
    expect(
      normaliseAgreementFields({ signedOn: '2020/10/1', counterpart: AgreementCounterpart.CENTER_HQ }),
    ).toEqual({
      values: { signedOn: '2020-10-01', counterpart: 'CENTER_HQ', officeId: null, endedOn: null },
      errors: [],
    });
    expect(
      normaliseAgreementFields({
        signedOn: '2020-11-16',
        counterpart: AgreementCounterpart.REGIONAL_OFFICE,
        officeId: 'office-id',
        endedOn: '2022-03-31',
      }).values,
    ).toMatchObject({ officeId: 'office-id', endedOn: '2022-03-31' });
  });

  it('refuses a counterpart without its office (or HQ with one), bad dates and an end before the signing', () => {
    expect(
      messages(
        normaliseAgreementFields({
          signedOn: '2020-02-30',
          counterpart: AgreementCounterpart.REGIONAL_OFFICE,
        }).errors,
      ),
    ).toEqual({
      'input.signedOn': '締結日を日付(例: 2020-10-01)で入力してください。',
      'input.officeId': '地方事務所との協定では締結した地方事務所を指定してください。',
    });
    expect(
      messages(
        normaliseAgreementFields({
          signedOn: '2021-04-01',
          counterpart: AgreementCounterpart.CENTER_HQ,
          officeId: 'x',
          endedOn: '2021-03-31',
        }).errors,
      ),
    ).toEqual({
      'input.officeId': '本部との協定には事務所を指定できません。',
      'input.endedOn': '終了日は締結日(2021-04-01)以降の日付を入力してください。',
    });
  });
});
