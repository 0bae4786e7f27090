import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

// `Algorithm` is a const enum that SWC and ts-jest (isolated modules) cannot inline, so name the value here.
const ARGON2ID = 2 as Algorithm;

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (the library defaults, stated so a change is deliberate). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes and checks passwords with argon2id. */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** False for a wrong password and for a hash that cannot be parsed (never throws on bad stored data). */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of a real check for an e-mail address nobody has, so the response time does not tell an
   * attacker which addresses have accounts.
   */
  async verifyAgainstNobody(password: string): Promise<false> {
    this.dummyHash ??= this.hash('kakehashi-no-such-account');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
