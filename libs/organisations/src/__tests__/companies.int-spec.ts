// The company services on PostgreSQL: corporate number uniqueness, validation, office scope and editing (search is
// in companies-search.int-spec.ts).
import { Role } from '@kakehashi/authz';
import { testPoolSize } from '@kakehashi/testing';
import { companyNameSearchKey, CORPORATE_NUMBER_MESSAGES } from '@kakehashi/text';
import { buildDataSourceOptions } from '@kakehashi/database';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CompanyException, CompanyExceptionCode } from '../companies/company.exception';
import { COMPANY_FIELD_MESSAGES } from '../companies/services/company-fields';
import {
  companyInput,
  companyServices,
  countCompanies,
  databaseUrl,
  officeId,
  organisationsTestingModule,
  randomCorporateNumber,
  staffUser,
  uniqueTag,
  type CompanyServices,
} from './test-kit';

async function rejection(promise: Promise<unknown>): Promise<CompanyException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CompanyException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
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

  describe('corporate number uniqueness', () => {
    it('refuses a second company with the same number, naming the first and its office', async () => {
      const number = randomCorporateNumber();
      const first = await s.writes.create(
        hq,
        companyInput({ corporateNumber: number, owningOfficeId: tokyo }),
      );
      const error = await rejection(
        s.writes.create(
          staffUser(Role.CONSULTANT, osaka),
          companyInput({ corporateNumber: number, prefectureCode: '27' }),
        ),
      );
      expect(error.code).toBe(CompanyExceptionCode.CORPORATE_NUMBER_TAKEN);
      expect(error.message).toBe(
        `法人番号 ${number} は既に登録されています(${first.legalName}、東京事務所)。`,
      );
      expect(error.details['existingCompanyId']).toBe(first.id);
      expect(await countCompanies(s.dataSource, 'corporate_number = $1', [number])).toBe(1);
    });

    it('lets exactly one of two simultaneous registrations win; the other names the winner', async () => {
      const number = randomCorporateNumber();
      const results = await Promise.allSettled([
        s.writes.create(hq, companyInput({ corporateNumber: number, owningOfficeId: tokyo })),
        s.writes.create(hq, companyInput({ corporateNumber: number, owningOfficeId: osaka })),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const error = (lost[0] as PromiseRejectedResult).reason as CompanyException;
      expect(error).toBeInstanceOf(CompanyException);
      expect(error.code).toBe(CompanyExceptionCode.CORPORATE_NUMBER_TAKEN);
      expect(error.details['existingCompanyId']).toBe(
        (won[0] as PromiseFulfilledResult<{ id: string }>).value.id,
      );
    });

    it('turns a unique violation lost after the check passed into the same conflict', async () => {
      const number = randomCorporateNumber();
      const winnerName = `株式会社先着${uniqueTag()}`;
      // The first writer is another client with connections of its own: the application has one (as on the embedded
      // default), and its losing insert holds it while it waits.
      const other = await otherClient();
      const runner = other.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        // Uncommitted: invisible to the duplicate check, but the unique index makes the insert wait for it.
        const [winner] = await runner.query(
          `INSERT INTO companies (legal_name, name_search_key, corporate_number, jsic_major_code, prefecture_code, size,
                                  owning_office_id, version)
           VALUES ($1, $2, $3, 'E', '13', 'SME', $4, 1) RETURNING id`,
          [winnerName, companyNameSearchKey(winnerName), number, tokyo],
        );
        const loser = rejection(
          s.writes.create(hq, companyInput({ corporateNumber: number, owningOfficeId: tokyo })),
        );
        await waitForLockedInsert(other);
        await runner.commitTransaction();
        const error = await loser;
        expect(error.code).toBe(CompanyExceptionCode.CORPORATE_NUMBER_TAKEN);
        expect(error.message).toContain(winnerName);
        expect(error.details['existingCompanyId']).toBe(winner.id);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
        await other.destroy();
      }
    });

    it('lets a company keep its own number when edited', async () => {
      const company = await s.writes.create(hq, companyInput({ owningOfficeId: tokyo }));
      const edited = await s.writes.update(hq, {
        id: company.id,
        expectedVersion: company.version,
        corporateNumber: company.corporateNumber,
        notes: '変更',
      });
      expect(edited.notes).toBe('変更');
    });
  });

  describe('validation', () => {
    it('refuses a corporate number with a wrong check digit as a field error and writes nothing', async () => {
      const tag = uniqueTag();
      const number = randomCorporateNumber();
      const wrong = `${(Number(number[0]) + 1) % 10}${number.slice(1)}`;
      const error = await rejection(
        s.writes.create(
          hq,
          companyInput({ legalName: `${tag}株式会社`, corporateNumber: wrong, owningOfficeId: tokyo }),
        ),
      );
      expect(error.code).toBe(CompanyExceptionCode.INVALID_INPUT);
      expect(error.fields).toEqual([
        { field: 'input.corporateNumber', message: CORPORATE_NUMBER_MESSAGES.CHECK_DIGIT },
      ]);
      expect(await countCompanies(s.dataSource, 'name_search_key LIKE $1', [`%${tag}%`])).toBe(0);
    });

    it('reports format problems and unknown codes together', async () => {
      const error = await rejection(
        s.writes.create(
          hq,
          companyInput({
            corporateNumber: '123',
            jsicMajorCode: 'Z',
            prefectureCode: '48',
            contactEmail: 'x',
            owningOfficeId: '00000000-0000-4000-8000-000000000000',
          }),
        ),
      );
      expect(error.fields).toEqual([
        { field: 'input.corporateNumber', message: CORPORATE_NUMBER_MESSAGES.FORMAT },
        { field: 'input.contactEmail', message: COMPANY_FIELD_MESSAGES.contactEmailInvalid },
        { field: 'input.jsicMajorCode', message: COMPANY_FIELD_MESSAGES.jsicMajorUnknown('Z') },
        { field: 'input.prefectureCode', message: COMPANY_FIELD_MESSAGES.prefectureUnknown('48') },
        { field: 'input.owningOfficeId', message: COMPANY_FIELD_MESSAGES.owningOfficeUnknown },
      ]);
    });

    it('asks HQ to choose the owning office', async () => {
      const error = await rejection(s.writes.create(hq, companyInput()));
      expect(error.fields).toEqual([
        { field: 'input.owningOfficeId', message: COMPANY_FIELD_MESSAGES.owningOfficeRequired },
      ]);
    });

    it('stores normalised values: katakana kana, 13-digit number', async () => {
      const number = randomCorporateNumber();
      const company = await s.writes.create(
        hq,
        companyInput({
          legalNameKana: 'しけん ｼｮｳｼﾞ',
          corporateNumber: ` ${number.slice(0, 5)}-${number.slice(5)} `,
          owningOfficeId: tokyo,
        }),
      );
      expect(company).toMatchObject({
        legalNameKana: 'シケン ショウジ',
        kanaSearchKey: 'シケンショウジ',
        corporateNumber: number,
        version: 1,
      });
    });
  });

  describe('office scope', () => {
    it('gives a consultant’s new company to their office and refuses naming another', async () => {
      const consultant = staffUser(Role.CONSULTANT, osaka);
      const company = await s.writes.create(consultant, companyInput({ prefectureCode: '27' }));
      expect(company.owningOfficeId).toBe(osaka);
      const error = await rejection(s.writes.create(consultant, companyInput({ owningOfficeId: tokyo })));
      expect(error.code).toBe(CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE);
    });

    it('refuses a consultant editing another office’s company, naming that office, and changes nothing', async () => {
      const company = await s.writes.create(hq, companyInput({ owningOfficeId: tokyo }));
      const error = await rejection(
        s.writes.update(staffUser(Role.CONSULTANT, osaka), {
          id: company.id,
          expectedVersion: company.version,
          notes: '書き換え',
        }),
      );
      expect(error.code).toBe(CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect(error.message).toContain('東京事務所');
      expect(await s.search.findById(company.id)).toMatchObject({ notes: null, version: company.version });
    });

    it('lets the owning office’s consultant edit, but only HQ hand the company to another office', async () => {
      const consultant = staffUser(Role.CONSULTANT, tokyo);
      const company = await s.writes.create(consultant, companyInput());
      const edited = await s.writes.update(consultant, {
        id: company.id,
        expectedVersion: 1,
        employeeCount: 12,
      });
      expect(edited).toMatchObject({ employeeCount: 12, version: 2 });
      const error = await rejection(
        s.writes.update(consultant, { id: company.id, expectedVersion: 2, owningOfficeId: osaka }),
      );
      expect(error.code).toBe(CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect(
        await s.writes.update(hq, { id: company.id, expectedVersion: 2, owningOfficeId: osaka }),
      ).toMatchObject({
        owningOfficeId: osaka,
        version: 3,
      });
    });
  });

  describe('editing', () => {
    it('keeps omitted fields, clears fields sent as null, and recomputes the search keys', async () => {
      const tag = uniqueTag();
      const company = await s.writes.create(
        hq,
        companyInput({ address: '東京都千代田区', contactName: '山田 太郎', owningOfficeId: tokyo }),
      );
      const edited = await s.writes.update(hq, {
        id: company.id,
        expectedVersion: company.version,
        legalName: `有限会社${tag}`,
        legalNameKana: 'あたらしい',
        contactName: null,
      });
      expect(edited).toMatchObject({
        legalName: `有限会社${tag}`,
        nameSearchKey: tag,
        kanaSearchKey: 'アタラシイ',
        address: '東京都千代田区',
        contactName: null,
        corporateNumber: company.corporateNumber,
      });
    });

    it('refuses clearing a required field', async () => {
      const company = await s.writes.create(hq, companyInput({ owningOfficeId: tokyo }));
      const error = await rejection(
        s.writes.update(hq, { id: company.id, expectedVersion: 1, legalName: null, prefectureCode: null }),
      );
      expect(error.fields.map((f) => f.field)).toEqual(['input.legalName', 'input.prefectureCode']);
    });

    it('refuses an edit based on a stale version and reports the current one', async () => {
      const company = await s.writes.create(hq, companyInput({ owningOfficeId: tokyo }));
      await s.writes.update(hq, { id: company.id, expectedVersion: 1, notes: '先の編集' });
      const error = await rejection(
        s.writes.update(hq, { id: company.id, expectedVersion: 1, notes: '後の編集' }),
      );
      expect(error.code).toBe(CompanyExceptionCode.STALE_VERSION);
      expect(error.message).toContain('他のユーザーが先に更新しました');
      expect(error.details['currentVersion']).toBe(2);
      expect((await s.search.findById(company.id))?.notes).toBe('先の編集');
    });

    it('never loses an update between two simultaneous edits of the same version', async () => {
      const company = await s.writes.create(hq, companyInput({ owningOfficeId: tokyo }));
      // Three connections, so the edits really overlap: the row lock keeps them apart, not the turns of one connection.
      const parallel = await organisationsTestingModule({ poolSize: testPoolSize(3) });
      const writes = companyServices(parallel).writes;
      const results = await Promise.allSettled(
        ['編集A', '編集B', '編集C'].map((notes) =>
          writes.update(hq, { id: company.id, expectedVersion: 1, notes }),
        ),
      ).finally(() => parallel.close());
      const won = results.filter(
        (r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof s.writes.update>>> =>
          r.status === 'fulfilled',
      );
      expect(won).toHaveLength(1);
      for (const r of results.filter((r) => r.status === 'rejected')) {
        expect(((r as PromiseRejectedResult).reason as CompanyException).code).toBe(
          CompanyExceptionCode.STALE_VERSION,
        );
      }
      expect(await s.search.findById(company.id)).toMatchObject({ notes: won[0].value.notes, version: 2 });
    });

    it('reports an unknown or malformed company id as not found', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        expect((await rejection(s.writes.update(hq, { id, expectedVersion: 1 }))).code).toBe(
          CompanyExceptionCode.COMPANY_NOT_FOUND,
        );
        expect(await s.search.findById(id)).toBeNull();
      }
    });
  });
});

/** A client beside the application (its own two connections: one holds a transaction, one watches). */
async function otherClient(): Promise<DataSource> {
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url: databaseUrl(),
      poolSize: 2,
      entities: [],
      applicationName: 'organisations-test-other',
    }),
  );
  return dataSource.initialize();
}

/** Waits until an INSERT into companies is blocked on a row lock (the unique index of an uncommitted row). */
async function waitForLockedInsert(dataSource: DataSource): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "companies"%'`,
    );
    if (n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the second insert never waited for the first');
}
