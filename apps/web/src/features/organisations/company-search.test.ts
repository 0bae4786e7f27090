import { companyFilterOf, companySearchSchema, hasFilters, pageOf, withFilters } from './company-search';

const OFFICE = '0b6f1f3e-2c1d-4f7a-9a51-2f4d8f0c1a11';

describe('companySearchSchema', () => {
  it('keeps valid filters and reads numbers typed in the address bar as codes', () => {
    expect(
      companySearchSchema.parse({
        q: ' やまだ ',
        prefectureCode: 13,
        jsicMajorCode: 'E',
        owningOfficeId: OFFICE,
        size: 'SME',
        corporateNumber: 3992301100137,
      }),
    ).toEqual({
      q: 'やまだ',
      prefectureCode: '13',
      jsicMajorCode: 'E',
      owningOfficeId: OFFICE,
      size: 'SME',
      corporateNumber: '3992301100137',
    });
    expect(companySearchSchema.parse({ prefectureCode: 1 }).prefectureCode).toBe('01');
  });

  it('drops values that cannot be filters instead of failing the page', () => {
    expect(
      companySearchSchema.parse({
        prefectureCode: '48',
        jsicMajorCode: 'Z',
        owningOfficeId: 'not-an-id',
        size: 'HUGE',
        after: 'not-a-list',
        q: '   ',
      }),
    ).toEqual({});
  });
});

describe('companyFilterOf', () => {
  it('names only the filters the user set', () => {
    const search = companySearchSchema.parse({ q: 'ﾔﾏﾀﾞ', size: 'LARGE', after: ['c1'] });
    expect(companyFilterOf(search)).toEqual({ query: 'ﾔﾏﾀﾞ', size: 'LARGE' });
    expect(hasFilters(search)).toBe(true);
    expect(hasFilters(companySearchSchema.parse({ after: ['c1'] }))).toBe(false);
  });
});

describe('pageOf', () => {
  it('walks forward with each end cursor and back along the trail', () => {
    const first = pageOf(companySearchSchema.parse({ q: '山田' }));
    expect(first).toMatchObject({ afterCursor: null, number: 1, firstIndex: 1 });
    const second = first.next('cursor-20');
    expect(second).toEqual({ q: '山田', after: ['cursor-20'] });
    const third = pageOf(second).next('cursor-40');
    expect(pageOf(third)).toMatchObject({ afterCursor: 'cursor-40', number: 3, firstIndex: 41 });
    expect(pageOf(third).previous()).toEqual({ q: '山田', after: ['cursor-20'] });
    expect(pageOf(second).previous()).toEqual({ q: '山田', after: undefined });
  });

  it('new filters start at the first page', () => {
    expect(withFilters({ q: '山田', prefectureCode: '' })).toEqual({ q: '山田' });
  });
});
