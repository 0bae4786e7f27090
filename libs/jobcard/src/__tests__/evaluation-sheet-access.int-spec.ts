// Who may read and work a sheet, and what the Job Card access log keeps: the consultants of the offices the person
// belongs to and headquarters; everyone else refused, each refusal written as DENIED; every read of personal data
// written as ALLOWED with the field names, never the values. A registrant's issued sheets on their record.
import type { AuthUser } from '@kakehashi/authz';
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { insertOfferPair } from './case-fixtures';
import { caseSteps } from './case-walk';
import {
  accessLogOf,
  codeOf,
  insertUser,
  ok,
  reasonOf,
  registerRegistrant as register,
  Role,
  startKit,
  type JobcardKit,
} from './jobcard-kit';
import {
  completing,
  CREATE,
  GET,
  issue,
  presentTargets,
  ratingsOf,
  RECORD,
  recordFinal,
  sheet,
  UPDATE,
} from './sheet-operations';

const today = todayInJapan();
const period = { startOn: addDays(today, -100), endOn: today };
const TRAINEE = '秘密 花子';
const READ_NAME_AND_RATINGS = `query ($id: ID!) {
  evaluationSheet(id: $id) { id header { traineeName } evaluations { ratings { key self } } }
}`;

describe('access to evaluation sheets', () => {
  let kit: JobcardKit;
  let tokyo: AuthUser;
  let aichi: AuthUser;
  let osaka: AuthUser;
  let hq: AuthUser;
  let admin: AuthUser;
  let executive: AuthUser;
  let partner: AuthUser;
  let caseSheetId: string;

  beforeAll(async () => {
    kit = await startKit();
    const users = await Promise.all([
      insertUser(kit.dataSource, Role.CONSULTANT, '13'),
      insertUser(kit.dataSource, Role.CONSULTANT, '23'),
      insertUser(kit.dataSource, Role.CONSULTANT, '27'),
      insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ'),
      insertUser(kit.dataSource, Role.ADMIN),
      insertUser(kit.dataSource, Role.EXECUTIVE),
      insertUser(kit.dataSource, Role.PARTNER_HQ),
    ]);
    [tokyo, aichi, osaka, hq, admin, executive, partner] = users;
    const pair = await insertOfferPair(kit.dataSource, { reason: 'SKILLS_DEVELOPMENT' });
    const created = await caseSteps(kit).call(tokyo, 'createCase', 'CreateCaseInput', {
      sendingOfferId: pair.sendingOfferId,
      receivingOfferId: pair.receivingOfferId,
      moveType: 'SECONDMENT',
      people: 1,
    });
    const s = await sheet(kit, tokyo, CREATE, {
      subjectKind: 'CASE_SECONDEE',
      caseId: created.id,
      traineeName: TRAINEE,
      duty: 'プレス加工',
      dutyType: 'SKILLED',
      periodStart: period.startOn,
      periodEnd: period.endOn,
      specialModelCode: 'H340231',
    });
    caseSheetId = s.id;
  });
  afterAll(() => kit.close());

  it('refuses a consultant of another office (NOT_IN_SCOPE) and writes the refusal as DENIED', async () => {
    const refused = await kit.gql(osaka, READ_NAME_AND_RATINGS, { id: caseSheetId });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(reasonOf(refused)).toBe('NOT_IN_SCOPE');
    expect(refused.data).toBeNull();
    expect(await accessLogOf(kit.dataSource, caseSheetId, osaka.id)).toEqual([
      {
        action: 'READ',
        operation: 'Query.evaluationSheet',
        fields: ['ratings', 'traineeName'],
        outcome: 'DENIED',
        denialReason: 'NOT_IN_SCOPE',
        recordId: caseSheetId,
      },
    ]);
    const list = await kit.gql(osaka, `query ($c: ID!) { evaluationSheets(caseId: $c) { id } }`, {
      c: (
        await kit.dataSource.query(`SELECT case_id FROM jobcard_evaluation_sheets WHERE id = $1`, [
          caseSheetId,
        ])
      )[0].case_id,
    });
    expect(reasonOf(list)).toBe('NOT_IN_SCOPE');
  });

  it('lets either office of the case and headquarters read, writing ALLOWED rows with field names only', async () => {
    for (const user of [tokyo, aichi, hq]) {
      const read = ok(
        await kit.gql<{ evaluationSheet: { header: { traineeName: string } } }>(user, READ_NAME_AND_RATINGS, {
          id: caseSheetId,
        }),
      );
      expect(read.evaluationSheet.header.traineeName).toBe(TRAINEE);
      const rows = await accessLogOf(kit.dataSource, caseSheetId, user.id);
      expect(rows.at(-1)).toEqual({
        action: 'READ',
        operation: 'Query.evaluationSheet',
        fields: ['ratings', 'traineeName'],
        outcome: 'ALLOWED',
        denialReason: null,
        recordId: caseSheetId,
      });
    }
    const stored: unknown[] = await kit.dataSource.query(
      `SELECT * FROM jobcard_access_log WHERE record_id = $1`,
      [caseSheetId],
    );
    expect(JSON.stringify(stored)).not.toContain(TRAINEE);

    // A read of no personal data is not logged.
    const before = (await accessLogOf(kit.dataSource, caseSheetId, hq.id)).length;
    ok(
      await kit.gql(
        hq,
        `query ($id: ID!) { evaluationSheet(id: $id) { id version specialCitation { total } } }`,
        { id: caseSheetId },
      ),
    );
    expect(await accessLogOf(kit.dataSource, caseSheetId, hq.id)).toHaveLength(before);
  });

  it('refuses executives, partners and administrators by role, each refusal logged; the log is for administrators', async () => {
    for (const user of [executive, partner, admin]) {
      const refused = await kit.gql(user, READ_NAME_AND_RATINGS, { id: caseSheetId });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      const [row] = await accessLogOf(kit.dataSource, caseSheetId, user.id);
      expect(row).toMatchObject({ outcome: 'DENIED', fields: ['ratings', 'traineeName'] });
    }
    const log = ok(
      await kit.gql<{
        jobcardAccessLog: { totalCount: number; edges: { node: { outcome: string; fields: string[] } }[] };
      }>(
        admin,
        `query ($f: JobcardAccessLogFilter) { jobcardAccessLog(filter: $f, first: 50) { totalCount edges { node { outcome fields } } } }`,
        { f: { recordId: caseSheetId, outcome: 'DENIED' } },
      ),
    );
    expect(log.jobcardAccessLog.totalCount).toBeGreaterThanOrEqual(4);
    expect(codeOf(await kit.gql(tokyo, `{ jobcardAccessLog(first: 5) { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('exports the sheet as the official layout in Excel, logged as EXPORT; refused outside the offices', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const path = `/jobcard/exports/evaluation-sheets/${caseSheetId}/workbook.xlsx`;
    const response = await kit.get(tokyo, path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(response.body as Buffer));
    const ws = workbook.getWorksheet('評価シート');
    const texts: string[] = [];
    ws?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    for (const expected of [
      '評価シート（ジョブ・カード様式4）',
      TRAINEE,
      '能力ユニット',
      '自己評価',
      '企業評価',
      '職務遂行のための基準',
      'コード',
      'B002101',
      'H340231',
      '(総評・コメント)',
      'Ⅲ 技能・技術に関する能力 (2) 専門的事項',
    ]) {
      expect(texts).toContain(expected);
    }
    expect(await accessLogOf(kit.dataSource, caseSheetId, tokyo.id)).toContainEqual({
      action: 'EXPORT',
      operation: 'GET /jobcard/exports/evaluation-sheets/:id/workbook.xlsx',
      fields: ['comments', 'ratings', 'traineeName'],
      outcome: 'ALLOWED',
      denialReason: null,
      recordId: caseSheetId,
    });
    expect((await kit.get(osaka, path)).status).toBe(403);
    expect(await accessLogOf(kit.dataSource, caseSheetId, osaka.id)).toContainEqual(
      expect.objectContaining({ action: 'EXPORT', outcome: 'DENIED', denialReason: 'NOT_IN_SCOPE' }),
    );
  });

  it('marks a struck criterion 「／」 in the C columns and the grades given', async () => {
    const ExcelJS = (await import('exceljs')).default;
    let s = await sheet(kit, tokyo, CREATE, {
      subjectKind: 'CASE_SECONDEE',
      caseId: (
        await kit.dataSource.query(`SELECT case_id FROM jobcard_evaluation_sheets WHERE id = $1`, [
          caseSheetId,
        ])
      )[0].case_id,
      traineeName: TRAINEE,
      duty: 'プレス加工',
      dutyType: 'SKILLED',
      periodStart: period.startOn,
      periodEnd: period.endOn,
      specialModelCode: 'H340231',
    });
    s = await sheet(kit, tokyo, UPDATE, completing(s, period));
    s = await presentTargets(kit, tokyo, s, addDays(period.startOn, -1));
    const [first, ...rest] = ratingsOf(s);
    s = await sheet(kit, tokyo, RECORD, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'MIDTERM',
      date: addDays(period.startOn, 30),
      ratings: [{ key: first.key, notEvaluated: true }, ...rest],
    });
    const response = await kit.get(
      tokyo,
      `/jobcard/exports/evaluation-sheets/${s.id}/workbook.xlsx?moment=MIDTERM`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(response.body as Buffer));
    const ws = workbook.getWorksheet('評価シート');
    const rows: string[][] = [];
    ws?.eachRow((row) =>
      rows.push(Array.from({ length: 9 }, (_, i) => String(row.getCell(i + 1).value ?? ''))),
    );
    const struck = rows.find((cells) => cells[7].startsWith('(1) 法令や職場のルール'));
    expect(struck?.slice(1, 7)).toEqual(['', '', '／', '', '', '／']);
    const graded = rows.find((cells) => cells[7].startsWith('(2) 出勤時間'));
    expect(graded?.slice(1, 7)).toEqual(['', '○', '', '', '○', '']);
  });

  it('keeps a registrant’s sheet to the registering office, and shows it on the record once issued', async () => {
    const registrantId = await register(kit, tokyo);
    let s = await sheet(kit, tokyo, CREATE, {
      subjectKind: 'REGISTRANT',
      registrantId,
      traineeName: TRAINEE,
      duty: 'プレス加工',
      dutyType: 'SKILLED',
      periodStart: period.startOn,
      periodEnd: period.endOn,
      specialModelCode: 'H340231',
    });
    expect(reasonOf(await kit.gql(aichi, GET, { id: s.id }))).toBe('NOT_IN_SCOPE');
    const record = async () =>
      ok(
        await kit.gql<{
          talentBankRegistrant: { evaluationSheets: { id: string; issuedOn: string | null }[] };
        }>(tokyo, `query ($id: ID!) { talentBankRegistrant(id: $id) { evaluationSheets { id issuedOn } } }`, {
          id: registrantId,
        }),
      ).talentBankRegistrant.evaluationSheets;
    expect(await record()).toEqual([]);

    s = await sheet(kit, tokyo, UPDATE, completing(s, period));
    s = await presentTargets(kit, tokyo, s, addDays(period.startOn, -1));
    s = await recordFinal(kit, tokyo, s, today);
    s = await issue(kit, tokyo, s, 'FINAL');
    expect(await record()).toEqual([{ id: s.id, issuedOn: today }]);
  });
});

/** The downloaded bytes as exceljs reads them (its own Buffer type is an ArrayBuffer). */
function arrayBufferOf(body: Buffer): ArrayBuffer {
  return new Uint8Array(body).buffer;
}
