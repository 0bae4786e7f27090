import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { IdentityException } from '../identity.exception';
import { PasswordHasher } from '../passwords/password-hasher';
import { UserEntity } from '../users/user.entity';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../users/password-policy';
import { normalizeEmail } from '../users/user-rules';
import { toAuthUser } from '../users/auth-user';
import { AuthStateCache } from './cache/auth-state-cache';
import { AccessTokenService, type IssuedToken } from './access-token.service';
import { LoginRateLimiter, type LoginOutcome, type LoginReservation } from './login-rate-limiter';

export interface SignedIn extends IssuedToken {
  user: UserEntity;
}

/** Sign-in (for a token or a cookie session), the per-request check of a bearer token, a user's own password change. */
@Injectable()
export class AuthenticationService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokenService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Sign-in for scripts and other API clients: a bearer token. */
  async login(rawEmail: string, password: string, clientAddress: string): Promise<SignedIn> {
    const user = await this.signIn(rawEmail, password, clientAddress);
    return { ...(await this.tokens.issue(user)), user };
  }

  /**
   * The user behind an e-mail and password, for a token (`login`) or a browser's cookie session alike.
   * Wrong address, wrong password and deactivated account fail alike (same message, similar time), so the
   * answer does not reveal which addresses have accounts. Each attempt takes its place in the account's and the
   * address's allowance before the password is checked, so parallel requests cannot check more than the limit.
   */
  async signIn(rawEmail: string, password: string, clientAddress: string): Promise<UserEntity> {
    const email = normalizeEmail(rawEmail);
    const reservation = await this.limiter.reserve(email, clientAddress);
    const user = await this.checkCredentials(reservation, email, password);

    // Bookkeeping, not an edit: leaves `version` alone so an administrator's open edit form stays valid.
    await this.users.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
    AuthStateCache.of(this.users.manager.connection).forgetUser(user.id);
    return this.users.findOneByOrFail({ id: user.id });
  }

  /**
   * The caller behind a bearer token, re-checked against the database on every request: the account must still
   * exist and be active, and the token must be of its current tokenVersion.
   */
  async authenticate(token: string): Promise<AuthUser> {
    const claims = await this.tokens.read(token);
    const user = await this.currentUser(claims.sub);
    if (!user || !user.isActive || user.tokenVersion !== claims.tv) throw IdentityException.sessionInvalid();
    return toAuthUser(user);
  }

  /** The caller's own account (`me`): as authentication just read it. */
  signedInUser(id: string): Promise<UserEntity | null> {
    return this.currentUser(id);
  }

  /** The account as last read, from the cache while the change feed guarantees it is current, else the database. */
  private async currentUser(id: string): Promise<UserEntity | null> {
    const cache = AuthStateCache.of(this.users.manager.connection);
    const cached = cache.user(id);
    if (cached) return cached;
    const mark = cache.mark();
    const user = await this.users.findOneBy({ id });
    if (user) cache.keepUser(mark, user);
    return user;
  }

  /** Changes the caller's password (see `changePassword`) and returns a fresh token for this client. */
  async changeMyPassword(
    caller: AuthUser,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
  ): Promise<SignedIn> {
    const user = await this.changePassword(caller, currentPassword, newPassword, clientAddress);
    return { ...(await this.tokens.issue(user)), user };
  }

  /**
   * Changes the caller's password. The user's tokenVersion moves on, so every token and cookie session issued
   * before ends; the caller gives this client a new one. Wrong current passwords count towards the account's
   * sign-in limit, so a stolen session cannot guess it.
   */
  async changePassword(
    caller: AuthUser,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
  ): Promise<UserEntity> {
    const reservation = await this.limiter.reserve(caller.email, clientAddress);
    let outcome: LoginOutcome = 'uncounted';
    try {
      const problems: FieldError[] = [];
      const weak = passwordProblem(newPassword, caller);
      if (weak) problems.push({ field: 'input.newPassword', message: weak });
      else if (newPassword === currentPassword) {
        problems.push({
          field: 'input.newPassword',
          message: '新しいパスワードには現在と異なるものを指定してください。',
        });
      }

      const user = await this.users.findOneBy({ id: caller.id });
      if (!user || !user.isActive) throw IdentityException.sessionInvalid();
      const tooLong = [...currentPassword].length > PASSWORD_MAX_LENGTH;
      if (tooLong || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
        outcome = 'failed';
        problems.unshift({ field: 'input.currentPassword', message: '現在のパスワードが正しくありません。' });
      }
      if (problems.length) throw IdentityException.invalidInput(problems);

      const updated = await this.replacePassword(user, newPassword);
      outcome = 'succeeded';
      return updated;
    } finally {
      await this.limiter.settle(reservation, outcome);
    }
  }

  /**
   * The user behind `email` if `password` is theirs and the account is active; otherwise INVALID_CREDENTIALS.
   * Settles the reservation either way (an error before the check gives the attempt back).
   */
  private async checkCredentials(
    reservation: LoginReservation,
    email: string,
    password: string,
  ): Promise<UserEntity> {
    let outcome: LoginOutcome = 'uncounted';
    try {
      const user = email ? await this.users.findOneBy({ email }) : null;
      const tooLong = [...password].length > PASSWORD_MAX_LENGTH;
      const passwordMatches =
        user && !tooLong
          ? await this.hasher.verify(user.passwordHash, password)
          : await this.hasher.verifyAgainstNobody(tooLong ? '' : password);
      outcome = user && passwordMatches && user.isActive ? 'succeeded' : 'failed';
      if (outcome === 'failed' || !user) throw IdentityException.invalidCredentials();
      return user;
    } finally {
      await this.limiter.settle(reservation, outcome);
    }
  }

  /** Conditional on the token version read: a concurrent deactivation or role change wins. */
  private async replacePassword(user: UserEntity, newPassword: string): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(newPassword);
    const result = await this.users
      .createQueryBuilder()
      .update(UserEntity)
      .set({ passwordHash, tokenVersion: () => 'token_version + 1', version: () => 'version' })
      .where('id = :id AND token_version = :tv AND is_active', { id: user.id, tv: user.tokenVersion })
      .execute();
    AuthStateCache.of(this.users.manager.connection).forgetUser(user.id);
    if (result.affected !== 1) throw IdentityException.sessionInvalid();
    return this.users.findOneByOrFail({ id: user.id });
  }
}
