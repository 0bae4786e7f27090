// A skills-development secondment (人材育成型出向, spec §9.1) walked with its evaluation sheet through the cases' guards:
// no STEP5 before the targets are presented, the mid-term at a STEP6 follow-up, no completion before the final
// evaluation is issued with every differing rating reviewed and explained; then the sheet is on the case's record.
import type { AuthUser } from '@kakehashi/authz';
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { caseAtContract, casePeriod, caseSteps, type WalkedCase } from './case-walk';
import { codeOf, insertUser, ok, Role, startKit, type JobcardKit } from './jobcard-kit';
import {
  ADVANCE,
  completing,
  CREATE,
  EVALUATOR,
  issue,
  LEAD,
  presentTargets,
  ratingsOf,
  RECORD,
  sheet,
  sheetOp,
  type SheetView,
  UPDATE,
} from './sheet-operations';

describe('a skills-development secondment with its evaluation sheet', () => {
  let kit: JobcardKit;
  let tokyo: AuthUser;
  let aichi: AuthUser;
  const period = casePeriod();
  const today = todayInJapan();

  beforeAll(async () => {
    kit = await startKit();
    tokyo = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
    aichi = await insertUser(kit.dataSource, Role.CONSULTANT, '23');
  });
  afterAll(() => kit.close());

  const establish = (c: WalkedCase) =>
    kit.gql<{ recordCaseEstablishment: WalkedCase }>(
      tokyo,
      `mutation ($input: RecordEstablishmentInput!) {
        recordCaseEstablishment(input: $input) { id version stage workers { id label } followUps { id heldOn } }
      }`,
      {
        input: {
          caseId: c.id,
          expectedVersion: c.version,
          establishedOn: period.startOn,
          workerIds: [c.workers[0].id],
        },
      },
    );
  const complete = (c: WalkedCase) =>
    kit.gql<{ completeCase: { stage: string } }>(
      tokyo,
      `mutation ($input: CompleteCaseInput!) { completeCase(input: $input) { stage } }`,
      { input: { caseId: c.id, expectedVersion: c.version, completedOn: today, outcome: 'RETURNED' } },
    );
  const caseRecord = async (id: string) =>
    ok(
      await kit.gql<{
        case: {
          skillsDevelopment: boolean;
          version: number;
          evaluationSheets: { id: string; issuedOn: string | null; traineeName: string }[];
        };
      }>(
        tokyo,
        `query ($id: ID!) { case(id: $id) { skillsDevelopment version evaluationSheets { id issuedOn traineeName } } }`,
        {
          id,
        },
      ),
    ).case;

  it('walks the guards: targets before STEP5, the mid-term at a follow-up, the final one before completion', async () => {
    let c = await caseAtContract(kit, tokyo, aichi, 'SKILLS_DEVELOPMENT');
    expect((await caseRecord(c.id)).skillsDevelopment).toBe(true);

    // The case page says what is missing, and STEP5 is refused naming the sheet's targets.
    const missing = ok(
      await kit.gql<{ case: { missingForNextStage: { key: string; label: string }[] } }>(
        tokyo,
        `query ($id: ID!) { case(id: $id) { missingForNextStage { key label } } }`,
        { id: c.id },
      ),
    ).case.missingForNextStage;
    expect(missing).toEqual([{ key: 'jobcard.evaluationTargets', label: '評価シートの目標の提示' }]);
    const early = await establish(c);
    expect(codeOf(early)).toBe('FAILED_PRECONDITION');
    expect(early.errors?.[0]?.message).toContain('評価シートの目標の提示');

    // The sheet: drafted from the model sheets, completed, the targets issued before the start.
    let s: SheetView = await sheet(kit, tokyo, CREATE, {
      subjectKind: 'CASE_SECONDEE',
      caseId: c.id,
      caseWorkerId: c.workers[0].id,
      traineeName: '対象者1',
      duty: 'プレス加工',
      dutyType: 'SKILLED',
      periodStart: period.startOn,
      periodEnd: period.endOn,
      specialModelCode: 'H340231',
    });
    expect(s.section2.units).toHaveLength(7);
    expect(s.specialCitation).toEqual({ total: 55, cited: 55, required: 28 });
    s = await sheet(kit, tokyo, UPDATE, completing(s, period));
    expect(s.findings.filter((f) => f.severity === 'ERROR')).toEqual([]);
    s = await presentTargets(kit, tokyo, s, addDays(period.startOn, -7));
    expect(s.targetsPresentedOn).toBe(addDays(period.startOn, -7));

    // Now the secondment starts, and is followed up.
    c = ok(await establish(c)).recordCaseEstablishment;
    expect(c.stage).toBe('STARTED');
    const steps = caseSteps(kit);
    c = await steps.call(tokyo, 'recordFollowUp', 'RecordFollowUpInput', {
      ...steps.v(c),
      heldOn: addDays(period.startOn, 10),
      method: 'VISIT',
      secondeeSituation: '手順を覚え、段取りを任され始めた。',
    });
    const followUp = c.followUps[0];

    // The mid-term, recorded at that follow-up; the differing rating needs the lead's note before 確認.
    const differing = s.section3Special.units[2].criteria[4].key;
    s = await sheet(kit, tokyo, RECORD, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'MIDTERM',
      date: followUp.heldOn,
      evaluatorName: EVALUATOR,
      leadName: LEAD,
      followUpId: followUp.id,
      ratings: ratingsOf(s, [differing]),
    });
    expect(s.evaluations[1]).toMatchObject({
      moment: 'MIDTERM',
      state: 'SELF_RATED',
      followUpId: followUp.id,
    });
    expect(s.evaluations[1].flaggedCriteria).toEqual([
      {
        key: differing,
        label: 'Ⅲ(2)「打ち抜き加工」(5)',
        reasons: ['DIFFERENT'],
        hasLeadNote: false,
        hasExplanationNote: false,
      },
    ]);
    s = await sheet(kit, tokyo, ADVANCE, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'MIDTERM',
      to: 'COMPANY_RATED',
    });
    const unreviewed = await sheetOp(kit, tokyo, ADVANCE, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'MIDTERM',
      to: 'CONFIRMED',
    });
    expect(codeOf(unreviewed)).toBe('FAILED_PRECONDITION');
    expect(unreviewed.errors?.[0]?.message).toContain('Ⅲ(2)「打ち抜き加工」(5)');

    c = await steps.advance(tokyo, c);
    expect(c.stage).toBe('FOLLOW_UP');

    // Completion waits for the final evaluation, issued only once the flagged rating is reviewed and explained.
    const waiting = await complete(c);
    expect(codeOf(waiting)).toBe('FAILED_PRECONDITION');
    expect(waiting.errors?.[0]?.message).toContain('評価シートの修了評価の交付');

    const finalInput = {
      sheetId: s.id,
      moment: 'FINAL',
      date: today,
      evaluatorName: EVALUATOR,
      leadName: LEAD,
    };
    s = await sheet(kit, tokyo, RECORD, {
      ...finalInput,
      expectedVersion: s.version,
      ratings: ratingsOf(s, [differing]),
    });
    s = await sheet(kit, tokyo, ADVANCE, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'FINAL',
      to: 'COMPANY_RATED',
    });
    const noNotes = await sheetOp(kit, tokyo, ADVANCE, {
      sheetId: s.id,
      expectedVersion: s.version,
      moment: 'FINAL',
      to: 'CONFIRMED',
    });
    expect(noNotes.errors?.[0]?.extensions['findings']).toEqual([
      expect.objectContaining({ code: 'LEAD_NOTE_MISSING', field: `ratings.${differing}.leadNote` }),
    ]);
    s = await sheet(kit, tokyo, RECORD, {
      ...finalInput,
      expectedVersion: s.version,
      ratings: ratingsOf(s, [differing], true),
    });
    // Re-recording keeps the step reached (企業評価): 確認, 説明 and 交付 are left.
    s = await issue(kit, tokyo, s, 'FINAL', ['CONFIRMED', 'EXPLAINED', 'ISSUED']);
    expect(s.issuedOn).toBe(today);
    expect(s.header.issuedOn).toBe(today);
    expect(s.evaluations[2].ratingCounts.company).toEqual({
      a: 0,
      b: keysCount(s),
      c: 0,
      notEvaluated: 0,
      unrated: 0,
    });

    const done = ok(await complete({ ...c, version: (await caseRecord(c.id)).version }));
    expect(done.completeCase.stage).toBe('COMPLETED');
    expect((await caseRecord(c.id)).evaluationSheets).toEqual([
      { id: s.id, issuedOn: today, traineeName: '対象者1' },
    ]);
  });

  it('leaves a secondment for other purposes alone', async () => {
    const c = await caseAtContract(kit, tokyo, aichi, 'EMPLOYMENT_ADJUSTMENT');
    expect((await caseRecord(c.id)).skillsDevelopment).toBe(false);
    expect(ok(await establish(c)).recordCaseEstablishment.stage).toBe('STARTED');
  });
});

const keysCount = (s: SheetView) =>
  [s.section2, s.section3Basic, s.section3Special].reduce(
    (n, section) => n + section.units.reduce((m, unit) => m + unit.criteria.length, 0),
    0,
  );
