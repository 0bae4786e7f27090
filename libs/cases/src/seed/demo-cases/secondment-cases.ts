// The demo office's on-loan secondments (在籍型出向), one in every stage of STEP1–6: what the visitor of 東京事務所 finds
// on the board. Each stage's checklist is part done, part missing, as a case in progress is; the meeting stuck in
// STEP2 for over a month, the follow-up due today and the end date passed are the ones that call for attention.
import { MoveType } from '@kakehashi/offers';
import {
  MeetingCondition,
  SocialInsuranceHandling,
  TourAttendee,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from '../../workflow/case-details';
import { FollowUpMethod } from '../../follow-ups/case-follow-up.entity';
import { CompletionOutcome, NotEstablishedReason } from '../../workflow/case-stage';
import type { DemoCaseContext, DemoCaseScenario, DemoStep } from './demo-case-scenario';
import { AICHI, COMPANY, TOKYO } from './demo-refs';
import { followUpSteps } from './follow-up-steps';

const ALL_CONDITIONS = [MeetingCondition.PERIOD, MeetingCondition.WAGES, MeetingCondition.WORKING_HOURS];

export function demoSecondmentCases(c: DemoCaseContext): DemoCaseScenario[] {
  return [
    informationCollection(c),
    stuckInMeeting(c),
    internalProcedure(c),
    workplaceTour(c),
    contract(c),
    started(c),
    followUpDueToday(c),
    endDatePassed(c),
    completed(c),
    notEstablished(c),
  ];
}

/** A full meeting record: held, every condition presented, the subsidy explained. */
function meetingStep(
  c: DemoCaseContext,
  day: string,
  attendees: string,
  note: string | null = null,
): DemoStep {
  return {
    kind: 'meeting',
    at: c.at(day, 16),
    by: TOKYO,
    record: {
      heldOn: day,
      attendees,
      conditionsPresented: ALL_CONDITIONS,
      conditionsNote: '期間・賃金(出向元基準)・勤務時間を双方に提示し、合意。',
      subsidyExplained: true,
      notes: note,
    },
  };
}

/** STEP1, opened three days ago from the consultant's taken-up suggestion; the Kanagawa side has no consultant yet. */
function informationCollection(c: DemoCaseContext): DemoCaseScenario {
  return {
    title: '城南精密製作所 → 相模原メカトロ (STEP1)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.jonanSeimitsu, jobTitle: 'NC旋盤・マシニングセンタ技能者' },
    receiving: { corporateNumber: COMPANY.sagamiharaMechatro, jobTitle: '精密部品の機械加工オペレーター' },
    people: 2,
    fromDecision: true,
    sendingConsultant: TOKYO,
    receivingConsultant: null,
    created: { at: c.at(c.ago(3), 9, 40), by: TOKYO },
    steps: [
      {
        kind: 'workers',
        at: c.at(c.ago(1), 15, 10),
        by: TOKYO,
        workers: [{ label: '対象者A(旋盤・勤続18年)' }, { label: '対象者B(マシニング・勤続12年)' }],
      },
    ],
  };
}

/** STEP2 for 38 days: the meeting was held, but the working hours were never presented. */
function stuckInMeeting(c: DemoCaseContext): DemoCaseScenario {
  return {
    title: '東都印刷 → 江東ロジスティクス (STEP2、停滞)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.totoPrinting, jobTitle: 'オフセット印刷オペレーター' },
    receiving: { corporateNumber: COMPANY.kotoLogistics, jobTitle: '倉庫内作業・検品スタッフ' },
    people: 2,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.ago(60), 10), by: TOKYO },
    steps: [
      { kind: 'advance', at: c.at(c.ago(38), 16), by: TOKYO, note: '送出企業が受入企業との面談を了承。' },
      {
        kind: 'meeting',
        at: c.at(c.ago(31), 17),
        by: TOKYO,
        record: {
          heldOn: c.ago(31),
          attendees: '東都印刷 総務部長、江東ロジスティクス 物流センター長、当センター 鈴木',
          conditionsPresented: [MeetingCondition.PERIOD, MeetingCondition.WAGES],
          conditionsNote: '期間6か月、賃金は出向元の基準で調整中。勤務時間(早番・遅番)は受入企業が検討中。',
          subsidyExplained: false,
          notes: '受入企業からシフト案の回答待ち。',
        },
      },
    ],
  };
}

/** The sender's internal procedure: conditions stated and workers chosen; one consent and the union still missing. */
function internalProcedure(c: DemoCaseContext): DemoCaseScenario {
  return {
    title: '銀座クラウンホテル → 浅草フードサービス (社内手続)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.ginzaCrownHotel, jobTitle: 'ホテル調理スタッフ' },
    receiving: { corporateNumber: COMPANY.asakusaFood, jobTitle: 'セントラルキッチン調理スタッフ' },
    people: 2,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.ago(40), 11), by: TOKYO },
    steps: [
      { kind: 'advance', at: c.at(c.ago(35), 10), by: TOKYO },
      meetingStep(
        c,
        c.ago(25),
        '銀座クラウンホテル 総料理長・人事課長、浅草フードサービス 製造部長、当センター 鈴木',
      ),
      {
        kind: 'advance',
        at: c.at(c.ago(9), 17),
        by: TOKYO,
        note: '面談で条件に合意。送出企業の社内手続へ。',
      },
      {
        kind: 'workers',
        at: c.at(c.ago(5), 14),
        by: TOKYO,
        workers: [
          { label: '小池 達也', consentOn: c.ago(5), consentMethod: '同意書(書面)' },
          { label: '原 美咲' },
        ],
      },
      {
        kind: 'internalProcedure',
        at: c.at(c.ago(4), 15),
        by: TOKYO,
        record: {
          conditionsStated: true,
          workerSelection: WorkerSelection.SELECTED,
          unionAgreement: UnionAgreementStatus.PENDING,
          workRulesClause: false,
          notes: '労働組合と出向条件を協議中(次回は来週)。就業規則の出向規定は改定案を作成中。',
        },
      },
    ],
  };
}

/** STEP3: the tour is arranged but not yet held; one worker has not consented. */
function workplaceTour(c: DemoCaseContext): DemoCaseScenario {
  return {
    title: '東京ベイ観光バス → すずかけ福祉会 (STEP3)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.tokyoBayBus, jobTitle: '観光バス運転士' },
    receiving: { corporateNumber: COMPANY.suzukakeWelfare, jobTitle: '送迎ドライバー・介護補助' },
    people: 2,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.ago(70), 10), by: TOKYO },
    steps: [
      { kind: 'advance', at: c.at(c.ago(60), 11), by: TOKYO },
      meetingStep(c, c.ago(50), '東京ベイ観光バス 運行部長、すずかけ福祉会 施設長、当センター 鈴木'),
      { kind: 'advance', at: c.at(c.ago(45), 10), by: TOKYO },
      {
        kind: 'workers',
        at: c.at(c.ago(30), 13),
        by: TOKYO,
        workers: [
          { label: '川口 正和', consentOn: c.ago(30), consentMethod: '面談で確認' },
          { label: '西田 勝' },
        ],
      },
      {
        kind: 'internalProcedure',
        at: c.at(c.ago(28), 16),
        by: TOKYO,
        record: {
          conditionsStated: true,
          workerSelection: WorkerSelection.SELECTED,
          unionAgreement: UnionAgreementStatus.AGREED,
          unionAgreedOn: c.ago(29),
          workRulesClause: true,
          notes: null,
        },
      },
      { kind: 'advance', at: c.at(c.ago(4), 11), by: TOKYO, note: '職場見学の日程調整へ。' },
      {
        kind: 'workplaceTour',
        at: c.at(c.ago(2), 10),
        by: TOKYO,
        record: {
          heldOn: null,
          attendees: [TourAttendee.SENDER_HR],
          notes: '来週、送迎車両と施設を見学予定。対象者2名も参加の意向。',
        },
      },
    ],
  };
}

/** STEP4 with the Aichi office: the contract is drafted; overtime, the subsidy plan and the signature are missing. */
function contract(c: DemoCaseContext): DemoCaseScenario {
  const startOn = c.ago(-25);
  return {
    title: '京浜エレクトロニクス → 三河オートパーツ (STEP4)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.keihinElectronics, jobTitle: '電子部品の品質検査員' },
    receiving: { corporateNumber: COMPANY.mikawaAutoParts, jobTitle: '車載電子部品の検査スタッフ' },
    people: 2,
    sendingConsultant: TOKYO,
    receivingConsultant: AICHI,
    created: { at: c.at(c.ago(100), 10), by: TOKYO },
    steps: [
      { kind: 'advance', at: c.at(c.ago(90), 10), by: TOKYO },
      meetingStep(
        c,
        c.ago(81),
        '京浜エレクトロニクス 製造部長、三河オートパーツ 人事課長(オンライン)、当センター 鈴木・加藤',
        '寮の提供を確認。',
      ),
      { kind: 'advance', at: c.at(c.ago(75), 10), by: TOKYO },
      {
        kind: 'internalProcedure',
        at: c.at(c.ago(55), 15),
        by: TOKYO,
        record: {
          conditionsStated: true,
          workerSelection: WorkerSelection.SELECTED,
          unionAgreement: UnionAgreementStatus.AGREED,
          unionAgreedOn: c.ago(56),
          workRulesClause: true,
          notes: null,
        },
      },
      {
        kind: 'workers',
        at: c.at(c.ago(50), 11),
        by: TOKYO,
        workers: [
          { label: '山内 浩二', consentOn: c.ago(52), consentMethod: '同意書(書面)' },
          { label: '青木 由香', consentOn: c.ago(50), consentMethod: '同意書(書面)' },
        ],
      },
      { kind: 'advance', at: c.at(c.ago(45), 10), by: TOKYO },
      {
        kind: 'workplaceTour',
        at: c.at(c.ago(30), 17),
        by: AICHI,
        record: {
          heldOn: c.ago(31),
          attendees: [TourAttendee.SENDER_HR, TourAttendee.WORKERS],
          notes: '工場と寮を見学。2名とも前向き。',
        },
      },
      { kind: 'advance', at: c.at(c.ago(6), 10), by: TOKYO, note: '出向契約の条件調整へ。' },
      {
        kind: 'contract',
        at: c.at(c.ago(2), 16),
        by: TOKYO,
        record: {
          startOn,
          endOn: c.contractEnd(startOn, 6),
          duties: '車載ECU基板の外観検査・機能検査と検査データの記録',
          wageShareUnit: WageShareUnit.PERCENT,
          monthlyWage: 320000,
          senderShare: 40,
          receiverShare: 60,
          workingHours: '8:00〜17:00(2交替制あり)',
          overtime: null,
          socialInsurance: SocialInsuranceHandling.SENDER,
          subsidyApplicationPlanned: null,
          concludedOn: null,
        },
      },
    ],
  };
}

/** The stages before 成立 of an established secondment and the 成立 itself, dated relative to its start. */
function stepsToContract(
  c: DemoCaseContext,
  contractPeriod: { startOn: string; endOn: string },
  workers: { label: string; consentOn: string }[],
  duties: string,
): DemoStep[] {
  const { startOn, endOn } = contractPeriod;
  const e = (days: number) => c.plus(startOn, days);
  return [
    { kind: 'advance', at: c.at(e(-92), 10), by: TOKYO },
    meetingStep(c, e(-85), '送出企業 人事部長、受入企業 総務部長、当センター 鈴木'),
    { kind: 'advance', at: c.at(e(-80), 10), by: TOKYO },
    {
      kind: 'workers',
      at: c.at(e(-70), 11),
      by: TOKYO,
      workers: workers.map((w) => ({ ...w, consentMethod: '同意書(書面)' })),
    },
    {
      kind: 'internalProcedure',
      at: c.at(e(-68), 15),
      by: TOKYO,
      record: {
        conditionsStated: true,
        workerSelection: WorkerSelection.CALLED_FOR,
        unionAgreement: UnionAgreementStatus.NO_UNION,
        workRulesClause: true,
        notes: '社内公募で対象者を選定。',
      },
    },
    { kind: 'advance', at: c.at(e(-60), 10), by: TOKYO },
    {
      kind: 'workplaceTour',
      at: c.at(e(-50), 17),
      by: TOKYO,
      record: { heldOn: e(-50), attendees: [TourAttendee.SENDER_HR, TourAttendee.WORKERS], notes: null },
    },
    { kind: 'advance', at: c.at(e(-40), 10), by: TOKYO },
    {
      kind: 'contract',
      at: c.at(e(-10), 16),
      by: TOKYO,
      record: {
        startOn,
        endOn,
        duties,
        wageShareUnit: WageShareUnit.YEN,
        monthlyWage: 300000,
        senderShare: 120000,
        receiverShare: 180000,
        workingHours: '8:30〜17:30',
        overtime: '月20時間程度まで。受入企業の規定による。',
        socialInsurance: SocialInsuranceHandling.SENDER,
        subsidyApplicationPlanned: true,
        concludedOn: e(-10),
      },
    },
    { kind: 'establish', at: c.at(startOn, 9, 30), by: TOKYO, establishedOn: startOn },
  ];
}

/** STEP5: started twelve days ago; the first follow-up is weeks away. */
function started(c: DemoCaseContext): DemoCaseScenario {
  const startOn = c.ago(12);
  return {
    title: '日本橋百貨店 → 首都圏ビルメンテナンス (STEP5)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.nihonbashiDepartmentStore, jobTitle: '売場販売スタッフ' },
    receiving: { corporateNumber: COMPANY.shutokenBuilding, jobTitle: '防災センター・受付スタッフ' },
    people: 2,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.plus(startOn, -100), 10), by: TOKYO },
    steps: stepsToContract(
      c,
      { startOn, endOn: c.contractEnd(startOn, 12) },
      [
        { label: '長谷部 明美', consentOn: c.plus(startOn, -70) },
        { label: '森本 卓也', consentOn: c.plus(startOn, -72) },
      ],
      'オフィスビルの防災センターでの監視業務と、受付・来館者対応',
    ),
  };
}

/**
 * STEP6 with a planned follow-up due today: the consultant called the secondee a week after the start (a follow-up
 * without a reminder) and has made every planned one that fell due before today.
 */
function followUpDueToday(c: DemoCaseContext): DemoCaseScenario {
  const startOn = c.startWithFollowUpDueToday(MoveType.SECONDMENT, 12);
  const subject = {
    moveType: MoveType.SECONDMENT,
    establishedOn: startOn,
    contract: { startOn, endOn: c.contractEnd(startOn, 12) },
  };
  return {
    title: '荒川化学工業 → 多摩バイオテック (STEP6、本日フォローアップ)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.arakawaChemical, jobTitle: '化学プラント製造オペレーター' },
    receiving: { corporateNumber: COMPANY.tamaBiotech, jobTitle: '医薬品原料の製造オペレーター' },
    people: 1,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.plus(startOn, -100), 10), by: TOKYO },
    steps: [
      ...stepsToContract(
        c,
        subject.contract,
        [{ label: '石井 隆', consentOn: c.plus(startOn, -70) }],
        '医薬品原料プラントの運転・監視と運転記録の作成',
      ),
      {
        kind: 'followUp',
        at: c.at(c.plus(startOn, 7), 17),
        by: TOKYO,
        taskDueOn: null,
        record: {
          method: FollowUpMethod.PHONE,
          heldOn: c.plus(startOn, 7),
          participants: '本人',
          secondeeSituation: '初日から製造ラインに入り、手順書の違いにも戸惑いはないとのこと。',
          issues: null,
          actions: '1か月後の定期フォローアップで受入企業を訪問する。',
        },
      },
      {
        kind: 'advance',
        at: c.at(c.plus(startOn, 7), 17, 30),
        by: TOKYO,
        note: '開始1週間後の状況確認を実施。',
      },
      ...followUpSteps(c, subject, TOKYO, { inStep6: true }),
    ],
  };
}

/** STEP6 of a six-month secondment whose end date passed three days ago without the completion being recorded. */
function endDatePassed(c: DemoCaseContext): DemoCaseScenario {
  // Six months ending three (or, after a shorter month, a few more) days ago.
  const startOn = c.plusMonths(c.ago(2), -6);
  const endOn = c.contractEnd(startOn, 6);
  const subject = { moveType: MoveType.SECONDMENT, establishedOn: startOn, contract: { startOn, endOn } };
  return {
    title: '銀座クラウンホテル → 東京インバウンドサポート (STEP6、終了日経過)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.ginzaCrownHotel, jobTitle: 'フロントスタッフ（英語対応）' },
    receiving: { corporateNumber: COMPANY.tokyoInbound, jobTitle: '訪日客向けコールセンター（英語）' },
    people: 1,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.plus(startOn, -100), 10), by: TOKYO },
    steps: [
      ...stepsToContract(
        c,
        subject.contract,
        [{ label: '岡田 美咲', consentOn: c.plus(startOn, -70) }],
        '訪日客からの問合せ対応(英語・日本語)と予約の手配',
      ),
      ...followUpSteps(c, subject, TOKYO),
    ],
  };
}

/** Completed: both secondees returned when the six months ended. */
function completed(c: DemoCaseContext): DemoCaseScenario {
  const startOn = c.ago(230);
  const endOn = c.contractEnd(startOn, 6);
  const subject = { moveType: MoveType.SECONDMENT, establishedOn: startOn, contract: { startOn, endOn } };
  return {
    title: '羽田エアサービス → 江東ロジスティクス (完了)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.hanedaAirService, jobTitle: '空港グランドハンドリングスタッフ' },
    receiving: { corporateNumber: COMPANY.kotoLogistics, jobTitle: 'フォークリフト・荷役スタッフ' },
    people: 2,
    sendingConsultant: TOKYO,
    receivingConsultant: TOKYO,
    created: { at: c.at(c.plus(startOn, -100), 10), by: TOKYO },
    steps: [
      ...stepsToContract(
        c,
        subject.contract,
        [
          { label: '佐野 健太', consentOn: c.plus(startOn, -72) },
          { label: '平田 亮', consentOn: c.plus(startOn, -70) },
        ],
        '大型倉庫での荷役・積込みとフォークリフト作業',
      ),
      ...followUpSteps(c, subject, TOKYO, { until: endOn }),
      {
        kind: 'complete',
        at: c.at(endOn, 16),
        by: TOKYO,
        outcome: CompletionOutcome.RETURNED,
        completedOn: endOn,
        note: '出向期間満了により2名とも出向元に復帰。受入企業から次の繁忙期の再受入れの打診あり。',
      },
    ],
  };
}

/** Not established: the worker declined after the workplace tour. */
function notEstablished(c: DemoCaseContext): DemoCaseScenario {
  return {
    title: '東都印刷 → 武蔵野ベーカリー (不成立)',
    moveType: MoveType.SECONDMENT,
    sending: { corporateNumber: COMPANY.totoPrinting, jobTitle: '製本・加工スタッフ' },
    receiving: { corporateNumber: COMPANY.musashinoBakery, jobTitle: 'パン製造ライン' },
    people: 1,
    sendingConsultant: TOKYO,
    receivingConsultant: null,
    created: { at: c.at(c.ago(80), 10), by: TOKYO },
    steps: [
      { kind: 'advance', at: c.at(c.ago(70), 10), by: TOKYO },
      meetingStep(c, c.ago(60), '東都印刷 総務部長、武蔵野ベーカリー 工場長、当センター 鈴木'),
      { kind: 'advance', at: c.at(c.ago(55), 10), by: TOKYO },
      { kind: 'workers', at: c.at(c.ago(48), 11), by: TOKYO, workers: [{ label: '大石 聡' }] },
      {
        kind: 'internalProcedure',
        at: c.at(c.ago(45), 15),
        by: TOKYO,
        record: {
          conditionsStated: true,
          workerSelection: WorkerSelection.SELECTED,
          unionAgreement: UnionAgreementStatus.PENDING,
          workRulesClause: false,
          notes: null,
        },
      },
      { kind: 'advance', at: c.at(c.ago(35), 10), by: TOKYO },
      {
        kind: 'workplaceTour',
        at: c.at(c.ago(25), 17),
        by: TOKYO,
        record: { heldOn: c.ago(25), attendees: [TourAttendee.SENDER_HR, TourAttendee.WORKERS], notes: null },
      },
      {
        kind: 'notEstablished',
        at: c.at(c.ago(20), 11),
        by: TOKYO,
        reasonCode: NotEstablishedReason.DECLINED_BY_WORKER,
        reason: '見学後、通勤時間(片道約1時間30分)を理由に本人が辞退。',
        endedOn: c.ago(20),
      },
    ],
  };
}
