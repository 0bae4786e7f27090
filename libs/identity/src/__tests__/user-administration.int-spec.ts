// Account administration: creating and editing accounts (partner placements, deactivation and the users list are in
// user-accounts.int-spec.ts).
import { Role } from '@kakehashi/authz';
import { ErrorCode } from '@kakehashi/graphql-core';
import { settledOrWaitingOnLock, testPoolSize } from '@kakehashi/testing';
import { IdentityExceptionCode } from '../identity.exception';
import {
  aUser,
  officeId,
  startIdentityKit,
  TEST_PASSWORD,
  uniqueAddress,
  uniqueEmail,
  type IdentityKit,
  apiErrorOf,
} from './identity-test-kit';

describe('user administration', () => {
  let kit: IdentityKit;
  beforeAll(async () => {
    kit = await startIdentityKit();
  });
  afterAll(() => kit.close());

  describe('createUser', () => {
    it('creates a consultant of a regional office with a normalised address and a usable password', async () => {
      const email = uniqueEmail('suzuki');
      const user = await kit.admin.createUser({
        email: `  ${email.toUpperCase()}  `,
        name: ' 鈴木　一郎 ',
        role: Role.CONSULTANT,
        officeId: await officeId(kit, '13'),
        password: TEST_PASSWORD,
      });
      expect(user).toMatchObject({
        email,
        name: '鈴木 一郎',
        role: Role.CONSULTANT,
        isActive: true,
        version: 1,
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      await expect(kit.auth.login(email, TEST_PASSWORD, uniqueAddress())).resolves.toBeDefined();
    });

    it('reports every bad field at once, in Japanese, and writes nothing', async () => {
      const email = uniqueEmail('bad');
      const before = await kit.users.count();
      const error = await apiErrorOf(
        kit.admin.createUser({
          email: email.replace('@', ''),
          name: '',
          role: Role.CONSULTANT,
          officeId: null,
          password: 'too-short',
        }),
      );
      expect(error).toMatchObject({
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_USER_INPUT' },
      });
      expect(error?.extensions['fields']).toEqual([
        { field: 'input.email', message: 'メールアドレスの形式が正しくありません(例: name@example.jp)。' },
        { field: 'input.name', message: '氏名を入力してください。' },
        { field: 'input.password', message: 'パスワードは12文字以上で入力してください。' },
        { field: 'input.officeId', message: 'コンサルタントには所属する地方事務所を指定してください。' },
      ]);
      expect(await kit.users.count()).toBe(before);
    });

    it.each([
      ['a common password', () => 'password1234', 'よく使われているパスワード'],
      ['the user’s own address', (email: string) => `my-${email}`, 'メールアドレス(またはその一部)'],
      ['the user’s own name', () => 'Ｙａｍａｄａ-Taro-2025', '氏名(またはその一部)'],
      ['a control character', () => 'correct-horse\nbattery', '制御文字'],
    ])('refuses %s as password, naming the field, and writes nothing', async (_, password, message) => {
      const email = uniqueEmail('policy');
      const error = await apiErrorOf(
        kit.admin.createUser({
          email,
          name: 'Yamada Taro',
          role: Role.EXECUTIVE,
          password: password(email),
        }),
      );
      expect(error).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
      expect(error?.extensions['fields']).toEqual([
        { field: 'input.password', message: expect.stringContaining(message) },
      ]);
      expect(await kit.users.existsBy({ email })).toBe(false);
    });

    it.each([
      ['a consultant at headquarters', Role.CONSULTANT, 'HQ', null, 'input.officeId', /地方事務所を指定/],
      [
        'an HQ coordinator at a regional office',
        Role.HQ_COORDINATOR,
        '27',
        null,
        'input.officeId',
        /本部のみ/,
      ],
      [
        'an executive with an office',
        Role.EXECUTIVE,
        'HQ',
        null,
        'input.officeId',
        /所属事務所を設定できません/,
      ],
      [
        'a partner user without an institution',
        Role.PARTNER_HQ,
        null,
        null,
        'input.partnerInstitutionId',
        /提携機関IDを指定/,
      ],
      [
        'a partner institution id that is not a UUID',
        Role.PARTNER_BRANCH,
        null,
        'acme',
        'input.partnerInstitutionId',
        /UUID/,
      ],
      [
        'an administrator with a partner institution',
        Role.ADMIN,
        null,
        '00000000-0000-4000-8000-000000000001',
        'input.partnerInstitutionId',
        /提携機関のユーザーにのみ/,
      ],
    ])('refuses %s', async (_case, role, officeCode, partnerInstitutionId, field, message) => {
      const email = uniqueEmail('placement');
      const error = await apiErrorOf(
        kit.admin.createUser({
          email,
          name: '配置 確認',
          role,
          officeId: officeCode ? await officeId(kit, officeCode) : null,
          partnerInstitutionId,
          password: TEST_PASSWORD,
        }),
      );
      expect(error?.extensions['fields']).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await kit.users.existsBy({ email })).toBe(false);
    });

    it('refuses an office id that names no office', async () => {
      const error = await apiErrorOf(
        kit.admin.createUser({
          email: uniqueEmail(),
          name: '存在 しない',
          role: Role.CONSULTANT,
          officeId: '00000000-0000-4000-8000-00000000dead',
          password: TEST_PASSWORD,
        }),
      );
      expect(error?.extensions['fields']).toEqual([
        { field: 'input.officeId', message: '指定された事務所が見つかりません。' },
      ]);
    });

    it('answers CONFLICT naming the address when it is taken, whatever its case', async () => {
      const existing = await aUser(kit, Role.EXECUTIVE);
      const error = await apiErrorOf(
        kit.admin.createUser({
          email: existing.email.toUpperCase(),
          name: '二重 登録',
          role: Role.EXECUTIVE,
          password: TEST_PASSWORD,
        }),
      );
      expect(error).toMatchObject({
        message: `メールアドレス「${existing.email}」は既に登録されています。`,
        extensions: { code: ErrorCode.CONFLICT, reason: 'EMAIL_TAKEN' },
      });
      expect(await kit.users.countBy({ email: existing.email })).toBe(1);
    });

    it('lets exactly one of two simultaneous creations of the same address through', async () => {
      const email = uniqueEmail('race');
      const create = () =>
        kit.admin.createUser({ email, name: '同時 作成', role: Role.EXECUTIVE, password: TEST_PASSWORD });
      const results = await Promise.allSettled([create(), create(), create()]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        expect(r.reason).toMatchObject({ code: IdentityExceptionCode.EMAIL_TAKEN });
      }
    });
  });

  describe('updateUser', () => {
    it('moves a consultant to another office and bumps the version', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const osaka = await officeId(kit, '27');
      const moved = await kit.admin.updateUser(null, {
        id: user.id,
        expectedVersion: user.version,
        officeId: osaka,
      });
      expect(moved).toMatchObject({
        officeId: osaka,
        version: user.version + 1,
        tokenVersion: user.tokenVersion + 1,
      });
    });

    it('checks the resulting placement: a consultant made an executive must leave the office', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const error = await apiErrorOf(
        kit.admin.updateUser(null, { id: user.id, expectedVersion: user.version, role: Role.EXECUTIVE }),
      );
      expect(error?.extensions['fields']).toEqual([
        { field: 'input.officeId', message: '経営層には所属事務所を設定できません。' },
      ]);
      expect(await kit.users.findOneByOrFail({ id: user.id })).toMatchObject({
        role: Role.CONSULTANT,
        version: user.version,
      });
    });

    it('refuses a stale version with CONFLICT', async () => {
      const user = await aUser(kit, Role.EXECUTIVE);
      await kit.admin.updateUser(null, { id: user.id, expectedVersion: user.version, name: '一度目' });
      const error = await apiErrorOf(
        kit.admin.updateUser(null, { id: user.id, expectedVersion: user.version, name: '二度目' }),
      );
      expect(error).toMatchObject({
        extensions: { code: ErrorCode.CONFLICT, reason: 'USER_VERSION_CONFLICT' },
      });
      expect((await kit.users.findOneByOrFail({ id: user.id })).name).toBe('一度目');
    });

    it('lets only one of two concurrent edits from the same version win', async () => {
      const user = await aUser(kit, Role.CONSULTANT);
      const [osaka, aichi] = await Promise.all([officeId(kit, '27'), officeId(kit, '23')]);
      // Two connections, so the edits really overlap: the row lock keeps them apart, not the turns of one connection.
      const parallel = await startIdentityKit({}, testPoolSize(2));
      const results = await Promise.allSettled([
        parallel.admin.updateUser(null, { id: user.id, expectedVersion: user.version, officeId: osaka }),
        parallel.admin.updateUser(null, { id: user.id, expectedVersion: user.version, officeId: aichi }),
      ]).finally(() => parallel.close());
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({ code: IdentityExceptionCode.USER_VERSION_CONFLICT });
      const stored = await kit.users.findOneByOrFail({ id: user.id });
      expect(stored.version).toBe(user.version + 1);
      expect(stored.officeId).toBe((won[0] as PromiseFulfilledResult<{ officeId: string }>).value.officeId);
    });

    it('answers an edit that changes nothing as unchanged while its version is current, and CONFLICT once stale', async () => {
      const user = await aUser(kit, Role.EXECUTIVE);
      await expect(
        kit.admin.updateUser(null, { id: user.id, expectedVersion: user.version, name: user.name }),
      ).resolves.toMatchObject({ version: user.version, tokenVersion: user.tokenVersion });
      expect(await kit.users.findOneByOrFail({ id: user.id })).toMatchObject({ version: user.version });

      // Another edit is in flight when the one that changes nothing arrives: it waits for it, then is told CONFLICT,
      // as an edit that changes something would be, instead of answering the version that edit is replacing. Three
      // connections: the edit in flight, the one that waits, and the watcher of the wait.
      const parallel = await startIdentityKit({}, testPoolSize(3));
      const runner = parallel.users.manager.connection.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`UPDATE "users" SET "name" = $2, "version" = "version" + 1 WHERE "id" = $1`, [
          user.id,
          '先の編集',
        ]);
        const noOp = apiErrorOf(
          parallel.admin.updateUser(null, { id: user.id, expectedVersion: user.version, name: user.name }),
        );
        await settledOrWaitingOnLock(noOp, parallel.users, '%FROM "users"%FOR SHARE%');
        await runner.commitTransaction();
        expect(await noOp).toMatchObject({
          extensions: { code: ErrorCode.CONFLICT, reason: 'USER_VERSION_CONFLICT' },
        });
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
        await parallel.close();
      }
      expect(await kit.users.findOneByOrFail({ id: user.id })).toMatchObject({
        name: '先の編集',
        version: user.version + 1,
      });
    });

    it('refuses an administrator demoting themself', async () => {
      const admin = await aUser(kit, Role.ADMIN);
      const error = await apiErrorOf(
        kit.admin.updateUser(
          { id: admin.id },
          { id: admin.id, expectedVersion: admin.version, role: Role.EXECUTIVE },
        ),
      );
      expect(error).toMatchObject({ extensions: { code: ErrorCode.FORBIDDEN, reason: 'SELF_LOCKOUT' } });
      // Renaming oneself is fine.
      await expect(
        kit.admin.updateUser(
          { id: admin.id },
          { id: admin.id, expectedVersion: admin.version, name: '改名 管理者' },
        ),
      ).resolves.toMatchObject({ role: Role.ADMIN, name: '改名 管理者' });
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-00000000f00d', 'not-an-id']) {
        const error = await apiErrorOf(kit.admin.updateUser(null, { id, expectedVersion: 1, name: '誰か' }));
        expect(error?.extensions['code']).toBe(ErrorCode.NOT_FOUND);
      }
    });
  });
});
