import { Role } from '@kakehashi/authz';
import { inDatabaseScope } from '@kakehashi/database';
import { ReferralFileFormat, ReferralImportStatus } from '../../referral-enums';
import { ReferralImportExceptionCode } from '../referral-import.exception';
import {
  aUser,
  anInstitution,
  asCenter,
  finished,
  importCount,
  referralCount,
  rejection,
  startImportsKit,
  type ImportsKit,
} from './imports-kit';
import { base64File, shiftJisCsv, tableOf, utf8Csv, validRow, xlsxOf } from './import-fixtures';

const context = (attempt = 1, maxAttempts = 3) => ({
  id: 'test',
  attempt,
  maxAttempts,
  updateProgress: async () => undefined,
});

describe('bulk upload of referrals (PostgreSQL, BullMQ)', () => {
  let kit: ImportsKit;

  beforeAll(async () => {
    kit = await startImportsKit();
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('checks every row in a dry run and writes nothing', async () => {
    const bank = await anInstitution(kit.dataSource, ['新宿支店']);
    const other = await anInstitution(kit.dataSource, ['梅田支店']);
    const rows = [
      validRow({ '支店名(任意)': '新宿支店' }),
      validRow({ 職種: '', '支店名(任意)': '梅田支店' }),
      validRow(),
    ];
    const checked = await kit.validation.check(bank.hq, base64File('紹介.csv', shiftJisCsv(tableOf(rows))));
    expect(checked.parsed).toMatchObject({
      format: ReferralFileFormat.CSV,
      encoding: 'Shift_JIS',
      rowCount: 3,
    });
    // Another institution's branch is no branch of the uploader's.
    expect(checked.parsed.errors).toEqual([
      { rowNumber: 3, column: '職種', message: '対象の職種を入力してください。' },
      {
        rowNumber: 3,
        column: '支店名(任意)',
        message: expect.stringContaining(
          '支店名「梅田支店」は貴機関の支店として登録されていません',
        ) as string,
      },
    ]);
    expect(checked.summary).toContain('見出しの行が1行目、最初の紹介が2行目');
    expect(await referralCount(kit, bank.id)).toBe(0);
    expect(await importCount(kit, bank.id)).toBe(0);
    expect(other.id).not.toBe(bank.id);
  });

  it('imports every row in one job: FORWARDED referrals with their events, one notification, content cleared', async () => {
    const bank = await anInstitution(kit.dataSource, ['新宿支店']);
    const coordinator = await aUser(kit.dataSource, Role.HQ_COORDINATOR);
    const rows = Array.from({ length: 5 }, (_, i) => validRow(i === 1 ? { '支店名(任意)': '新宿支店' } : {}));
    const file = base64File('一括.xlsx', await xlsxOf(tableOf(rows)));

    const started = await kit.starts.start(bank.hq, file);
    expect(started.alreadyImported).toBe(false);
    expect(started.record).toMatchObject({
      institutionId: bank.id,
      uploadedByUserId: bank.hq.id,
      fileName: '一括.xlsx',
      fileFormat: ReferralFileFormat.XLSX,
      rowCount: 5,
    });
    const done = await finished(kit, bank.hq, started.record.id);
    expect(done).toMatchObject({
      status: ReferralImportStatus.COMPLETED,
      importedCount: 5,
      failureMessage: null,
    });
    expect(done.completedAt).toBeInstanceOf(Date);

    const written = await asCenter(kit, (query) =>
      query(
        `SELECT r."client_name" AS "name", r."status", r."branch_id" AS "branchId", r."created_by_user_id" AS "by",
                r."import_row_number" AS "row", r."submitted_at" IS NOT NULL AND r."forwarded_at" IS NOT NULL AS "sent",
                (SELECT array_agg(e."action" || ':' || e."to_status" || ':' || e."actor_user_id")
                   FROM "referral_events" e WHERE e."referral_id" = r."id") AS "events"
           FROM "referrals" r WHERE r."import_id" = $1 ORDER BY r."import_row_number"`,
        [started.record.id],
      ),
    );
    expect(written).toEqual(
      rows.map((row, i) => ({
        name: row['企業名'],
        status: 'FORWARDED',
        branchId: i === 1 ? bank.branches['新宿支店'] : null,
        by: bank.hq.id,
        row: i + 2,
        sent: true,
        events: [`IMPORTED:FORWARDED:${bank.hq.id}`],
      })),
    );
    const [{ content }] = await asCenter(kit, (query) =>
      query(`SELECT "content" FROM "referral_imports" WHERE "id" = $1`, [started.record.id]),
    );
    expect(content).toBeNull();
    const notices = await kit.dataSource.query<
      { userId: string; role: string; title: string; body: string }[]
    >(
      `SELECT n."user_id" AS "userId", u."role", n."title", n."body"
         FROM "notifications" n JOIN "users" u ON u."id" = n."user_id"
        WHERE n."subject_id" = $1 ORDER BY n."user_id"`,
      [started.record.id],
    );
    // The uploader and every HQ coordinator (other test files add coordinators to the shared database), nobody else.
    expect(notices.map((n) => n.userId)).toEqual(expect.arrayContaining([bank.hq.id, coordinator.id]));
    expect(notices.filter((n) => n.userId !== bank.hq.id).map((n) => n.role)).toEqual(
      notices.filter((n) => n.userId !== bank.hq.id).map(() => 'HQ_COORDINATOR'),
    );
    expect(new Set(notices.map((n) => n.userId)).size).toBe(notices.length);
    expect(notices[0].title).toBe('紹介の一括登録: 5件をセンターへ送付しました');
    expect(notices[0].body).toContain(bank.name);
  });

  it('imports the same file once: the second upload creates nothing and answers with the first import', async () => {
    const bank = await anInstitution(kit.dataSource);
    const bytes = utf8Csv(tableOf([validRow(), validRow()]), { bom: true });
    const first = await kit.starts.start(bank.hq, base64File('a.csv', bytes));
    await finished(kit, bank.hq, first.record.id);

    // Same bytes, another name, another head office account of the same institution.
    const colleague = await aUser(kit.dataSource, Role.PARTNER_HQ, bank.id);
    const again = await kit.starts.start(colleague, base64File('a (1).csv', bytes));
    expect(again.alreadyImported).toBe(true);
    expect(again.record).toMatchObject({
      id: first.record.id,
      status: ReferralImportStatus.COMPLETED,
      importedCount: 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await referralCount(kit, bank.id)).toBe(2);
    expect(await importCount(kit, bank.id)).toBe(1);

    // Another institution uploading the same bytes imports them for itself.
    const union = await anInstitution(kit.dataSource);
    const theirs = await kit.starts.start(union.hq, base64File('a.csv', bytes));
    expect(theirs.alreadyImported).toBe(false);
    expect(theirs.record.id).not.toBe(first.record.id);
    expect((await finished(kit, union.hq, theirs.record.id)).importedCount).toBe(2);
  });

  it('flags the rows that match another institution’s open referral, and says how many in the one notification', async () => {
    const a = await anInstitution(kit.dataSource);
    const b = await anInstitution(kit.dataSource);
    const shared = validRow();
    const first = await kit.starts.start(a.hq, base64File('a.csv', utf8Csv(tableOf([shared]))));
    await finished(kit, a.hq, first.record.id);
    const theirs = await kit.starts.start(
      b.hq,
      base64File('b.csv', utf8Csv(tableOf([validRow(), { ...shared, 企業名: `${shared['企業名']}本社` }]))),
    );
    await finished(kit, b.hq, theirs.record.id);

    const flags = await asCenter(kit, (query) =>
      query(
        `SELECT r."import_row_number" AS "row", r."possible_duplicate" AS "flagged",
                (SELECT array_agg(d."matched_by") FROM "referral_duplicates" d WHERE d."referral_id" = r."id") AS "matches"
           FROM "referrals" r WHERE r."import_id" = $1 ORDER BY 1`,
        [theirs.record.id],
      ),
    );
    expect(flags).toEqual([
      { row: 2, flagged: false, matches: null },
      { row: 3, flagged: true, matches: ['CORPORATE_NUMBER'] },
    ]);
    const [notice] = await kit.dataSource.query<{ body: string }[]>(
      `SELECT "body" FROM "notifications" WHERE "subject_id" = $1 AND "user_id" = $2`,
      [theirs.record.id, b.hq.id],
    );
    expect(notice.body).toContain('うち1件は、既にある紹介または送出・受入情報と同じ企業の可能性があります');
  });

  it('refuses a file with one bad row with every row error, and writes nothing', async () => {
    const bank = await anInstitution(kit.dataSource);
    const rows = [validRow(), validRow(), validRow({ 同意取得者: '' }), validRow()];
    const error = await rejection(kit.starts.start(bank.hq, base64File('bad.csv', utf8Csv(tableOf(rows)))));
    expect(error.code).toBe(ReferralImportExceptionCode.INVALID_ROWS);
    expect(error.details).toEqual({
      rowErrors: [
        { rowNumber: 4, column: '同意取得者', message: '同意を取得した担当者名を入力してください。' },
      ],
      errorCount: 1,
    });
    expect(error.message).toContain('1件でも誤りがあると、どの紹介も登録されません');
    expect(await importCount(kit, bank.id)).toBe(0);
    expect(await referralCount(kit, bank.id)).toBe(0);
  });

  it('shows an import to its institution and Center headquarters only (row-level security)', async () => {
    const a = await anInstitution(kit.dataSource);
    const b = await anInstitution(kit.dataSource);
    const coordinator = await aUser(kit.dataSource, Role.HQ_COORDINATOR);
    const started = await kit.starts.start(a.hq, base64File('a.csv', utf8Csv(tableOf([validRow()]))));
    await finished(kit, a.hq, started.record.id);

    const refused = await rejection(kit.queries.byId(b.hq, started.record.id));
    expect(refused.code).toBe(ReferralImportExceptionCode.IMPORT_NOT_FOUND);
    const bList = await kit.queries.list(b.hq, { first: 100 });
    expect(bList.totalCount).toBe(0);
    expect((await kit.queries.list(a.hq, { first: 100 })).edges.map((e) => e.node.id)).toEqual([
      started.record.id,
    ]);
    expect((await kit.queries.byId(coordinator, started.record.id)).institutionId).toBe(a.id);

    // Even without the service, B's scope reads nothing of A's import or referrals.
    const seen = await inDatabaseScope(kit.dataSource, { kind: 'partner_hq', institutionId: b.id }, (m) =>
      m.query<{ n: number }[]>(
        `SELECT (SELECT count(*) FROM "referral_imports" WHERE "id" = $1)::int
              + (SELECT count(*) FROM "referrals" WHERE "import_id" = $1)::int AS "n"`,
        [started.record.id],
      ),
    );
    expect(seen[0].n).toBe(0);
    // A branch account and an account without its institution may not upload or read imports.
    const branchUser = await aUser(kit.dataSource, Role.PARTNER_BRANCH, a.id, (await anBranch(a.id)).id);
    expect((await rejection(kit.queries.list(branchUser, { first: 10 }))).code).toBe(
      ReferralImportExceptionCode.NO_PARTNER_SCOPE,
    );
    const orphan = { ...a.hq, partnerInstitutionId: null };
    expect((await rejection(kit.validation.check(orphan, base64File('a.csv', Buffer.from('x'))))).code).toBe(
      ReferralImportExceptionCode.NO_PARTNER_SCOPE,
    );
  });

  it('does nothing when the job runs again after completion', async () => {
    const bank = await anInstitution(kit.dataSource);
    const started = await kit.starts.start(
      bank.hq,
      base64File('a.csv', utf8Csv(tableOf([validRow(), validRow()]))),
    );
    const done = await finished(kit, bank.hq, started.record.id);
    const data = { importId: started.record.id, institutionId: bank.id };
    expect(await kit.runs.run(data, context())).toEqual({ outcome: 'ALREADY_COMPLETED' });
    expect(await kit.runs.run(data, context(3, 3))).toEqual({ outcome: 'ALREADY_COMPLETED' });
    expect(await referralCount(kit, bank.id)).toBe(2);
    expect(await kit.queries.byId(bank.hq, started.record.id)).toEqual(done);
    // The job in another institution's scope finds no import at all.
    const other = await anInstitution(kit.dataSource);
    expect(await kit.runs.run({ ...data, institutionId: other.id }, context())).toEqual({
      outcome: 'SKIPPED',
    });
  });

  it('fails, once and in Japanese, an import left RUNNING by a job that failed for good; a COMPLETED one stays', async () => {
    const bank = await anInstitution(kit.dataSource);
    const bytes = utf8Csv(tableOf([validRow()]));
    const [{ id }] = await inDatabaseScope(
      kit.dataSource,
      { kind: 'partner_hq', institutionId: bank.id },
      (m) =>
        m.query<{ id: string }[]>(
          `INSERT INTO "referral_imports" ("institution_id", "uploaded_by_user_id", "file_name", "file_format",
                                         "file_sha256", "status", "row_count", "content", "version")
         VALUES ($1, $2, 'c.csv', 'CSV', encode(sha256($3), 'hex'), 'RUNNING', 1, $3, 2) RETURNING "id"`,
          [bank.id, bank.hq.id, bytes],
        ),
    );
    const data = { importId: id, institutionId: bank.id };
    // Its worker died twice (BullMQ's stalled check failed it); then another process's sweep says so again.
    await kit.runs.markFailed(data, { kind: 'stalled', reason: 'job stalled more than allowable limit' });
    await kit.runs.markFailed(data, { kind: 'lost', reason: 'lost' });

    const failed = await kit.queries.byId(bank.hq, id);
    expect(failed.status).toBe(ReferralImportStatus.FAILED);
    expect(failed.failureMessage).toBe(
      '取り込み処理を実行していたサーバーが処理中に繰り返し停止したため、紹介は1件も登録されていません。時間をおいて同じファイルをもう一度アップロードしてください(改善しない場合はセンターへお問い合わせください)。',
    );
    const notices = await kit.dataSource.query<{ title: string }[]>(
      `SELECT "title" FROM "notifications" WHERE "subject_id" = $1 AND "user_id" = $2`,
      [id, bank.hq.id],
    );
    expect(notices).toEqual([{ title: '紹介の一括登録ができませんでした' }]);

    // The same file again: queued anew and imported.
    await kit.starts.start(bank.hq, base64File('c.csv', bytes));
    expect(await finished(kit, bank.hq, id)).toMatchObject({ status: ReferralImportStatus.COMPLETED });
    await kit.runs.markFailed(data, { kind: 'lost', reason: 'lost' });
    expect((await kit.queries.byId(bank.hq, id)).status).toBe(ReferralImportStatus.COMPLETED);
  });

  it('fails an import whose rows no longer pass, and queues it again when the same file is uploaded later', async () => {
    const bank = await anInstitution(kit.dataSource);
    const bytes = utf8Csv(tableOf([validRow({ '支店名(任意)': '新設支店' }), validRow()]));
    // Stored as importReferrals would have stored it before the branch was removed (the job had not run yet).
    const [{ id }] = await inDatabaseScope(
      kit.dataSource,
      { kind: 'partner_hq', institutionId: bank.id },
      (m) =>
        m.query<{ id: string }[]>(
          `INSERT INTO "referral_imports" ("institution_id", "uploaded_by_user_id", "file_name", "file_format",
                                         "file_sha256", "status", "row_count", "content", "version")
         VALUES ($1, $2, 'b.csv', 'CSV', encode(sha256($3), 'hex'), 'QUEUED', 2, $3, 1) RETURNING "id"`,
          [bank.id, bank.hq.id, bytes],
        ),
    );
    const outcome = await kit.runs.run({ importId: id, institutionId: bank.id }, context());
    expect(outcome).toMatchObject({ outcome: 'FAILED' });
    const failed = await kit.queries.byId(bank.hq, id);
    expect(failed.status).toBe(ReferralImportStatus.FAILED);
    expect(failed.failureMessage).toContain('紹介は1件も登録されていません');
    expect(failed.failureMessage).toContain('2行目');
    expect(await referralCount(kit, bank.id)).toBe(0);
    const [notice] = await kit.dataSource.query<{ title: string }[]>(
      `SELECT "title" FROM "notifications" WHERE "subject_id" = $1 AND "user_id" = $2`,
      [id, bank.hq.id],
    );
    expect(notice.title).toBe('紹介の一括登録ができませんでした');

    await kit.dataSource.query(
      `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version") VALUES ($1, '新設支店', '13', 1)`,
      [bank.id],
    );
    const retried = await kit.starts.start(bank.hq, base64File('b.csv', bytes));
    expect(retried).toMatchObject({
      alreadyImported: false,
      record: { id, status: ReferralImportStatus.QUEUED },
    });
    expect(await finished(kit, bank.hq, id)).toMatchObject({
      status: ReferralImportStatus.COMPLETED,
      importedCount: 2,
    });
    expect(await referralCount(kit, bank.id)).toBe(2);
  });

  async function anBranch(institutionId: string): Promise<{ id: string }> {
    const [row] = await kit.dataSource.query<{ id: string }[]>(
      `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version")
       VALUES ($1, $2, '13', 1) RETURNING "id"`,
      [institutionId, `支店${Math.random().toString(36).slice(2, 8)}`],
    );
    return row;
  }
});
