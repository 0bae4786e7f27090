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
 * `loginBlockSeconds` block the account (or address) for `loginBlockSeconds`. Each attempt is reserved before its
 * password is checked (see `reserve`), so at most that many passwords are ever checked, however many requests
 * arrive at once. Kept in Redis when configured, so every API instance sees the same counts; in memory otherwise
 * (single-process development).
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

  /**
   * Takes one attempt from the account's and the address's allowance BEFORE the password is checked, in one atomic
   * step per key (Redis INCRBY in a Lua script; a single synchronous update in memory), so parallel requests cannot
   * all pass a read-then-check and guess more passwords than the limit. Throws LOGIN_RATE_LIMITED when either
   * allowance is used up (by failures or by attempts still being checked). The caller must `settle` the reservation.
   */
  async reserve(email: string, address: string): Promise<LoginReservation> {
    const account = accountKey(email);
    const client = addressKey(address);
    const [byAccount, byAddress] = await Promise.allSettled([
      this.byAccount.consume(account),
      this.byAddress.consume(client),
    ]);
    if (byAccount.status === 'fulfilled' && byAddress.status === 'fulfilled') {
      return {
        account,
        address: client,
        accountAttempt: byAccount.value.consumedPoints,
        addressAttempt: byAddress.value.consumedPoints,
      };
    }
    // This attempt will not be checked: give back what it took where it was not refused. A refused key keeps its
    // extra count (it is full already; giving it back could undo a block set meanwhile).
    if (byAccount.status === 'fulfilled') await this.giveBack(this.byAccount, account);
    if (byAddress.status === 'fulfilled') await this.giveBack(this.byAddress, client);
    const reasons = [byAccount, byAddress].flatMap((r) =>
      r.status === 'rejected' ? [r.reason as unknown] : [],
    );
    const failure = reasons.find((reason) => !(reason instanceof RateLimiterRes));
    if (failure) throw failure;
    const waitMs = Math.max(...(reasons as RateLimiterRes[]).map((refusal) => refusal.msBeforeNext));
    throw IdentityException.loginRateLimited(Math.ceil(waitMs / 1000));
  }

  /**
   * Ends an attempt. `failed` (wrong password): it stays counted, and the Nth failure blocks the key for the whole
   * block time. `succeeded`: the account's count is cleared; the address gets its attempt back but keeps its
   * failures (it may be trying many accounts). `uncounted` (no verdict that the password was wrong: an error
   * before the check, or a right current password with an unacceptable new one): it counts for neither.
   */
  async settle(reservation: LoginReservation, outcome: LoginOutcome): Promise<void> {
    const { account, address } = reservation;
    switch (outcome) {
      case 'failed':
        await Promise.all([
          reservation.accountAttempt >= this.byAccount.points &&
            this.byAccount.block(account, this.blockSeconds),
          reservation.addressAttempt >= this.byAddress.points &&
            this.byAddress.block(address, this.blockSeconds),
        ]);
        return;
      case 'succeeded':
        await Promise.all([this.byAccount.delete(account), this.giveBack(this.byAddress, address)]);
        return;
      case 'uncounted':
        await Promise.all([this.giveBack(this.byAccount, account), this.giveBack(this.byAddress, address)]);
        return;
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.redis) return;
    // quit() on a connection that never opened waits for it; a short-lived process must not hang on that.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis.disconnect();
  }

  private async giveBack(limiter: RateLimiterAbstract, key: string): Promise<void> {
    const result = await limiter.reward(key);
    // The window ended while the attempt was checked: the reward opened a new one below zero; start it clean.
    if (result.consumedPoints < 0) await limiter.delete(key);
  }
}

export type LoginOutcome = 'failed' | 'succeeded' | 'uncounted';

/** One attempt taken from the allowances of an account and an address; see LoginRateLimiter.reserve. */
export interface LoginReservation {
  readonly account: string;
  readonly address: string;
  /** Which attempt of the current window this is for the account (1 = first). */
  readonly accountAttempt: number;
  readonly addressAttempt: number;
}

/** Hashed so that Redis holds no e-mail addresses. */
function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}

function addressKey(address: string): string {
  return address;
}
