import { Role } from '@kakehashi/authz';
import { testPoolSize } from '@kakehashi/testing';
import { skillMatchKey } from '@kakehashi/text';
import type { TestingModule } from '@nestjs/testing';
import { OfferExceptionCode } from '../offer.exception';
import { MoveTypeWanted, OfferStatus, WorkplaceCondition } from '../shared/offer-enums';
import {
  countRows,
  createCompany,
  officeId,
  offersTestingModule,
  offerServices,
  rejection,
  sendingInput,
  staffUser,
  type OfferServices,
} from './test-kit';

describe('sending information (services on PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let s: OfferServices;
  let tokyoConsultant: ReturnType<typeof staffUser>;
  let osakaConsultant: ReturnType<typeof staffUser>;
  let hq: ReturnType<typeof staffUser>;

  beforeAll(async () => {
    moduleRef = await offersTestingModule();
    s = offerServices(moduleRef);
    tokyoConsultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '13'));
    osakaConsultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '27'));
    hq = staffUser(Role.HQ_COORDINATOR, await officeId(s.dataSource, 'HQ'));
  });
  afterAll(() => moduleRef.close());

  const tokyoCompany = () => createCompany(s.dataSource, { officeCode: '13' });

  describe('recording', () => {
    it('stores an offer owned by the company’s office, with every person available and the skills resolved', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(
        tokyoConsultant,
        sendingInput(company.id, {
          peopleCount: 3,
          skills: ['ﾌｫｰｸﾘﾌﾄ', '大型免許', 'ﾄﾞﾛｰﾝ 操縦'],
          acceptablePrefectureCodes: ['13', '11'],
          conditions: [WorkplaceCondition.NO_NIGHT_SHIFT],
          desiredPeriodMonths: 12,
          monthlyWage: 320000,
          experienceYears: 10,
          earliestStartOn: '2026-12-01',
        }),
      );
      expect(offer).toMatchObject({
        companyId: company.id,
        owningOfficeId: company.owningOfficeId,
        peopleCount: 3,
        peopleAvailable: 3,
        status: OfferStatus.OPEN,
        receivedOn: '2026-11-01',
        acceptablePrefectureCodes: ['13', '11'],
        conditions: [WorkplaceCondition.NO_NIGHT_SHIFT],
        version: 1,
      });
      expect(offer.skills.map((skill) => [skill.label, skill.skillId !== null])).toEqual([
        ['フォークリフト運転技能', true],
        ['大型自動車第一種運転免許', true],
        ['ドローン 操縦', false],
      ]);
      // What the people hold includes what their licences imply (大型 ⇒ 中型 ⇒ 準中型 ⇒ 普通).
      expect(offer.skillKeys).toEqual(
        expect.arrayContaining(
          [
            'フォークリフト運転技能',
            '大型自動車第一種運転免許',
            '中型自動車第一種運転免許',
            '準中型自動車第一種運転免許',
            '普通自動車第一種運転免許',
            'ドローン操縦',
          ].map(skillMatchKey),
        ),
      );
      expect(offer.skillKeys).toHaveLength(6);
    });

    it('reports every bad field at once in Japanese, and stores nothing', async () => {
      const company = await tokyoCompany();
      const error = await rejection(
        s.sendingWrites.create(
          tokyoConsultant,
          sendingInput(company.id, {
            peopleCount: 0,
            desiredPeriodMonths: 37,
            occupationCode: 'Z',
            acceptablePrefectureCodes: ['13', '48'],
            monthlyWage: -1,
            experienceYears: 61,
            earliestStartOn: '2024-01-01',
            jobTitle: ' ',
          }),
        ),
      );
      expect(error.code).toBe(OfferExceptionCode.INVALID_INPUT);
      expect(Object.fromEntries(error.fields.map((f) => [f.field, f.message]))).toEqual({
        'input.peopleCount': '人数は1以上9999以下の整数で入力してください。',
        'input.desiredPeriodMonths': '希望期間は1〜36か月の範囲で入力してください。',
        'input.occupationCode': '職業分類(大分類)「Z」は存在しません。',
        'input.acceptablePrefectureCodes.1': '都道府県コード「48」は存在しません。',
        'input.monthlyWage': expect.stringContaining('月額賃金は0以上'),
        'input.experienceYears': '経験年数は0〜60年の範囲で入力してください。',
        'input.earliestStartOn': '開始可能日が1年以上前になっています。日付を確認してください。',
        'input.jobTitle': '職種名を入力してください。',
      });
      expect(await countRows(s.dataSource, 'sending_offers', company.id)).toBe(0);
    });

    it('refuses an unknown company with a field error', async () => {
      const error = await rejection(
        s.sendingWrites.create(tokyoConsultant, sendingInput('00000000-0000-4000-8000-000000000000')),
      );
      expect(error.fields).toEqual([
        { field: 'input.companyId', message: '指定された企業が見つかりません。' },
      ]);
    });

    it('refuses a consultant naming another office’s company with a field error naming that office; HQ may', async () => {
      const osakaCompany = await createCompany(s.dataSource, { officeCode: '27' });
      const error = await rejection(s.sendingWrites.create(tokyoConsultant, sendingInput(osakaCompany.id)));
      expect(error.code).toBe(OfferExceptionCode.INVALID_INPUT);
      expect(error.fields).toEqual([
        { field: 'input.companyId', message: expect.stringContaining('大阪事務所') },
      ]);
      expect(await countRows(s.dataSource, 'sending_offers', osakaCompany.id)).toBe(0);

      const byHq = await s.sendingWrites.create(hq, sendingInput(osakaCompany.id));
      expect(byHq.owningOfficeId).toBe(osakaCompany.owningOfficeId);
      const byOwner = await s.sendingWrites.create(osakaConsultant, sendingInput(osakaCompany.id));
      expect(byOwner.owningOfficeId).toBe(osakaCompany.owningOfficeId);
    });

    it('refuses executives and consultants without an office', async () => {
      const company = await tokyoCompany();
      expect(
        (await rejection(s.sendingWrites.create(staffUser(Role.EXECUTIVE), sendingInput(company.id)))).code,
      ).toBe(OfferExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect(
        (await rejection(s.sendingWrites.create(staffUser(Role.CONSULTANT), sendingInput(company.id)))).code,
      ).toBe(OfferExceptionCode.NO_OFFICE_ASSIGNED);
    });
  });

  describe('editing', () => {
    it('edits the given fields only and bumps the version', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(
        tokyoConsultant,
        sendingInput(company.id, { notes: '初回' }),
      );
      const edited = await s.sendingWrites.update(tokyoConsultant, {
        id: offer.id,
        expectedVersion: offer.version,
        moveType: MoveTypeWanted.EITHER,
        status: OfferStatus.IN_PROGRESS,
      });
      expect(edited).toMatchObject({
        moveType: MoveTypeWanted.EITHER,
        status: OfferStatus.IN_PROGRESS,
        notes: '初回',
        jobTitle: offer.jobTitle,
        version: offer.version + 1,
      });
    });

    it('forbids a consultant of another office to edit, naming the owning office; HQ may edit', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(tokyoConsultant, sendingInput(company.id));
      const error = await rejection(
        s.sendingWrites.update(osakaConsultant, {
          id: offer.id,
          expectedVersion: offer.version,
          notes: '大阪から',
        }),
      );
      expect(error.code).toBe(OfferExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect(error.message).toContain('東京事務所');
      const edited = await s.sendingWrites.update(hq, {
        id: offer.id,
        expectedVersion: offer.version,
        notes: '本部から',
      });
      expect(edited.notes).toBe('本部から');
    });

    it('lets exactly one of two concurrent edits of the same version win; the other gets CONFLICT', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(tokyoConsultant, sendingInput(company.id));
      // Two connections, so the edits really overlap: the row lock keeps them apart, not the turns of one connection.
      const parallel = await offersTestingModule({ poolSize: testPoolSize(2) });
      const writes = offerServices(parallel).sendingWrites;
      const results = await Promise.allSettled(
        ['一方', '他方'].map((notes) =>
          writes.update(tokyoConsultant, { id: offer.id, expectedVersion: offer.version, notes }),
        ),
      ).finally(() => parallel.close());
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused?.reason).toMatchObject({
        code: OfferExceptionCode.STALE_VERSION,
        details: { currentVersion: offer.version + 1 },
      });
    });

    it('keeps the people already placed when the count changes, and refuses a count below them', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(
        tokyoConsultant,
        sendingInput(company.id, { peopleCount: 5 }),
      );
      // Two people established elsewhere (what matching records).
      await s.dataSource.query(
        `UPDATE "sending_offers" SET "people_available" = 3, "version" = "version" + 1 WHERE "id" = $1`,
        [offer.id],
      );
      const raised = await s.sendingWrites.update(tokyoConsultant, {
        id: offer.id,
        expectedVersion: 2,
        peopleCount: 8,
      });
      expect(raised).toMatchObject({ peopleCount: 8, peopleAvailable: 6 });

      const error = await rejection(
        s.sendingWrites.update(tokyoConsultant, {
          id: offer.id,
          expectedVersion: 3,
          peopleCount: 1,
          notes: '変更',
        }),
      );
      expect(error.fields).toEqual([
        { field: 'input.peopleCount', message: expect.stringContaining('既に2人が成立') },
      ]);
      const unchanged = await s.sendingSearch.findById(offer.id);
      expect(unchanged).toMatchObject({ peopleCount: 8, peopleAvailable: 6, notes: null, version: 3 });

      const closed = await s.sendingWrites.update(tokyoConsultant, {
        id: offer.id,
        expectedVersion: 3,
        peopleCount: 2,
      });
      expect(closed).toMatchObject({ peopleCount: 2, peopleAvailable: 0, status: OfferStatus.CLOSED });
    });

    it('reopens a CLOSED offer only when it has people left', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(
        tokyoConsultant,
        sendingInput(company.id, { peopleCount: 2 }),
      );
      const closed = await s.sendingWrites.update(tokyoConsultant, {
        id: offer.id,
        expectedVersion: 1,
        status: OfferStatus.CLOSED,
      });
      const reopened = await s.sendingWrites.update(tokyoConsultant, {
        id: offer.id,
        expectedVersion: closed.version,
        status: OfferStatus.OPEN,
      });
      expect(reopened).toMatchObject({ status: OfferStatus.OPEN, peopleAvailable: 2 });

      await s.dataSource.query(
        `UPDATE "sending_offers" SET "people_available" = 0, "status" = 'CLOSED', "version" = "version" + 1 WHERE "id" = $1`,
        [offer.id],
      );
      const error = await rejection(
        s.sendingWrites.update(tokyoConsultant, {
          id: offer.id,
          expectedVersion: reopened.version + 1,
          status: OfferStatus.OPEN,
        }),
      );
      expect(error.fields).toEqual([
        { field: 'input.status', message: expect.stringContaining('残りの人数が0人') },
      ]);
    });

    it('keeps an old earliest start editable but refuses setting one more than a year back', async () => {
      const company = await tokyoCompany();
      const offer = await s.sendingWrites.create(
        tokyoConsultant,
        sendingInput(company.id, { earliestStartOn: '2026-01-05' }),
      );
      // A year on, the stored date is old; editing something else must still work.
      const later = new Date('2027-06-01T00:00:00Z');
      const edited = await s.sendingWrites.update(
        tokyoConsultant,
        { id: offer.id, expectedVersion: 1, notes: 'メモ' },
        later,
      );
      expect(edited.notes).toBe('メモ');
      const error = await rejection(
        s.sendingWrites.update(
          tokyoConsultant,
          { id: offer.id, expectedVersion: 2, earliestStartOn: '2026-01-06' },
          later,
        ),
      );
      expect(error.fields.map((f) => f.field)).toEqual(['input.earliestStartOn']);
    });

    it('answers NOT_FOUND for an unknown offer', async () => {
      const error = await rejection(
        s.sendingWrites.update(hq, { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 }),
      );
      expect(error.code).toBe(OfferExceptionCode.OFFER_NOT_FOUND);
    });
  });
});
