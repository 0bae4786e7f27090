import { Role } from '@kakehashi/authz';
import { IdentityExceptionCode } from '../identity.exception';
import { PasswordHasher } from '../passwords/password-hasher';
import {
  apiErrorOf,
  aUser,
  startIdentityKit,
  TEST_PASSWORD,
  uniqueAddress,
  uniqueEmail,
  type IdentityKit,
} from './identity-test-kit';

// The sign-in limits must hold when an attacker sends many guesses at once, not only one after another: every
// request that got past a read of the count before the first failure was recorded used to have its password
// checked (49 of 200 for one account with a limit of 5). Counts the password checks themselves, on real Redis.
const MAX_FAILURES = 5;
const ADDRESS_LIMIT = MAX_FAILURES * 4;
const BURST = 200;

describe('sign-in limits under parallel requests (Redis)', () => {
  let kit: IdentityKit;
  let checks: jest.SpyInstance;

  beforeAll(async () => {
    kit = await startIdentityKit({ LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_BLOCK_SECONDS: '600' });
    checks = jest.spyOn(kit.module.get(PasswordHasher), 'verify');
  });
  afterAll(async () => {
    checks.mockRestore();
    await kit.close();
  });
  beforeEach(() => checks.mockClear());

  /** Fires every attempt at once; returns each answer's reason (INVALID_CREDENTIALS or LOGIN_RATE_LIMITED). */
  async function burst(attempt: (i: number) => Promise<unknown>): Promise<string[]> {
    const errors = await Promise.all(Array.from({ length: BURST }, (_, i) => apiErrorOf(attempt(i))));
    return errors.map((error) => String(error?.extensions['reason']));
  }

  const count = (reasons: string[], reason: string) => reasons.filter((r) => r === reason).length;

  it('the counts are kept in Redis here', () => {
    expect(kit.config.redisUrl).toBeTruthy();
  });

  it(`checks at most ${MAX_FAILURES} of ${BURST} simultaneous wrong passwords for one account`, async () => {
    const user = await aUser(kit, Role.CONSULTANT);
    const reasons = await burst((i) => kit.auth.login(user.email, `wrong-password-${i}`, uniqueAddress()));

    expect(checks.mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(count(reasons, IdentityExceptionCode.INVALID_CREDENTIALS)).toBeLessThanOrEqual(MAX_FAILURES);
    expect(count(reasons, IdentityExceptionCode.LOGIN_RATE_LIMITED)).toBeGreaterThanOrEqual(
      BURST - MAX_FAILURES,
    );
    // The account is blocked now, even for its owner with the right password.
    const owner = await apiErrorOf(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress()));
    expect(owner?.extensions['reason']).toBe(IdentityExceptionCode.LOGIN_RATE_LIMITED);
  });

  it(`checks at most ${ADDRESS_LIMIT} of ${BURST} simultaneous unknown accounts from one address`, async () => {
    const address = uniqueAddress();
    const reasons = await burst(() => kit.auth.login(uniqueEmail('guess'), 'guessed-password', address));

    expect(checks.mock.calls.length).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect(count(reasons, IdentityExceptionCode.INVALID_CREDENTIALS)).toBeLessThanOrEqual(ADDRESS_LIMIT);
    // Real accounts behind that address are refused too; the same account from elsewhere is fine.
    const user = await aUser(kit, Role.ADMIN);
    const fromThere = await apiErrorOf(kit.auth.login(user.email, TEST_PASSWORD, address));
    expect(fromThere?.extensions['reason']).toBe(IdentityExceptionCode.LOGIN_RATE_LIMITED);
    await expect(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
  });

  it('still lets an office sign many people in at once from one address', async () => {
    const address = uniqueAddress();
    const users = await Promise.all(Array.from({ length: 3 }, () => aUser(kit, Role.CONSULTANT)));
    // More successful sign-ins than the address's failure limit, a few at a time as people arrive.
    for (let round = 0; round < ADDRESS_LIMIT / users.length + 1; round++) {
      const signedIn = await Promise.all(users.map((u) => kit.auth.login(u.email, TEST_PASSWORD, address)));
      expect(signedIn.map((s) => s.user.id)).toEqual(users.map((u) => u.id));
    }
  });
});
