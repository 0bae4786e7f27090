import { describe, expect, it } from 'vitest';
import { nextConvertStep, referralFilterOf, referralPageOf, referralSearchSchema } from './referral-search';

describe('referral list search params', () => {
  it('keeps what fits and drops what does not', () => {
    const search = referralSearchSchema.parse({
      status: 'FORWARDED',
      duplicate: true,
      q: '  山田 ',
      officeId: 'not-a-uuid',
      after: ['c1'],
    });
    expect(search).toEqual({ status: 'FORWARDED', duplicate: true, q: '山田', after: ['c1'] });
    expect(referralSearchSchema.parse({ status: 'NOPE', q: '' })).toEqual({});
  });

  it('becomes the API filter and page cursors', () => {
    const search = referralSearchSchema.parse({ status: 'ACCEPTED', q: '山田', after: ['a', 'b'] });
    expect(referralFilterOf(search)).toEqual({ statuses: ['ACCEPTED'], clientName: '山田' });
    const page = referralPageOf(search);
    expect(page).toMatchObject({ afterCursor: 'b', number: 3, firstIndex: 41 });
    expect(page.previous().after).toEqual(['a']);
    expect(page.next('c').after).toEqual(['a', 'b', 'c']);
  });
});

describe('turning a referral into offers, step by step', () => {
  it('asks for the offers the need calls for, then links them', () => {
    expect(nextConvertStep('SURPLUS', 'company')).toBe('sending');
    expect(nextConvertStep('SURPLUS', 'sending')).toBe('link');
    expect(nextConvertStep('SHORTAGE', 'company')).toBe('receiving');
    expect(nextConvertStep('SHORTAGE', 'receiving')).toBe('link');
    expect(nextConvertStep('BOTH', 'company')).toBe('sending');
    expect(nextConvertStep('BOTH', 'sending')).toBe('receiving');
    expect(nextConvertStep('BOTH', 'receiving')).toBe('link');
  });
});
