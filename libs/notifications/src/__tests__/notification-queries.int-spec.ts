import { Role, ROLES_METADATA, type AuthUser } from '@kakehashi/authz';
import type { Connection } from '@kakehashi/graphql-core';
import { Reflector } from '@nestjs/core';
import { NotificationExceptionCode } from '../notification.exception';
import type { NotificationModel } from '../notifications/notification.model';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import {
  createUser,
  draft,
  rejection,
  startNotificationsKit,
  type NotificationsKit,
} from './notifications-kit';

describe('notifications of the signed-in user', () => {
  let kit: NotificationsKit;

  beforeAll(async () => {
    kit = await startNotificationsKit();
  });

  afterAll(async () => {
    await kit?.close();
  });

  const list = (
    caller: AuthUser,
    args: { unreadOnly?: boolean; first?: number; after?: string | null } = {},
  ) => kit.resolver.notifications(caller, { unreadOnly: false, first: 20, after: null, ...args });

  /** Notifies `user` `count` times, each in its own statement, and returns the dedupe keys in delivery order. */
  async function deliver(user: AuthUser, count: number, kind = 'CASE_FOLLOW_UP_DUE'): Promise<string[]> {
    const keys: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const sent = draft({ kind, title: `お知らせ${i}` });
      await kit.notifier.notify([user.id], sent);
      keys.push(sent.dedupeKey);
    }
    return keys;
  }

  async function idsOf(user: AuthUser): Promise<string[]> {
    const rows: { id: string }[] = await kit.dataSource.query(
      `SELECT "id" FROM "notifications" WHERE "user_id" = $1 ORDER BY "created_at" DESC, "id" DESC`,
      [user.id],
    );
    return rows.map((r) => r.id);
  }

  async function everyPage(
    caller: AuthUser,
    first: number,
    unreadOnly = false,
  ): Promise<NotificationModel[]> {
    const seen: NotificationModel[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<NotificationModel> = await list(caller, { first, after, unreadOnly });
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  }

  it('is open to every signed-in role, partners included', () => {
    const reflector = new Reflector();
    for (const operation of [
      'notifications',
      'unreadNotificationCount',
      'markNotificationsRead',
      'markAllNotificationsRead',
    ] as const) {
      const roles = reflector.get<Role[]>(ROLES_METADATA, NotificationsResolver.prototype[operation]);
      expect(roles).toEqual(expect.arrayContaining([Role.CONSULTANT, Role.PARTNER_HQ, Role.PARTNER_BRANCH]));
    }
  });

  it('lists only the caller’s own notifications, newest first, with their fields', async () => {
    const [me, other] = [await createUser(kit.dataSource), await createUser(kit.dataSource)];
    await deliver(me, 2);
    await deliver(other, 1);
    const sent = draft({ kind: 'CONTRACT_ENDED', title: '契約終了日を過ぎました' });
    await kit.notifier.notify([me.id, other.id], sent);

    const page = await list(me);

    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.id)).toEqual(await idsOf(me));
    expect(page.edges[0].node).toEqual({
      id: expect.any(String),
      kind: 'CONTRACT_ENDED',
      title: '契約終了日を過ぎました',
      body: sent.body,
      subjectType: 'CASE',
      subjectId: sent.subjectId,
      createdAt: expect.any(Date),
      readAt: null,
      read: false,
    });
    expect(page.pageInfo.hasNextPage).toBe(false);
    const others = await idsOf(other);
    expect(page.edges.some((e) => others.includes(e.node.id))).toBe(false);
  });

  it('pages without skipping or repeating, also among rows created in the same transaction', async () => {
    const me = await createUser(kit.dataSource, Role.PARTNER_BRANCH);
    await deliver(me, 3);
    // One transaction: the same now(), so only the id orders these.
    await kit.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 4; i += 1) await kit.notifier.notify([me.id], draft(), manager);
    });
    await deliver(me, 2);

    const seen = await everyPage(me, 2);

    expect(seen.map((n) => n.id)).toEqual(await idsOf(me));
    expect(seen).toHaveLength(9);
  });

  it('keeps microsecond order in the cursor (rows within one millisecond are not skipped)', async () => {
    const me = await createUser(kit.dataSource);
    await kit.notifier.notify([me.id], draft());
    await kit.notifier.notify([me.id], draft());
    await kit.notifier.notify([me.id], draft());
    // Same millisecond, different microseconds: a millisecond cursor would skip the middle one.
    await kit.dataSource.query(
      `UPDATE "notifications" n SET "created_at" = '2026-11-01T09:00:00.000000Z'::timestamptz
          + make_interval(secs => r."k" * 0.0001)
         FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS "k" FROM "notifications" WHERE "user_id" = $1) r
        WHERE n."id" = r."id"`,
      [me.id],
    );

    const seen = await everyPage(me, 1);

    expect(seen.map((n) => n.id)).toEqual(await idsOf(me));
    expect(seen).toHaveLength(3);
  });

  it('lists and counts unread ones only when asked; marking read moves them out', async () => {
    const me = await createUser(kit.dataSource);
    await deliver(me, 5);
    const [newest, , third] = await idsOf(me);

    expect(await kit.resolver.markNotificationsRead(me, [newest, third])).toBe(2);

    expect(await kit.resolver.unreadNotificationCount(me)).toBe(3);
    const unread = await list(me, { unreadOnly: true });
    expect(unread.totalCount).toBe(3);
    expect(unread.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining([newest]));
    expect(unread.edges.every((e) => !e.node.read && e.node.readAt === null)).toBe(true);
    const all = await list(me);
    expect(all.totalCount).toBe(5);
    expect(all.edges[0].node).toMatchObject({ id: newest, read: true, readAt: expect.any(Date) });
    expect(await everyPage(me, 2, true)).toHaveLength(3);
  });

  it('marks read only the caller’s own: another user’s id changes nothing and is not told apart', async () => {
    const [me, other] = [await createUser(kit.dataSource), await createUser(kit.dataSource)];
    await deliver(me, 1);
    await deliver(other, 2);
    const [mine] = await idsOf(me);
    const theirs = await idsOf(other);

    expect(await kit.resolver.markNotificationsRead(me, theirs)).toBe(0);
    // Same answer as for an id nobody has.
    expect(await kit.resolver.markNotificationsRead(me, ['00000000-0000-4000-8000-000000000000'])).toBe(0);
    expect(await kit.resolver.markNotificationsRead(me, [...theirs, mine, mine])).toBe(1);

    expect(await kit.resolver.unreadNotificationCount(other)).toBe(2);
    expect(await kit.resolver.unreadNotificationCount(me)).toBe(0);
    // Already read: nothing changes a second time.
    expect(await kit.resolver.markNotificationsRead(me, [mine])).toBe(0);
    expect(await kit.resolver.markNotificationsRead(me, [])).toBe(0);
  });

  it('marks all of the caller’s own read, and no one else’s', async () => {
    const [me, other] = [await createUser(kit.dataSource, Role.EXECUTIVE), await createUser(kit.dataSource)];
    await deliver(me, 3);
    await deliver(other, 2);
    await kit.resolver.markNotificationsRead(me, [(await idsOf(me))[0]]);

    expect(await kit.resolver.markAllNotificationsRead(me)).toBe(2);
    expect(await kit.resolver.markAllNotificationsRead(me)).toBe(0);

    expect(await kit.resolver.unreadNotificationCount(me)).toBe(0);
    expect(await kit.resolver.unreadNotificationCount(other)).toBe(2);
  });

  it('refuses malformed ids, too many ids and a malformed cursor as input errors', async () => {
    const me = await createUser(kit.dataSource);
    const ids = Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000');

    for (const refused of [
      await rejection(kit.resolver.markNotificationsRead(me, ['not-an-id'])),
      await rejection(kit.resolver.markNotificationsRead(me, ids)),
    ]) {
      expect(refused.code).toBe(NotificationExceptionCode.INVALID_INPUT);
      expect(refused.fields[0].field).toBe('ids');
    }
    const cursor = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    const refused = await rejection(list(me, { after: cursor }));
    expect(refused.fields).toEqual([{ field: 'after', message: 'ページ位置(カーソル)が正しくありません。' }]);
  });
});
