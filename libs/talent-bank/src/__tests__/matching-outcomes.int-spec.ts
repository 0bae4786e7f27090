// Senior openings, the matching both ways with its explanations, and re-employments feeding talentBankOutcomes. The
// openings of these tests are in a prefecture no other test file uses (Shimane, 32), and the registrants, registered
// by the Shimane office's consultant, accept only it: the rankings hold only this file's data although the database
// is shared (a consultant ranks only their own office's registrants).
import { testPoolSize } from '@kakehashi/testing';
import { addDays } from '@kakehashi/calendar';
import { fiscalYearOf } from '../outcomes/outcomes.service';
import type { AuthUser } from '@kakehashi/authz';
import {
  eventually,
  insertReceivingOffer,
  insertUser,
  Role,
  person,
  register,
  SAVE_OPENING,
  startKit,
  staff,
  type GqlResponse,
  type Json,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

const SHIMANE = '32';
const BOOKKEEPING = { label: '日商簿記2級', key: '日商簿記2級' };

describe('senior openings, matching and re-employment outcomes', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let shimane: AuthUser;
  let today: string;

  beforeAll(async () => {
    kit = await startKit();
    users = await staff(kit.dataSource);
    shimane = await insertUser(kit.dataSource, Role.CONSULTANT, SHIMANE);
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());

  const ok = (response: GqlResponse): Json => {
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const reasonOf = (r: GqlResponse) => r.errors?.[0]?.extensions['reason'];

  async function opening(spec: Parameters<typeof insertReceivingOffer>[1], mark: Record<string, unknown>) {
    const offer = await insertReceivingOffer(kit.dataSource, { prefectureCode: SHIMANE, ...spec });
    ok(await kit.gql(users.hq, SAVE_OPENING, { input: { receivingOfferId: offer.id, ...mark } }));
    return offer;
  }

  /** A Shimane-office registrant living in Shimane and working only there. */
  const shimaneRegistrant = (wishes: Record<string, unknown> = {}) =>
    register(kit, shimane, person(today), {
      prefectureCode: SHIMANE,
      wishes: {
        occupationCodes: ['C'],
        workingStyle: 'PART_TIME',
        daysPerWeek: 3,
        hoursPerDay: 6,
        monthlyWage: 180000,
        maxPhysicalDemand: 'MODERATE',
        acceptablePrefectureCodes: [SHIMANE],
        earliestStartOn: today,
        ...wishes,
      },
    });

  describe('marking an offer open to people over 60', () => {
    it('takes offers that accept a hiring only, checks the conditions, and keeps concurrent edits apart', async () => {
      const secondmentOnly = await insertReceivingOffer(kit.dataSource, {
        acceptsTransfer: false,
        acceptsSecondment: true,
      });
      const refused = await kit.gql(users.tokyo, SAVE_OPENING, {
        input: { receivingOfferId: secondmentOnly.id, workingStyle: 'FULL_TIME', physicalDemand: 'LIGHT' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        reason: 'NOT_OPEN_TO_HIRING',
      });
      expect(refused.errors?.[0]?.message).toMatch(/在籍型出向のみを受け入れるため、シニア求人にできません/);

      const offer = await insertReceivingOffer(kit.dataSource);
      const bad = await kit.gql(users.tokyo, SAVE_OPENING, {
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
        await kit.gql(users.tokyo, SAVE_OPENING, {
          input: {
            receivingOfferId: offer.id,
            workingStyle: 'PART_TIME',
            physicalDemand: 'LIGHT',
            hoursPerDay: 5.5,
          },
        }),
      ).saveSeniorOpening;
      expect(marked).toMatchObject({ version: 1, workingStyle: 'PART_TIME' });
      const again = await kit.gql(users.hq, SAVE_OPENING, {
        input: { receivingOfferId: offer.id, workingStyle: 'FULL_TIME', physicalDemand: 'LIGHT' },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      const edited = ok(
        await kit.gql(users.hq, SAVE_OPENING, {
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
        await kit.gql(
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
          await kit.gql(
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
      const refused = await kit.gql(users.tokyo, SAVE_OPENING, mark(offer.id));
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        reason: 'OFFER_CLOSED',
      });
      expect(refused.errors?.[0]?.message).toBe(
        'この受入情報は終了しているため、シニア求人として保存できません。',
      );
      expect(await stored(offer.id)).toEqual([]);

      const marked = await insertReceivingOffer(kit.dataSource);
      ok(await kit.gql(users.tokyo, SAVE_OPENING, mark(marked.id)));
      await kit.dataSource.query(close(marked.id));
      const edit = await kit.gql(users.tokyo, SAVE_OPENING, {
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
        const saving = parallel.gql(users.tokyo, SAVE_OPENING, mark(offer.id));
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

  describe('matching', () => {
    it('ranks openings for a registrant by the senior factors, explaining each, within the places the registrant accepts', async () => {
      const best = await opening(
        { occupationCode: 'C', requiredSkills: [BOOKKEEPING], startBy: addDays(today, 30) },
        {
          workingStyle: 'PART_TIME',
          daysPerWeek: 3,
          hoursPerDay: 6,
          physicalDemand: 'LIGHT',
          wageMin: 170000,
          wageMax: 200000,
        },
      );
      const fullTime = await opening(
        { occupationCode: 'C', startBy: addDays(today, 30) },
        {
          workingStyle: 'FULL_TIME',
          daysPerWeek: 5,
          hoursPerDay: 8,
          physicalDemand: 'LIGHT',
          wageMin: 200000,
          wageMax: 220000,
        },
      );
      const heavy = await opening(
        { occupationCode: 'K', monthlyWage: 140000 },
        { workingStyle: 'FULL_TIME', daysPerWeek: 5, hoursPerDay: 8, physicalDemand: 'HEAVY' },
      );
      // Elsewhere (the registrant works only in Shimane) and full (no place left): never offered.
      await opening({ prefectureCode: '31' }, { workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' });
      const full = await opening({}, { workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' });
      await kit.dataSource.query(
        `UPDATE "receiving_offers" SET "people_remaining" = 0, "status" = 'CLOSED' WHERE "id" = $1`,
        [full.id],
      );

      const registrant = await shimaneRegistrant();
      const result = ok(
        await kit.gql(
          shimane,
          `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) {
            registrantId openingsScored
            items { rank receivingOfferId score reasons gaps notes factors { factor label weight value contribution }
                    opening { workingStyle receivingOffer { jobTitle } } }
          } }`,
          { id: registrant.id },
        ),
      ).talentBankOpeningsForRegistrant;
      const mine = result.items.filter((i: Json) =>
        [best.id, fullTime.id, heavy.id].includes(i.receivingOfferId),
      );
      expect(result.items.map((i: Json) => i.receivingOfferId)).toEqual([best.id, fullTime.id, heavy.id]);
      expect(result.openingsScored).toBe(3);
      expect(mine.map((i: Json) => i.rank)).toEqual([1, 2, 3]);
      const [top, middle, last] = mine;
      expect(top.score).toBeGreaterThan(middle.score);
      expect(middle.score).toBeGreaterThan(last.score);
      expect(top.reasons).toEqual(
        expect.arrayContaining([
          '希望職種に合う（事務従事者）',
          '勤務地が居住地と同じ都道府県（島根県）',
          '必須資格・スキル「日商簿記2級」を保有',
          '賃金（月額17万円〜20万円）が希望（月額18万円）以上',
        ]),
      );
      expect(middle.gaps).toEqual(
        expect.arrayContaining([
          '希望は短時間勤務（パートタイム）、求人はフルタイム',
          '勤務日数が希望より多い（週5日、希望は週3日まで）',
        ]),
      );
      expect(last.gaps).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^身体的負担が対応できる程度を超える/),
          '賃金（月額14万円）が希望（月額18万円）を下回る',
        ]),
      );
      for (const item of mine) {
        const sum = item.factors.reduce((a: number, f: Json) => a + f.contribution, 0);
        expect(sum).toBeCloseTo(item.score, 10);
      }
      expect(top.factors.map((f: Json) => f.label)).toEqual([
        '希望職種',
        '勤務地',
        '勤務形態',
        '勤務日数・時間',
        '身体的負担',
        '希望賃金',
        '必須資格・スキル',
        '歓迎資格・スキル',
        '就業可能日',
      ]);
    });

    it('ranks active registrants for an opening, best fit first, leaving out closed ones', async () => {
      const offer = await opening(
        { occupationCode: 'C' },
        {
          workingStyle: 'PART_TIME',
          daysPerWeek: 3,
          hoursPerDay: 6,
          physicalDemand: 'LIGHT',
          wageMax: 190000,
        },
      );
      const fits = await shimaneRegistrant();
      const wantsMore = await shimaneRegistrant({ monthlyWage: 300000, occupationCodes: ['H'] });
      const withdrawn = await shimaneRegistrant();
      ok(
        await kit.gql(
          shimane,
          `mutation ($input: WithdrawTalentBankConsentInput!) { withdrawTalentBankConsent(input: $input) { status } }`,
          {
            input: { registrantId: withdrawn.id, expectedVersion: withdrawn.version, withdrawnOn: today },
          },
        ),
      );
      const ranked = ok(
        await kit.gql(
          shimane,
          `query ($id: ID!) { talentBankRegistrantsForOpening(receivingOfferId: $id, first: 50) { items { rank registrantId score gaps registrant { id status } } } }`,
          { id: offer.id },
        ),
      ).talentBankRegistrantsForOpening.items.filter((i: Json) =>
        [fits.id, wantsMore.id, withdrawn.id].includes(i.registrantId),
      );
      expect(ranked.map((i: Json) => i.registrantId)).toEqual([fits.id, wantsMore.id]);
      expect(ranked[1].gaps).toEqual(
        expect.arrayContaining(['賃金（月額19万円）が希望（月額30万円）を下回る']),
      );
      const closed = await kit.gql(
        shimane,
        `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) { openingsScored } }`,
        {
          id: withdrawn.id,
        },
      );
      expect(reasonOf(closed)).toBe('REGISTRATION_CLOSED');
    });
  });

  describe('re-employment', () => {
    const RECORD = `mutation ($input: RecordTalentBankReemploymentInput!) {
      recordTalentBankReemployment(input: $input) {
        status closedOn reemployment { reemployedOn jobTitle occupationCode employmentType wageBand employer { id } occupation { nameJa } }
      }
    }`;
    const OUTCOMES = `query ($fy: Int!) { talentBankOutcomes(fiscalYear: $fy) {
      fiscalYear total byMonth { month count } byOccupation { occupationCode occupationName count } byEmploymentType { employmentType count }
    } }`;

    it('closes the registration, fills a place of the opening, and counts in the fiscal year by month and job type', async () => {
      const fy = fiscalYearOf(today);
      const before = ok(await kit.gql(users.executive, OUTCOMES, { fy })).talentBankOutcomes;
      const offer = await opening(
        { occupationCode: 'C', people: 1 },
        { workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' },
      );
      const first = await shimaneRegistrant();
      const second = await shimaneRegistrant();
      const recorded = ok(
        await kit.gql(shimane, RECORD, {
          input: {
            registrantId: first.id,
            expectedVersion: first.version,
            reemployedOn: today,
            employerCompanyId: offer.companyId,
            receivingOfferId: offer.id,
            jobTitle: '経理事務（パート）',
            occupationCode: 'C',
            employmentType: 'PART_TIME',
            wageBand: 'FROM_150K_TO_199K',
          },
        }),
      ).recordTalentBankReemployment;
      expect(recorded).toEqual({
        status: 'RE_EMPLOYED',
        closedOn: today,
        reemployment: {
          reemployedOn: today,
          // As typed: names and titles are stored as the consultant wrote them.
          jobTitle: '経理事務（パート）',
          occupationCode: 'C',
          employmentType: 'PART_TIME',
          wageBand: 'FROM_150K_TO_199K',
          employer: { id: offer.companyId },
          occupation: { nameJa: '事務従事者' },
        },
      });
      const [remaining] = await kit.dataSource.query(
        `SELECT "people_remaining" AS "left", "status" FROM "receiving_offers" WHERE "id" = $1`,
        [offer.id],
      );
      expect(remaining).toEqual({ left: 0, status: 'CLOSED' });

      const otherCompany = await insertReceivingOffer(kit.dataSource);
      const mismatch = await kit.gql(shimane, RECORD, {
        input: {
          registrantId: second.id,
          expectedVersion: second.version,
          reemployedOn: today,
          employerCompanyId: otherCompany.companyId,
          receivingOfferId: offer.id,
          jobTitle: '清掃',
          occupationCode: 'K',
          employmentType: 'CONTRACT',
          wageBand: 'UNDER_150K',
        },
      });
      expect(mismatch.errors?.[0]?.extensions['fields']).toEqual([
        { field: 'input.receivingOfferId', message: 'シニア求人の企業と再就職先の企業が異なります。' },
      ]);
      ok(
        await kit.gql(users.hq, RECORD, {
          input: {
            registrantId: second.id,
            expectedVersion: second.version,
            reemployedOn: today,
            employerCompanyId: otherCompany.companyId,
            jobTitle: '清掃スタッフ',
            occupationCode: 'K',
            employmentType: 'CONTRACT',
            wageBand: 'UNDER_150K',
          },
        }),
      );
      const twice = await kit.gql(shimane, RECORD, {
        input: {
          registrantId: second.id,
          expectedVersion: second.version + 1,
          reemployedOn: today,
          employerCompanyId: otherCompany.companyId,
          jobTitle: '清掃スタッフ',
          occupationCode: 'K',
          employmentType: 'CONTRACT',
          wageBand: 'UNDER_150K',
        },
      });
      expect(reasonOf(twice)).toBe('REGISTRATION_CLOSED');

      const after = ok(await kit.gql(users.executive, OUTCOMES, { fy })).talentBankOutcomes;
      expect(after.fiscalYear).toBe(fy);
      expect(after.byMonth.map((m: Json) => m.month)).toHaveLength(12);
      expect(after.byMonth[0].month).toBe(`${fy}-04`);
      expect(after.byMonth[11].month).toBe(`${fy + 1}-03`);
      expect(after.total - before.total).toBe(2);
      const month = today.slice(0, 7);
      const countIn = (o: Json, m: string) => o.byMonth.find((x: Json) => x.month === m).count;
      expect(countIn(after, month) - countIn(before, month)).toBe(2);
      const occupation = (o: Json, code: string) =>
        o.byOccupation.find((x: Json) => x.occupationCode === code)?.count ?? 0;
      expect(occupation(after, 'C') - occupation(before, 'C')).toBe(1);
      expect(occupation(after, 'K') - occupation(before, 'K')).toBe(1);
      expect(after.byOccupation.find((x: Json) => x.occupationCode === 'K').occupationName).toBe(
        '運搬・清掃・包装等従事者',
      );
      const type = (o: Json, t: string) => o.byEmploymentType.find((x: Json) => x.employmentType === t).count;
      expect(type(after, 'CONTRACT') - type(before, 'CONTRACT')).toBe(1);
      expect(after.total).toBe(after.byMonth.reduce((a: number, m: Json) => a + m.count, 0));
    });

    it('refuses a fiscal year out of range with a Japanese message', async () => {
      const response = await kit.gql(users.executive, OUTCOMES, { fy: 1900 });
      expect(response.errors?.[0]?.extensions['fields']).toEqual([
        { field: 'fiscalYear', message: '年度は1987〜2100の西暦（4月始まりの年）で指定してください。' },
      ]);
    });
  });
});
