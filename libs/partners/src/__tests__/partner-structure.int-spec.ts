import { RequestLoaders } from '@kakehashi/graphql-core';
import { testPoolSize } from '@kakehashi/testing';
import { QueryFailedError } from 'typeorm';
import { AgreementCounterpart, AgreementStatus } from '../partner-enums';
import { PartnerExceptionCode } from '../partner.exception';
import { PartnerLoaders } from '../institutions/services/partner.loaders';
import {
  anInstitution,
  fieldMessages,
  officeId,
  rejection,
  startPartnersKit,
  TEST_SIGNED_ON,
  type PartnersKit,
} from './partners-kit';

describe('branches, agreements and contacts of a partner institution (services on PostgreSQL)', () => {
  let kit: PartnersKit;
  beforeAll(async () => {
    kit = await startPartnersKit();
  });
  afterAll(() => kit.close());

  describe('branches', () => {
    it('adds branches with a name unique within the institution (the same name elsewhere is fine)', async () => {
      const [a, b] = [await anInstitution(kit), await anInstitution(kit)];
      const branch = await kit.branches.add({
        institutionId: a.id,
        name: ' 新宿支店 ',
        prefectureCode: '13',
      });
      expect(branch).toMatchObject({
        institutionId: a.id,
        name: '新宿支店',
        prefectureCode: '13',
        version: 1,
      });
      await expect(
        kit.branches.add({ institutionId: b.id, name: '新宿支店', prefectureCode: '13' }),
      ).resolves.toBeDefined();
      const error = await rejection(
        kit.branches.add({ institutionId: a.id, name: '新宿支店', prefectureCode: '27' }),
      );
      expect(fieldMessages(error)).toEqual({
        'input.name': 'この提携機関には支店「新宿支店」が既に登録されています。',
      });
    });

    it('validates every field and the institution', async () => {
      const institution = await anInstitution(kit);
      const error = await rejection(
        kit.branches.add({ institutionId: institution.id, name: '', prefectureCode: '99' }),
      );
      expect(fieldMessages(error)).toEqual({
        'input.name': '支店名を入力してください。',
        'input.prefectureCode': '都道府県コード「99」は存在しません(01〜47)。',
      });
      const missing = await rejection(
        kit.branches.add({
          institutionId: '00000000-0000-4000-8000-00000000beef',
          name: '本店',
          prefectureCode: '13',
        }),
      );
      expect(missing.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
    });

    it('edits a branch with optimistic locking', async () => {
      const institution = await anInstitution(kit);
      const branch = await kit.branches.add({
        institutionId: institution.id,
        name: '梅田支店',
        prefectureCode: '27',
      });
      const moved = await kit.branches.update({ id: branch.id, expectedVersion: 1, name: '大阪梅田支店' });
      expect(moved).toMatchObject({ name: '大阪梅田支店', prefectureCode: '27', version: 2 });
      const stale = await rejection(
        kit.branches.update({ id: branch.id, expectedVersion: 1, prefectureCode: '28' }),
      );
      expect(stale).toMatchObject({
        code: PartnerExceptionCode.STALE_VERSION,
        details: { currentVersion: 2 },
      });
    });
  });

  describe('agreements', () => {
    it('records an agreement with headquarters and one with a regional office', async () => {
      const institution = await anInstitution(kit);
      const hq = await kit.agreements.add({
        institutionId: institution.id,
        signedOn: TEST_SIGNED_ON,
        counterpart: AgreementCounterpart.CENTER_HQ,
      });
      expect(hq).toMatchObject({ counterpart: 'CENTER_HQ', officeId: null, status: 'ACTIVE', endedOn: null });
      const fukui = await officeId(kit.dataSource, '18');
      const regional = await kit.agreements.add({
        institutionId: institution.id,
        signedOn: '2024/10/1',
        counterpart: AgreementCounterpart.REGIONAL_OFFICE,
        officeId: fukui,
      });
      expect(regional).toMatchObject({ signedOn: '2024-10-01', officeId: fukui, status: 'ACTIVE' });
    });

    it('records a past agreement as ended', async () => {
      const institution = await anInstitution(kit);
      const past = await kit.agreements.add({
        institutionId: institution.id,
        signedOn: '2024-04-01',
        counterpart: AgreementCounterpart.CENTER_HQ,
        endedOn: '2025-03-31',
      });
      expect(past).toMatchObject({ status: AgreementStatus.ENDED, endedOn: '2025-03-31' });
    });

    it('refuses headquarters as a regional office, an unknown office and an end before the signing', async () => {
      const institution = await anInstitution(kit);
      const hqOffice = await officeId(kit.dataSource, 'HQ');
      const asRegional = await rejection(
        kit.agreements.add({
          institutionId: institution.id,
          signedOn: TEST_SIGNED_ON,
          counterpart: AgreementCounterpart.REGIONAL_OFFICE,
          officeId: hqOffice,
          endedOn: '2024-03-31',
        }),
      );
      expect(fieldMessages(asRegional)).toEqual({
        'input.officeId': '地方事務所を指定してください(本部との協定は相手方を本部にしてください)。',
        'input.endedOn': `終了日は締結日(${TEST_SIGNED_ON})以降の日付を入力してください。`,
      });
      const unknown = await rejection(
        kit.agreements.add({
          institutionId: institution.id,
          signedOn: TEST_SIGNED_ON,
          counterpart: AgreementCounterpart.REGIONAL_OFFICE,
          officeId: '00000000-0000-4000-8000-00000000dead',
        }),
      );
      expect(fieldMessages(unknown)).toEqual({ 'input.officeId': '指定された事務所が見つかりません。' });
    });

    it('ends an agreement once, with optimistic locking', async () => {
      const institution = await anInstitution(kit);
      const agreement = await kit.agreements.add({
        institutionId: institution.id,
        signedOn: TEST_SIGNED_ON,
        counterpart: AgreementCounterpart.CENTER_HQ,
      });
      const early = await rejection(
        kit.agreements.end({ id: agreement.id, expectedVersion: 1, endedOn: '2024-01-01' }),
      );
      expect(fieldMessages(early)).toEqual({
        'input.endedOn': `終了日は締結日(${TEST_SIGNED_ON})以降の日付を入力してください。`,
      });
      const ended = await kit.agreements.end({ id: agreement.id, expectedVersion: 1, endedOn: '2026-03-31' });
      expect(ended).toMatchObject({ status: AgreementStatus.ENDED, endedOn: '2026-03-31', version: 2 });
      const stale = await rejection(
        kit.agreements.end({ id: agreement.id, expectedVersion: 1, endedOn: '2026-04-30' }),
      );
      expect(stale).toMatchObject({
        code: PartnerExceptionCode.STALE_VERSION,
        details: { currentVersion: 2 },
      });
      const again = await rejection(
        kit.agreements.end({ id: agreement.id, expectedVersion: 2, endedOn: '2026-04-30' }),
      );
      expect(again).toMatchObject({
        code: PartnerExceptionCode.AGREEMENT_ALREADY_ENDED,
        message: 'この連携協定は既に終了しています(終了日 2026-03-31)。',
      });
    });

    it('lets one of two concurrent ends from the same version win', async () => {
      const institution = await anInstitution(kit);
      const agreement = await kit.agreements.add({
        institutionId: institution.id,
        signedOn: TEST_SIGNED_ON,
        counterpart: AgreementCounterpart.CENTER_HQ,
      });
      // Two connections, so the edits really overlap: the row lock keeps them apart, not the turns of one connection.
      const parallel = await startPartnersKit({ poolSize: testPoolSize(2) });
      const results = await Promise.allSettled([
        parallel.agreements.end({ id: agreement.id, expectedVersion: 1, endedOn: '2025-03-31' }),
        parallel.agreements.end({ id: agreement.id, expectedVersion: 1, endedOn: '2026-03-31' }),
      ]).finally(() => parallel.close());
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason).toMatchObject({
        code: PartnerExceptionCode.STALE_VERSION,
      });
    });
  });

  describe('contacts', () => {
    it('adds a head-office contact and a branch contact, and moves one between them', async () => {
      const institution = await anInstitution(kit);
      const branch = await kit.branches.add({
        institutionId: institution.id,
        name: '本店営業部',
        prefectureCode: '13',
      });
      const headOffice = await kit.contacts.add({
        institutionId: institution.id,
        name: '山本 彩',
        title: '法人営業部 課長',
        email: 'Yamamoto@Example.JP',
      });
      expect(headOffice).toMatchObject({ branchId: null, email: 'yamamoto@example.jp', phone: null });
      const atBranch = await kit.contacts.add({
        institutionId: institution.id,
        branchId: branch.id,
        name: '井上 大輔',
        phone: '03-0000-0002',
      });
      expect(atBranch.branchId).toBe(branch.id);
      const moved = await kit.contacts.update({
        id: atBranch.id,
        expectedVersion: 1,
        branchId: null,
        title: '課長',
      });
      expect(moved).toMatchObject({ branchId: null, title: '課長', phone: '03-0000-0002', version: 2 });
    });

    it('refuses a branch of another institution, and removing the only way to reach the contact', async () => {
      const [own, other] = [await anInstitution(kit), await anInstitution(kit)];
      const otherBranch = await kit.branches.add({
        institutionId: other.id,
        name: '他行支店',
        prefectureCode: '13',
      });
      const crossed = await rejection(
        kit.contacts.add({
          institutionId: own.id,
          branchId: otherBranch.id,
          name: '越境 太郎',
          phone: '03-0000-0003',
        }),
      );
      expect(fieldMessages(crossed)).toEqual({
        'input.branchId': '指定された支店はこの提携機関に登録されていません。',
      });
      const contact = await kit.contacts.add({
        institutionId: own.id,
        name: '連絡 花子',
        email: 'renraku@example.jp',
      });
      const unreachable = await rejection(
        kit.contacts.update({ id: contact.id, expectedVersion: 1, email: null }),
      );
      expect(fieldMessages(unreachable)).toEqual({
        'input.email': '連絡先としてメールアドレスか電話番号の少なくとも一方を入力してください。',
      });
      const stale = await rejection(
        kit.contacts.update({ id: contact.id, expectedVersion: 9, name: '別名' }),
      );
      expect(stale.code).toBe(PartnerExceptionCode.STALE_VERSION);
    });

    it('is kept inside its institution by the database too (composite foreign key)', async () => {
      const [own, other] = [await anInstitution(kit), await anInstitution(kit)];
      const otherBranch = await kit.branches.add({
        institutionId: other.id,
        name: '他行支店',
        prefectureCode: '13',
      });
      await expect(
        kit.dataSource.query(
          `INSERT INTO partner_contacts (institution_id, branch_id, name, phone, version) VALUES ($1, $2, 'x', '0', 1)`,
          [own.id, otherBranch.id],
        ),
      ).rejects.toThrow(QueryFailedError);
    });
  });

  it('loads the branches, agreements and contacts of many institutions at once, each to its own', async () => {
    const [a, b] = [await anInstitution(kit), await anInstitution(kit)];
    await kit.branches.add({ institutionId: a.id, name: '札幌支店', prefectureCode: '01' });
    await kit.branches.add({ institutionId: a.id, name: '那覇支店', prefectureCode: '47' });
    await kit.contacts.add({ institutionId: b.id, name: '担当 一郎', phone: '011-000-0000' });
    await kit.agreements.add({
      institutionId: b.id,
      signedOn: TEST_SIGNED_ON,
      counterpart: AgreementCounterpart.CENTER_HQ,
    });
    const loaders = new RequestLoaders();
    const partnerLoaders = kit.module.get(PartnerLoaders);
    const [branches, agreements, contacts] = await Promise.all([
      partnerLoaders.branchesOf(loaders).loadMany([a.id, b.id]),
      partnerLoaders.agreementsOf(loaders).loadMany([a.id, b.id]),
      partnerLoaders.contactsOf(loaders).loadMany([a.id, b.id]),
    ]);
    expect(branches.map((list) => (list as { name: string }[]).map((x) => x.name))).toEqual([
      ['札幌支店', '那覇支店'],
      [],
    ]);
    expect(agreements.map((list) => (list as unknown[]).length)).toEqual([0, 1]);
    expect(contacts.map((list) => (list as unknown[]).length)).toEqual([0, 1]);
  });
});
