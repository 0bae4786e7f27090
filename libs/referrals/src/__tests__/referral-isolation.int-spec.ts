// Isolation between partners in the database itself: with the resolvers and services out of the way, SQL in one
// partner's scope reads and writes nothing of another's, partner scopes never see the Center's notes, and a
// transaction without a scope sees nothing at all. Also the list: filters, lists and cursors stay in scope.
import { applyDatabaseScope, rowLevelSecurityStatus } from '@kakehashi/database';
import type { EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referrals/referral.entity';
import { AddReferralNoteService } from '../referrals/services/add-referral-note.service';
import { CreateReferralService } from '../referrals/services/create-referral.service';
import { ReferralQueryService } from '../referrals/services/referral-query.service';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { SubmitReferralService } from '../referrals/services/submit-referral.service';
import {
  aPartner,
  centerStaff,
  referralInput,
  startReferralsKit,
  type ReferralsKit,
  type TestPartner,
} from './referrals-kit';

describe('isolation between partners (real PostgreSQL, row-level security)', () => {
  let kit: ReferralsKit;
  let staff: Awaited<ReturnType<typeof centerStaff>>;
  let a: TestPartner;
  let b: TestPartner;
  let aReferral: ReferralEntity;

  beforeAll(async () => {
    kit = await startReferralsKit();
    staff = await centerStaff(kit.dataSource);
    a = await aPartner(kit.dataSource, { hasHqStep: false });
    b = await aPartner(kit.dataSource, { hasHqStep: false });
    const draft = await kit.get(CreateReferralService).create(a.branchUsers[0], referralInput());
    aReferral = await kit
      .get(SubmitReferralService)
      .submit(a.branchUsers[0], { id: draft.id, expectedVersion: 1 });
    await kit
      .get(AddReferralNoteService)
      .add(staff.coordinator, { referralId: aReferral.id, body: '社内検討メモ' });
  });
  afterAll(async () => {
    await kit?.close();
  });

  /** Raw SQL in `user`'s database scope, past every application check. */
  const asScope = <T>(
    user: Parameters<ReferralTransactions['run']>[0],
    work: (tx: EntityManager) => Promise<T>,
  ) => kit.get(ReferralTransactions).run(user, work);
  const count = async (tx: EntityManager, sql: string, params: unknown[]) =>
    Number((await tx.query<{ n: string }[]>(sql, params))[0].n);

  it('runs as a role the policies bind (not a superuser, owner or BYPASSRLS role)', async () => {
    const status = await rowLevelSecurityStatus(kit.dataSource);
    expect(status).toMatchObject({ enforced: true, reason: null });
  });

  it('refuses another partner’s rows to direct SQL in its scope: no read, no update, no insert', async () => {
    for (const user of [b.hq, b.branchUsers[0]]) {
      await asScope(user, async (tx) => {
        expect(await count(tx, `SELECT count(*) AS n FROM "referrals" WHERE "id" = $1`, [aReferral.id])).toBe(
          0,
        );
        expect(
          await count(tx, `SELECT count(*) AS n FROM "referral_events" WHERE "referral_id" = $1`, [
            aReferral.id,
          ]),
        ).toBe(0);
        const [, affected] = await tx.query(`UPDATE "referrals" SET "occupations" = 'x' WHERE "id" = $1`, [
          aReferral.id,
        ]);
        expect(affected).toBe(0);
      });
      await expect(
        asScope(user, (tx) =>
          tx.query(
            `INSERT INTO "referral_events" ("referral_id", "institution_id", "action", "to_status")
             VALUES ($1, $2, 'UPDATED', 'FORWARDED')`,
            [aReferral.id, a.institutionId],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    }
    // A sibling branch of the same institution is another tenant too.
    await asScope(a.branchUsers[1], async (tx) => {
      expect(await count(tx, `SELECT count(*) AS n FROM "referrals" WHERE "id" = $1`, [aReferral.id])).toBe(
        0,
      );
    });
    // In its own scope it is there.
    await asScope(a.branchUsers[0], async (tx) => {
      expect(await count(tx, `SELECT count(*) AS n FROM "referrals" WHERE "id" = $1`, [aReferral.id])).toBe(
        1,
      );
    });
  });

  it('hides the Center’s notes from the referral’s own partner, even by direct SQL, and refuses partner notes', async () => {
    for (const user of [a.hq, a.branchUsers[0]]) {
      await asScope(user, async (tx) => {
        expect(
          await count(tx, `SELECT count(*) AS n FROM "referral_notes" WHERE "referral_id" = $1`, [
            aReferral.id,
          ]),
        ).toBe(0);
        expect(await count(tx, `SELECT count(*) AS n FROM "referral_notes"`, [])).toBe(0);
      });
      await expect(
        asScope(user, (tx) =>
          tx.query(
            `INSERT INTO "referral_notes" ("referral_id", "institution_id", "author_user_id", "body")
             VALUES ($1, $2, $3, '支店からのメモ')`,
            [aReferral.id, a.institutionId, user.id],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    }
    await asScope(staff.coordinator, async (tx) => {
      expect(
        await count(tx, `SELECT count(*) AS n FROM "referral_notes" WHERE "referral_id" = $1`, [
          aReferral.id,
        ]),
      ).toBe(1);
    });
  });

  it('shows a transaction without a scope nothing at all (the policies fail closed)', async () => {
    await kit.dataSource.transaction(async (tx) => {
      expect(await count(tx, `SELECT count(*) AS n FROM "referrals"`, [])).toBe(0);
      expect(await count(tx, `SELECT count(*) AS n FROM "referral_events"`, [])).toBe(0);
    });
    // A scope naming an institution it does not belong to is still only that institution.
    await kit.dataSource.transaction(async (tx) => {
      await applyDatabaseScope(tx, { kind: 'partner_hq', institutionId: b.institutionId });
      expect(
        await count(tx, `SELECT count(*) AS n FROM "referrals" WHERE "institution_id" = $1`, [
          a.institutionId,
        ]),
      ).toBe(0);
    });
  });

  it('keeps lists, filters and cursors within the partner’s scope', async () => {
    const own: string[] = [];
    for (let i = 0; i < 3; i++) {
      own.push((await kit.get(CreateReferralService).create(b.branchUsers[0], referralInput())).id);
    }
    const queries = kit.get(ReferralQueryService);
    // Filtering by the other institution, its branch or its referral's name matches nothing.
    for (const filter of [
      { institutionId: a.institutionId },
      { branchId: a.branchIds[0] },
      { clientName: aReferral.clientName },
      { institutionId: 'not-an-id' },
    ]) {
      expect((await queries.list(b.hq, filter, { first: 10 })).totalCount).toBe(0);
    }
    // Walking b's pages one by one visits exactly b's referrals.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await queries.list(b.branchUsers[0], {}, { first: 1, after });
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([...own].sort());

    // A cursor taken from a's list positions b's list, and shows b nothing of a.
    const aPage = await queries.list(a.hq, {}, { first: 1 });
    const fromACursor = await queries.list(b.hq, {}, { first: 10, after: aPage.pageInfo.endCursor });
    expect(fromACursor.edges.map((e) => e.node.institutionId).every((id) => id === b.institutionId)).toBe(
      true,
    );
    // The other branch of b sees none of them.
    expect((await queries.list(b.branchUsers[1], {}, { first: 10 })).totalCount).toBe(0);
  });
});
