import { validateEnvironment } from '@kakehashi/config';
import { IdentityExceptionCode } from '../identity.exception';
import { ADDRESS_FAILURE_FACTOR, LoginRateLimiter } from './login-rate-limiter';

// Without REDIS_URL (single-process development) the counts live in memory, with the same rules. The same rules on
// Redis are exercised by libs/identity/src/__tests__/authentication.int-spec.ts.
describe('LoginRateLimiter in memory', () => {
  const config = validateEnvironment({ LOGIN_MAX_FAILURES: '2', LOGIN_BLOCK_SECONDS: '120' });
  let limiter: LoginRateLimiter;
  beforeEach(() => {
    limiter = new LoginRateLimiter(config);
  });

  const fail = async (email: string, address: string) =>
    limiter.settle(await limiter.reserve(email, address), 'failed');
  const succeed = async (email: string, address: string) =>
    limiter.settle(await limiter.reserve(email, address), 'succeeded');

  it('blocks an account from the Nth failure for the block time; other accounts are not affected', async () => {
    await fail('a@example.jp', '10.0.0.1');
    await fail('a@example.jp', '10.0.0.2');
    const refusal = await limiter.reserve('a@example.jp', '10.0.0.3').catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: IdentityExceptionCode.LOGIN_RATE_LIMITED });
    expect((refusal as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(
      115,
    );
    await expect(limiter.reserve('b@example.jp', '10.0.0.3')).resolves.toBeDefined();
  });

  it('clears an account’s failures on success', async () => {
    await fail('c@example.jp', '10.0.0.1');
    await succeed('c@example.jp', '10.0.0.1');
    await fail('c@example.jp', '10.0.0.1');
    await expect(limiter.reserve('c@example.jp', '10.0.0.4')).resolves.toBeDefined();
  });

  it('counts an attempt that ended without a verdict for neither the account nor the address', async () => {
    for (let i = 0; i < 5; i++)
      await limiter.settle(await limiter.reserve('d@example.jp', '10.0.0.5'), 'uncounted');
    await fail('d@example.jp', '10.0.0.5');
    await expect(limiter.reserve('d@example.jp', '10.0.0.5')).resolves.toBeDefined();
  });

  it(`blocks an address after ${ADDRESS_FAILURE_FACTOR}× as many failures, whatever the accounts`, async () => {
    for (let i = 0; i < 2 * ADDRESS_FAILURE_FACTOR - 1; i++) await fail(`u${i}@example.jp`, '10.9.9.9');
    // Successful sign-ins from the same office do not use up its allowance.
    for (let i = 0; i < 3; i++) await succeed(`ok${i}@example.jp`, '10.9.9.9');
    await fail('last@example.jp', '10.9.9.9');
    await expect(limiter.reserve('fresh@example.jp', '10.9.9.9')).rejects.toMatchObject({
      code: IdentityExceptionCode.LOGIN_RATE_LIMITED,
    });
  });

  it('lets no more attempts through than the limit when they arrive at once', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () => limiter.reserve('e@example.jp', '10.0.0.6')),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(2);
    for (const refused of attempts.filter((a) => a.status === 'rejected'))
      expect(refused.reason).toMatchObject({ code: IdentityExceptionCode.LOGIN_RATE_LIMITED });
  });
});
