// A Nest testing module for the notifications integration tests on this run's PostgreSQL (migrated by the Jest
// global setup), and builders for users and drafts. The files share one database: every test makes its own users.
import { Role, type AuthUser } from '@kakehashi/authz';
import { DatabaseModule } from '@kakehashi/database';
import { officeId, staffUser, testPoolSize, uniqueTag } from '@kakehashi/testing';
import { Test, type TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotificationException } from '../notification.exception';
import { NotificationsModule } from '../notifications.module';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import type { NotificationDraft } from '../notifications/services/notification-draft';
import { NotifyUsersService } from '../notifications/services/notify-users.service';

export interface NotificationsKit {
  module: TestingModule;
  dataSource: DataSource;
  notifier: NotifyUsersService;
  resolver: NotificationsResolver;
  close(): Promise<void>;
}

export async function startNotificationsKit(): Promise<NotificationsKit> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through the Jest global setup');
  const module = await Test.createTestingModule({
    imports: [
      DatabaseModule.forRoot({ url, poolSize: testPoolSize(), applicationName: 'notifications-test' }),
      NotificationsModule,
    ],
  }).compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    notifier: module.get(NotifyUsersService),
    resolver: module.get(NotificationsResolver),
    close: () => module.close(),
  };
}

/** A signed-in user of `role` that exists in "users" (notifications reference it). */
export async function createUser(dataSource: DataSource, role: Role = Role.CONSULTANT): Promise<AuthUser> {
  const office = role === Role.CONSULTANT ? await officeId(dataSource, '13') : null;
  const user = staffUser(role, office);
  // Partner users belong to M銀行 of the partner reference data, a branch user to a branch of its own.
  const partner =
    role === Role.PARTNER_HQ || role === Role.PARTNER_BRANCH ? '00000000-0000-4000-8000-000000000001' : null;
  const branch =
    role === Role.PARTNER_BRANCH
      ? (
          await dataSource.query<{ id: string }[]>(
            `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version")
             VALUES ($1, $2, '13', 1) RETURNING "id"`,
            [partner, `試験支店${uniqueTag()}`],
          )
        )[0].id
      : null;
  await dataSource.query(
    `INSERT INTO "users" ("id", "email", "name", "role", "office_id", "partner_institution_id",
       "partner_branch_id", "password_hash", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'not-a-real-hash', 1)`,
    [user.id, user.email, user.name, user.role, office, partner, branch],
  );
  return { ...user, partnerInstitutionId: partner, partnerBranchId: branch };
}

export function draft(overrides: Partial<NotificationDraft> = {}): NotificationDraft {
  return {
    kind: 'CASE_FOLLOW_UP_DUE',
    title: 'フォローアップの期日になりました',
    body: '担当案件のフォローアップ期日です。状況を確認してください。',
    subjectType: 'CASE',
    subjectId: randomUUID(),
    dedupeKey: `case-follow-up:${uniqueTag()}`,
    ...overrides,
  };
}

/** How many notifications `userId` has (optionally only those with `dedupeKey`). */
export async function countFor(dataSource: DataSource, userId: string, dedupeKey?: string): Promise<number> {
  const [{ n }] = await dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS "n" FROM "notifications" WHERE "user_id" = $1 AND ($2::text IS NULL OR "dedupe_key" = $2)`,
    [userId, dedupeKey ?? null],
  );
  return n;
}

export async function rejection(promise: Promise<unknown>): Promise<NotificationException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NotificationException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}
