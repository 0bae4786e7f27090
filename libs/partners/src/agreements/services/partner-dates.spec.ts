import { inForceOn } from './partner-dates';

describe('an agreement in force on a date', () => {
  const agreement = { signedOn: '2020-10-01', endedOn: '2023-02-02' };

  it('counts from its signing day', () => {
    expect(inForceOn(agreement, '2020-09-30')).toBe(false);
    expect(inForceOn(agreement, '2020-10-01')).toBe(true);
  });

  it('stops counting on its end date', () => {
    expect(inForceOn(agreement, '2023-02-01')).toBe(true);
    expect(inForceOn(agreement, '2023-02-02')).toBe(false);
  });

  it('counts for ever without an end', () => {
    expect(inForceOn({ signedOn: '2020-10-01', endedOn: null }, '2099-12-31')).toBe(true);
  });
});
