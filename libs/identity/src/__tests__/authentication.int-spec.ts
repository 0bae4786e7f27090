import { Role } from '@kakehashi/authz';
import { ErrorCode } from '@kakehashi/graphql-core';
import { JwtService } from '@nestjs/jwt';
import { IdentityExceptionCode } from '../identity.exception';
import { UsersResolver } from '../users/users.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import {
  aUser,
  graphqlCall,
  signIn,
  startIdentityKit,
  TEST_PASSWORD,
  uniqueAddress,
  uniqueEmail,
  type IdentityKit,
  apiErrorOf,
} from './identity-test-kit';

const MAX_FAILURES = 3;
const WRONG_CREDENTIALS = 'メールアドレスまたはパスワードが正しくありません。';

describe('sign-in and tokens', () => {
  let kit: IdentityKit;

  beforeAll(async () => {
    kit = await startIdentityKit({ LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_BLOCK_SECONDS: '600' });
  });
  afterAll(() => kit.close());

  describe('login', () => {
    it('returns a token, its expiry and the user, and records the sign-in time', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const before = Date.now();
      const result = await kit.auth.login(`  ${user.email.toUpperCase()} `, TEST_PASSWORD, uniqueAddress());
      expect(result.user).toMatchObject({ id: user.id, email: user.email, role: Role.CONSULTANT });
      expect(result.accessToken.split('.')).toHaveLength(3);
      const ttl = result.expiresAt.getTime() - before;
      expect(ttl).toBeGreaterThan((kit.config.jwtTtlSeconds - 5) * 1000);
      expect(ttl).toBeLessThanOrEqual((kit.config.jwtTtlSeconds + 1) * 1000);
      expect(result.user.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
      // Signing in is bookkeeping, not an edit: an administrator's open form (this version) stays valid.
      expect(result.user.version).toBe(user.version);
    });

    it('gives the same answer for a wrong password, an unknown address and a deactivated account', async () => {
      const user = await aUser(kit, Role.EXECUTIVE);
      const deactivated = await aUser(kit, Role.EXECUTIVE);
      await kit.admin.deactivateUser(null, deactivated.id);
      const attempts = [
        () => kit.auth.login(user.email, 'wrong-password-123', uniqueAddress()),
        () => kit.auth.login(uniqueEmail('nobody'), TEST_PASSWORD, uniqueAddress()),
        () => kit.auth.login(deactivated.email, TEST_PASSWORD, uniqueAddress()),
      ];
      for (const attempt of attempts) {
        const error = await apiErrorOf(attempt());
        expect(error).toMatchObject({
          message: WRONG_CREDENTIALS,
          extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'INVALID_CREDENTIALS' },
        });
      }
    });

    it(`blocks an account after ${MAX_FAILURES} failures, even with the right password, with a clear message`, async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      for (let i = 0; i < MAX_FAILURES; i++) {
        const error = await apiErrorOf(kit.auth.login(user.email, `wrong-password-${i}`, uniqueAddress()));
        expect(error?.message).toBe(WRONG_CREDENTIALS);
      }
      const blocked = await apiErrorOf(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress()));
      expect(blocked).toMatchObject({
        message:
          'ログインの失敗が続いたため、一時的にログインを制限しています。約10分後に再度お試しください。',
        extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'LOGIN_RATE_LIMITED' },
      });
      const retryAfter = blocked!.extensions['retryAfterSeconds'] as number;
      expect(retryAfter).toBeGreaterThan(590);
      expect(retryAfter).toBeLessThanOrEqual(600);
      // Another account is not affected.
      const other = await aUser(kit, Role.CONSULTANT);
      await expect(kit.auth.login(other.email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const fail = () =>
        kit.auth.login(user.email, 'wrong-password-x', uniqueAddress()).catch(() => undefined);
      for (let i = 0; i < MAX_FAILURES - 1; i++) await fail();
      await kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress());
      for (let i = 0; i < MAX_FAILURES - 1; i++) await fail();
      await expect(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
    });

    it(`blocks a client address after ${MAX_FAILURES * 4} failures across accounts`, async () => {
      const address = uniqueAddress();
      for (let i = 0; i < MAX_FAILURES * 4; i++) {
        const error = await apiErrorOf(kit.auth.login(uniqueEmail('guess'), 'guessed-password', address));
        expect(error?.extensions['reason']).toBe('INVALID_CREDENTIALS');
      }
      const user = await aUser(kit, Role.ADMIN);
      const blocked = await apiErrorOf(kit.auth.login(user.email, TEST_PASSWORD, address));
      expect(blocked?.extensions['reason']).toBe('LOGIN_RATE_LIMITED');
      // The same person from elsewhere is fine.
      await expect(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
    });

    it('keeps the counts in Redis under the configured prefix, so all API instances share them', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      for (let i = 0; i < MAX_FAILURES; i++) {
        await kit.auth.login(user.email, 'wrong-password-1', uniqueAddress()).catch(() => undefined);
      }
      const otherInstance = await startIdentityKit({
        LOGIN_MAX_FAILURES: String(MAX_FAILURES),
        LOGIN_BLOCK_SECONDS: '600',
      });
      try {
        const error = await apiErrorOf(otherInstance.auth.login(user.email, TEST_PASSWORD, uniqueAddress()));
        expect(error?.extensions['reason']).toBe('LOGIN_RATE_LIMITED');
      } finally {
        await otherInstance.close();
      }
    });
  });

  describe('the guard with real tokens', () => {
    it('admits a valid token of an allowed role and refuses other roles', async () => {
      const admin = await aUser(kit, Role.ADMIN);
      const consultant = await aUser(kit, Role.CONSULTANT);
      const asAdmin = graphqlCall(UsersResolver, 'users', await signIn(kit, admin.email));
      await expect(kit.guard.canActivate(asAdmin.context)).resolves.toBe(true);
      expect(asAdmin.req.user).toMatchObject({ id: admin.id, role: Role.ADMIN, email: admin.email });
      const asConsultant = graphqlCall(UsersResolver, 'users', await signIn(kit, consultant.email));
      await expect(kit.guard.canActivate(asConsultant.context)).rejects.toMatchObject({
        extensions: { code: ErrorCode.FORBIDDEN },
      });
    });

    it('lets partner users read only their own account', async () => {
      const partner = await aUser(kit, Role.PARTNER_BRANCH);
      const token = await signIn(kit, partner.email);
      await expect(kit.guard.canActivate(graphqlCall(AuthResolver, 'me', token).context)).resolves.toBe(true);
      await expect(
        kit.guard.canActivate(graphqlCall(UsersResolver, 'user', token).context),
      ).rejects.toMatchObject({
        extensions: { code: ErrorCode.FORBIDDEN },
      });
    });

    it('stops a deactivated user’s existing token at once', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const token = await signIn(kit, user.email);
      await expect(kit.guard.canActivate(graphqlCall(AuthResolver, 'me', token).context)).resolves.toBe(true);
      await kit.admin.deactivateUser(null, user.id);
      await expect(
        kit.guard.canActivate(graphqlCall(AuthResolver, 'me', token).context),
      ).rejects.toMatchObject({
        extensions: { code: ErrorCode.UNAUTHENTICATED, reason: IdentityExceptionCode.SESSION_INVALID },
      });
      // Reactivation does not revive old tokens; signing in again does.
      await kit.admin.reactivateUser(user.id);
      await expect(kit.auth.authenticate(token)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      await expect(kit.auth.authenticate(await signIn(kit, user.email))).resolves.toMatchObject({
        id: user.id,
      });
    });

    it('invalidates tokens on a change of role or office, not on a rename', async () => {
      const user = await aUser(kit, Role.HQ_COORDINATOR);
      let token = await signIn(kit, user.email);
      const renamed = await kit.admin.updateUser(null, {
        id: user.id,
        expectedVersion: user.version,
        name: '新しい 名前',
      });
      await expect(kit.auth.authenticate(token)).resolves.toMatchObject({ name: '新しい 名前' });

      const promoted = await kit.admin.updateUser(null, {
        id: user.id,
        expectedVersion: renamed.version,
        role: Role.EXECUTIVE,
        officeId: null,
      });
      expect(promoted.role).toBe(Role.EXECUTIVE);
      await expect(kit.auth.authenticate(token)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });

      token = await signIn(kit, user.email);
      await expect(kit.auth.authenticate(token)).resolves.toMatchObject({
        role: Role.EXECUTIVE,
        officeId: null,
      });
    });

    it('refuses a token signed with another secret, an expired one and one of an unknown user', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const claims = { sub: user.id, role: user.role, tv: 0 };
      const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync(claims);
      const ownSigner = new JwtService({ secret: kit.config.jwtSecret });
      const expired = await ownSigner.signAsync({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 });
      const nobody = await ownSigner.signAsync({ ...claims, sub: '00000000-0000-4000-8000-00000000beef' });
      const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
      await expect(kit.auth.authenticate(forged)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      await expect(kit.auth.authenticate(expired)).rejects.toMatchObject({
        message: 'ログインの有効期限が切れました。もう一度ログインしてください。',
      });
      await expect(kit.auth.authenticate(nobody)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      await expect(kit.auth.authenticate(unsigned)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      // The same claims signed properly are accepted: the refusals above are about the signature and expiry.
      await expect(kit.auth.authenticate(await ownSigner.signAsync(claims))).resolves.toMatchObject({
        id: user.id,
      });
    });
  });

  describe('changeMyPassword', () => {
    it('changes the password, signs out other sessions and returns a working token', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const oldToken = await signIn(kit, user.email);
      const caller = await kit.auth.authenticate(oldToken);
      const result = await kit.auth.changeMyPassword(
        caller,
        TEST_PASSWORD,
        'a-brand-new-passphrase',
        uniqueAddress(),
      );
      // Not an administrative edit: an administrator's open form for this user stays valid.
      expect(result.user.version).toBe(user.version);
      await expect(kit.auth.authenticate(oldToken)).rejects.toMatchObject({
        code: IdentityExceptionCode.SESSION_INVALID,
      });
      await expect(kit.auth.authenticate(result.accessToken)).resolves.toMatchObject({ id: user.id });
      await expect(
        apiErrorOf(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress())),
      ).resolves.toMatchObject({
        message: WRONG_CREDENTIALS,
      });
      await expect(
        kit.auth.login(user.email, 'a-brand-new-passphrase', uniqueAddress()),
      ).resolves.toBeDefined();
    });

    it('reports a wrong current password and a short new one by field, changing nothing', async () => {
      const user = await aUser(kit, Role.EXECUTIVE);
      const token = await signIn(kit, user.email);
      const caller = await kit.auth.authenticate(token);
      const error = await apiErrorOf(
        kit.auth.changeMyPassword(caller, 'not-my-password', 'short', uniqueAddress()),
      );
      expect(error).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
      expect(error?.extensions['fields']).toEqual([
        { field: 'input.currentPassword', message: '現在のパスワードが正しくありません。' },
        { field: 'input.newPassword', message: 'パスワードは12文字以上で入力してください。' },
      ]);
      await expect(kit.auth.authenticate(token)).resolves.toMatchObject({ id: user.id });
      await expect(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
    });

    it('refuses a common password, the caller’s own address or name and control characters as the new one', async () => {
      const user = await aUser(kit, Role.CONSULTANT, { name: 'Sato Hanako' });
      const token = await signIn(kit, user.email);
      const caller = await kit.auth.authenticate(token);
      const localPart = user.email.split('@')[0];
      const refusals = [
        [
          'qwerty123456',
          'よく使われているパスワードのため使用できません。推測されにくいものを指定してください。',
        ],
        [
          `${localPart.toUpperCase()}!`,
          'パスワードにメールアドレス(またはその一部)を含めることはできません。',
        ],
        ['hanako-no-himitsu', 'パスワードに氏名(またはその一部)を含めることはできません。'],
        ['correct\u200bhorse-battery', 'パスワードに制御文字(改行・タブ・ゼロ幅文字など)は使用できません。'],
      ];
      for (const [newPassword, message] of refusals) {
        const error = await apiErrorOf(
          kit.auth.changeMyPassword(caller, TEST_PASSWORD, newPassword, uniqueAddress()),
        );
        expect(error).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
        expect(error?.extensions['fields']).toEqual([{ field: 'input.newPassword', message }]);
      }
      // Nothing changed, and the refused attempts (with the right current password) did not count as failures.
      await expect(kit.auth.authenticate(token)).resolves.toMatchObject({ id: user.id });
      await expect(kit.auth.login(user.email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
    });
  });
});
