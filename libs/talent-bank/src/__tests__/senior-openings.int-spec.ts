// Marking receiving offers as senior openings (open to people over 60): which offers may be marked, the conditions
// checked, concurrent edits kept apart, and offers that close before or while they are marked.
import { testPoolSize } from '@kakehashi/testing';
import {
  eventually,
  insertReceivingOffer,
  ok,
  reasonOf,
  SAVE_OPENING,
  startKit,
  staff,
  type SavedOpening,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

describe('senior openings', () => {
  let kit: TalentBankKit;
  let users: Staff;

  beforeAll(async () => {
    kit = await startKit();
    users = await staff(kit.dataSource);
  });
  afterAll(() => kit?.close());

  describe('marking an offer open to people over 60', () => {
    it('takes offers that accept a hiring only, checks the conditions, and keeps concurrent edits apart', async () => {
      const secondmentOnly = await insertReceivingOffer(kit.dataSource, {
        acceptsTransfer: false,
        acceptsSecondment: true,
      });
      const refused = await kit.gql<SavedOpening>(users.tokyo, SAVE_OPENING, {
        input: { receivingOfferId: secondmentOnly.id, workingStyle: 'FULL_TIME', physicalDemand: 'LIGHT' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        reason: 'NOT_OPEN_TO_HIRING',
      });
      expect(refused.errors?.[0]?.message).toMatch(/在籍型出向のみを受け入れるため、シニア求人にできません/);

      const offer = await insertReceivingOffer(kit.dataSource);
      const bad = await kit.gql<SavedOpening>(users.tokyo, SAVE_OPENING, {
        input: {
          receivingOfferId: offer.id,
          workingStyle: 'PART_TIME',
          physicalDemand: 'LIGHT',
          wageMin: 250000,
          wageMax: 200000,
          hoursPerDay: 6.25,
        },
      });
      expect(bad.errors?.[0]?.extensions['fields']).toEqual([
        {
          field: 'input.hoursPerDay',
          message: '1日の勤務時間は1〜24時間の範囲で、30分単位（例: 7.5）で入力してください。',
        },
        { field: 'input.wageMax', message: '月額賃金の上限が下限より低くなっています。' },
      ]);
      const marked = ok(
        await kit.gql<SavedOpening>(users.tokyo, SAVE_OPENING, {
          input: {
            receivingOfferId: offer.id,
            workingStyle: 'PART_TIME',
            physicalDemand: 'LIGHT',
            hoursPerDay: 5.5,
          },
        }),
      ).saveSeniorOpening;
      expect(marked).toMatchObject({ version: 1, workingStyle: 'PART_TIME' });
      const again = await kit.gql<SavedOpening>(users.hq, SAVE_OPENING, {
        input: { receivingOfferId: offer.id, workingStyle: 'FULL_TIME', physicalDemand: 'LIGHT' },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      const edited = ok(
        await kit.gql<SavedOpening>(users.hq, SAVE_OPENING, {
          input: {
            receivingOfferId: offer.id,
            expectedVersion: 1,
            workingStyle: 'FULL_TIME',
            physicalDemand: 'HEAVY',
          },
        }),
      ).saveSeniorOpening;
      expect(edited).toMatchObject({ version: 2, workingStyle: 'FULL_TIME', physicalDemand: 'HEAVY' });
      const read = ok(
        await kit.gql<{ seniorOpening: { receivingOffer: { id: string; jobTitle: string } } }>(
          users.admin,
          `query ($id: ID!) { seniorOpening(receivingOfferId: $id) { receivingOffer { id jobTitle } } }`,
          {
            id: offer.id,
          },
        ),
      );
      expect(read.seniorOpening.receivingOffer.id).toBe(offer.id);
      expect(
        ok(
          await kit.gql<{ removeSeniorOpening: boolean }>(
            users.tokyo,
            `mutation ($id: ID!) { removeSeniorOpening(receivingOfferId: $id, expectedVersion: 2) }`,
            { id: offer.id },
          ),
        ),
      ).toEqual({
        removeSeniorOpening: true,
      });
    });
  });

  describe('marking a closed offer', () => {
    const mark = (id: string, expectedVersion?: number) => ({
      input: { receivingOfferId: id, expectedVersion, workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' },
    });
    const close = (id: string) =>
      `UPDATE "receiving_offers" SET "status" = 'CLOSED', "people_remaining" = 0 WHERE "id" = '${id}'`;
    const stored = async (id: string) =>
      kit.dataSource.query<{ version: number; working_style: string }[]>(
        `SELECT "version", "working_style" FROM "senior_openings" WHERE "receiving_offer_id" = $1`,
        [id],
      );

    it('refuses to mark or edit an opening on an offer that has closed, and stores nothing', async () => {
      const offer = await insertReceivingOffer(kit.dataSource);
      await kit.dataSource.query(close(offer.id));
      const refused = await kit.gql<SavedOpening>(users.tokyo, SAVE_OPENING, mark(offer.id));
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        reason: 'OFFER_CLOSED',
      });
      expect(refused.errors?.[0]?.message).toBe(
        'この受入情報は終了しているため、シニア求人として保存できません。',
      );
      expect(await stored(offer.id)).toEqual([]);

      const marked = await insertReceivingOffer(kit.dataSource);
      ok(await kit.gql<SavedOpening>(users.tokyo, SAVE_OPENING, mark(marked.id)));
      await kit.dataSource.query(close(marked.id));
      const edit = await kit.gql<SavedOpening>(users.tokyo, SAVE_OPENING, {
        input: { ...mark(marked.id, 1).input, workingStyle: 'FULL_TIME' },
      });
      expect(reasonOf(edit)).toBe('OFFER_CLOSED');
      expect(await stored(marked.id)).toEqual([{ version: 1, working_style: 'PART_TIME' }]);
    });

    it('refuses a save that races with the offer closing: it waits for the close and sees it', async () => {
      const offer = await insertReceivingOffer(kit.dataSource);
      // Three connections: the uncommitted close, the save that waits for it, and the watcher of the wait.
      const parallel = await startKit({ poolSize: testPoolSize(3) });
      const closing = parallel.dataSource.createQueryRunner();
      await closing.connect();
      try {
        await closing.startTransaction();
        await closing.query(close(offer.id));
        const saving = parallel.gql<SavedOpening>(users.tokyo, SAVE_OPENING, mark(offer.id));
        let settled = false;
        void saving.finally(() => (settled = true));
        // The save must wait on the offer row the uncommitted close holds (without the lock it finishes at once).
        await eventually(
          async () =>
            settled ||
            (
              await parallel.dataSource.query<unknown[]>(
                `SELECT 1 FROM pg_stat_activity WHERE "wait_event_type" = 'Lock' AND "query" LIKE '%FOR SHARE%'`,
              )
            ).length > 0,
          (done) => done,
        );
        await closing.commitTransaction();
        expect(reasonOf(await saving)).toBe('OFFER_CLOSED');
      } finally {
        if (closing.isTransactionActive) await closing.rollbackTransaction();
        await closing.release();
        await parallel.close();
      }
      expect(await stored(offer.id)).toEqual([]);
    });
  });
});
