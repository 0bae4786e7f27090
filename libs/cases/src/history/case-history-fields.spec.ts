import type {
  RecordContractInput,
  RecordHiringAgreementInput,
  RecordInternalProcedureInput,
  RecordMeetingInput,
  RecordWorkplaceTourInput,
} from '../case-records/dtos/case-section.inputs';
import {
  contractRecord,
  hiringAgreementRecord,
  internalProcedureRecord,
  meetingRecord,
  workplaceTourRecord,
} from '../case-records/services/section-rules';
import {
  EmploymentType,
  MeetingCondition,
  SocialInsuranceHandling,
  TourAttendee,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from '../workflow/case-details';
import { CaseStage } from '../workflow/case-stage';
import type { FieldChange } from './case-history.entity';
import {
  CASE_HISTORY_COLUMNS,
  CASE_HISTORY_FIELDS,
  CASE_STAGE_RECORDS,
  isCaseHistoryField,
} from './case-history-fields';
import { fieldChanges } from './field-changes';
import { displayHistory } from './history-display';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TODAY = '2026-12-10';
const command = { caseId: 'c', expectedVersion: 1 };

/** Every stage record as its use case builds it from a form with every field filled. */
function everyStageRecord(): Record<(typeof CASE_STAGE_RECORDS)[number], object> {
  const meeting = meetingRecord(
    {
      ...command,
      heldOn: '2026-12-01',
      attendees: '両社の人事担当',
      conditionsPresented: [MeetingCondition.PERIOD],
      conditionsNote: '期間12か月',
      subsidyExplained: true,
      notes: 'メモ',
    } as RecordMeetingInput,
    TODAY,
  );
  const internalProcedure = internalProcedureRecord(
    {
      ...command,
      conditionsStated: true,
      workerSelection: WorkerSelection.SELECTED,
      unionAgreement: UnionAgreementStatus.AGREED,
      unionAgreedOn: '2026-12-02',
      workRulesClause: true,
      notes: 'メモ',
    } as RecordInternalProcedureInput,
    TODAY,
  );
  const workplaceTour = workplaceTourRecord(
    {
      ...command,
      heldOn: '2026-12-03',
      attendees: [TourAttendee.WORKERS],
      notes: 'メモ',
    } as RecordWorkplaceTourInput,
    TODAY,
  );
  const contract = contractRecord(
    {
      ...command,
      startOn: '2027-01-05',
      endOn: '2027-12-31',
      duties: '倉庫での入出庫作業',
      wageShareUnit: WageShareUnit.PERCENT,
      monthlyWage: 300000,
      senderShare: 40,
      receiverShare: 60,
      workingHours: '8:30〜17:30',
      overtime: '月20時間まで',
      socialInsurance: SocialInsuranceHandling.OTHER,
      socialInsuranceNote: '健康保険は出向元',
      subsidyApplicationPlanned: true,
      periodOverrideReason: '両社が合意',
      concludedOn: '2026-12-04',
    } as RecordContractInput,
    TODAY,
    { sendingDesiredPeriodMonths: null, sendingEarliestStartOn: null, receivingPeriodMonths: null },
  );
  const hiringAgreement = hiringAgreementRecord(
    {
      ...command,
      agreedOn: '2026-12-05',
      plannedHireOn: '2027-01-05',
      jobTitle: '倉庫管理',
      employmentType: EmploymentType.REGULAR,
      monthlyWage: 280000,
      workingHours: '9:00〜18:00',
      notes: 'メモ',
    } as RecordHiringAgreementInput,
    TODAY,
  );
  for (const built of [meeting, internalProcedure, workplaceTour, contract, hiringAgreement]) {
    expect(built.problems).toEqual([]);
  }
  return {
    meeting: meeting.record,
    internalProcedure: internalProcedure.record,
    workplaceTour: workplaceTour.record,
    contract: contract.record,
    hiringAgreement: hiringAgreement.record,
  };
}

describe('the fields of a case history', () => {
  it('has a Japanese name for every field the case workflow can write', () => {
    // Everything a use case can patch, from nothing to a value: the fields a history entry can hold.
    const patch = {
      ...Object.fromEntries(CASE_HISTORY_COLUMNS.map((column) => [column, `value of ${column}`])),
      ...everyStageRecord(),
      stage: CaseStage.CONTRACT,
    };
    const written = fieldChanges({}, patch).map((change) => change.field);
    expect(written.length).toBeGreaterThan(45);
    expect(written.filter((field) => !isCaseHistoryField(field))).toEqual([]);
    // And nothing named that cannot be written (a stale entry would hide a renamed field).
    expect(Object.keys(CASE_HISTORY_FIELDS).filter((field) => !written.includes(field))).toEqual([]);
    const notJapanese = Object.entries(CASE_HISTORY_FIELDS)
      .filter(([, spec]) => !JAPANESE.test(spec.label))
      .map(([field]) => field);
    expect(notJapanese).toEqual([]);
  });

  it('shows dates in both calendars, yen, people, code lists by their labels and lists joined with 、', () => {
    const [changes] = displayHistory(
      [
        {
          changes: [
            { field: 'contract.startOn', before: null, after: '2026-12-06' },
            { field: 'contract.monthlyWage', before: null, after: 1234000 },
            { field: 'peoplePlanned', before: 2, after: 3 },
            { field: 'stage', before: 'INTER_COMPANY_MEETING', after: 'INTERNAL_PROCEDURE' },
            { field: 'meeting.conditionsPresented', before: [], after: ['PERIOD', 'WAGES', 'WORKING_HOURS'] },
            { field: 'meeting.subsidyExplained', before: false, after: true },
            { field: 'internalProcedure.workRulesClause', before: true, after: false },
            { field: 'contract.subsidyApplicationPlanned', before: null, after: true },
            { field: 'hiringAgreement.employmentType', before: null, after: 'PART_TIME' },
            { field: 'contract.duties', before: null, after: '倉庫での入出庫作業' },
          ],
        },
      ],
      () => '',
    );
    // In the forms' order, whatever order the record's keys were stored in.
    expect(changes.map(({ label, before, after }) => [label, before, after])).toEqual([
      ['段階', 'STEP2 企業間面談', '出向元の社内手続'],
      ['予定人数', '2人', '3人'],
      ['提示した条件', 'なし', '期間、賃金、労働時間'],
      ['助成金の周知と活用勧奨', 'いいえ', 'はい'],
      ['就業規則等の出向規定', 'あり', 'なし'],
      ['出向開始日', 'なし', '2026年12月6日（令和8年）'],
      ['職務内容', 'なし', '倉庫での入出庫作業'],
      ['賃金月額', 'なし', '1,234,000円'],
      ['助成金の申請予定', '未定', 'あり'],
      ['雇用形態', 'なし', 'パート・アルバイト'],
    ]);
    expect(changes.find((c) => c.field === 'contract.startOn')).toMatchObject({
      beforeJson: null,
      afterJson: '"2026-12-06"',
    });
  });

  it('reads a wage share as % or yen by the unit in force before and after each change', () => {
    const history: { changes: FieldChange[] }[] = [
      {
        changes: [
          { field: 'contract.wageShareUnit', before: null, after: 'PERCENT' },
          { field: 'contract.senderShare', before: null, after: 40 },
        ],
      },
      { changes: [{ field: 'contract.senderShare', before: 40, after: 60 }] },
      {
        changes: [
          { field: 'contract.wageShareUnit', before: 'PERCENT', after: 'YEN' },
          { field: 'contract.senderShare', before: 60, after: 180000 },
        ],
      },
    ];
    const shown = displayHistory(history, () => '').map((entry) =>
      entry.map(({ label, before, after }) => `${label}: ${before} → ${after}`),
    );
    expect(shown).toEqual([
      ['賃金負担の単位: なし → 割合(%)', '出向元の負担: なし → 40%'],
      ['出向元の負担: 40% → 60%'],
      ['賃金負担の単位: 割合(%) → 金額(円)', '出向元の負担: 60% → 180,000円'],
    ]);
  });

  it('names consultants and shows the workers with their consent, establishment and withdrawal', () => {
    const names: Record<string, string> = { u1: '加藤 健' };
    const [changes] = displayHistory(
      [
        {
          changes: [
            { field: 'sendingConsultantId', before: null, after: 'u1' },
            {
              field: 'workers',
              before: [],
              after: [
                {
                  id: 'w1',
                  label: '対象者A',
                  consentOn: '2026-11-01',
                  consentMethod: '同意書',
                  established: true,
                  withdrawnOn: null,
                },
                {
                  id: 'w2',
                  label: '対象者B',
                  consentOn: null,
                  consentMethod: null,
                  established: false,
                  withdrawnOn: '2027-01-06',
                },
              ],
            },
          ],
        },
      ],
      (id) => names[id] ?? '不明なユーザー',
    );
    expect(changes.map(({ before, after }) => [before, after])).toEqual([
      ['未定', '加藤 健'],
      [
        'なし',
        '対象者A（同意 2026年11月1日（令和8年）・同意書・成立）、対象者B（同意未確認・2027年1月6日（令和9年）辞退）',
      ],
    ]);
  });

  it('shows a value of an unexpected shape as stored rather than failing the case view', () => {
    const [changes] = displayHistory(
      [
        {
          changes: [
            { field: 'contract.startOn', before: 'not a day', after: 20261206 },
            { field: 'somethingOld', before: null, after: { a: 1 } },
          ],
        },
      ],
      () => '',
    );
    expect(changes.map(({ label, before, after }) => [label, before, after])).toEqual([
      ['出向開始日', 'not a day', '20261206'],
      ['somethingOld', 'なし', '{"a":1}'],
    ]);
  });
});
