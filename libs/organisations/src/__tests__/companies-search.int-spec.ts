// Company search on PostgreSQL: name variants, corporate numbers, filters and cursors (the rest of the company
// services are in companies.int-spec.ts).
import { Role } from '@kakehashi/authz';
import type { TestingModule } from '@nestjs/testing';
import { CompanySize } from '../companies/company.entity';
import {
  companyInput,
  companyServices,
  officeId,
  organisationsTestingModule,
  randomCorporateNumber,
  staffUser,
  uniqueTag,
  type CompanyServices,
} from './test-kit';

/** Half-width katakana as typed on old systems: ヤマダ → ﾔﾏﾀﾞ. */
function toHalfWidthKatakana(s: string): string {
  const table: Record<string, string> = {
    カ: 'ｶ',
    ブ: 'ﾌﾞ',
    シ: 'ｼ',
    キ: 'ｷ',
    ガ: 'ｶﾞ',
    イ: 'ｲ',
    ャ: 'ｬ',
    ヤ: 'ﾔ',
    マ: 'ﾏ',
    ダ: 'ﾀﾞ',
    セ: 'ｾ',
    サ: 'ｻ',
    ク: 'ｸ',
    ョ: 'ｮ',
  };
  return [...s].map((c) => table[c] ?? c).join('');
}

describe('companies (services on PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let s: CompanyServices;
  let tokyo: string;
  let osaka: string;
  let hq: ReturnType<typeof staffUser>;

  beforeAll(async () => {
    moduleRef = await organisationsTestingModule();
    s = companyServices(moduleRef);
    tokyo = await officeId(s.dataSource, '13');
    osaka = await officeId(s.dataSource, '27');
    hq = staffUser(Role.HQ_COORDINATOR, await officeId(s.dataSource, 'HQ'));
  });
  afterAll(() => moduleRef.close());

  const search = (query: string, first = 100) => s.search.list({ query }, { first });
  const idsOf = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

  describe('search', () => {
    it('finds 山田製作所 however its name is written: legal form, spacing, kana, half-width', async () => {
      const tag = uniqueTag();
      const company = await s.writes.create(
        hq,
        companyInput({
          legalName: `株式会社山田製作所${tag}`,
          legalNameKana: 'ヤマダセイサクショ',
          owningOfficeId: tokyo,
        }),
      );
      const fullWidthTag = tag
        .toUpperCase()
        .replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      const forms = [
        `（株）山田製作所${fullWidthTag}`,
        `株式会社 山田製作所 ${tag}`,
        `ヤマダ製作所 ${tag}`,
        `${toHalfWidthKatakana('カブシキガイシャヤマダセイサクショ')} ${tag}`,
        `やまだせいさくしょ${tag}`,
      ];
      for (const form of forms) {
        expect({ form, ids: idsOf(await search(form)) }).toEqual({ form, ids: [company.id] });
      }
      // The forms without the tag find it too, among any other 山田製作所.
      for (const form of [
        '（株）山田製作所',
        '株式会社 山田製作所',
        'ヤマダ製作所',
        'ｶﾌﾞｼｷｶﾞｲｼｬﾔﾏﾀﾞｾｲｻｸｼｮ',
      ]) {
        expect({ form, found: idsOf(await search(form)).includes(company.id) }).toEqual({
          form,
          found: true,
        });
      }
      expect(idsOf(await search(`山田製作所${uniqueTag()}`))).toEqual([]);
    });

    it('treats LIKE wildcards in a query as plain characters', async () => {
      const tag = uniqueTag();
      await s.writes.create(hq, companyInput({ legalName: `株式会社${tag}商店`, owningOfficeId: tokyo }));
      expect((await search(`${tag.slice(0, 3)}%商店`)).totalCount).toBe(0);
      expect((await search(`${tag.slice(0, 3)}_${tag.slice(4)}`)).totalCount).toBe(0);
      expect((await search(`${tag}商店`)).totalCount).toBe(1);
    });

    it('searches a 13-digit query as an exact corporate number, with or without hyphens', async () => {
      const number = randomCorporateNumber();
      const company = await s.writes.create(
        hq,
        companyInput({ corporateNumber: number, owningOfficeId: tokyo }),
      );
      expect(idsOf(await search(number))).toEqual([company.id]);
      expect(
        idsOf(
          await search(
            `${number.slice(0, 1)}-${number.slice(1, 5)}-${number.slice(5, 9)}-${number.slice(9)}`,
          ),
        ),
      ).toEqual([company.id]);
      expect(idsOf(await search(number.slice(0, 12)))).toEqual([]);
      expect(idsOf(await s.search.list({ corporateNumber: number }, { first: 10 }))).toEqual([company.id]);
    });

    it('combines the filters with AND', async () => {
      const tag = uniqueTag();
      const sme = await s.writes.create(
        hq,
        companyInput({ legalName: `${tag}工業株式会社`, size: 'SME', owningOfficeId: tokyo }),
      );
      await s.writes.create(
        hq,
        companyInput({
          legalName: `${tag}重工株式会社`,
          size: 'LARGE',
          prefectureCode: '27',
          owningOfficeId: osaka,
        }),
      );
      expect(idsOf(await s.search.list({ query: tag, size: CompanySize.SME }, { first: 10 }))).toEqual([
        sme.id,
      ]);
      expect(
        idsOf(
          await s.search.list(
            { query: tag, owningOfficeId: tokyo, prefectureCode: '13', jsicMajorCode: 'e' },
            { first: 10 },
          ),
        ),
      ).toEqual([sme.id]);
      expect((await s.search.list({ query: tag }, { first: 10 })).totalCount).toBe(2);
    });

    it('walks every result exactly once through the cursors, even when a company is added mid-walk', async () => {
      const tag = uniqueTag();
      const created = [];
      for (let i = 0; i < 7; i++) {
        created.push(
          await s.writes.create(
            hq,
            companyInput({ legalName: `${tag}物産${i % 3}株式会社`, owningOfficeId: tokyo }),
          ),
        );
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await s.search.list({ query: tag }, { first: 3, after });
        expect(page.totalCount).toBe(created.length);
        seen.push(...idsOf(page));
        pages++;
        if (pages === 1) {
          // Sorts after everything already listed: the keyset must still reach it, once.
          created.push(
            await s.writes.create(
              hq,
              companyInput({ legalName: `${tag}物産9株式会社`, owningOfficeId: tokyo }),
            ),
          );
        }
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(created.map((c) => c.id).sort());
    });

    it('refuses a tampered cursor with a field error', async () => {
      await expect(s.search.list({}, { first: 1, after: 'not-a-cursor' })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });
  });
});
