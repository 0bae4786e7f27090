// The sheet use cases against the rules on the real database: concurrent edits refused by version, malformed input
// refused field by field while a draft breaking the seeds' rules is saved with its findings, and the more-than-half
// rule (R-ES-11) surfaced as a finding and blocking the final evaluation's issue until it holds.
import type { AuthUser } from '@kakehashi/authz';
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { codeOf, insertCompany, insertUser, reasonOf, Role, startKit, type JobcardKit } from './jobcard-kit';
import {
  ADVANCE,
  completing,
  CREATE,
  issue,
  keysOf,
  presentTargets,
  RECORD,
  recordFinal,
  sheet,
  sheetOp,
  type SheetView,
  UPDATE,
} from './sheet-operations';

const today = todayInJapan();
const period = { startOn: addDays(today, -100), endOn: today };

/** III(2) of six criteria, `cited` of them cited from 職業能力評価基準, the others the company's own. */
function special(cited: number) {
  const criterion = (n: number) =>
    n < cited
      ? {
          text: `基準${n + 1}`,
          sourceKind: 'ABILITY_STANDARD',
          sourceName: '職業能力評価基準（金属プレス加工業）',
          code: '34S100L11',
        }
      : { text: `基準${n + 1}`, sourceKind: 'OWN', sourceName: '', code: '' };
  return [
    { name: '段取り', criteria: [0, 1, 2].map(criterion) },
    { name: '品質確認', criteria: [3, 4, 5].map(criterion) },
  ];
}

describe('evaluation sheets and the rules', () => {
  let kit: JobcardKit;
  let tokyo: AuthUser;
  let companyId: string;

  beforeAll(async () => {
    kit = await startKit();
    tokyo = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
    companyId = await insertCompany(kit.dataSource, '13');
  });
  afterAll(() => kit.close());

  const create = (extra: Record<string, unknown> = {}) =>
    sheetOp(kit, tokyo, CREATE, {
      subjectKind: 'TRAINEE',
      companyId,
      traineeName: '山田 花子',
      duty: 'プレス加工',
      dutyType: 'SKILLED',
      periodStart: period.startOn,
      periodEnd: period.endOn,
      ...extra,
    });

  async function completeSheet(): Promise<SheetView> {
    const created = Object.values((await create()).data ?? {})[0];
    return sheet(kit, tokyo, UPDATE, { ...completing(created, period), section3Special: special(4) });
  }

  it('refuses malformed input field by field, and saves a draft that breaks the rules with its findings', async () => {
    const bad = await create({ traineeName: ' ', periodStart: '2026-02-31', specialModelCode: 'X999999' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.fields?.map((f) => f.field).sort()).toEqual([
      'input.periodStart',
      'input.specialModelCode',
      'input.traineeName',
    ]);

    const draft = Object.values((await create()).data ?? {})[0];
    expect(draft.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['SHEET_HEADER_MISSING', 'OJT_DUTIES_EMPTY', 'SECTION3_SPECIAL_EMPTY']),
    );
    const badDuty = await sheetOp(kit, tokyo, UPDATE, {
      id: draft.id,
      expectedVersion: draft.version,
      ojtDuties: [{ from: 'someday', to: period.endOn, kind: 'OJT', description: '段取り' }],
    });
    expect(badDuty.errors?.[0]?.extensions.fields).toEqual([
      { field: 'input.ojtDuties.0.from', message: expect.stringContaining('YYYY-MM-DD') },
    ]);

    const half = await sheet(kit, tokyo, UPDATE, {
      id: draft.id,
      expectedVersion: draft.version,
      section3Special: special(3),
    });
    expect(half.version).toBe(draft.version + 1);
    expect(half.specialCitation).toEqual({ total: 6, cited: 3, required: 4 });
    const finding = half.findings.find((f) => f.code === 'SECTION3_SPECIAL_NOT_MORE_THAN_HALF');
    expect(finding).toMatchObject({ severity: 'ERROR', rule: 'R-ES-11', field: 'section3Special.units' });
    expect(finding?.message).toContain('3');
  });

  it('refuses an edit based on an old version (CONFLICT), and the second of two saves at once', async () => {
    const s = await completeSheet();
    await sheet(kit, tokyo, UPDATE, { id: s.id, expectedVersion: s.version, comments: null });
    const stale = await sheetOp(kit, tokyo, UPDATE, { id: s.id, expectedVersion: s.version });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(reasonOf(stale)).toBe('STALE_VERSION');

    const current = await sheet(kit, tokyo, UPDATE, { id: s.id, expectedVersion: s.version + 1 });
    const both = await Promise.all(
      ['一人目', '二人目'].map((who) =>
        sheetOp(kit, tokyo, UPDATE, {
          id: s.id,
          expectedVersion: current.version,
          comments: { section2: who, section3Basic: '', section3Special: '' },
        }),
      ),
    );
    expect(both.map(codeOf).sort()).toEqual(['CONFLICT', null].sort());
  });

  it('refuses a rating on a struck criterion and ratings at the targets as bad input', async () => {
    let s = await completeSheet();
    const [first] = keysOf(s);
    const graded = await sheetOp(kit, tokyo, RECORD, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'TARGETS',
      date: addDays(period.startOn, -1),
      ratings: [{ key: first, notEvaluated: false, self: 'A' }],
    });
    expect(codeOf(graded)).toBe('BAD_USER_INPUT');
    s = await presentTargets(kit, tokyo, s, addDays(period.startOn, -1));
    const struck = await sheetOp(kit, tokyo, RECORD, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'MIDTERM',
      date: addDays(period.startOn, 30),
      ratings: [
        { key: first, notEvaluated: true, company: 'C' },
        { key: 'III2.9.9', notEvaluated: false, self: 'A', company: 'A' },
      ],
    });
    expect(codeOf(struck)).toBe('BAD_USER_INPUT');
    expect(struck.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual([
      'input.ratings.0',
      'input.ratings.1.key',
    ]);
    expect(struck.errors?.[0]?.extensions.fields?.[0]?.message).toContain('C欄に斜線');
  });

  it('blocks the final evaluation’s issue while III(2) is not more than half cited, and issues it once it is', async () => {
    let s = await completeSheet();
    s = await presentTargets(kit, tokyo, s, addDays(period.startOn, -1));
    s = await recordFinal(kit, tokyo, s, today);
    s = await issue(kit, tokyo, s, 'FINAL', ['COMPANY_RATED', 'CONFIRMED', 'EXPLAINED']);
    s = await sheet(kit, tokyo, UPDATE, {
      id: s.id,
      expectedVersion: s.version,
      section3Special: special(3),
    });

    const refused = await sheetOp(kit, tokyo, ADVANCE, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'FINAL',
      to: 'ISSUED',
    });
    expect(codeOf(refused)).toBe('FAILED_PRECONDITION');
    expect(reasonOf(refused)).toBe('RULES_NOT_MET');
    expect(refused.errors?.[0]?.message).toContain('半数');
    expect(refused.errors?.[0]?.extensions['findings']).toEqual([
      expect.objectContaining({ code: 'SECTION3_SPECIAL_NOT_MORE_THAN_HALF', rule: 'R-ES-11' }),
    ]);

    s = await sheet(kit, tokyo, UPDATE, {
      id: s.id,
      expectedVersion: s.version,
      section3Special: special(4),
    });
    s = await sheet(kit, tokyo, ADVANCE, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'FINAL',
      to: 'ISSUED',
    });
    expect(s.issuedOn).toBe(today);
    const locked = await sheetOp(kit, tokyo, UPDATE, {
      id: s.id,
      expectedVersion: s.version,
      section3Special: special(3),
    });
    expect(reasonOf(locked)).toBe('RULES_NOT_MET');
  });
});
