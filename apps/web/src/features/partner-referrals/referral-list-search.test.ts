import {
  exportHref,
  hasFilters,
  pageOf,
  referralFilterOf,
  referralListSearchSchema,
} from './referral-list-search';

const BRANCH = '00000000-0000-4000-8000-000000001002';

describe('referralListSearchSchema', () => {
  it('keeps the filters the partner home links with (status) and the list sets', () => {
    expect(
      referralListSearchSchema.parse({
        status: 'RETURNED',
        branchId: BRANCH,
        duplicate: true,
        q: ' 山田 ',
        from: '2026-04-01',
        to: '2026-12-31',
      }),
    ).toEqual({
      status: 'RETURNED',
      branchId: BRANCH,
      duplicate: true,
      q: '山田',
      from: '2026-04-01',
      to: '2026-12-31',
    });
  });

  it('drops what cannot be a filter instead of failing the page', () => {
    expect(
      referralListSearchSchema.parse({
        status: 'NOPE',
        branchId: 'x',
        duplicate: 'yes',
        from: '2026/04/01',
        q: '',
      }),
    ).toEqual({});
    // A name of digits arrives from the address bar as a number.
    expect(referralListSearchSchema.parse({ q: 123 }).q).toBe('123');
  });
});

describe('the filter and the export', () => {
  const search = referralListSearchSchema.parse({
    status: 'SUBMITTED',
    branchId: BRANCH,
    duplicate: false,
    q: '株式会社 A&B',
    from: '2026-04-01',
    to: '2026-04-30',
  });

  it('asks the API for the same list the URL names', () => {
    expect(referralFilterOf(search)).toEqual({
      statuses: ['SUBMITTED'],
      branchId: BRANCH,
      possibleDuplicate: false,
      clientName: '株式会社 A&B',
      createdFrom: '2026-04-01',
      createdTo: '2026-04-30',
    });
    expect(hasFilters(search)).toBe(true);
    expect(hasFilters(referralListSearchSchema.parse({}))).toBe(false);
  });

  it('downloads the same filters as the download endpoint names them, encoded', () => {
    const href = exportHref(search);
    expect(href.startsWith('/referrals/exports?')).toBe(true);
    expect(Object.fromEntries(new URL(href, 'http://localhost').searchParams)).toEqual({
      status: 'SUBMITTED',
      branchId: BRANCH,
      duplicate: 'false',
      clientName: '株式会社 A&B',
      createdFrom: '2026-04-01',
      createdTo: '2026-04-30',
    });
    expect(exportHref(referralListSearchSchema.parse({}))).toBe('/referrals/exports');
  });

  it('keeps the trail of page cursors so that 前へ goes back', () => {
    const page = pageOf({ ...search, after: ['c1', 'c2'] });
    expect(page.afterCursor).toBe('c2');
    expect(page.firstIndex).toBe(41);
    expect(page.previous().after).toEqual(['c1']);
    expect(pageOf(referralListSearchSchema.parse({})).next('c1').after).toEqual(['c1']);
  });
});
