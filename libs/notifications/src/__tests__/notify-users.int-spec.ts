import { Role } from '@kakehashi/authz';
import {
  countFor,
  createUser,
  draft,
  startNotificationsKit,
  type NotificationsKit,
} from './notifications-kit';

describe('NotifyUsersService', () => {
  let kit: NotificationsKit;

  beforeAll(async () => {
    kit = await startNotificationsKit();
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('creates one row per distinct user with the draft as given', async () => {
    const [a, b] = [await createUser(kit.dataSource), await createUser(kit.dataSource, Role.PARTNER_HQ)];
    const sent = draft();

    expect(await kit.notifier.notify([a.id, b.id, a.id], sent)).toBe(2);

    const rows = await kit.dataSource.query(
      `SELECT "user_id", "kind", "title", "body", "subject_type", "subject_id", "read_at"
         FROM "notifications" WHERE "dedupe_key" = $1 ORDER BY "user_id"`,
      [sent.dedupeKey],
    );
    expect(rows).toEqual(
      [a.id, b.id].sort().map((userId) => ({
        user_id: userId,
        kind: sent.kind,
        title: sent.title,
        body: sent.body,
        subject_type: 'CASE',
        subject_id: sent.subjectId,
        read_at: null,
      })),
    );
  });

  it('delivers the same dedupe key only once per user: a retry counts only the users new to it', async () => {
    const [a, b] = [await createUser(kit.dataSource), await createUser(kit.dataSource)];
    const sent = draft();

    expect(await kit.notifier.notify([a.id], sent)).toBe(1);
    expect(await kit.notifier.notify([a.id], { ...sent, title: '再送' })).toBe(0);
    expect(await kit.notifier.notify([a.id, b.id], sent)).toBe(1);

    expect(await countFor(kit.dataSource, a.id)).toBe(1);
    expect(await countFor(kit.dataSource, b.id)).toBe(1);
    const [{ title }] = await kit.dataSource.query(
      `SELECT "title" FROM "notifications" WHERE "user_id" = $1 AND "dedupe_key" = $2`,
      [a.id, sent.dedupeKey],
    );
    expect(title).toBe(sent.title);
  });

  it('keeps notifications without a subject', async () => {
    const user = await createUser(kit.dataSource, Role.ADMIN);
    expect(await kit.notifier.notify([user.id], draft({ subjectType: null, subjectId: undefined }))).toBe(1);
  });

  it('notifies nobody for an empty list', async () => {
    expect(await kit.notifier.notify([], draft())).toBe(0);
  });

  it('refuses a malformed draft before writing anything', async () => {
    const user = await createUser(kit.dataSource);
    await expect(kit.notifier.notify([user.id], draft({ dedupeKey: '' }))).rejects.toThrow(/dedupeKey/);
    expect(await countFor(kit.dataSource, user.id)).toBe(0);
  });

  it('writes inside the caller’s transaction: a rollback leaves nothing', async () => {
    const user = await createUser(kit.dataSource);
    const sent = draft();

    await expect(
      kit.dataSource.transaction(async (manager) => {
        expect(await kit.notifier.notify([user.id], sent, manager)).toBe(1);
        const [{ n }] = await manager.query(
          `SELECT count(*)::int AS "n" FROM "notifications" WHERE "user_id" = $1`,
          [user.id],
        );
        expect(n).toBe(1);
        throw new Error('the caller’s use case failed');
      }),
    ).rejects.toThrow('the caller’s use case failed');

    expect(await countFor(kit.dataSource, user.id)).toBe(0);
    // The rolled-back delivery did not use up its dedupe key.
    expect(await kit.notifier.notify([user.id], sent)).toBe(1);
  });

  it('commits with the caller’s transaction', async () => {
    const user = await createUser(kit.dataSource);
    await kit.dataSource.transaction((manager) => kit.notifier.notify([user.id], draft(), manager));
    expect(await countFor(kit.dataSource, user.id)).toBe(1);
  });

  it('goes when the user is deleted', async () => {
    const user = await createUser(kit.dataSource);
    await kit.notifier.notify([user.id], draft());
    await kit.dataSource.query(`DELETE FROM "users" WHERE "id" = $1`, [user.id]);
    expect(await countFor(kit.dataSource, user.id)).toBe(0);
  });
});
