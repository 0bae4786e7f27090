import { validateEnvironment } from '@kakehashi/config';
import { IdentityExceptionCode } from '../identity.exception';
import { ADDRESS_FAILURE_FACTOR, LoginRateLimiter } from './login-rate-limiter';

// Without REDIS_URL (single-process development) the counts live in memory, with the same rules.
describe('LoginRateLimiter in memory', () => {
  const config = validateEnvironment({ LOGIN_MAX_FAILURES: '2', LOGIN_BLOCK_SECONDS: '120' });
  let limiter: LoginRateLimiter;
  beforeEach(() => {
    limiter = new LoginRateLimiter(config);
  });

  it('blocks an account from the Nth failure for the block time, then a success is needed to reset', async () => {
    await limiter.recordFailure('a@example.jp', '10.0.0.1');
    await expect(limiter.assertAllowed('a@example.jp', '10.0.0.2')).resolves.toBeUndefined();
    await limiter.recordFailure('a@example.jp', '10.0.0.1');
    const refusal = await limiter.assertAllowed('a@example.jp', '10.0.0.3').catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: IdentityExceptionCode.LOGIN_RATE_LIMITED });
    expect((refusal as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(
      115,
    );
    await expect(limiter.assertAllowed('b@example.jp', '10.0.0.3')).resolves.toBeUndefined();
  });

  it('clears an account’s failures on success', async () => {
    await limiter.recordFailure('c@example.jp', '10.0.0.1');
    await limiter.recordSuccess('c@example.jp');
    await limiter.recordFailure('c@example.jp', '10.0.0.1');
    await expect(limiter.assertAllowed('c@example.jp', '10.0.0.4')).resolves.toBeUndefined();
  });

  it(`blocks an address after ${ADDRESS_FAILURE_FACTOR}× as many failures, whatever the accounts`, async () => {
    for (let i = 0; i < 2 * ADDRESS_FAILURE_FACTOR - 1; i++)
      await limiter.recordFailure(`u${i}@example.jp`, '10.9.9.9');
    await expect(limiter.assertAllowed('fresh@example.jp', '10.9.9.9')).resolves.toBeUndefined();
    await limiter.recordFailure('last@example.jp', '10.9.9.9');
    await expect(limiter.assertAllowed('fresh@example.jp', '10.9.9.9')).rejects.toMatchObject({
      code: IdentityExceptionCode.LOGIN_RATE_LIMITED,
    });
  });
});
