import { createInstitutionInputOf, institutionChangesOf, institutionValuesOf } from './institution-fields';

const stored = {
  __typename: 'PartnerInstitution' as const,
  id: 'p1',
  version: 3,
  type: 'FINANCIAL_INSTITUTION' as const,
  typeLabel: '金融機関',
  name: '試験信用金庫',
  hasHqStep: true,
  coveredPrefectureCodes: ['14', '13'],
  coversWholeCountry: false,
  coveredPrefectures: [],
};

describe('an institution in the form’s terms', () => {
  it('reads the stored institution as text per field, the prefectures in code order', () => {
    expect(institutionValuesOf(stored)).toEqual({
      type: 'FINANCIAL_INSTITUTION',
      name: '試験信用金庫',
      hasHqStep: 'true',
      coveredPrefectureCodes: '13,14',
    });
  });

  it('registers with every field, no prefectures meaning the whole country', () => {
    expect(
      createInstitutionInputOf({
        type: 'GOVERNMENT',
        name: '試験県',
        hasHqStep: 'false',
        coveredPrefectureCodes: '',
      }),
    ).toEqual({ type: 'GOVERNMENT', name: '試験県', hasHqStep: false, coveredPrefectureCodes: [] });
  });

  it('sends only the changed fields of an edit, an emptied prefecture list as []', () => {
    expect(institutionChangesOf({ hasHqStep: 'false' })).toEqual({ hasHqStep: false });
    expect(institutionChangesOf({ coveredPrefectureCodes: '' })).toEqual({ coveredPrefectureCodes: [] });
    expect(institutionChangesOf({})).toEqual({});
  });
});
