// A secondment walked through a few stages over GraphQL, then read back as its consultants see its history: every
// entry titled in Japanese, every changed field by its Japanese name, the values as people read them (dates in both
// calendars, yen, %, the labels of code lists, consultants by name), and the stored values beside them.
import type { AuthUser } from '@kakehashi/authz';
import {
  insertUser,
  makePair,
  Role,
  startBoardKit,
  type BoardKit,
} from '../../board/__tests__/board-test-kit';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface Change {
  field: string;
  label: string;
  before: string;
  after: string;
  beforeJson: string | null;
  afterJson: string | null;
}

interface Entry {
  action: string;
  actionLabel: string;
  summary: string;
  reason: string | null;
  changes: Change[];
}

const HISTORY = `query ($id: ID!) {
  case(id: $id) {
    history {
      action actionLabel summary reason
      changes { field label before after beforeJson afterJson }
    }
  }
}`;

const INPUT_TYPES: Record<string, string> = {
  createCase: 'CreateCaseInput',
  updateCaseTeam: 'UpdateCaseTeamInput',
  recordCaseWorkers: 'RecordCaseWorkersInput',
  recordCaseMeeting: 'RecordMeetingInput',
  recordCaseInternalProcedure: 'RecordInternalProcedureInput',
  recordCaseWorkplaceTour: 'RecordWorkplaceTourInput',
  recordCaseContract: 'RecordContractInput',
  advanceCase: 'AdvanceCaseInput',
  moveCaseBack: 'MoveCaseBackInput',
};

const CONTRACT = {
  startOn: '2027-01-05',
  endOn: '2027-06-30',
  duties: '倉庫での入出庫作業',
  monthlyWage: 1234000,
  concludedOn: '2026-12-03',
};

describe('the history of a case, as its consultants read it', () => {
  let kit: BoardKit;
  let tokyo: AuthUser;
  let aichi: AuthUser;
  let history: Entry[];

  beforeAll(async () => {
    kit = await startBoardKit();
    tokyo = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
    aichi = await insertUser(kit.dataSource, Role.CONSULTANT, '23');
    const pair = await makePair(kit);

    let kase: { id: string; version: number } = { id: '', version: 0 };
    const act = async (user: AuthUser, mutation: string, input: Record<string, unknown>) => {
      const command = mutation === 'createCase' ? {} : { caseId: kase.id, expectedVersion: kase.version };
      const response = await kit.client.gql<Record<string, { id: string; version: number } | null>>(
        user,
        `mutation ($input: ${INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { id version } }`,
        { input: { ...command, ...input } },
      );
      const saved = response.data?.[mutation];
      if (!saved) throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
      kase = saved;
    };

    await act(tokyo, 'createCase', {
      sendingOfferId: pair.sendingOfferId,
      receivingOfferId: pair.receivingOfferId,
      moveType: 'SECONDMENT',
      people: 2,
    });
    await act(tokyo, 'updateCaseTeam', {
      sendingConsultantId: tokyo.id,
      receivingConsultantId: aichi.id,
      peoplePlanned: 1,
    });
    await act(tokyo, 'advanceCase', {});
    await act(aichi, 'recordCaseMeeting', {
      heldOn: '2026-11-30',
      attendees: '両社の人事担当',
      conditionsPresented: ['PERIOD', 'WAGES', 'WORKING_HOURS'],
      subsidyExplained: true,
    });
    await act(tokyo, 'advanceCase', {});
    await act(tokyo, 'moveCaseBack', {
      toStage: 'INTER_COMPANY_MEETING',
      reason: '賃金の条件を再確認するため',
    });
    await act(tokyo, 'advanceCase', {});
    await act(tokyo, 'recordCaseWorkers', {
      workers: [{ label: '対象者A', consentOn: '2026-12-01', consentMethod: '同意書' }],
    });
    await act(tokyo, 'recordCaseInternalProcedure', {
      conditionsStated: true,
      workerSelection: 'SELECTED',
      unionAgreement: 'NO_UNION',
      workRulesClause: true,
    });
    await act(tokyo, 'advanceCase', {});
    await act(aichi, 'recordCaseWorkplaceTour', {
      heldOn: '2026-12-02',
      attendees: ['SENDER_HR', 'WORKERS'],
    });
    await act(aichi, 'advanceCase', {});
    await act(tokyo, 'recordCaseContract', {
      ...CONTRACT,
      wageShareUnit: 'PERCENT',
      senderShare: 40,
      receiverShare: 60,
    });
    // The shares agreed in yen instead: the same numbers read by their new unit.
    await act(aichi, 'recordCaseContract', {
      ...CONTRACT,
      wageShareUnit: 'YEN',
      senderShare: 493600,
      receiverShare: 740400,
    });

    const read = await kit.client.gql<{ case: { history: Entry[] } }>(tokyo, HISTORY, { id: kase.id });
    expect(read.errors).toBeUndefined();
    history = read.data!.case.history;
  });
  afterAll(() => kit?.close());

  /** "label: before → after" of the changes of the entries with this action. */
  const shown = (action: string): string[][] =>
    history
      .filter((entry) => entry.action === action)
      .map((entry) => entry.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`));

  it('titles every entry in Japanese, with the stages of each move', () => {
    expect(history.map((entry) => entry.summary)).toEqual([
      '案件作成',
      '予定人数の変更',
      '次の段階へ（STEP1 情報収集 → STEP2 企業間面談）',
      '企業間面談の記録',
      '次の段階へ（STEP2 企業間面談 → 出向元の社内手続）',
      '前の段階へ戻す（出向元の社内手続 → STEP2 企業間面談）',
      '次の段階へ（STEP2 企業間面談 → 出向元の社内手続）',
      '対象労働者・同意の記録',
      '社内手続の記録',
      '次の段階へ（出向元の社内手続 → STEP3 職場見学）',
      '職場見学の記録',
      '次の段階へ（STEP3 職場見学 → STEP4 出向契約の締結）',
      '出向契約の記録',
      '出向契約の記録',
    ]);
    const back = history.find((entry) => entry.action === 'MOVED_BACK')!;
    expect(back).toMatchObject({ actionLabel: '前の段階へ戻す', reason: '賃金の条件を再確認するため' });
    expect(shown('MOVED_BACK')).toEqual([['段階: 出向元の社内手続 → STEP2 企業間面談']]);
  });

  it('names the consultants and the people planned', () => {
    expect(shown('PEOPLE_CHANGED')).toEqual([
      ['予定人数: 2人 → 1人', `受入側の担当コンサルタント: 未定 → ${aichi.name}`],
    ]);
  });

  it('shows the stage records with dates in both calendars and the code lists by their labels', () => {
    expect(shown('MEETING_RECORDED')[0]).toEqual(
      expect.arrayContaining([
        '面談日: なし → 2026年11月30日（令和8年）',
        '出席者: なし → 両社の人事担当',
        '提示した条件: なし → 期間、賃金、労働時間',
        '助成金の周知と活用勧奨: なし → はい',
      ]),
    );
    expect(shown('WORKERS_RECORDED')).toEqual([
      ['対象労働者: なし → 対象者A（同意 2026年12月1日（令和8年）・同意書）'],
    ]);
    expect(shown('INTERNAL_PROCEDURE_RECORDED')[0]).toEqual(
      expect.arrayContaining([
        '労働条件の明示: なし → はい',
        '出向対象労働者の決め方: 未定 → 選定',
        '労働組合との合意: なし → 労働組合なし',
        '就業規則等の出向規定: なし → あり',
      ]),
    );
    expect(shown('WORKPLACE_TOUR_RECORDED')[0]).toEqual(
      expect.arrayContaining(['参加者: なし → 出向元の人事労務担当者、出向対象労働者']),
    );
  });

  it('shows money in yen and the wage shares by the unit in force', () => {
    const [first, second] = shown('CONTRACT_RECORDED');
    expect(first).toEqual(
      expect.arrayContaining([
        '出向開始日: なし → 2027年1月5日（令和9年）',
        '出向終了日: なし → 2027年6月30日（令和9年）',
        '賃金月額: なし → 1,234,000円',
        '賃金負担の単位: なし → 割合(%)',
        '出向元の負担: なし → 40%',
        '出向先の負担: なし → 60%',
        '契約締結日: なし → 2026年12月3日（令和8年）',
      ]),
    );
    expect(second).toEqual([
      '賃金負担の単位: 割合(%) → 金額(円)',
      '出向元の負担: 40% → 493,600円',
      '出向先の負担: 60% → 740,400円',
    ]);
  });

  it('keeps the stable key and the stored value beside every displayed one', () => {
    const share = history.filter((e) => e.action === 'CONTRACT_RECORDED')[1].changes[1];
    expect(share).toEqual({
      field: 'contract.senderShare',
      label: '出向元の負担',
      before: '40%',
      after: '493,600円',
      beforeJson: '40',
      afterJson: '493600',
    });
    const changes = history.flatMap((entry) => entry.changes);
    expect(changes.length).toBeGreaterThan(25);
    // No field falls back to its key, and no value is shown as raw JSON.
    expect(changes.filter((c) => !JAPANESE.test(c.label)).map((c) => c.field)).toEqual([]);
    expect(changes.filter((c) => /^["[{]/.test(c.before) || /^["[{]/.test(c.after))).toEqual([]);
  });
});
