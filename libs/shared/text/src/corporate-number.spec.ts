import {
  CORPORATE_NUMBER_MESSAGES,
  corporateNumberCheckDigit,
  corporateNumberProblem,
  isValidCorporateNumber,
  normalizeCorporateNumber,
} from './corporate-number';

// 7000012050002 is the example 国税庁 publishes. By hand: body 000012050002, digits from the right
// 2,0,0,0,5,0,2,1,0,0,0,0 weighted 1,2,1,2,… → 2 + 5 + 2 + 1×2 = 11; 11 mod 9 = 2; 9 − 2 = 7.
const NTA_EXAMPLE = '7000012050002';

describe('corporateNumberCheckDigit', () => {
  it('computes the check digit of the 国税庁 example', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });

  it('computes check digits worked out by hand', () => {
    // 123456789012: from the right 2,1,0,9,8,7,6,5,4,3,2,1 × 1,2,1,2,… =
    // 2+2+0+18+8+14+6+10+4+6+2+2 = 74; 74 mod 9 = 2; 9 − 2 = 7.
    expect(corporateNumberCheckDigit('123456789012')).toBe(7);
    // 990001000017: from the right 7,1,0,0,0,0,1,0,0,0,9,9 × 1,2,1,2,… = 7+2+1+9+18 = 37; 37 mod 9 = 1; 9 − 1 = 8.
    expect(corporateNumberCheckDigit('990001000017')).toBe(8);
    // 999999999999: 6 odd positions × 9 + 6 even positions × 18 = 162; 162 mod 9 = 0; 9 − 0 = 9 (never 0).
    expect(corporateNumberCheckDigit('999999999999')).toBe(9);
    expect(corporateNumberCheckDigit('000000000000')).toBe(9);
  });

  it.each(['', '00001205000', '0000120500021', '00001205000a', '００００１２０５０００２', ' 000012050002'])(
    'throws on %j (not exactly 12 ASCII digits)',
    (body) => {
      expect(() => corporateNumberCheckDigit(body)).toThrow();
    },
  );
});

describe('normalizeCorporateNumber', () => {
  it('folds full-width digits and strips spaces and hyphens without validating', () => {
    expect(normalizeCorporateNumber('７００００１２０５０００２')).toBe(NTA_EXAMPLE);
    expect(normalizeCorporateNumber('7-0000-1205-0002')).toBe(NTA_EXAMPLE);
    expect(normalizeCorporateNumber(' 7000 0120 50002\u3000')).toBe(NTA_EXAMPLE);
    expect(normalizeCorporateNumber('７０００－０１２０５－０００２')).toBe(NTA_EXAMPLE);
    expect(normalizeCorporateNumber('7000ー0120‐5000−2')).toBe(NTA_EXAMPLE);
    expect(normalizeCorporateNumber('12-ab')).toBe('12ab');
  });
});

describe('isValidCorporateNumber / corporateNumberProblem', () => {
  it.each([NTA_EXAMPLE, '7123456789012', '8990001000017', '9999999999999', '9000000000000'])(
    'accepts %s',
    (input) => {
      expect(isValidCorporateNumber(input)).toBe(true);
      expect(corporateNumberProblem(input)).toBeNull();
    },
  );

  it('accepts full-width and hyphenated input', () => {
    expect(isValidCorporateNumber('７００００１２０５０００２')).toBe(true);
    expect(isValidCorporateNumber('7000-01-2050002')).toBe(true);
    expect(isValidCorporateNumber('７-０００-０１２０５-０００２')).toBe(true);
  });

  it.each(['7000012050003', '8000012050002', '7000012050012', '7100012050002'])(
    'rejects a one-digit change of the valid example: %s',
    (input) => {
      expect(isValidCorporateNumber(input)).toBe(false);
      expect(corporateNumberProblem(input)).toBe('CHECK_DIGIT');
    },
  );

  it.each(['', '700001205000', '70000120500021', '700001205000x', 'abcdefghijklm', '7000.0120.50002'])(
    'reports FORMAT for %j',
    (input) => {
      expect(isValidCorporateNumber(input)).toBe(false);
      expect(corporateNumberProblem(input)).toBe('FORMAT');
    },
  );

  it('exports the Japanese field messages', () => {
    expect(CORPORATE_NUMBER_MESSAGES).toEqual({
      FORMAT: '法人番号は13桁の数字で入力してください',
      CHECK_DIGIT: '法人番号のチェックデジットが正しくありません',
    });
  });
});
