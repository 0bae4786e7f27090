// The demo office's transfers (移籍), one in every stage of the transfer path: from a taken-up suggestion to a
// transfer settled after a year, with one hire whose first follow-up is overdue.
import { MoveType } from '@kakehashi/offers';
import { EmploymentType, MeetingCondition, TourAttendee } from '../../workflow/case-details';
import { CompletionOutcome } from '../../workflow/case-stage';
import type { DemoCaseContext, DemoCaseScenario, DemoOfferRef, DemoStep } from './demo-case-scenario';
import { COMPANY, OSAKA, TOKYO } from './demo-refs';
import { followUpSteps } from './follow-up-steps';

const ALL_CONDITIONS = [MeetingCondition.PERIOD, MeetingCondition.WAGES, MeetingCondition.WORKING_HOURS];

export function demoTransferCases(c: DemoCaseContext): DemoCaseScenario[] {
  return [
    informationCollection(c),
    meeting(c),
    workplaceTour(c),
    hiringAgreed(c),
    hired(c),
    followUp(c),
    completed(c),
  ];
}

interface Pair {
  title: string;
  sending: DemoOfferRef;
  receiving: DemoOfferRef;
}

function transfer(
  pair: Pair,
  created: Date,
  steps: DemoStep[],
  extra: Partial<DemoCaseScenario> = {},
): DemoCaseScenario {
  return {
    ...pair,
    moveType: MoveType.TRANSFER,
    people: 1,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: created, by: TOKYO },
    steps,
    ...extra,
  };
}

function meetingStep(c: DemoCaseContext, day: string, by = TOKYO): DemoStep {
  return {
    kind: 'meeting',
    at: c.at(day, 16),
    by,
    record: {
      heldOn: day,
      attendees: '送出企業 人事部長、受入企業 採用担当、本人、当センター',
      conditionsPresented: ALL_CONDITIONS,
      conditionsNote: '移籍後の賃金・勤務時間・試用期間の有無を提示。',
      subsidyExplained: false,
      notes: null,
    },
  };
}

/** STEP1, opened two days ago from the consultant's taken-up suggestion. */
function informationCollection(c: DemoCaseContext): DemoCaseScenario {
  return transfer(
    {
      title: '大江戸交通 → 江東ロジスティクス (移籍 STEP1)',
      sending: { corporateNumber: COMPANY.oedoKotsu, jobTitle: 'タクシー乗務員' },
      receiving: { corporateNumber: COMPANY.kotoLogistics, jobTitle: '配送ドライバー' },
    },
    c.at(c.ago(2), 10, 15),
    [],
    { people: 2, fromDecision: true },
  );
}

/** STEP2: the meeting was held three days ago; who attended was not noted. */
function meeting(c: DemoCaseContext): DemoCaseScenario {
  return transfer(
    {
      title: '城東信用金庫 → 東京ソフトウェアラボ (移籍 STEP2)',
      sending: { corporateNumber: COMPANY.jotoShinkin, jobTitle: '融資・渉外担当' },
      receiving: {
        corporateNumber: COMPANY.tokyoSoftwareLab,
        jobTitle: '金融系システムの業務コンサルタント',
      },
    },
    c.at(c.ago(15), 11),
    [
      { kind: 'advance', at: c.at(c.ago(5), 10), by: TOKYO },
      {
        kind: 'meeting',
        at: c.at(c.ago(3), 17),
        by: TOKYO,
        record: {
          heldOn: c.ago(3),
          attendees: null,
          conditionsPresented: ALL_CONDITIONS,
          conditionsNote: '移籍後の年収は現在の約9割。フレックスタイム制。',
          subsidyExplained: false,
          notes: '本人が次回、受入企業のオフィスを見学する予定。',
        },
      },
    ],
  );
}

/** STEP3 with a Kanagawa receiver (no consultant there yet): toured two days ago, who came was not noted. */
function workplaceTour(c: DemoCaseContext): DemoCaseScenario {
  return transfer(
    {
      title: '日本橋百貨店 → 湘南みらい不動産 (移籍 STEP3)',
      sending: { corporateNumber: COMPANY.nihonbashiDepartmentStore, jobTitle: '外商担当（法人営業）' },
      receiving: { corporateNumber: COMPANY.shonanRealEstate, jobTitle: '不動産営業' },
    },
    c.at(c.ago(30), 10),
    [
      { kind: 'advance', at: c.at(c.ago(25), 10), by: TOKYO },
      meetingStep(c, c.ago(20)),
      { kind: 'workers', at: c.at(c.ago(15), 11), by: TOKYO, workers: [{ label: '岡本 恵一' }] },
      { kind: 'advance', at: c.at(c.ago(10), 10), by: TOKYO },
      {
        kind: 'workplaceTour',
        at: c.at(c.ago(2), 17),
        by: TOKYO,
        record: { heldOn: c.ago(2), attendees: [], notes: '本人が藤沢の店舗を見学。' },
      },
    ],
    { receivingConsultant: null },
  );
}

/** 採用内定 from the Osaka office: the hire is agreed for next month, the wage is still being settled. */
function hiringAgreed(c: DemoCaseContext): DemoCaseScenario {
  return transfer(
    {
      title: '浪速化成品工業 → 首都圏ビルメンテナンス (採用内定)',
      sending: { corporateNumber: COMPANY.naniwaKasei, jobTitle: '総務・人事スタッフ' },
      receiving: { corporateNumber: COMPANY.shutokenBuilding, jobTitle: '人事・労務スタッフ' },
    },
    c.at(c.ago(60), 10),
    [
      { kind: 'advance', at: c.at(c.ago(50), 10), by: OSAKA },
      meetingStep(c, c.ago(45)),
      { kind: 'advance', at: c.at(c.ago(35), 10), by: TOKYO },
      {
        kind: 'workplaceTour',
        at: c.at(c.ago(28), 17),
        by: TOKYO,
        record: { heldOn: c.ago(28), attendees: [TourAttendee.WORKERS], notes: '本人が港区の本社を見学。' },
      },
      {
        kind: 'workers',
        at: c.at(c.ago(10), 11),
        by: OSAKA,
        workers: [{ label: '村田 美穂', consentOn: c.ago(10), consentMethod: '面談で確認' }],
      },
      { kind: 'advance', at: c.at(c.ago(7), 10), by: TOKYO, note: '受入企業が採用を決定。' },
      {
        kind: 'hiringAgreement',
        at: c.at(c.ago(3), 15),
        by: TOKYO,
        record: {
          agreedOn: c.ago(3),
          plannedHireOn: c.ago(-24),
          jobTitle: '人事・労務スタッフ',
          employmentType: EmploymentType.REGULAR,
          monthlyWage: null,
          workingHours: '9:00〜17:30',
          notes: '賃金は入社前に確定する(調整中)。',
        },
      },
    ],
    { sendingConsultant: OSAKA, created: { at: c.at(c.ago(60), 10), by: OSAKA } },
  );
}

/** Every stage before the hire of a transfer hired on `hiredOn`, and the hire itself. */
function stepsToHire(c: DemoCaseContext, hiredOn: string, worker: string, jobTitle: string): DemoStep[] {
  const e = (days: number) => c.plus(hiredOn, days);
  return [
    { kind: 'advance', at: c.at(e(-60), 10), by: TOKYO },
    meetingStep(c, e(-55)),
    { kind: 'advance', at: c.at(e(-45), 10), by: TOKYO },
    {
      kind: 'workplaceTour',
      at: c.at(e(-40), 17),
      by: TOKYO,
      record: { heldOn: e(-40), attendees: [TourAttendee.WORKERS, TourAttendee.SENDER_HR], notes: null },
    },
    { kind: 'advance', at: c.at(e(-30), 10), by: TOKYO },
    {
      kind: 'workers',
      at: c.at(e(-29), 11),
      by: TOKYO,
      workers: [{ label: worker, consentOn: e(-29), consentMethod: '同意書(書面)' }],
    },
    {
      kind: 'hiringAgreement',
      at: c.at(e(-28), 15),
      by: TOKYO,
      record: {
        agreedOn: e(-28),
        plannedHireOn: hiredOn,
        jobTitle,
        employmentType: EmploymentType.REGULAR,
        monthlyWage: 320000,
        workingHours: '9:00〜18:00',
        notes: null,
      },
    },
    { kind: 'establish', at: c.at(hiredOn, 10), by: TOKYO, establishedOn: hiredOn },
  ];
}

/** 採用(移籍) a month and a week ago: the first follow-up fell due last week and has not been made. */
function hired(c: DemoCaseContext): DemoCaseScenario {
  const hiredOn = c.plus(c.plusMonths(c.today, -1), -6);
  return transfer(
    {
      title: '大江戸交通 → 江東ロジスティクス (採用、フォローアップ期限超過)',
      sending: { corporateNumber: COMPANY.oedoKotsu, jobTitle: '運行管理補助' },
      receiving: { corporateNumber: COMPANY.kotoLogistics, jobTitle: '運行管理者候補' },
    },
    c.at(c.plus(hiredOn, -70), 10),
    stepsToHire(c, hiredOn, '吉村 浩', '運行管理補助(運行管理者候補)'),
  );
}

/** STEP6 of a transfer hired eight months ago: every follow-up so far was made, the next is upcoming. */
function followUp(c: DemoCaseContext): DemoCaseScenario {
  const hiredOn = c.plus(c.plusMonths(c.today, -8), -10);
  return transfer(
    {
      title: '東都印刷 → 東京ソフトウェアラボ (移籍 STEP6)',
      sending: { corporateNumber: COMPANY.totoPrinting, jobTitle: 'DTPオペレーター' },
      receiving: { corporateNumber: COMPANY.tokyoSoftwareLab, jobTitle: 'Webデザイナー' },
    },
    c.at(c.plus(hiredOn, -80), 10),
    [
      ...stepsToHire(c, hiredOn, '松下 理恵', 'Webデザイナー'),
      ...followUpSteps(c, { moveType: MoveType.TRANSFER, establishedOn: hiredOn, contract: null }, TOKYO),
    ],
  );
}

/** Completed: settled at the receiver a year after the hire. */
function completed(c: DemoCaseContext): DemoCaseScenario {
  const hiredOn = c.plusMonths(c.today, -14);
  const completedOn = c.plus(c.plusMonths(hiredOn, 12), 3);
  return transfer(
    {
      title: '日本橋百貨店 → 浅草フードサービス (移籍 完了)',
      sending: { corporateNumber: COMPANY.nihonbashiDepartmentStore, jobTitle: '売場マネージャー' },
      receiving: { corporateNumber: COMPANY.asakusaFood, jobTitle: '店舗マネージャー' },
    },
    c.at(c.plus(hiredOn, -90), 10),
    [
      ...stepsToHire(c, hiredOn, '近藤 誠', '店舗マネージャー'),
      ...followUpSteps(c, { moveType: MoveType.TRANSFER, establishedOn: hiredOn, contract: null }, TOKYO, {
        until: completedOn,
      }),
      {
        kind: 'complete',
        at: c.at(completedOn, 15),
        by: TOKYO,
        outcome: CompletionOutcome.SETTLED,
        completedOn,
        note: '移籍から1年が経過し、店舗マネージャーとして定着。',
      },
    ],
  );
}
