import { randomBytes } from 'node:crypto';
import {
  formatSessionToken,
  hashSessionSecret,
  parseSessionToken,
  sessionCookieOf,
  sessionSecretMatches,
} from './session-cookie';

const ID = '0b6f4c1e-2d3a-4f5b-8c7d-9e0f1a2b3c4d';

describe('session cookie values', () => {
  it('round-trips an id and a 32-byte secret through "<id>.<secret>"', () => {
    const secret = randomBytes(32);
    const value = formatSessionToken({ id: ID, secret });
    expect(value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(parseSessionToken(value)).toEqual({ id: ID, secret });
  });

  it.each([
    ['empty', ''],
    ['no secret', ID],
    ['a short secret', `${ID}.abc`],
    ['a bearer token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'],
    ['an injection', `${ID}' OR 1=1 --.${'a'.repeat(43)}`],
    ['an upper-case id', `${ID.toUpperCase()}.${'a'.repeat(43)}`],
  ])('refuses %s without looking anything up', (_, value) => {
    expect(parseSessionToken(value)).toBeNull();
  });

  it('stores only a hash, and matches the secret against it', () => {
    const secret = randomBytes(32);
    const stored = hashSessionSecret(secret);
    expect(stored.equals(secret)).toBe(false);
    expect(sessionSecretMatches(secret, stored)).toBe(true);
    expect(sessionSecretMatches(randomBytes(32), stored)).toBe(false);
    expect(sessionSecretMatches(secret, Buffer.alloc(3))).toBe(false);
  });
});

describe('sessionCookieOf', () => {
  it('finds kk_session among other cookies, whatever the spacing', () => {
    expect(sessionCookieOf('theme=dark; kk_session=abc.def;lang=ja')).toBe('abc.def');
    expect(sessionCookieOf('kk_session=abc')).toBe('abc');
    expect(sessionCookieOf(' kk_session = abc ')).toBe('abc');
  });

  it('takes the first when the browser sends several (the most specific)', () => {
    expect(sessionCookieOf('kk_session=first; kk_session=second')).toBe('first');
  });

  it('finds nothing in absent, empty or look-alike cookies', () => {
    expect(sessionCookieOf(undefined)).toBeNull();
    expect(sessionCookieOf('')).toBeNull();
    expect(sessionCookieOf('kk_session=')).toBeNull();
    expect(sessionCookieOf('xkk_session=abc; kk_sessions=def; kk_session')).toBeNull();
  });
});
