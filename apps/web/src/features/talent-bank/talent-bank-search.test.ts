import { pageOf, registrantFilterOf, registrantsSearchSchema, withFilters } from './talent-bank-search';

describe('the registrants list’s address', () => {
  it('reads the name and the status, dropping what does not fit', () => {
    expect(registrantsSearchSchema.parse({ q: ' やまだ ', status: 'RE_EMPLOYED' })).toEqual({
      q: 'やまだ',
      status: 'RE_EMPLOYED',
    });
    expect(registrantsSearchSchema.parse({ q: '', status: 'RETIRED', after: 'x' })).toEqual({});
  });

  it('gives the API only the filters set, and starts new filters on the first page', () => {
    expect(registrantFilterOf(registrantsSearchSchema.parse({ q: 'ヤマダ' }))).toEqual({ name: 'ヤマダ' });
    expect(registrantFilterOf(registrantsSearchSchema.parse({ status: 'WITHDRAWN' }))).toEqual({
      status: 'WITHDRAWN',
    });
    expect(withFilters({ q: '', status: 'ACTIVE' })).toEqual({ status: 'ACTIVE' });
  });

  it('keeps the trail of pages, twenty registrants a page', () => {
    const page = pageOf(registrantsSearchSchema.parse({ status: 'ACTIVE', after: ['c1'] }));
    expect(page.afterCursor).toBe('c1');
    expect(page.firstIndex).toBe(21);
    expect(page.previous()).toEqual({ status: 'ACTIVE', after: undefined });
  });
});
