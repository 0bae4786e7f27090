import { Role } from '@kakehashi/authz';
import { getRepositoryToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { IdentityExceptionCode } from '../identity.exception';
import { formatSessionToken } from '../sessions/session-cookie';
import { SessionService } from '../sessions/session.service';
import { UserSessionEntity } from '../sessions/user-session.entity';
import {
  apiErrorOf,
  aUser,
  startIdentityKit,
  TEST_PASSWORD,
  uniqueAddress,
  type IdentityKit,
} from './identity-test-kit';

describe('cookie sessions (SessionService on the real database)', () => {
  let kit: IdentityKit;
  let sessions: SessionService;
  let rows: Repository<UserSessionEntity>;

  beforeAll(async () => {
    kit = await startIdentityKit({ SESSION_IDLE_MINUTES: '20', SESSION_ABSOLUTE_HOURS: '3' });
    sessions = kit.module.get(SessionService);
    rows = kit.module.get(getRepositoryToken(UserSessionEntity));
  });
  afterAll(() => kit.close());

  const reasonOf = async (work: Promise<unknown>) => (await apiErrorOf(work))?.extensions['reason'];

  it('opens a session with the configured limits, storing the secret’s hash only', async () => {
    const user = await aUser(kit, Role.EXECUTIVE);
    const before = Date.now();
    const opened = await sessions.open(user);
    const row = await rows.findOneByOrFail({ id: opened.token.id });
    expect(row).toMatchObject({ userId: user.id, tokenVersion: user.tokenVersion, revokedAt: null });
    expect(row.secretHash.equals(opened.token.secret)).toBe(false);
    expect(opened.idleExpiresAt.getTime() - before).toBeGreaterThan(19 * 60_000);
    expect(opened.idleExpiresAt.getTime() - before).toBeLessThanOrEqual(20 * 60_000 + 1000);
    expect(row.absoluteExpiresAt.getTime() - before).toBeGreaterThan(3 * 3_600_000 - 60_000);
    expect(row.absoluteExpiresAt.getTime() - before).toBeLessThanOrEqual(3 * 3_600_000 + 1000);
    const caller = await sessions.authenticate(formatSessionToken(opened.token));
    expect(caller).toMatchObject({ sessionId: row.id, user: { id: user.id, role: Role.EXECUTIVE } });
  });

  it('refuses a cookie with the right id but another secret, and a made-up one, as ended', async () => {
    const user = await aUser(kit, Role.EXECUTIVE);
    const opened = await sessions.open(user);
    const forged = formatSessionToken({ id: opened.token.id, secret: randomBytes(32) });
    expect(await reasonOf(sessions.authenticate(forged))).toBe(IdentityExceptionCode.SESSION_ENDED);
    expect(await reasonOf(sessions.authenticate('kk.not-a-session'))).toBe(
      IdentityExceptionCode.SESSION_ENDED,
    );
    // Nor can such a cookie end the session it names.
    await sessions.revokeByCookie(forged);
    expect((await rows.findOneByOrFail({ id: opened.token.id })).revokedAt).toBeNull();
  });

  it('ends sessions at deactivation and at a password change, like tokens', async () => {
    const deactivated = await aUser(kit, Role.EXECUTIVE);
    const first = formatSessionToken((await sessions.open(deactivated)).token);
    await kit.admin.deactivateUser(null, deactivated.id);
    expect(await reasonOf(sessions.authenticate(first))).toBe(IdentityExceptionCode.SESSION_ENDED);
    // Reactivation does not bring an ended session back: it was opened under the old tokenVersion.
    await kit.admin.reactivateUser(deactivated.id);
    expect(await reasonOf(sessions.authenticate(first))).toBe(IdentityExceptionCode.SESSION_ENDED);

    const user = await aUser(kit, Role.EXECUTIVE);
    const cookie = formatSessionToken((await sessions.open(user)).token);
    const caller = (await sessions.authenticate(cookie)).user;
    await kit.auth.changePassword(caller, TEST_PASSWORD, 'a-different-long-secret-9', uniqueAddress());
    expect(await reasonOf(sessions.authenticate(cookie))).toBe(IdentityExceptionCode.SESSION_ENDED);
  });

  it('clears a user’s ended sessions when they open a new one, leaving the live ones', async () => {
    const user = await aUser(kit, Role.EXECUTIVE);
    const live = await sessions.open(user);
    const signedOut = await sessions.open(user);
    const idle = await sessions.open(user);
    await sessions.revoke(signedOut.token.id);
    await rows.update({ id: idle.token.id }, { idleExpiresAt: new Date(Date.now() - 1000) });
    const next = await sessions.open(user);
    const ids = (await rows.findBy({ userId: user.id })).map((r) => r.id).sort();
    expect(ids).toEqual([live.token.id, next.token.id].sort());
  });
});
