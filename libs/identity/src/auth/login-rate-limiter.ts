import { AppConfig } from '@kakehashi/config';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { IdentityException } from '../identity.exception';

/** One client address (an office behind one NAT) may fail this many times more often than one account. */
export const ADDRESS_FAILURE_FACTOR = 4;

/**
 * Counts failed sign-ins per account and per client address. `loginMaxFailures` failures within
 * `loginBlockSeconds` block the account (or address) for `loginBlockSeconds`. Kept in Redis when configured, so
 * every API instance sees the same counts; in memory otherwise (single-process development).
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger(LoginRateLimiter.name);
  private readonly redis: Redis | null;
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly blockSeconds: number;

  constructor(config: AppConfig) {
    this.blockSeconds = config.loginBlockSeconds;
    const account = { points: config.loginMaxFailures, duration: config.loginBlockSeconds };
    const address = {
      points: config.loginMaxFailures * ADDRESS_FAILURE_FACTOR,
      duration: config.loginBlockSeconds,
    };
    const prefix = `${config.redisPrefix}:identity:login-failures`;
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, {
        maxRetriesPerRequest: 2,
        connectionName: 'kakehashi-login-limiter',
      });
      this.redis.on('error', (error: Error) =>
        this.logger.warn(`Redis for sign-in limits: ${error.message}`),
      );
      // If Redis is briefly unreachable, count in memory rather than refusing every sign-in.
      this.byAccount = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${prefix}:account`,
        ...account,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: 'account', ...account }),
      });
      this.byAddress = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${prefix}:address`,
        ...address,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: 'address', ...address }),
      });
    } else {
      this.redis = null;
      this.byAccount = new RateLimiterMemory({ keyPrefix: `${prefix}:account`, ...account });
      this.byAddress = new RateLimiterMemory({ keyPrefix: `${prefix}:address`, ...address });
    }
  }

  /** Throws LOGIN_RATE_LIMITED while the account or the address is blocked. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([
      this.byAccount.get(accountKey(email)),
      this.byAddress.get(addressKey(address)),
    ]);
    const waitMs = Math.max(blockedFor(this.byAccount, account), blockedFor(this.byAddress, client));
    if (waitMs > 0) throw IdentityException.loginRateLimited(Math.ceil(waitMs / 1000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.fail(this.byAccount, accountKey(email)),
      this.fail(this.byAddress, addressKey(address)),
    ]);
  }

  /** A successful sign-in clears the account's count; the address keeps its own (it may be trying many accounts). */
  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(accountKey(email));
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.redis) return;
    // quit() on a connection that never opened waits for it; a short-lived process must not hang on that.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis.disconnect();
  }

  private async fail(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      const result = await limiter.consume(key);
      // Block from the Nth failure on (the library alone would only block on the N+1th).
      if (result.consumedPoints >= limiter.points) await limiter.block(key, this.blockSeconds);
    } catch (error) {
      // Already blocked: nothing more to count.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }
}

function blockedFor(limiter: RateLimiterAbstract, state: RateLimiterRes | null): number {
  return state && state.consumedPoints >= limiter.points ? state.msBeforeNext : 0;
}

/** Hashed so that Redis holds no e-mail addresses. */
function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}

function addressKey(address: string): string {
  return address;
}
