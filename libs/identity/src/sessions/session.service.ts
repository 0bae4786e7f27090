import type { AuthUser } from '@kakehashi/authz';
import { AppConfig } from '@kakehashi/config';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AuthStateCache } from '../auth/cache/auth-state-cache';
import { IdentityException } from '../identity.exception';
import { toAuthUser } from '../users/auth-user';
import {
  hashSessionSecret,
  parseSessionToken,
  sessionSecretMatches,
  type SessionToken,
} from './session-cookie';
import { UserSessionEntity } from './user-session.entity';

/** A request moves its session's idle expiry only when the last move is older than this: no write per request. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export interface OpenedSession {
  /** What goes into the cookie; the secret exists nowhere else. */
  token: SessionToken;
  idleExpiresAt: Date;
}

export interface SessionCaller {
  user: AuthUser;
  sessionId: string;
}

/**
 * Browsers' cookie sessions: opened at sign-in, checked on every request, revoked at sign-out. A session counts
 * while it is not revoked, before its idle and absolute expiries, and while its user is active with the tokenVersion
 * the session was opened under, so whatever ends a user's tokens (deactivation, role or office change, password
 * change) ends their sessions at the same moment. Times are the API's clock throughout.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSessionEntity) private readonly sessions: Repository<UserSessionEntity>,
    private readonly config: AppConfig,
  ) {}

  async open(user: { id: string; tokenVersion: number }): Promise<OpenedSession> {
    const now = new Date();
    // The user's ended sessions have no further use: dropping them here keeps the table to the live ones.
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where(
        'user_id = :userId AND (revoked_at IS NOT NULL OR idle_expires_at <= :now OR token_version <> :tokenVersion)',
        { userId: user.id, now, tokenVersion: user.tokenVersion },
      )
      .execute();
    const secret = randomBytes(32);
    const absoluteExpiresAt = new Date(now.getTime() + this.config.sessionAbsoluteHours * 3_600_000);
    const session = await this.sessions.save(
      this.sessions.create({
        userId: user.id,
        secretHash: hashSessionSecret(secret),
        tokenVersion: user.tokenVersion,
        lastSeenAt: now,
        idleExpiresAt: this.idleExpiry(now, absoluteExpiresAt),
        absoluteExpiresAt,
        revokedAt: null,
      }),
    );
    return { token: { id: session.id, secret }, idleExpiresAt: session.idleExpiresAt };
  }

  /** The caller behind a cookie value; SESSION_EXPIRED or SESSION_ENDED otherwise. Slides the idle expiry. */
  async authenticate(cookieValue: string): Promise<SessionCaller> {
    const session = await this.find(cookieValue);
    if (!session?.user || session.revokedAt) throw IdentityException.sessionEnded();
    const now = new Date();
    if (now >= session.idleExpiresAt || now >= session.absoluteExpiresAt)
      throw IdentityException.sessionExpired();
    if (!session.user.isActive || session.user.tokenVersion !== session.tokenVersion) {
      throw IdentityException.sessionEnded();
    }
    await this.touch(session, now);
    return { user: toAuthUser(session.user), sessionId: session.id };
  }

  /** Ends a session at once; a second revocation changes nothing. */
  async revoke(sessionId: string): Promise<void> {
    this.cache().forgetSession(sessionId);
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
    this.cache().forgetSession(sessionId);
  }

  /** Revokes the session a cookie names, if the cookie holds its secret (a guessed id revokes nothing). */
  async revokeByCookie(cookieValue: string): Promise<void> {
    const session = await this.find(cookieValue);
    if (session) await this.revoke(session.id);
  }

  /** The session whose secret the cookie holds, with its user; null for an unknown id or a wrong secret. */
  private async find(cookieValue: string): Promise<UserSessionEntity | null> {
    const token = parseSessionToken(cookieValue);
    if (!token) return null;
    const session = await this.sessionWithUser(token.id);
    return session && sessionSecretMatches(token.secret, session.secretHash) ? session : null;
  }

  /** The session and its user, from the cache while the change feed guarantees it is current, else the database. */
  private async sessionWithUser(id: string): Promise<UserSessionEntity | null> {
    const cache = this.cache();
    const cached = cache.session(id);
    if (cached) return cached;
    const mark = cache.mark();
    const session = await this.sessions.findOne({ where: { id }, relations: { user: true } });
    if (session?.user) cache.keepSession(mark, session);
    return session;
  }

  private cache(): AuthStateCache {
    return AuthStateCache.of(this.sessions.manager.connection);
  }

  /**
   * Sliding expiry, written at most once per SESSION_TOUCH_INTERVAL_MS: the condition on last_seen_at makes
   * concurrent requests write once between them.
   */
  private async touch(session: UserSessionEntity, now: Date): Promise<void> {
    const stale = new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS);
    if (session.lastSeenAt > stale) return;
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ lastSeenAt: now, idleExpiresAt: this.idleExpiry(now, session.absoluteExpiresAt) })
      .where('id = :id AND last_seen_at <= :stale AND revoked_at IS NULL', { id: session.id, stale })
      .execute();
    this.cache().forgetSession(session.id);
  }

  /** Never past the absolute expiry: the idle limit only ever ends a session sooner. */
  private idleExpiry(now: Date, absoluteExpiresAt: Date): Date {
    const idle = new Date(now.getTime() + this.config.sessionIdleMinutes * 60_000);
    return idle < absoluteExpiresAt ? idle : absoluteExpiresAt;
  }
}
