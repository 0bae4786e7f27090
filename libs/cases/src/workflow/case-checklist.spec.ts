import { MoveType } from '@kakehashi/offers';
import {
  MeetingCondition,
  SocialInsuranceHandling,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
  type CaseWorker,
  type ContractRecord,
} from './case-details';
import {
  checklistOf,
  contractPeriodProblems,
  describeMissing,
  missingToEnter,
  wageSplitProblem,
  type CaseFacts,
} from './case-checklist';
import { CaseStage } from './case-stage';

function worker(label: string, consentOn: string | null): CaseWorker {
  return { id: label, label, consentOn, consentMethod: null, established: false, withdrawnOn: null };
}

const completeContract: ContractRecord = {
  startOn: '2027-04-01',
  endOn: '2028-03-31',
  duties: '倉庫での入出庫管理',
  wageShareUnit: WageShareUnit.PERCENT,
  monthlyWage: null,
  senderShare: 40,
  receiverShare: 60,
  workingHours: '9:00〜18:00',
  overtime: '月20時間まで',
  socialInsurance: SocialInsuranceHandling.SENDER,
  socialInsuranceNote: null,
  subsidyApplicationPlanned: true,
  periodOverrideReason: null,
  concludedOn: '2027-03-15',
};

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    moveType: MoveType.SECONDMENT,
    stage: CaseStage.INFORMATION_COLLECTION,
    sendingConsultantId: null,
    receivingConsultantId: null,
    workers: [],
    meeting: null,
    internalProcedure: null,
    workplaceTour: null,
    contract: null,
    hiringAgreement: null,
    establishedOn: null,
    followUpCount: 0,
    limits: { sendingDesiredPeriodMonths: 12, sendingEarliestStartOn: null, receivingPeriodMonths: 12 },
    ...overrides,
  };
}

const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe('case checklist and guards', () => {
  it('lets STEP1 move on at once but not STEP2 without the meeting and the conditions presented', () => {
    expect(missingToEnter(CaseStage.INTER_COMPANY_MEETING, facts())).toEqual([]);
    const atMeeting = facts({ stage: CaseStage.INTER_COMPANY_MEETING });
    expect(keys(missingToEnter(CaseStage.INTERNAL_PROCEDURE, atMeeting))).toEqual([
      'meetingHeld',
      'conditionsPresented',
      'subsidyExplained',
    ]);
    const partly = facts({
      stage: CaseStage.INTER_COMPANY_MEETING,
      meeting: {
        heldOn: '2027-01-10',
        attendees: null,
        conditionsPresented: [MeetingCondition.PERIOD],
        conditionsNote: null,
        subsidyExplained: true,
        notes: null,
      },
    });
    const missing = missingToEnter(CaseStage.INTERNAL_PROCEDURE, partly);
    expect(keys(missing)).toEqual(['conditionsPresented']);
    expect(missing[0].detail).toBe('未提示: 賃金、労働時間');
  });

  it('asks a transfer for no subsidy explanation', () => {
    const item = checklistOf(CaseStage.INTER_COMPANY_MEETING, facts({ moveType: MoveType.TRANSFER })).find(
      (i) => i.key === 'subsidyExplained',
    );
    expect(item?.required).toBe(false);
  });

  it('lets the tour (STEP3) happen while consent and the union agreement are still pending', () => {
    const atProcedure = facts({
      stage: CaseStage.INTERNAL_PROCEDURE,
      workers: [worker('対象者A', null)],
      internalProcedure: {
        conditionsStated: true,
        workerSelection: WorkerSelection.CALLED_FOR,
        unionAgreement: UnionAgreementStatus.PENDING,
        unionAgreedOn: null,
        workRulesClause: false,
        notes: null,
      },
    });
    expect(missingToEnter(CaseStage.WORKPLACE_TOUR, atProcedure)).toEqual([]);
    const consent = checklistOf(CaseStage.INTERNAL_PROCEDURE, atProcedure).find(
      (i) => i.key === 'workerConsent',
    );
    expect(consent).toMatchObject({ required: true, done: false, requiredBefore: CaseStage.CONTRACT });
  });

  it('refuses STEP4 without every worker consenting and the union agreement, naming who is missing', () => {
    const atTour = facts({
      stage: CaseStage.WORKPLACE_TOUR,
      workplaceTour: { heldOn: '2027-02-01', attendees: [], notes: null },
      workers: [worker('対象者A', '2027-01-20'), worker('対象者B', null)],
      internalProcedure: {
        conditionsStated: true,
        workerSelection: WorkerSelection.SELECTED,
        unionAgreement: UnionAgreementStatus.PENDING,
        unionAgreedOn: null,
        workRulesClause: false,
        notes: null,
      },
    });
    const missing = missingToEnter(CaseStage.CONTRACT, atTour);
    expect(keys(missing)).toEqual(['workerConsent', 'unionAgreement']);
    expect(missing[0].detail).toContain('対象者B');
    expect(describeMissing('STEP4 出向契約の締結', missing)).toBe(
      'STEP4 出向契約の締結に進めません。不足している項目: 対象労働者全員の同意(同意が未確認の対象労働者: 対象者B)、労働組合との合意(労働組合がない場合はその旨)',
    );

    const ready = { ...atTour, workers: [worker('対象者A', '2027-01-20')] };
    ready.internalProcedure = { ...atTour.internalProcedure!, unionAgreement: UnionAgreementStatus.NO_UNION };
    expect(missingToEnter(CaseStage.CONTRACT, ready)).toEqual([]);
  });

  it('treats the work-rules clause as advice, not a blocker', () => {
    const item = checklistOf(CaseStage.INTERNAL_PROCEDURE, facts()).find((i) => i.key === 'workRulesClause');
    expect(item).toMatchObject({ required: false, done: false });
  });

  it('refuses STEP5 until the contract is complete', () => {
    const atContract = facts({ stage: CaseStage.CONTRACT, workers: [worker('A', '2027-01-01')] });
    expect(keys(missingToEnter(CaseStage.STARTED, atContract))).toEqual([
      'contractPeriod',
      'contractPeriodFits',
      'contractDuties',
      'wageSplit',
      'workingHours',
      'socialInsurance',
      'subsidyPlan',
      'contractConcluded',
    ]);
    expect(missingToEnter(CaseStage.STARTED, { ...atContract, contract: completeContract })).toEqual([]);
  });

  it('checks the contract period against both offers, unless the consultant gave a reason', () => {
    const limits = {
      sendingDesiredPeriodMonths: 6,
      sendingEarliestStartOn: '2027-05-01',
      receivingPeriodMonths: 9,
    };
    expect(contractPeriodProblems(completeContract, limits)).toEqual([
      '出向期間(12か月)が送出情報の希望期間(6か月)を超えています。',
      '出向期間(12か月)が受入情報の期間(9か月)を超えています。',
      '開始日が送出情報の開始可能日(2027-05-01)より前です。',
    ]);
    const atContract = facts({
      stage: CaseStage.CONTRACT,
      limits,
      contract: completeContract,
      workers: [worker('A', '2027-01-01')],
    });
    expect(keys(missingToEnter(CaseStage.STARTED, atContract))).toEqual(['contractPeriodFits']);
    const overridden = {
      ...atContract,
      contract: { ...completeContract, periodOverrideReason: '両社合意のうえ延長' },
    };
    expect(missingToEnter(CaseStage.STARTED, overridden)).toEqual([]);
  });

  it('requires the wage shares to add up to the whole, in percent or yen', () => {
    expect(wageSplitProblem(completeContract)).toBeNull();
    expect(wageSplitProblem({ ...completeContract, receiverShare: 50 })).toContain('90%');
    const yen = { ...completeContract, wageShareUnit: WageShareUnit.YEN, monthlyWage: 300_000 };
    expect(wageSplitProblem({ ...yen, senderShare: 100_000, receiverShare: 200_000 })).toBeNull();
    expect(wageSplitProblem({ ...yen, senderShare: 100_000, receiverShare: 150_000 })).toContain(
      '一致しません',
    );
    expect(wageSplitProblem({ ...yen, monthlyWage: null })).toContain('賃金月額');
  });

  it('needs a follow-up record before completing', () => {
    const following = facts({ stage: CaseStage.FOLLOW_UP, establishedOn: '2027-04-01' });
    expect(keys(missingToEnter(CaseStage.COMPLETED, following))).toEqual(['followUpRecorded']);
    expect(missingToEnter(CaseStage.COMPLETED, { ...following, followUpCount: 1 })).toEqual([]);
  });
});
