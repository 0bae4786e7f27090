import { todayInJapan } from '@kakehashi/web-ui';
import {
  asOfOf,
  pageOf,
  partnerFilterOf,
  partnerSearchSchema,
  partnersSearchSchema,
} from './partners-search';

describe('the partner list’s address', () => {
  it('reads the filters and the date, dropping what does not fit', () => {
    expect(
      partnersSearchSchema.parse({
        q: ' 信用金庫 ',
        type: 'LABOR_UNION',
        prefectureCode: 1,
        asOf: '2026-04-01',
      }),
    ).toEqual({ q: '信用金庫', type: 'LABOR_UNION', prefectureCode: '01', asOf: '2026-04-01' });
    expect(
      partnersSearchSchema.parse({ q: '', type: 'BANK', prefectureCode: '48', asOf: '2026-02-30' }),
    ).toEqual({});
  });

  it('gives the API only the filters set, and counts on today when no date is chosen', () => {
    const search = partnersSearchSchema.parse({ q: '信金', prefectureCode: '13' });
    expect(partnerFilterOf(search)).toEqual({ name: '信金', prefectureCode: '13' });
    expect(asOfOf(search)).toBe(todayInJapan());
    expect(asOfOf({ asOf: '2023-02-02' })).toBe('2023-02-02');
  });

  it('keeps the trail of pages, so 前へ goes back one page', () => {
    const page = pageOf({ q: 'x', after: ['c1', 'c2'] });
    expect(page.afterCursor).toBe('c2');
    expect(page.number).toBe(3);
    expect(page.firstIndex).toBe(41);
    expect(page.previous()).toEqual({ q: 'x', after: ['c1'] });
    expect(page.next('c3')).toEqual({ q: 'x', after: ['c1', 'c2', 'c3'] });
  });

  it('opens an institution on a known tab only', () => {
    expect(partnerSearchSchema.parse({ tab: 'users', asOf: '2026-10-01' })).toEqual({
      tab: 'users',
      asOf: '2026-10-01',
    });
    expect(partnerSearchSchema.parse({ tab: 'secrets' })).toEqual({});
  });
});
