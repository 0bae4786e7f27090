import { Role } from '@kakehashi/authz';
import { testPoolSize } from '@kakehashi/testing';
import { PartnerExceptionCode } from '../partner.exception';
import { PartnerType } from '../partner-enums';
import {
  anInstitution,
  fieldMessages,
  M_BANK_ID,
  partnerUser,
  rejection,
  startPartnersKit,
  uniqueTag,
  type PartnersKit,
} from './partners-kit';

describe('partner institutions (services on PostgreSQL)', () => {
  let kit: PartnersKit;
  beforeAll(async () => {
    kit = await startPartnersKit();
  });
  afterAll(() => kit.close());

  describe('registering', () => {
    it('stores the type, the name with its search key, the HQ step and the covered prefectures', async () => {
      const tag = uniqueTag();
      const institution = await kit.creates.create({
        type: PartnerType.BUSINESS_ASSOCIATION,
        name: ` 一般社団法人\u3000試験経営者協会${tag} `,
        hasHqStep: false,
        coveredPrefectureCodes: ['27', '26', '２６'],
      });
      expect(institution).toMatchObject({
        type: PartnerType.BUSINESS_ASSOCIATION,
        name: `一般社団法人 試験経営者協会${tag}`,
        nameSearchKey: `試験経営者協会${tag}`,
        hasHqStep: false,
        coveredPrefectureCodes: ['26', '27'],
        version: 1,
      });
    });

    it('has an HQ step and no prefecture limit unless told otherwise', async () => {
      const institution = await kit.creates.create({
        type: PartnerType.LABOR_UNION,
        name: `試験労働組合${uniqueTag()}`,
      });
      expect(institution).toMatchObject({ hasHqStep: true, coveredPrefectureCodes: [] });
    });

    it('reports every bad field at once in Japanese, and stores nothing', async () => {
      const tag = uniqueTag();
      const error = await rejection(
        kit.creates.create({
          type: 'BANK' as PartnerType,
          name: `${'長'.repeat(100)}${tag}`,
          coveredPrefectureCodes: ['00'],
        }),
      );
      expect(error.code).toBe(PartnerExceptionCode.INVALID_INPUT);
      expect(fieldMessages(error)).toEqual({
        'input.type': '種別を指定してください(金融機関・経済団体・労働組合・行政機関)。',
        'input.name': '名称は100文字以内で入力してください。',
        'input.coveredPrefectureCodes.0': '都道府県コード「00」は存在しません(01〜47)。',
      });
      const [{ n }] = await kit.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM partner_institutions WHERE name LIKE $1`,
        [`%${tag}`],
      );
      expect(n).toBe(0);
    });

    it('refuses a second institution of the same name however it is typed', async () => {
      const tag = uniqueTag();
      await anInstitution(kit, { name: `株式会社試験銀行${tag}` });
      const error = await rejection(anInstitution(kit, { name: `（株）試験銀行${tag.toUpperCase()}` }));
      expect(fieldMessages(error)).toEqual({
        'input.name': `同じ名称の提携機関「株式会社試験銀行${tag}」が既に登録されています。`,
      });
    });

    it('lets exactly one of two simultaneous registrations of a name through', async () => {
      const name = `試験信金${uniqueTag()}`;
      const results = await Promise.allSettled([anInstitution(kit, { name }), anInstitution(kit, { name })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused?.reason).toMatchObject({ code: PartnerExceptionCode.INVALID_INPUT });
    });
  });

  describe('editing', () => {
    it('changes what is given, keeps the rest and bumps the version', async () => {
      const institution = await anInstitution(kit, { coveredPrefectureCodes: ['13'] });
      const updated = await kit.updates.update({
        id: institution.id,
        expectedVersion: institution.version,
        hasHqStep: false,
        coveredPrefectureCodes: [],
      });
      expect(updated).toMatchObject({
        name: institution.name,
        type: institution.type,
        hasHqStep: false,
        coveredPrefectureCodes: [],
        version: institution.version + 1,
      });
    });

    it('answers CONFLICT with the current version to an edit from a stale version, and keeps the first edit', async () => {
      const institution = await anInstitution(kit);
      const first = await kit.updates.update({
        id: institution.id,
        expectedVersion: institution.version,
        name: `${institution.name}改`,
      });
      const error = await rejection(
        kit.updates.update({ id: institution.id, expectedVersion: institution.version, hasHqStep: false }),
      );
      expect(error.code).toBe(PartnerExceptionCode.STALE_VERSION);
      expect(error.details).toEqual({ currentVersion: first.version });
      expect(await kit.queries.byId(institution.id)).toMatchObject({ name: first.name, hasHqStep: true });
    });

    it('lets only one of two concurrent edits from the same version win', async () => {
      const institution = await anInstitution(kit);
      // Two connections, so the edits really overlap: the row lock keeps them apart, not the turns of one connection.
      const parallel = await startPartnersKit({ poolSize: testPoolSize(2) });
      const results = await Promise.allSettled([
        parallel.updates.update({ id: institution.id, expectedVersion: 1, coveredPrefectureCodes: ['01'] }),
        parallel.updates.update({ id: institution.id, expectedVersion: 1, coveredPrefectureCodes: ['47'] }),
      ]).finally(() => parallel.close());
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost[0]?.reason).toMatchObject({ code: PartnerExceptionCode.STALE_VERSION });
      expect((await kit.queries.byId(institution.id)).version).toBe(2);
    });

    it('refuses taking another institution’s name', async () => {
      const [a, b] = [await anInstitution(kit), await anInstitution(kit)];
      const error = await rejection(
        kit.updates.update({ id: b.id, expectedVersion: b.version, name: a.name }),
      );
      expect(fieldMessages(error)['input.name']).toMatch(/既に登録されています/);
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-00000000f00d', 'not-an-id']) {
        const error = await rejection(kit.updates.update({ id, expectedVersion: 1, name: '誰か' }));
        expect(error.code).toBe(PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND);
      }
    });
  });

  describe('the list', () => {
    it('filters by type, covered prefecture (nationwide ones included) and name, and pages by cursor', async () => {
      const tag = uniqueTag();
      const osakaBanks = [];
      for (let i = 0; i < 3; i++)
        osakaBanks.push(
          await anInstitution(kit, { name: `試験${tag}銀行${i}`, coveredPrefectureCodes: ['27'] }),
        );
      const nationwide = await anInstitution(kit, { name: `試験${tag}銀行全国`, coveredPrefectureCodes: [] });
      await anInstitution(kit, { name: `試験${tag}銀行東京`, coveredPrefectureCodes: ['13'] });
      await anInstitution(kit, {
        name: `試験${tag}協会`,
        type: PartnerType.BUSINESS_ASSOCIATION,
        coveredPrefectureCodes: ['27'],
      });

      // The name filter is spelling-tolerant (NFKC, case): full-width upper-case letters find the same names.
      const fullWidth = [...tag.toUpperCase()]
        .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
        .join('');
      const byName = await kit.queries.list({ name: `試験${fullWidth}銀行` }, { first: 10 });
      expect(byName.totalCount).toBe(5);
      const filter = { type: PartnerType.FINANCIAL_INSTITUTION, prefectureCode: '27', name: `試験${tag}` };
      const first = await kit.queries.list(filter, { first: 2 });
      expect(first.totalCount).toBe(4);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await kit.queries.list(filter, { first: 2, after: first.pageInfo.endCursor });
      expect(second.pageInfo.hasNextPage).toBe(false);
      const seen = [...first.edges, ...second.edges].map((e) => e.node.id);
      expect(new Set(seen)).toEqual(new Set([...osakaBanks, nationwide].map((i) => i.id)));
      expect(seen).toHaveLength(4);
    });

    it('refuses a prefecture code that names no prefecture and a forged cursor', async () => {
      await expect(kit.queries.list({ prefectureCode: '48' }, { first: 5 })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'filter.prefectureCode' }] },
      });
      await expect(kit.queries.list({}, { first: 5, after: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });
  });

  describe('a partner user’s own institution', () => {
    it('is the institution of the account, whatever else exists', async () => {
      const own = await anInstitution(kit);
      await anInstitution(kit);
      expect((await kit.queries.mine(partnerUser(Role.PARTNER_BRANCH, own.id))).id).toBe(own.id);
      expect((await kit.queries.mine(partnerUser(Role.PARTNER_HQ, M_BANK_ID))).name).toBe('M銀行');
    });

    it('is refused to an account without an institution', async () => {
      const error = await rejection(kit.queries.mine(partnerUser(Role.PARTNER_HQ, null)));
      expect(error.code).toBe(PartnerExceptionCode.NO_PARTNER_INSTITUTION);
    });
  });
});
